/* glosa-position.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-position"

#include "config.h"

#include "glosa-position.h"

/* An actor's stance on an issue in one document, with the span of text that
 * is its evidence. Where it came from is kept, so that suggestions are
 * never mistaken for what a person coded. */
struct _GlosaPosition
{
  GObject      parent_instance;

  char        *document;
  char        *actor;
  char        *issue;
  GlosaStance  stance;
  GlosaOrigin  origin;
  guint        start;
  guint        end;
  char        *evidence;
  double       confidence;
  GPtrArray   *cues;
};

G_DEFINE_FINAL_TYPE (GlosaPosition, glosa_position, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTOR,
  PROP_ISSUE,
  PROP_STANCE,
  PROP_EVIDENCE,
  PROP_CONFIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
glosa_origin_to_string (GlosaOrigin origin)
{
  switch (origin)
    {
    case GLOSA_ORIGIN_CODEBOOK:
      return "codebook";
    case GLOSA_ORIGIN_USER:
      return "user";
    case GLOSA_ORIGIN_SUGGESTED:
    default:
      return "suggested";
    }
}

static void
glosa_position_finalize (GObject *object)
{
  GlosaPosition *self = (GlosaPosition *) object;

  g_free (self->document);
  g_free (self->actor);
  g_free (self->issue);
  g_free (self->evidence);
  g_ptr_array_unref (self->cues);

  G_OBJECT_CLASS (glosa_position_parent_class)->finalize (object);
}

static void
glosa_position_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  GlosaPosition *self = GLOSA_POSITION (object);

  switch (prop_id)
    {
    case PROP_ACTOR:
      g_value_set_string (value, self->actor);
      break;
    case PROP_ISSUE:
      g_value_set_string (value, self->issue);
      break;
    case PROP_STANCE:
      g_value_set_enum (value, self->stance);
      break;
    case PROP_EVIDENCE:
      g_value_set_string (value, self->evidence);
      break;
    case PROP_CONFIDENCE:
      g_value_set_double (value, self->confidence);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
glosa_position_class_init (GlosaPositionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = glosa_position_finalize;
  object_class->get_property = glosa_position_get_property;

  properties[PROP_ACTOR] = g_param_spec_string ("actor", NULL, NULL, NULL, flags);
  properties[PROP_ISSUE] = g_param_spec_string ("issue", NULL, NULL, NULL, flags);
  properties[PROP_STANCE] = g_param_spec_enum ("stance", NULL, NULL, GLOSA_TYPE_STANCE,
                                               GLOSA_STANCE_NEUTRAL, flags);
  properties[PROP_EVIDENCE] = g_param_spec_string ("evidence", NULL, NULL, NULL, flags);
  properties[PROP_CONFIDENCE] = g_param_spec_double ("confidence", NULL, NULL, 0.0, 1.0, 0.0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
glosa_position_init (GlosaPosition *self)
{
  self->cues = g_ptr_array_new_null_terminated (1, g_free, TRUE);
}

/**
 * glosa_position_new:
 * @document: the document's id
 * @actor: the actor's id
 * @issue: the issue's id
 * @stance: the stance
 * @origin: who says so
 *
 * Returns: (transfer full): a new position, without evidence yet
 */
GlosaPosition *
glosa_position_new (const char  *document,
                    const char  *actor,
                    const char  *issue,
                    GlosaStance  stance,
                    GlosaOrigin  origin)
{
  GlosaPosition *self;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (actor != NULL, NULL);
  g_return_val_if_fail (issue != NULL, NULL);

  self = g_object_new (GLOSA_TYPE_POSITION, NULL);
  self->document = g_strdup (document);
  self->actor = g_strdup (actor);
  self->issue = g_strdup (issue);
  self->stance = stance;
  self->origin = origin;
  return self;
}

#define GETTER(type, name, fallback)                                      \
  type                                                                    \
  glosa_position_get_##name (GlosaPosition *self)                         \
  {                                                                       \
    g_return_val_if_fail (GLOSA_IS_POSITION (self), fallback);            \
    return self->name;                                                    \
  }

GETTER (const char *, document, NULL)
GETTER (const char *, actor, NULL)
GETTER (const char *, issue, NULL)
GETTER (GlosaStance, stance, GLOSA_STANCE_NEUTRAL)
GETTER (GlosaOrigin, origin, GLOSA_ORIGIN_SUGGESTED)
GETTER (guint, start, 0)
GETTER (guint, end, 0)
GETTER (double, confidence, 0.0)

const char *
glosa_position_get_evidence (GlosaPosition *self)
{
  g_return_val_if_fail (GLOSA_IS_POSITION (self), NULL);

  return self->evidence ? self->evidence : "";
}

/**
 * glosa_position_set_evidence:
 * @start: first code point of the evidence in the document
 * @end: one past its last code point
 * @evidence: the evidence text, the document's text from @start to @end
 */
void
glosa_position_set_evidence (GlosaPosition *self,
                             guint          start,
                             guint          end,
                             const char    *evidence)
{
  g_return_if_fail (GLOSA_IS_POSITION (self));
  g_return_if_fail (start <= end);

  self->start = start;
  self->end = end;
  if (g_strcmp0 (self->evidence, evidence) == 0)
    return;
  g_free (self->evidence);
  self->evidence = g_strdup (evidence);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVIDENCE]);
}

void
glosa_position_set_confidence (GlosaPosition *self,
                               double         confidence)
{
  g_return_if_fail (GLOSA_IS_POSITION (self));

  confidence = CLAMP (confidence, 0.0, 1.0);
  if (self->confidence == confidence)
    return;
  self->confidence = confidence;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIDENCE]);
}

/**
 * glosa_position_get_cues:
 *
 * Returns: (transfer none): the words that decided the stance, as written
 */
const char * const *
glosa_position_get_cues (GlosaPosition *self)
{
  g_return_val_if_fail (GLOSA_IS_POSITION (self), NULL);

  return (const char * const *) self->cues->pdata;
}

void
glosa_position_add_cue (GlosaPosition *self,
                        const char    *cue)
{
  g_return_if_fail (GLOSA_IS_POSITION (self));
  g_return_if_fail (cue != NULL);

  g_ptr_array_add (self->cues, g_strdup (cue));
}
