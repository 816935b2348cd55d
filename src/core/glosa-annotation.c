/* glosa-annotation.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-annotation"

#include "config.h"

#include "glosa-annotation.h"

/* A passage a person coded: its span in code points of the document's NFC
 * text, the quote with some context on each side (to find it again when
 * the file changes), tags (ids), an actor, issue and stance (codebook ids
 * and a glosa_stance_to_string() name, each optional), a note, who wrote
 * it and when (ISO 8601 UTC).
 *
 * The objects a GlosaProject hands out are its own: they change only
 * through the project, which notifies their properties. To edit one, change
 * a glosa_annotation_copy() and give it to glosa_project_update_annotation(). */
struct _GlosaAnnotation
{
  GObject    parent_instance;

  char      *id;
  char      *document;
  char      *quote;
  char      *prefix;
  char      *suffix;
  char      *actor;
  char      *issue;
  char      *stance;
  char      *note;
  char      *author;
  char      *created;
  char      *modified;
  GPtrArray *tags;
  guint      start;
  guint      end;
  gboolean   orphaned;
};

G_DEFINE_FINAL_TYPE (GlosaAnnotation, glosa_annotation, G_TYPE_OBJECT)

enum {
  PROP_0,
  /* strings first, in the order string_field () knows them */
  PROP_ID,
  PROP_DOCUMENT,
  PROP_QUOTE,
  PROP_PREFIX,
  PROP_SUFFIX,
  PROP_ACTOR,
  PROP_ISSUE,
  PROP_STANCE,
  PROP_NOTE,
  PROP_AUTHOR,
  PROP_CREATED,
  PROP_MODIFIED,
  LAST_STRING_PROP = PROP_MODIFIED,
  PROP_START,
  PROP_END,
  PROP_TAGS,
  PROP_ORPHANED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char **
string_field (GlosaAnnotation *self,
              guint            prop_id)
{
  switch (prop_id)
    {
    case PROP_ID: return &self->id;
    case PROP_DOCUMENT: return &self->document;
    case PROP_QUOTE: return &self->quote;
    case PROP_PREFIX: return &self->prefix;
    case PROP_SUFFIX: return &self->suffix;
    case PROP_ACTOR: return &self->actor;
    case PROP_ISSUE: return &self->issue;
    case PROP_STANCE: return &self->stance;
    case PROP_NOTE: return &self->note;
    case PROP_AUTHOR: return &self->author;
    case PROP_CREATED: return &self->created;
    case PROP_MODIFIED: return &self->modified;
    default: g_assert_not_reached ();
    }
}

/* Quote and context keep empty strings (an annotation at the start of a
 * document has an empty prefix); optional fields store "" as %NULL. */
static void
set_string (GlosaAnnotation *self,
            guint            prop_id,
            const char      *value)
{
  char **slot = string_field (self, prop_id);

  if (value != NULL && *value == '\0'
      && prop_id != PROP_QUOTE && prop_id != PROP_PREFIX && prop_id != PROP_SUFFIX)
    value = NULL;
  if (g_strcmp0 (*slot, value) == 0)
    return;
  g_free (*slot);
  *slot = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
glosa_annotation_finalize (GObject *object)
{
  GlosaAnnotation *self = (GlosaAnnotation *) object;

  for (guint i = PROP_ID; i <= LAST_STRING_PROP; i++)
    g_clear_pointer (string_field (self, i), g_free);
  g_clear_pointer (&self->tags, g_ptr_array_unref);

  G_OBJECT_CLASS (glosa_annotation_parent_class)->finalize (object);
}

static void
glosa_annotation_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  GlosaAnnotation *self = GLOSA_ANNOTATION (object);

  switch (prop_id)
    {
    case PROP_START:
      g_value_set_uint (value, self->start);
      break;
    case PROP_END:
      g_value_set_uint (value, self->end);
      break;
    case PROP_TAGS:
      g_value_set_boxed (value, glosa_annotation_get_tags (self));
      break;
    case PROP_ORPHANED:
      g_value_set_boolean (value, self->orphaned);
      break;
    default:
      if (prop_id > PROP_0 && prop_id <= LAST_STRING_PROP)
        g_value_set_string (value, *string_field (self, prop_id));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
glosa_annotation_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  GlosaAnnotation *self = GLOSA_ANNOTATION (object);

  switch (prop_id)
    {
    case PROP_START:
      glosa_annotation_set_span (self, g_value_get_uint (value),
                                 MAX (self->end, g_value_get_uint (value)));
      break;
    case PROP_END:
      glosa_annotation_set_span (self, MIN (self->start, g_value_get_uint (value)),
                                 g_value_get_uint (value));
      break;
    case PROP_TAGS:
      glosa_annotation_set_tags (self, g_value_get_boxed (value));
      break;
    case PROP_ORPHANED:
      glosa_annotation_set_orphaned (self, g_value_get_boolean (value));
      break;
    case PROP_STANCE:
      glosa_annotation_set_stance (self, g_value_get_string (value));
      break;
    default:
      if (prop_id > PROP_0 && prop_id <= LAST_STRING_PROP)
        set_string (self, prop_id, g_value_get_string (value));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
glosa_annotation_class_init (GlosaAnnotationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  static const char * const names[] = {
    NULL, "id", "document", "quote", "prefix", "suffix", "actor", "issue", "stance", "note",
    "author", "created", "modified",
  };

  object_class->finalize = glosa_annotation_finalize;
  object_class->get_property = glosa_annotation_get_property;
  object_class->set_property = glosa_annotation_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  for (guint i = PROP_DOCUMENT; i <= LAST_STRING_PROP; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL, rw);
  properties[PROP_START] = g_param_spec_uint ("start", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_END] = g_param_spec_uint ("end", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_TAGS] = g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_ORPHANED] = g_param_spec_boolean ("orphaned", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
glosa_annotation_init (GlosaAnnotation *self)
{
  self->tags = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->quote = g_strdup ("");
  self->prefix = g_strdup ("");
  self->suffix = g_strdup ("");
}

/**
 * glosa_annotation_new:
 * @document: the id of the document
 * @start: the first code point of the span
 * @end: the code point after it
 *
 * A draft with a new random id (g_uuid_string_random()); the project fills
 * in the quote, author and times when it is added.
 *
 * Returns: (transfer full): a new annotation
 */
GlosaAnnotation *
glosa_annotation_new (const char *document,
                      guint       start,
                      guint       end)
{
  g_autofree char *id = g_uuid_string_random ();
  GlosaAnnotation *self;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (start <= end, NULL);

  self = g_object_new (GLOSA_TYPE_ANNOTATION, "id", id, "document", document, NULL);
  self->start = start;
  self->end = end;
  return self;
}

/**
 * glosa_annotation_copy:
 *
 * Returns: (transfer full): an annotation with the same id and fields
 */
GlosaAnnotation *
glosa_annotation_copy (GlosaAnnotation *self)
{
  GlosaAnnotation *copy;

  g_return_val_if_fail (GLOSA_IS_ANNOTATION (self), NULL);

  copy = g_object_new (GLOSA_TYPE_ANNOTATION, "id", self->id, NULL);
  glosa_annotation_assign (copy, self);
  return copy;
}

/**
 * glosa_annotation_assign:
 * @other: an annotation
 *
 * Takes every field but the id from @other, notifying those that change.
 */
void
glosa_annotation_assign (GlosaAnnotation *self,
                         GlosaAnnotation *other)
{
  g_return_if_fail (GLOSA_IS_ANNOTATION (self));
  g_return_if_fail (GLOSA_IS_ANNOTATION (other));

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = PROP_DOCUMENT; i <= LAST_STRING_PROP; i++)
    set_string (self, i, *string_field (other, i));
  glosa_annotation_set_span (self, other->start, other->end);
  glosa_annotation_set_tags (self, glosa_annotation_get_tags (other));
  glosa_annotation_set_orphaned (self, other->orphaned);
  g_object_thaw_notify (G_OBJECT (self));
}

#define GETTER(name)                                                     \
  const char *                                                           \
  glosa_annotation_get_##name (GlosaAnnotation *self)                    \
  {                                                                      \
    g_return_val_if_fail (GLOSA_IS_ANNOTATION (self), NULL);             \
    return self->name;                                                   \
  }

#define SETTER(name, PROP)                                               \
  void                                                                   \
  glosa_annotation_set_##name (GlosaAnnotation *self,                    \
                               const char      *value)                   \
  {                                                                      \
    g_return_if_fail (GLOSA_IS_ANNOTATION (self));                       \
    set_string (self, PROP, value);                                      \
  }

GETTER (id)
GETTER (document)
GETTER (quote)
GETTER (prefix)
GETTER (suffix)
GETTER (actor)
GETTER (issue)
GETTER (stance)
GETTER (note)
GETTER (author)
GETTER (created)
GETTER (modified)
SETTER (actor, PROP_ACTOR)
SETTER (issue, PROP_ISSUE)
SETTER (note, PROP_NOTE)
SETTER (author, PROP_AUTHOR)

guint
glosa_annotation_get_start (GlosaAnnotation *self)
{
  g_return_val_if_fail (GLOSA_IS_ANNOTATION (self), 0);

  return self->start;
}

guint
glosa_annotation_get_end (GlosaAnnotation *self)
{
  g_return_val_if_fail (GLOSA_IS_ANNOTATION (self), 0);

  return self->end;
}

void
glosa_annotation_set_span (GlosaAnnotation *self,
                           guint            start,
                           guint            end)
{
  g_return_if_fail (GLOSA_IS_ANNOTATION (self));
  g_return_if_fail (start <= end);

  g_object_freeze_notify (G_OBJECT (self));
  if (self->start != start)
    {
      self->start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
    }
  if (self->end != end)
    {
      self->end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * glosa_annotation_set_anchor:
 * @quote: the text of the span
 * @prefix: up to GLOSA_ANCHOR_CONTEXT_CHARS code points before it
 * @suffix: as many after it
 */
void
glosa_annotation_set_anchor (GlosaAnnotation *self,
                             const char      *quote,
                             const char      *prefix,
                             const char      *suffix)
{
  g_return_if_fail (GLOSA_IS_ANNOTATION (self));
  g_return_if_fail (quote != NULL && prefix != NULL && suffix != NULL);

  g_object_freeze_notify (G_OBJECT (self));
  set_string (self, PROP_QUOTE, quote);
  set_string (self, PROP_PREFIX, prefix);
  set_string (self, PROP_SUFFIX, suffix);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * glosa_annotation_get_tags:
 *
 * Returns: (transfer none): the ids of its tags, in the order applied
 */
const char * const *
glosa_annotation_get_tags (GlosaAnnotation *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (GLOSA_IS_ANNOTATION (self), NULL);

  /* An empty null-terminated GPtrArray may not have allocated its NULL yet. */
  return self->tags->pdata ? (const char * const *) self->tags->pdata : none;
}

static gboolean
contains (GPtrArray  *strings,
          const char *string)
{
  for (guint i = 0; i < strings->len; i++)
    if (g_str_equal (g_ptr_array_index (strings, i), string))
      return TRUE;
  return FALSE;
}

/**
 * glosa_annotation_set_tags:
 * @tags: (nullable): tag ids; repeats are dropped
 */
void
glosa_annotation_set_tags (GlosaAnnotation    *self,
                           const char * const *tags)
{
  g_autoptr(GPtrArray) unique = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  gboolean same;

  g_return_if_fail (GLOSA_IS_ANNOTATION (self));

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    if (*tags[i] && !contains (unique, tags[i]))
      g_ptr_array_add (unique, g_strdup (tags[i]));

  same = unique->len == self->tags->len;
  for (guint i = 0; same && i < unique->len; i++)
    same = g_str_equal (g_ptr_array_index (unique, i), g_ptr_array_index (self->tags, i));
  if (same)
    return;
  g_ptr_array_unref (self->tags);
  self->tags = g_steal_pointer (&unique);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

gboolean
glosa_annotation_has_tag (GlosaAnnotation *self,
                          const char      *tag)
{
  g_return_val_if_fail (GLOSA_IS_ANNOTATION (self), FALSE);
  g_return_val_if_fail (tag != NULL, FALSE);

  return contains (self->tags, tag);
}

void
glosa_annotation_add_tag (GlosaAnnotation *self,
                          const char      *tag)
{
  g_return_if_fail (GLOSA_IS_ANNOTATION (self));
  g_return_if_fail (tag != NULL && *tag);

  if (contains (self->tags, tag))
    return;
  g_ptr_array_add (self->tags, g_strdup (tag));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

void
glosa_annotation_remove_tag (GlosaAnnotation *self,
                             const char      *tag)
{
  g_return_if_fail (GLOSA_IS_ANNOTATION (self));
  g_return_if_fail (tag != NULL);

  for (guint i = 0; i < self->tags->len; i++)
    if (g_str_equal (g_ptr_array_index (self->tags, i), tag))
      {
        g_ptr_array_remove_index (self->tags, i);
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
        return;
      }
}

/**
 * glosa_annotation_set_stance:
 * @stance: (nullable): a name glosa_stance_from_string() accepts, or %NULL
 *
 * Returns: %FALSE, changing nothing, if @stance names no stance
 */
gboolean
glosa_annotation_set_stance (GlosaAnnotation *self,
                             const char      *stance)
{
  GlosaStance value;

  g_return_val_if_fail (GLOSA_IS_ANNOTATION (self), FALSE);

  if (stance == NULL || *stance == '\0')
    {
      set_string (self, PROP_STANCE, NULL);
      return TRUE;
    }
  if (!glosa_stance_from_string (stance, &value))
    return FALSE;
  set_string (self, PROP_STANCE, glosa_stance_to_string (value));
  return TRUE;
}

/**
 * glosa_annotation_set_times:
 * @created: when it was made, ISO 8601 UTC
 * @modified: when it last changed, ISO 8601 UTC
 */
void
glosa_annotation_set_times (GlosaAnnotation *self,
                            const char      *created,
                            const char      *modified)
{
  g_return_if_fail (GLOSA_IS_ANNOTATION (self));

  g_object_freeze_notify (G_OBJECT (self));
  set_string (self, PROP_CREATED, created);
  set_string (self, PROP_MODIFIED, modified);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * glosa_annotation_get_orphaned:
 *
 * Returns: %TRUE if its document changed and the quote was not found again;
 *   the annotation keeps its quote and old span until it is placed by hand
 */
gboolean
glosa_annotation_get_orphaned (GlosaAnnotation *self)
{
  g_return_val_if_fail (GLOSA_IS_ANNOTATION (self), FALSE);

  return self->orphaned;
}

void
glosa_annotation_set_orphaned (GlosaAnnotation *self,
                               gboolean         orphaned)
{
  g_return_if_fail (GLOSA_IS_ANNOTATION (self));

  orphaned = !!orphaned;
  if (self->orphaned == orphaned)
    return;
  self->orphaned = orphaned;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORPHANED]);
}

/**
 * glosa_annotation_equal:
 *
 * Returns: %TRUE if @a and @b have the same id and fields
 */
gboolean
glosa_annotation_equal (GlosaAnnotation *a,
                        GlosaAnnotation *b)
{
  g_return_val_if_fail (GLOSA_IS_ANNOTATION (a), FALSE);
  g_return_val_if_fail (GLOSA_IS_ANNOTATION (b), FALSE);

  for (guint i = PROP_ID; i <= LAST_STRING_PROP; i++)
    if (g_strcmp0 (*string_field (a, i), *string_field (b, i)) != 0)
      return FALSE;
  if (a->start != b->start || a->end != b->end || a->orphaned != b->orphaned
      || a->tags->len != b->tags->len)
    return FALSE;
  for (guint i = 0; i < a->tags->len; i++)
    if (!g_str_equal (g_ptr_array_index (a->tags, i), g_ptr_array_index (b->tags, i)))
      return FALSE;
  return TRUE;
}

/**
 * glosa_annotation_compare:
 *
 * Text order within a document: by start, then the longer first, then by
 * creation and id, so the order is total.
 *
 * Returns: < 0, 0 or > 0, as strcmp()
 */
int
glosa_annotation_compare (GlosaAnnotation *a,
                          GlosaAnnotation *b)
{
  int cmp;

  g_return_val_if_fail (GLOSA_IS_ANNOTATION (a), 0);
  g_return_val_if_fail (GLOSA_IS_ANNOTATION (b), 0);

  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  if (a->end != b->end)
    return a->end > b->end ? -1 : 1;
  if ((cmp = g_strcmp0 (a->created, b->created)) != 0)
    return cmp;
  return g_strcmp0 (a->id, b->id);
}
