/* glosa-document.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-document"

#include "config.h"

#include "glosa-document.h"
#include "glosa-text.h"

/* One article: its text (valid UTF-8, NFC, "\n" line ends) and what is known
 * about it. The text never changes after loading, so counts are cached. A
 * lazy document (glosa_document_new_lazy()) fetches its text the first
 * time it is asked for, so a list of 100,000 articles holds no text. */
struct _GlosaDocument
{
  GObject     parent_instance;

  char       *id;
  char       *title;
  char       *text;
  char       *author;
  char       *date;
  char       *source;
  char       *url;
  char       *language;
  char       *path;
  char       *hash;
  GPtrArray  *warnings;
  JsonObject *metadata;
  GlosaDocumentTextFunc text_func;
  gpointer    text_data;
  GDestroyNotify text_destroy;
  guint       chars;
  guint       words;
  guint       counted : 1;
};

G_DEFINE_FINAL_TYPE (GlosaDocument, glosa_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_TEXT,
  PROP_AUTHOR,
  PROP_DATE,
  PROP_SOURCE,
  PROP_URL,
  PROP_LANGUAGE,
  PROP_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char **
string_field (GlosaDocument *self,
              guint          prop_id)
{
  switch (prop_id)
    {
    case PROP_ID: return &self->id;
    case PROP_TITLE: return &self->title;
    case PROP_TEXT: return &self->text;
    case PROP_AUTHOR: return &self->author;
    case PROP_DATE: return &self->date;
    case PROP_SOURCE: return &self->source;
    case PROP_URL: return &self->url;
    case PROP_LANGUAGE: return &self->language;
    case PROP_PATH: return &self->path;
    default: g_assert_not_reached ();
    }
}

static void
set_string (GlosaDocument *self,
            guint          prop_id,
            const char    *value)
{
  char **field = string_field (self, prop_id);

  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
glosa_document_finalize (GObject *object)
{
  GlosaDocument *self = (GlosaDocument *) object;

  for (guint i = PROP_ID; i < N_PROPS; i++)
    g_clear_pointer (string_field (self, i), g_free);
  g_clear_pointer (&self->hash, g_free);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_pointer (&self->metadata, json_object_unref);
  if (self->text_destroy != NULL)
    self->text_destroy (self->text_data);

  G_OBJECT_CLASS (glosa_document_parent_class)->finalize (object);
}

static void
glosa_document_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  GlosaDocument *self = GLOSA_DOCUMENT (object);

  if (prop_id == PROP_TEXT)
    g_value_set_string (value, glosa_document_get_text (self));
  else if (prop_id > PROP_0 && prop_id < N_PROPS)
    g_value_set_string (value, *string_field (self, prop_id));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
glosa_document_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  GlosaDocument *self = GLOSA_DOCUMENT (object);

  if (prop_id > PROP_0 && prop_id < N_PROPS)
    set_string (self, prop_id, g_value_get_string (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
glosa_document_class_init (GlosaDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = glosa_document_finalize;
  object_class->get_property = glosa_document_get_property;
  object_class->set_property = glosa_document_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, rw);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, construct);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, construct);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL, rw);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, rw);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, rw);
  properties[PROP_URL] = g_param_spec_string ("url", NULL, NULL, NULL, rw);
  properties[PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, NULL, rw);
  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* Most documents have neither warnings nor metadata: both are made on
 * first use, which keeps a large corpus's loading to its texts. */
static void
glosa_document_init (GlosaDocument *self)
{
}

/**
 * glosa_document_new:
 * @id: a stable identifier
 * @title: the title
 * @text: the text: valid UTF-8 in NFC with "\n" line ends
 *
 * Returns: (transfer full): a new document
 */
GlosaDocument *
glosa_document_new (const char *id,
                    const char *title,
                    const char *text)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return g_object_new (GLOSA_TYPE_DOCUMENT, "id", id, "title", title, "text", text, NULL);
}

