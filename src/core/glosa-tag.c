/* glosa-tag.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-tag"

#include "config.h"

#include "glosa-actor.h"
#include "glosa-tag.h"

/* A code the user applies to passages. Tags nest: @parent is another tag's
 * id. The objects a GlosaProject hands out are its own and change only
 * through it (rename, recolour…), which notifies their properties; a
 * window binds them directly. */
struct _GlosaTag
{
  GObject  parent_instance;

  char    *id;
  char    *name;
  char    *colour;
  char    *parent;
  char    *description;
};

G_DEFINE_FINAL_TYPE (GlosaTag, glosa_tag, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_COLOUR,
  PROP_PARENT,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char **
field (GlosaTag *self,
       guint     prop_id)
{
  switch (prop_id)
    {
    case PROP_ID: return &self->id;
    case PROP_NAME: return &self->name;
    case PROP_COLOUR: return &self->colour;
    case PROP_PARENT: return &self->parent;
    case PROP_DESCRIPTION: return &self->description;
    default: g_assert_not_reached ();
    }
}

static void
set_string (GlosaTag   *self,
            guint       prop_id,
            const char *value)
{
  char **slot = field (self, prop_id);

  /* An empty string and no value mean the same: store one of them. */
  if (value != NULL && *value == '\0' && prop_id != PROP_NAME)
    value = NULL;
  if (g_strcmp0 (*slot, value) == 0)
    return;
  g_free (*slot);
  *slot = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
glosa_tag_finalize (GObject *object)
{
  GlosaTag *self = (GlosaTag *) object;

  for (guint i = PROP_ID; i < N_PROPS; i++)
    g_clear_pointer (field (self, i), g_free);

  G_OBJECT_CLASS (glosa_tag_parent_class)->finalize (object);
}

static void
glosa_tag_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  GlosaTag *self = GLOSA_TAG (object);

  if (prop_id == PROP_COLOUR)
    g_value_set_string (value, glosa_tag_get_colour (self));
  else if (prop_id > PROP_0 && prop_id < N_PROPS)
    g_value_set_string (value, *field (self, prop_id));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
glosa_tag_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  GlosaTag *self = GLOSA_TAG (object);

  if (prop_id == PROP_COLOUR)
    glosa_tag_set_colour (self, g_value_get_string (value));
  else if (prop_id > PROP_0 && prop_id < N_PROPS)
    set_string (self, prop_id, g_value_get_string (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
glosa_tag_class_init (GlosaTagClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = glosa_tag_finalize;
  object_class->get_property = glosa_tag_get_property;
  object_class->set_property = glosa_tag_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_COLOUR] = g_param_spec_string ("colour", NULL, NULL, NULL, rw);
  properties[PROP_PARENT] = g_param_spec_string ("parent", NULL, NULL, NULL, rw);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
glosa_tag_init (GlosaTag *self)
{
}

/**
 * glosa_tag_new:
 * @id: (nullable): a stable identifier, or %NULL for a new random one
 * @name: the name shown to people
 *
 * Returns: (transfer full): a new tag, without colour, parent or
 *   description
 */
GlosaTag *
glosa_tag_new (const char *id,
               const char *name)
{
  g_autofree char *random = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  if (id == NULL)
    id = random = g_uuid_string_random ();
  return g_object_new (GLOSA_TYPE_TAG, "id", id, "name", name, NULL);
}

/**
 * glosa_tag_copy:
 *
 * Returns: (transfer full): a tag with the same fields, to change and hand
 *   to the project
 */
GlosaTag *
glosa_tag_copy (GlosaTag *self)
{
  GlosaTag *copy;

  g_return_val_if_fail (GLOSA_IS_TAG (self), NULL);

  copy = glosa_tag_new (self->id, self->name);
  glosa_tag_assign (copy, self);
  return copy;
}

/**
 * glosa_tag_assign:
 * @other: a tag with the same id
 *
 * Takes every field but the id from @other, notifying those that change.
 */
void
glosa_tag_assign (GlosaTag *self,
                  GlosaTag *other)
{
  g_return_if_fail (GLOSA_IS_TAG (self));
  g_return_if_fail (GLOSA_IS_TAG (other));

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = PROP_NAME; i < N_PROPS; i++)
    set_string (self, i, *field (other, i));
  g_object_thaw_notify (G_OBJECT (self));
}

#define GETTER(name, PROP)                                               \
  const char *                                                           \
  glosa_tag_get_##name (GlosaTag *self)                                  \
  {                                                                      \
    g_return_val_if_fail (GLOSA_IS_TAG (self), NULL);                    \
    return self->name;                                                   \
  }

#define SETTER(name, PROP)                                               \
  void                                                                   \
  glosa_tag_set_##name (GlosaTag   *self,                                \
                        const char *value)                               \
  {                                                                      \
    g_return_if_fail (GLOSA_IS_TAG (self));                              \
    set_string (self, PROP, value);                                      \
  }

GETTER (id, PROP_ID)
GETTER (name, PROP_NAME)
GETTER (parent, PROP_PARENT)
GETTER (description, PROP_DESCRIPTION)
SETTER (parent, PROP_PARENT)
SETTER (description, PROP_DESCRIPTION)

void
glosa_tag_set_name (GlosaTag   *self,
                    const char *name)
{
  g_return_if_fail (GLOSA_IS_TAG (self));
  g_return_if_fail (name != NULL);

  set_string (self, PROP_NAME, name);
}

/**
 * glosa_tag_get_colour:
 *
 * Returns: the tag's "#rrggbb" colour; a tag without its own gets a fixed
 *   one derived from its id, the same on every run
 */
const char *
glosa_tag_get_colour (GlosaTag *self)
{
  g_return_val_if_fail (GLOSA_IS_TAG (self), NULL);

  return self->colour ? self->colour : glosa_colour_for_id (self->id);
}

/**
 * glosa_tag_has_colour:
 *
 * Returns: %TRUE if the tag has a colour of its own, not a derived one
 */
gboolean
glosa_tag_has_colour (GlosaTag *self)
{
  g_return_val_if_fail (GLOSA_IS_TAG (self), FALSE);

  return self->colour != NULL;
}

/**
 * glosa_tag_set_colour:
 * @colour: (nullable): "#rrggbb", or %NULL for the derived colour
 */
void
glosa_tag_set_colour (GlosaTag   *self,
                      const char *colour)
{
  g_autofree char *lower = NULL;

  g_return_if_fail (GLOSA_IS_TAG (self));
  g_return_if_fail (colour == NULL || *colour == '\0' || glosa_colour_is_valid (colour));

  if (colour != NULL)
    lower = g_ascii_strdown (colour, -1);
  set_string (self, PROP_COLOUR, lower);
}
