/* fuzz-corpus.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fuzz-corpus"

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "fuzz-common.h"
#include "glosa-corpus-loader.h"
#include "glosa-corpus-reader.h"

/* The corpus loader on a single file. The first byte picks the kind of
 * file (.txt, .md, .json, .jsonl), the rest is its content. Whatever the
 * bytes, loading gives documents or an error, and every document keeps the
 * promise the rest of Glosa relies on: a non-empty text in valid UTF-8 and
 * NFC with "\n" line ends, a unique id, and a character count that is the
 * text's. */

static const char * const names[] = { "input.txt", "input.md", "input.json", "input.jsonl" };

static void
check_document (GlosaDocument *document,
                GHashTable    *ids)
{
  const char *text = glosa_document_get_text (document);
  const char *id = glosa_document_get_id (document);
  const char *title = glosa_document_get_title (document);
  g_autofree char *nfc = NULL;

  FUZZ_CHECK (id != NULL && g_hash_table_add (ids, (gpointer) id));
  FUZZ_CHECK (text != NULL && *text != '\0');
  FUZZ_CHECK (g_utf8_validate (text, -1, NULL));
  FUZZ_CHECK (strchr (text, '\r') == NULL);
  nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  FUZZ_CHECK (g_str_equal (nfc, text));
  FUZZ_CHECK (glosa_document_get_chars (document) == g_utf8_strlen (text, -1));
  FUZZ_CHECK (title == NULL || g_utf8_validate (title, -1, NULL));
}

/* What a document holds, to compare two readings. */
static char *
describe (GlosaDocument *document)
{
  g_autoptr(JsonNode) metadata = json_node_init_object (json_node_alloc (),
                                                        glosa_document_get_metadata (document));
  const char *fields[] = {
    glosa_document_get_id (document), glosa_document_get_title (document),
    glosa_document_get_text (document), glosa_document_get_path (document),
    glosa_document_get_author (document), glosa_document_get_date (document),
    glosa_document_get_source (document), glosa_document_get_url (document),
    glosa_document_get_language (document),
  };
  const char * const *warnings = glosa_document_get_warnings (document);
  g_autofree char *metadata_json = json_to_string (metadata, FALSE);
  GString *out = g_string_new (metadata_json);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_string_append_printf (out, "\x1f%s", fields[i] ? fields[i] : "(none)");
  for (guint i = 0; warnings != NULL && warnings[i] != NULL; i++)
    g_string_append_printf (out, "\x1f%s", warnings[i]);
  return g_string_free (out, FALSE);
}

static char *
describe_corpus (GlosaCorpus *corpus,
                 GError      *error)
{
  GListModel *documents = G_LIST_MODEL (corpus);
  GPtrArray *warnings;
  GString *out;

  if (corpus == NULL)
    return g_strdup (error->message);
  out = g_string_new (NULL);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (documents, i);
      g_autofree char *described = describe (document);

      g_string_append_printf (out, "%s\x1e", described);
    }
  warnings = glosa_corpus_get_warnings (corpus);
  for (guint i = 0; i < warnings->len; i++)
    {
      GlosaCorpusWarning *warning = g_ptr_array_index (warnings, i);

      g_string_append_printf (out, "%s: %s\x1e", warning->path, warning->message);
    }
  return g_string_free (out, FALSE);
}

/* JSON lines that simdjson reads must come out as json-glib reads them. */
static void
check_same_without_simdjson (GFile       *file,
                             GlosaCorpus *corpus,
                             GError      *error)
{
  g_autoptr(GError) plain_error = NULL;
  g_autoptr(GlosaCorpus) plain = NULL;
  g_autofree char *described = describe_corpus (corpus, error);
  g_autofree char *plain_described = NULL;

  glosa_corpus_reader_use_simdjson (FALSE);
  plain = glosa_corpus_load (file, NULL, &plain_error);
  glosa_corpus_reader_use_simdjson (TRUE);
  plain_described = describe_corpus (plain, plain_error);
  FUZZ_CHECK (g_str_equal (described, plain_described));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaCorpus) corpus = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  GListModel *documents;

  if (size < 1 || size > FUZZ_MAX_INPUT)
    return 0;

  path = fuzz_write_file (names[data[0] % G_N_ELEMENTS (names)], data + 1, size - 1);
  file = g_file_new_for_path (path);
  corpus = glosa_corpus_load (file, NULL, &error);
  if (g_str_has_suffix (path, ".jsonl"))
    check_same_without_simdjson (file, corpus, error);
  g_unlink (path);

  /* No article is an error with a message; anything else is a corpus. */
  FUZZ_CHECK ((corpus == NULL) == (error != NULL));
  if (corpus == NULL)
    {
      FUZZ_CHECK (error->message != NULL && g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  documents = G_LIST_MODEL (corpus);
  FUZZ_CHECK (g_list_model_get_n_items (documents) > 0);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (documents, i);

      check_document (document, ids);
      FUZZ_CHECK (glosa_corpus_lookup (corpus, glosa_document_get_id (document)) == document);
    }
  return 0;
}
