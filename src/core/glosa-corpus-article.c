/* glosa-corpus-article.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-corpus-article"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "glosa-corpus-article.h"
#include "glosa-text.h"

/* One article of a JSON or JSONL corpus, from its fields: read by
 * json-glib into a JsonObject, or, for a JSON line of strings only, by
 * simdjson straight from the line. Both give the same document. */

#define ID_HASH_CHARS 16

/* Fields Glosa reads itself, besides "text"; everything else is kept as
 * metadata. */
enum
{
  FIELD_ID,
  FIELD_TITLE,
  FIELD_AUTHOR,
  FIELD_DATE,
  FIELD_SOURCE,
  FIELD_URL,
  FIELD_LANGUAGE,
  N_FIELDS
};

static const char * const field_names[N_FIELDS] = {
  "id", "title", "author", "date", "source", "url", "language",
};

typedef struct
{
  gboolean    has_text;
  gboolean    text_is_valid;     /* UTF-8 without NULs, as simdjson checked */
  const char *text;              /* NULL when "text" is not a string */
  gsize       text_length;
  const char *values[N_FIELDS];  /* NULL when absent or not string-like */
  char       *printed[N_FIELDS]; /* numbers written out, owned */
} ArticleFields;

static void
article_fields_clear (ArticleFields *fields)
{
  for (guint i = 0; i < N_FIELDS; i++)
    g_free (fields->printed[i]);
}

void
glosa_corpus_article_add_warnings (GlosaDocument *document,
                                   GPtrArray     *repairs)
{
  g_return_if_fail (GLOSA_IS_DOCUMENT (document));

  for (guint i = 0; repairs != NULL && i < repairs->len; i++)
    glosa_document_add_warning (document, g_ptr_array_index (repairs, i));
}

static GlosaDocument *
article_from_fields (const ArticleFields  *fields,
                     const char           *display_path,
                     GPtrArray            *file_repairs,
                     char                **reason)
{
  g_autoptr(GPtrArray) repairs = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;
  GlosaDocument *document;

  if (!fields->has_text)
    {
      *reason = g_strdup (_("it has no “text” field"));
      return NULL;
    }
  if (fields->text == NULL)
    {
      *reason = g_strdup (_("its “text” is not a string"));
      return NULL;
    }
  text = glosa_text_repair (fields->text, fields->text_length,
                            GLOSA_TEXT_STRIP | (fields->text_is_valid ? GLOSA_TEXT_VALID : 0),
                            repairs, NULL);
  if (*text == '\0')
    {
      *reason = g_strdup (_("its “text” is empty"));
      return NULL;
    }

  if (fields->values[FIELD_ID] != NULL && *fields->values[FIELD_ID] != '\0')
    id = g_strdup (fields->values[FIELD_ID]);
  else
    {
      g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);

      id = g_strndup (hash, ID_HASH_CHARS);
    }

  if (fields->values[FIELD_TITLE] != NULL)
    title = g_strdelimit (glosa_text_repair (fields->values[FIELD_TITLE],
                                             strlen (fields->values[FIELD_TITLE]),
                                             GLOSA_TEXT_STRIP, NULL, NULL),
                          "\n\t", ' ');
  if (title == NULL || *title == '\0')
    {
      g_autofree char *sentence = glosa_text_first_sentence (text);

      g_free (title);
      title = glosa_text_shorten (sentence, 100);
    }

  document = glosa_document_new_take (id, title, g_steal_pointer (&text));
  glosa_document_set_path (document, display_path);
  glosa_document_set_author (document, fields->values[FIELD_AUTHOR]);
  glosa_document_set_date (document, fields->values[FIELD_DATE]);
  glosa_document_set_source (document, fields->values[FIELD_SOURCE]);
  glosa_document_set_url (document, fields->values[FIELD_URL]);
  glosa_document_set_language (document, fields->values[FIELD_LANGUAGE]);
  glosa_corpus_article_add_warnings (document, file_repairs);
  glosa_corpus_article_add_warnings (document, repairs);
  return document;
}

static gint
field_index (const char *name)
{
  for (gint i = 0; i < N_FIELDS; i++)
    if (g_str_equal (name, field_names[i]))
      return i;
  return -1;
}

static gboolean
is_string_like (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node)
         && (json_node_get_value_type (node) == G_TYPE_STRING
             || json_node_get_value_type (node) == G_TYPE_INT64);
}