/**
 * glosa_document_new_take:
 * @id: a stable identifier
 * @title: the title
 * @text: (transfer full): the text, as for glosa_document_new()
 *
 * Like glosa_document_new(), without copying a text just made (it is
 * freed if the call fails).
 *
 * Returns: (transfer full): a new document
 */
GlosaDocument *
glosa_document_new_take (const char *id,
                         const char *title,
                         char       *text)
{
  g_autofree char *owned = text;
  GlosaDocument *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  /* Straight to the fields: the property machinery costs more than the
   * rest of reading a short article. */
  self = g_object_new (GLOSA_TYPE_DOCUMENT, NULL);
  set_string (self, PROP_ID, id);
  set_string (self, PROP_TITLE, title);
  /* An empty text is kept as none, as set_string() keeps it. */
  if (*owned != '\0')
    self->text = g_steal_pointer (&owned);
  return self;
}

#define STRING_ACCESSORS(name, PROP)                                     \
  const char *                                                           \
  glosa_document_get_##name (GlosaDocument *self)                        \
  {                                                                      \
    g_return_val_if_fail (GLOSA_IS_DOCUMENT (self), NULL);               \
    return self->name;                                                   \
  }

#define STRING_SETTER(name, PROP)                                        \
  void                                                                   \
  glosa_document_set_##name (GlosaDocument *self,                        \
                             const char    *value)                       \
  {                                                                      \
    g_return_if_fail (GLOSA_IS_DOCUMENT (self));                         \
    set_string (self, PROP, value);                                      \
  }

STRING_ACCESSORS (id, PROP_ID)
STRING_ACCESSORS (title, PROP_TITLE)
STRING_ACCESSORS (author, PROP_AUTHOR)
STRING_ACCESSORS (date, PROP_DATE)
STRING_ACCESSORS (source, PROP_SOURCE)
STRING_ACCESSORS (url, PROP_URL)
STRING_ACCESSORS (language, PROP_LANGUAGE)
STRING_ACCESSORS (path, PROP_PATH)
STRING_SETTER (id, PROP_ID)
STRING_SETTER (author, PROP_AUTHOR)
STRING_SETTER (date, PROP_DATE)
STRING_SETTER (source, PROP_SOURCE)
STRING_SETTER (url, PROP_URL)
STRING_SETTER (language, PROP_LANGUAGE)
STRING_SETTER (path, PROP_PATH)

/**
 * glosa_document_new_lazy:
 * @id: a stable identifier
 * @title: (nullable): the title
 * @hash: the SHA-256 of the text, in hex, as glosa_document_get_hash()
 * @func: fetches the text, once, the first time it is asked for
 * @user_data: data for @func
 * @destroy: (nullable): frees @user_data, after the fetch or with the
 *   document
 *
 * Returns: (transfer full): a new document whose text stays where it is
 *   until glosa_document_get_text()
 */
GlosaDocument *
glosa_document_new_lazy (const char            *id,
                         const char            *title,
                         const char            *hash,
                         GlosaDocumentTextFunc  func,
                         gpointer               user_data,
                         GDestroyNotify         destroy)
{
  GlosaDocument *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (hash != NULL, NULL);
  g_return_val_if_fail (func != NULL, NULL);

  self = g_object_new (GLOSA_TYPE_DOCUMENT, "id", id, "title", title, NULL);
  self->hash = g_strdup (hash);
  self->text_func = func;
  self->text_data = user_data;
  self->text_destroy = destroy;
  return self;
}

/* Two threads may ask for a lazy text at once: one fetches. */
static GMutex text_lock;

const char *
glosa_document_get_text (GlosaDocument *self)
{
  const char *text;

  g_return_val_if_fail (GLOSA_IS_DOCUMENT (self), NULL);

  if ((text = g_atomic_pointer_get (&self->text)) != NULL)
    return text;
  g_mutex_lock (&text_lock);
  if (self->text == NULL && self->text_func != NULL)
    {
      char *fetched = self->text_func (self, self->text_data);

      g_atomic_pointer_set (&self->text, fetched ? fetched : g_strdup (""));
      if (self->text_destroy != NULL)
        self->text_destroy (self->text_data);
      self->text_func = NULL;
      self->text_data = NULL;
      self->text_destroy = NULL;
    }
  text = self->text;
  g_mutex_unlock (&text_lock);
  return text ? text : "";
}

