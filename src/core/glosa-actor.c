/* glosa-actor.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-actor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "glosa-actor.h"
#include "glosa-codebook-private.h"

/* Someone or something that takes positions: a person, an organisation, a
 * government, a country, an outlet. Its name and aliases are what the
 * matcher looks for; the colour underlines its mentions. */
struct _GlosaActor
{
  GObject         parent_instance;

  char           *id;
  char           *name;
  char           *affiliation;
  char           *description;
  char           *colour;
  GlosaActorKind  kind;
  GlosaTermSet    aliases;
};

G_DEFINE_FINAL_TYPE (GlosaActor, glosa_actor, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (GlosaActorKind, glosa_actor_kind,
  G_DEFINE_ENUM_VALUE (GLOSA_ACTOR_KIND_PERSON, "person"),
  G_DEFINE_ENUM_VALUE (GLOSA_ACTOR_KIND_ORGANISATION, "organisation"),
  G_DEFINE_ENUM_VALUE (GLOSA_ACTOR_KIND_GOVERNMENT, "government"),
  G_DEFINE_ENUM_VALUE (GLOSA_ACTOR_KIND_COUNTRY, "country"),
  G_DEFINE_ENUM_VALUE (GLOSA_ACTOR_KIND_MEDIA, "media"),
  G_DEFINE_ENUM_VALUE (GLOSA_ACTOR_KIND_OTHER, "other"))

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_AFFILIATION,
  PROP_DESCRIPTION,
  PROP_COLOUR,
  PROP_ALIASES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const kind_names[] = {
  "person", "organisation", "government", "country", "media", "other",
};

/* GNOME palette mid tones and libadwaita accents: dark enough to read as an
 * underline on a light page and light enough on a dark one. */
static const char * const derived_colours[] = {
  "#3584e4", "#2ec27e", "#e5a50a", "#e66100", "#e01b24", "#c061cb",
  "#b5835a", "#2190a4", "#d56199", "#6f8396", "#62a0ea", "#26a269",
};

/**
 * glosa_actor_kind_to_string:
 * @kind: a kind
 *
 * Returns: the name the codebook format uses, such as "organisation"
 */
const char *
glosa_actor_kind_to_string (GlosaActorKind kind)
{
  g_return_val_if_fail (kind <= GLOSA_ACTOR_KIND_OTHER, NULL);

  return kind_names[kind];
}

/**
 * glosa_actor_kind_from_string:
 * @string: a kind as written in a codebook
 * @kind: (out) (optional): where to store the kind
 *
 * Accepts the names glosa_actor_kind_to_string() returns, in any case, and
 * "organization" for the American spelling.
 *
 * Returns: %TRUE if @string names a kind
 */
gboolean
glosa_actor_kind_from_string (const char     *string,
                              GlosaActorKind *kind)
{
  g_return_val_if_fail (string != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_ascii_strcasecmp (string, kind_names[i]) == 0)
      {
        if (kind != NULL)
          *kind = (GlosaActorKind) i;
        return TRUE;
      }

  if (g_ascii_strcasecmp (string, "organization") == 0)
    {
      if (kind != NULL)
        *kind = GLOSA_ACTOR_KIND_ORGANISATION;
      return TRUE;
    }

  return FALSE;
}

/**
 * glosa_actor_kind_get_label:
 * @kind: a kind
 *
 * Returns: a translated name for @kind, to show to a person
 */
const char *
glosa_actor_kind_get_label (GlosaActorKind kind)
{
  switch (kind)
    {
    case GLOSA_ACTOR_KIND_PERSON: return _("Person");
    case GLOSA_ACTOR_KIND_ORGANISATION: return _("Organisation");
    case GLOSA_ACTOR_KIND_GOVERNMENT: return _("Government");
    case GLOSA_ACTOR_KIND_COUNTRY: return _("Country");
    case GLOSA_ACTOR_KIND_MEDIA: return _("Media");
    case GLOSA_ACTOR_KIND_OTHER: return _("Other");
    default: g_return_val_if_reached (NULL);
    }
}

/**
 * glosa_colour_is_valid:
 * @colour: (nullable): a colour
 *
 * Returns: %TRUE if @colour is written "#rrggbb" (either case)
 */
gboolean
glosa_colour_is_valid (const char *colour)
{
  if (colour == NULL || colour[0] != '#' || strlen (colour) != 7)
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (colour[i]))
      return FALSE;
  return TRUE;
}

/**
 * glosa_colour_for_id:
 * @id: an identifier
 *
 * Picks a palette colour from @id, the same on every run and machine
 * (g_str_hash() is a fixed function), so an actor without a colour keeps its
 * colour from one session to the next.
 *
 * Returns: a "#rrggbb" colour
 */