/**
 * glosa_corpus_article_from_object:
 * @object: an article as json-glib read it
 * @display_path: the file it comes from
 * @file_repairs: (nullable): what was repaired in the whole file, for
 *   every document's warnings
 * @reason: (out): why it was skipped, when it was
 *
 * Returns: (transfer full) (nullable): the document, or %NULL when
 *   @object is not an article
 */
GlosaDocument *
glosa_corpus_article_from_object (JsonObject  *object,
                                  const char  *display_path,
                                  GPtrArray   *file_repairs,
                                  char       **reason)
{
  ArticleFields fields = { 0 };
  g_autoptr(GList) members = NULL;
  GlosaDocument *document;
  JsonNode *text_node;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (reason != NULL, NULL);

  text_node = json_object_get_member (object, "text");

  fields.has_text = text_node != NULL;
  if (text_node != NULL && JSON_NODE_HOLDS_VALUE (text_node)
      && json_node_get_value_type (text_node) == G_TYPE_STRING)
    {
      fields.text = json_node_get_string (text_node);
      fields.text_length = strlen (fields.text);
    }
  for (guint i = 0; i < N_FIELDS; i++)
    {
      JsonNode *node = json_object_get_member (object, field_names[i]);

      if (!is_string_like (node))
        continue;
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        fields.values[i] = json_node_get_string (node);
      else
        fields.values[i] = fields.printed[i] =
          g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    }
  document = article_from_fields (&fields, display_path, file_repairs, reason);
  article_fields_clear (&fields);
  if (document == NULL)
    return NULL;

  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (object, l->data);

      /* A known field of the wrong type is kept rather than dropped. */
      if (!g_str_equal (l->data, "text") && (field_index (l->data) < 0 || !is_string_like (node)))
        json_object_set_member (glosa_document_get_metadata (document), l->data,
                                json_node_copy (node));
    }
  return document;
}

/* A line's members as simdjson gives them: all strings, none twice. */
typedef struct
{
  ArticleFields fields;
  const char   *metadata[GLOSA_SIMDJSON_MAX_MEMBERS][2];
  guint         n_metadata;
} LineMembers;

static void
line_member_cb (const char *name,
                const char *value,
                gsize       value_length,
                gpointer    user_data)
{
  LineMembers *members = user_data;
  gint field;

  if (g_str_equal (name, "text"))
    {
      members->fields.has_text = TRUE;
      members->fields.text_is_valid = TRUE;
      members->fields.text = value;
      members->fields.text_length = value_length;
    }
  else if ((field = field_index (name)) >= 0)
    members->fields.values[field] = value;
  else
    {
      g_assert (members->n_metadata < G_N_ELEMENTS (members->metadata));
      members->metadata[members->n_metadata][0] = name;
      members->metadata[members->n_metadata++][1] = value;
    }
}

/**
 * glosa_corpus_article_from_line:
 * @parser: a simdjson parser for this thread
 * @data: one line of a JSONL file, without its "\n"
 * @length: its length
 * @readable: how many bytes from @data may be read
 * @display_path: the file it comes from
 * @file_repairs: (nullable): as for glosa_corpus_article_from_object()
 * @parsed: (out): whether simdjson read the line; when it did not, the
 *   line must be read with json-glib, and nothing else was set
 * @reason: (out): why it was skipped, when it was
 *
 * Returns: (transfer full) (nullable): the document
 */
GlosaDocument *
glosa_corpus_article_from_line (GlosaSimdjson  *parser,
                                const char     *data,
                                gsize           length,
                                gsize           readable,
                                const char     *display_path,
                                GPtrArray      *file_repairs,
                                gboolean       *parsed,
                                char          **reason)
{
  LineMembers members = { { 0 } };
  GlosaDocument *document;
  JsonObject *metadata;

  g_return_val_if_fail (parser != NULL, NULL);
  g_return_val_if_fail (data != NULL && readable >= length, NULL);
  g_return_val_if_fail (parsed != NULL && reason != NULL, NULL);

  *parsed = glosa_simdjson_read_object (parser, data, length, readable, line_member_cb, &members);
  if (!*parsed)
    return NULL;
  document = article_from_fields (&members.fields, display_path, file_repairs, reason);
  if (document == NULL)
    return NULL;
  metadata = glosa_document_get_metadata (document);
  for (guint i = 0; i < members.n_metadata; i++)
    json_object_set_string_member (metadata, members.metadata[i][0], members.metadata[i][1]);
  return document;
}