/**
 * glosa_document_has_text:
 *
 * Returns: whether the text is in memory: %FALSE for a lazy document
 *   whose text was not asked for yet
 */
gboolean
glosa_document_has_text (GlosaDocument *self)
{
  g_return_val_if_fail (GLOSA_IS_DOCUMENT (self), FALSE);

  return g_atomic_pointer_get (&self->text) != NULL || self->text_func == NULL;
}

/**
 * glosa_document_get_hash:
 *
 * Returns: the SHA-256 of the text, in hex; it tells whether a file changed
 */
const char *
glosa_document_get_hash (GlosaDocument *self)
{
  g_return_val_if_fail (GLOSA_IS_DOCUMENT (self), NULL);

  if (self->hash == NULL)
    self->hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, glosa_document_get_text (self), -1);
  return self->hash;
}

static void
count (GlosaDocument *self)
{
  if (self->counted)
    return;
  self->chars = (guint) g_utf8_strlen (glosa_document_get_text (self), -1);
  self->words = glosa_text_count_words (glosa_document_get_text (self));
  self->counted = TRUE;
}

guint
glosa_document_get_chars (GlosaDocument *self)
{
  g_return_val_if_fail (GLOSA_IS_DOCUMENT (self), 0);

  count (self);
  return self->chars;
}

guint
glosa_document_get_words (GlosaDocument *self)
{
  g_return_val_if_fail (GLOSA_IS_DOCUMENT (self), 0);

  count (self);
  return self->words;
}

/**
 * glosa_document_get_warnings:
 *
 * Returns: (transfer none): what was repaired while loading, in plain words
 */
const char * const *
glosa_document_get_warnings (GlosaDocument *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (GLOSA_IS_DOCUMENT (self), NULL);

  /* An empty null-terminated GPtrArray may not have allocated its NULL yet. */
  if (self->warnings == NULL || self->warnings->pdata == NULL)
    return none;
  return (const char * const *) self->warnings->pdata;
}

void
glosa_document_add_warning (GlosaDocument *self,
                            const char    *warning)
{
  g_return_if_fail (GLOSA_IS_DOCUMENT (self));
  g_return_if_fail (warning != NULL);

  if (self->warnings == NULL)
    self->warnings = g_ptr_array_new_null_terminated (1, g_free, TRUE);
  g_ptr_array_add (self->warnings, g_strdup (warning));
}

/**
 * glosa_document_has_metadata:
 *
 * Returns: whether the document keeps any metadata; unlike
 *   glosa_document_get_metadata(), it makes nothing to say no
 */
gboolean
glosa_document_has_metadata (GlosaDocument *self)
{
  JsonObject *metadata;

  g_return_val_if_fail (GLOSA_IS_DOCUMENT (self), FALSE);

  metadata = g_atomic_pointer_get (&self->metadata);
  return metadata != NULL && json_object_get_size (metadata) > 0;
}

/**
 * glosa_document_get_metadata:
 *
 * Returns: (transfer none): fields of the source that Glosa has no use for,
 *   kept so that nothing the user gave is lost
 */
JsonObject *
glosa_document_get_metadata (GlosaDocument *self)
{
  JsonObject *metadata;

  g_return_val_if_fail (GLOSA_IS_DOCUMENT (self), NULL);

  /* Made on first use, on whichever thread asks first: only one object is
   * kept. (Changing it from two threads is as unsafe as for any
   * JsonObject.) */
  if ((metadata = g_atomic_pointer_get (&self->metadata)) == NULL)
    {
      metadata = json_object_new ();
      if (!g_atomic_pointer_compare_and_exchange (&self->metadata, NULL, metadata))
        {
          json_object_unref (metadata);
          metadata = g_atomic_pointer_get (&self->metadata);
        }
    }
  return metadata;
}
