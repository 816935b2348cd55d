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