const char *
glosa_colour_for_id (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return derived_colours[g_str_hash (id) % G_N_ELEMENTS (derived_colours)];
}

static gboolean
set_string (GlosaActor *self,
            char      **field,
            const char *value,
            guint       prop_id)
{
  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  return TRUE;
}

static void
glosa_actor_finalize (GObject *object)
{
  GlosaActor *self = (GlosaActor *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->affiliation, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->colour, g_free);
  glosa_term_set_clear (&self->aliases);

  G_OBJECT_CLASS (glosa_actor_parent_class)->finalize (object);
}

static void
glosa_actor_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  GlosaActor *self = GLOSA_ACTOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_AFFILIATION:
      g_value_set_string (value, self->affiliation);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_COLOUR:
      g_value_set_string (value, glosa_actor_get_colour (self));
      break;
    case PROP_ALIASES:
      g_value_set_boxed (value, glosa_actor_get_all_aliases (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
glosa_actor_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  GlosaActor *self = GLOSA_ACTOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      glosa_actor_set_name (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      glosa_actor_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_AFFILIATION:
      glosa_actor_set_affiliation (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      glosa_actor_set_description (self, g_value_get_string (value));
      break;
    case PROP_COLOUR:
      glosa_actor_set_colour (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
glosa_actor_class_init (GlosaActorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = glosa_actor_finalize;
  object_class->get_property = glosa_actor_get_property;
  object_class->set_property = glosa_actor_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, GLOSA_TYPE_ACTOR_KIND, GLOSA_ACTOR_KIND_OTHER, rw);
  properties[PROP_AFFILIATION] = g_param_spec_string ("affiliation", NULL, NULL, NULL, rw);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, rw);
  properties[PROP_COLOUR] = g_param_spec_string ("colour", NULL, NULL, NULL, rw);
  /* Read-only: notified whenever the name or an alias changes, so a matcher
   * knows to rebuild. */
  properties[PROP_ALIASES] =
    g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
glosa_actor_init (GlosaActor *self)
{
  self->kind = GLOSA_ACTOR_KIND_OTHER;
  glosa_term_set_init (&self->aliases);
}

/**
 * glosa_actor_new:
 * @id: a stable identifier, such as "gustavo-petro"
 * @name: the name to show, also an alias in every language
 * @kind: what sort of actor it is
 *
 * Returns: (transfer full): a new actor
 */
GlosaActor *
glosa_actor_new (const char     *id,
                 const char     *name,
                 GlosaActorKind  kind)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (kind <= GLOSA_ACTOR_KIND_OTHER, NULL);

  return g_object_new (GLOSA_TYPE_ACTOR, "id", id, "name", name, "kind", kind, NULL);
}

const char *
glosa_actor_get_id (GlosaActor *self)
{
  g_return_val_if_fail (GLOSA_IS_ACTOR (self), NULL);

  return self->id;
}

const char *
glosa_actor_get_name (GlosaActor *self)
{
  g_return_val_if_fail (GLOSA_IS_ACTOR (self), NULL);

  return self->name;
}

/**
 * glosa_actor_set_name:
 * @self: an actor
 * @name: the new name; it is normalised like an alias (NFC, single spaces)
 */
void
glosa_actor_set_name (GlosaActor *self,
                      const char *name)
{
  g_autofree char *normal = NULL;

  g_return_if_fail (GLOSA_IS_ACTOR (self));

  normal = glosa_codebook_normalize_term (name);
  if (set_string (self, &self->name, normal, PROP_NAME))
    {
      glosa_term_set_invalidate (&self->aliases);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
    }
}

GlosaActorKind
glosa_actor_get_kind (GlosaActor *self)
{
  g_return_val_if_fail (GLOSA_IS_ACTOR (self), GLOSA_ACTOR_KIND_OTHER);

  return self->kind;
}

void
glosa_actor_set_kind (GlosaActor     *self,
                      GlosaActorKind  kind)
{
  g_return_if_fail (GLOSA_IS_ACTOR (self));
  g_return_if_fail (kind <= GLOSA_ACTOR_KIND_OTHER);

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * glosa_actor_get_affiliation:
 * @self: an actor
 *
 * The id of the actor @self belongs to, as written. A codebook does not use
 * an affiliation that names no actor in it: ask glosa_codebook_get_affiliation()
 * for the actor itself.
 *
 * Returns: (nullable): an actor id
 */
const char *
glosa_actor_get_affiliation (GlosaActor *self)
{
  g_return_val_if_fail (GLOSA_IS_ACTOR (self), NULL);

  return self->affiliation;
}

void
glosa_actor_set_affiliation (GlosaActor *self,
                             const char *affiliation)
{
  g_return_if_fail (GLOSA_IS_ACTOR (self));

  set_string (self, &self->affiliation, affiliation, PROP_AFFILIATION);
}

const char *
glosa_actor_get_description (GlosaActor *self)
{
  g_return_val_if_fail (GLOSA_IS_ACTOR (self), NULL);

  return self->description;
}

void
glosa_actor_set_description (GlosaActor *self,
                             const char *description)
{
  g_return_if_fail (GLOSA_IS_ACTOR (self));

  set_string (self, &self->description, description, PROP_DESCRIPTION);
}

/**
 * glosa_actor_get_colour:
 * @self: an actor
 *
 * Returns: the colour set, or else one derived from the id: "#rrggbb"
 */
const char *
glosa_actor_get_colour (GlosaActor *self)
{
  g_return_val_if_fail (GLOSA_IS_ACTOR (self), NULL);

  if (self->colour != NULL)
    return self->colour;
  return glosa_colour_for_id (self->id);
}

/**
 * glosa_actor_has_colour:
 * @self: an actor
 *
 * Returns: %TRUE if a colour was set rather than derived from the id
 */
gboolean
glosa_actor_has_colour (GlosaActor *self)
{
  g_return_val_if_fail (GLOSA_IS_ACTOR (self), FALSE);

  return self->colour != NULL;
}

/**
 * glosa_actor_set_colour:
 * @self: an actor
 * @colour: (nullable): "#rrggbb", or %NULL to derive one from the id
 */
void
glosa_actor_set_colour (GlosaActor *self,
                        const char *colour)
{
  g_autofree char *lower = NULL;

  g_return_if_fail (GLOSA_IS_ACTOR (self));
  g_return_if_fail (colour == NULL || glosa_colour_is_valid (colour));

  if (colour != NULL)
    lower = g_ascii_strdown (colour, -1);
  set_string (self, &self->colour, lower, PROP_COLOUR);
}

/**
 * glosa_actor_get_languages:
 * @self: an actor
 *
 * Returns: (transfer none): the language tags that have aliases, in the
 *   order first given; aliases of no stated language are not counted
 */
const char * const *
glosa_actor_get_languages (GlosaActor *self)
{
  g_return_val_if_fail (GLOSA_IS_ACTOR (self), NULL);

  return glosa_term_set_get_languages (&self->aliases);
}

/**
 * glosa_actor_get_aliases:
 * @self: an actor
 * @language: (nullable): a language tag, or %NULL for aliases given without
 *   a language
 *
 * The name is not included: it is an alias in every language, see
 * glosa_actor_get_all_aliases().
 *
 * Returns: (transfer none): the aliases listed for exactly @language,
 *   possibly none; valid until the aliases change
 */
const char * const *
glosa_actor_get_aliases (GlosaActor *self,
                         const char *language)
{
  g_return_val_if_fail (GLOSA_IS_ACTOR (self), NULL);

  return glosa_term_set_get (&self->aliases, language);
}

/**
 * glosa_actor_get_all_aliases:
 * @self: an actor
 *
 * What a matcher looks for: the name first, then every alias of every
 * language, each once.
 *
 * Returns: (transfer none): the aliases; valid until the name or the
 *   aliases change
 */
const char * const *
glosa_actor_get_all_aliases (GlosaActor *self)
{
  g_return_val_if_fail (GLOSA_IS_ACTOR (self), NULL);

  return glosa_term_set_get_all (&self->aliases, self->name);
}

/**
 * glosa_actor_add_alias:
 * @self: an actor
 * @language: (nullable): a language tag, or %NULL
 * @alias: the alias; normalised like the name
 *
 * Returns: %TRUE if it was added; %FALSE if it is empty or already listed
 *   for @language
 */
gboolean
glosa_actor_add_alias (GlosaActor *self,
                       const char *language,
                       const char *alias)
{
  g_return_val_if_fail (GLOSA_IS_ACTOR (self), FALSE);
  g_return_val_if_fail (alias != NULL, FALSE);

  if (!glosa_term_set_add (&self->aliases, language, alias))
    return FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
  return TRUE;
}

/**
 * glosa_actor_set_aliases:
 * @self: an actor
 * @language: (nullable): a language tag, or %NULL
 * @aliases: (nullable) (array zero-terminated=1): the aliases for @language;
 *   empty and repeated ones are dropped
 */
void
glosa_actor_set_aliases (GlosaActor         *self,
                         const char         *language,
                         const char * const *aliases)
{
  g_return_if_fail (GLOSA_IS_ACTOR (self));

  glosa_term_set_replace (&self->aliases, language, aliases);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
}
