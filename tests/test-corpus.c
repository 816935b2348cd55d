/* test-corpus.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "glosa-corpus-loader.h"
#include "glosa-corpus-reader.h"
#include "glosa-error.h"

static char *
shared_path (const char *name)
{
  return g_build_filename (g_getenv ("GLOSA_SHARED_DIR"), name, NULL);
}

static GlosaCorpus *
load_path (const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return glosa_corpus_load (file, NULL, error);
}

static GlosaDocument *
document_at (GlosaCorpus *corpus,
             guint        position)
{
  GlosaDocument *document = g_list_model_get_item (G_LIST_MODEL (corpus), position);

  g_object_unref (document); /* the corpus keeps it */
  return document;
}

/* The warning about @path, or NULL. */
static const char *
warning_for (GlosaCorpus *corpus,
             const char  *path)
{
  GPtrArray *warnings = glosa_corpus_get_warnings (corpus);

  for (guint i = 0; i < warnings->len; i++)
    {
      GlosaCorpusWarning *warning = g_ptr_array_index (warnings, i);

      if (g_strcmp0 (warning->path, path) == 0)
        return warning->message;
    }
  return NULL;
}

static GlosaCorpusWarning *
warning_at (GPtrArray *warnings,
            guint      index)
{
  g_assert_cmpuint (index, <, warnings->len);
  return g_ptr_array_index (warnings, index);
}

static gboolean
has_document_warning (GlosaDocument *document,
                      const char    *prefix)
{
  const char * const *warnings = glosa_document_get_warnings (document);

  for (guint i = 0; warnings[i]; i++)
    if (g_str_has_prefix (warnings[i], prefix))
      return TRUE;
  return FALSE;
}

static void
test_shared_corpus (void)
{
  g_autofree char *path = shared_path ("corpus");
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaCorpus) corpus = load_path (path, &error);
  GlosaDocument *first, *second;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);
  g_assert_cmpuint (glosa_corpus_get_warnings (corpus)->len, ==, 0);
  g_assert_cmpstr (glosa_corpus_get_name (corpus), ==, "corpus");

  first = document_at (corpus, 0);
  g_assert_cmpstr (glosa_document_get_id (first), ==, "000_8201e9c1fadbd55d.txt");
  g_assert_cmpstr (glosa_document_get_title (first), ==,
                   "The visit of Colombian President Gustavo Petro to Washington does not represent "
                   "an ideological…");
  /* The whole file: 7122 code points, no final newline. */
  g_assert_cmpuint (glosa_document_get_chars (first), ==, 7122);
  g_assert_cmpuint (glosa_document_get_words (first), ==, 1058);
  g_assert_null (glosa_document_get_warnings (first)[0]);
  g_assert_true (glosa_corpus_lookup (corpus, "000_8201e9c1fadbd55d.txt") == first);

  second = document_at (corpus, 1);
  g_assert_cmpstr (glosa_document_get_id (second), ==, "001_a87c4153953d173a.txt");
  g_assert_cmpstr (glosa_document_get_title (second), ==,
                   "Did the White House meeting result in substantive changes to the U.S.-Colombia "
                   "counter-drug strategy?");
  g_assert_null (strstr (glosa_document_get_text (second), glosa_document_get_title (second)));
  g_assert_true (g_str_has_prefix (glosa_document_get_text (second), "Medellin, Colombia"));
  g_assert_true (g_str_has_suffix (glosa_document_get_text (second), "Exit mobile version"));
  g_assert_nonnull (strstr (glosa_document_get_text (second), "Ana María Rueda"));
}

static void
test_stable_ids (void)
{
  g_autofree char *path = shared_path ("corpus");
  g_autoptr(GlosaCorpus) a = load_path (path, NULL);
  g_autoptr(GlosaCorpus) b = load_path (path, NULL);

  for (guint i = 0; i < 2; i++)
    {
      g_assert_cmpstr (glosa_document_get_id (document_at (a, i)), ==,
                       glosa_document_get_id (document_at (b, i)));
      g_assert_cmpstr (glosa_document_get_hash (document_at (a, i)), ==,
                       glosa_document_get_hash (document_at (b, i)));
    }
}

/* What holds an article in a JSONTestSuite file: an array with an object
 * whose "text" is a non-empty string. */
static gboolean
holds_article (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (!json_parser_load_from_file (parser, path, NULL))
    return FALSE;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (root)); i++)
    {
      JsonNode *node = json_array_get_element (json_node_get_array (root), i);

      if (JSON_NODE_HOLDS_OBJECT (node)
          && json_object_has_member (json_node_get_object (node), "text"))
        return TRUE;
    }
  return FALSE;
}

static void
test_json_test_suite (void)
{
  g_autofree char *dir_path = shared_path ("testdata/jsontestsuite");
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint refused = 0, accepted = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GlosaCorpus) corpus = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      corpus = load_path (path, &error);
      if (g_str_has_prefix (name, "n_"))
        {
          /* Refused, and the message names the file. */
          g_assert_null (corpus);
          g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_EMPTY_CORPUS);
          g_assert_nonnull (strstr (error->message, name));
          refused++;
        }
      else if (g_str_has_prefix (name, "y_") && holds_article (path))
        {
          g_assert_no_error (error);
          accepted++;
        }
      else
        g_assert_true ((corpus != NULL) != (error != NULL));
    }
  g_assert_cmpuint (refused, ==, 188);
  g_assert_cmpuint (accepted, ==, 0);
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static void
rm_rf (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        rm_rf (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
test_hostile_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("glosa-hostile-XXXXXX", NULL);
  g_autofree char *sub = g_build_filename (dir, "sub", NULL);
  g_autofree char *loop = g_build_filename (sub, "loop", NULL);
  g_autofree char *dangling = g_build_filename (dir, "gone.txt", NULL);
  g_autoptr(GString) long_line = g_string_new ("One very long line");
  g_autoptr(GlosaCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;
  const char utf16[] = "\xff\xfe" "P\0e\0t\0r\0o\0\n\0B\0o\0g\0o\0t\0\xe1\0";
  const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xff";
  const char nul[] = "NUL bytes\n\nPe\0tro met Trump.";
  GlosaDocument *document;

  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  write_file (dir, "invalid.txt", "Bad bytes\n\nPetro \xff\xfe met Trump.", -1);
  write_file (dir, "utf16.txt", utf16, sizeof utf16 - 1);
  write_file (dir, "bom-crlf.txt", "\xef\xbb\xbf" "BOM and CRLF\r\n\r\nFirst line.\r\nSecond.\r\n", -1);
  write_file (dir, "empty.txt", "", 0);
  write_file (dir, "blank.md", "  \n\n  ", -1);
  write_file (dir, "binary.txt", png, sizeof png - 1);
  write_file (dir, "nul.txt", nul, sizeof nul - 1);
  while (long_line->len < 10 * 1024 * 1024)
    g_string_append (long_line, " and it goes on without a break");
  write_file (dir, "long-line.txt", long_line->str, long_line->len);
  write_file (dir, "truncated.json", "[{\"id\": \"t1\", \"text\": \"Cut", -1);
  write_file (dir, "lines.jsonl",
              "{\"id\": \"l1\", \"title\": \"First\", \"text\": \"Petro spoke.\"}\n"
              "{\"id\": \"l2\", \"title\": \"Broken\", \"text\": \n"
              "{\"id\": \"l3\", \"title\": \"Third\", \"text\": \"Trump answered.\", \"topic\": [1]}\n", -1);
  write_file (dir, "markup.json",
              "{\"documents\": [{\"id\": \"m1\", \"title\": \"<b>Petro</b> & <i>Trump</i>\", "
              "\"text\": \"Markup & ampersands <span>stay</span> text.\"}]}", -1);
  write_file (dir, ".hidden.txt", "Hidden\n\nNot an article.", -1);
  write_file (dir, "notes.docx", "PK\x03\x04", 4);
  write_file (dir, "codebook.json", "{\"glosa_codebook\": 1}", -1);
  write_file (sub, "nested.md", "# Nested headline\n\nA nested article.", -1);
  g_assert_cmpint (symlink ("..", loop), ==, 0);
  g_assert_cmpint (symlink ("nowhere.txt", dangling), ==, 0);

  corpus = load_path (dir, &error);
  g_assert_no_error (error);

  /* Loaded: bom-crlf, invalid, lines.jsonl (2), long-line, markup, nul,
   * sub/nested, utf16; in path order. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 9);

  document = glosa_corpus_lookup (corpus, "bom-crlf.txt");
  g_assert_cmpstr (glosa_document_get_title (document), ==, "BOM and CRLF");
  g_assert_cmpstr (glosa_document_get_text (document), ==, "First line.\nSecond.");
  g_assert_true (has_document_warning (document, "Removed a byte order mark"));

  document = glosa_corpus_lookup (corpus, "invalid.txt");
  g_assert_cmpstr (glosa_document_get_text (document), ==, "Petro \xef\xbf\xbd\xef\xbf\xbd met Trump.");
  g_assert_true (has_document_warning (document, "Replaced 2 invalid byte sequences"));

  document = glosa_corpus_lookup (corpus, "utf16.txt");
  g_assert_cmpstr (glosa_document_get_title (document), ==, "Petro");
  g_assert_cmpstr (glosa_document_get_text (document), ==, "Bogotá");
  g_assert_true (has_document_warning (document, "Converted from UTF-16 (little-endian)"));

  document = glosa_corpus_lookup (corpus, "nul.txt");
  g_assert_cmpstr (glosa_document_get_text (document), ==, "Petro met Trump.");
  g_assert_true (has_document_warning (document, "Removed 1 NUL byte"));

  document = glosa_corpus_lookup (corpus, "long-line.txt");
  g_assert_cmpuint (glosa_document_get_chars (document), ==, long_line->len);

  document = glosa_corpus_lookup (corpus, "m1");
  g_assert_cmpstr (glosa_document_get_title (document), ==, "<b>Petro</b> & <i>Trump</i>");
  g_assert_cmpstr (glosa_document_get_path (document), ==, "markup.json");

  document = glosa_corpus_lookup (corpus, "l3");
  g_assert_cmpstr (glosa_document_get_text (document), ==, "Trump answered.");
  g_assert_true (json_object_has_member (glosa_document_get_metadata (document), "topic"));
  g_assert_nonnull (glosa_corpus_lookup (corpus, "l1"));
  g_assert_null (glosa_corpus_lookup (corpus, "l2"));

  document = glosa_corpus_lookup (corpus, "sub/nested.md");
  g_assert_cmpstr (glosa_document_get_title (document), ==, "Nested headline");

  /* Skipped, each with a reason that names the file. */
  g_assert_cmpstr (warning_for (corpus, "empty.txt"), ==, "Skipped: the file is empty");
  g_assert_cmpstr (warning_for (corpus, "blank.md"), ==, "Skipped: the file holds no text");
  g_assert_cmpstr (warning_for (corpus, "binary.txt"), ==,
                   "Skipped: this does not look like text (a binary file?)");
  g_assert_cmpstr (warning_for (corpus, "truncated.json"), ==,
                   "Skipped: not valid JSON: Line 1, column 27: the string is not closed");
  g_assert_cmpstr (warning_for (corpus, "lines.jsonl"), ==,
                   "Skipped line 2: not valid JSON: Line 2, column 41: "
                   "the JSON ends before it is complete");
  g_assert_cmpstr (warning_for (corpus, "gone.txt"), ==,
                   "Skipped: a symbolic link to a file that does not exist");
  g_assert_cmpstr (warning_for (corpus, "sub/loop"), ==,
                   "Skipped: this folder was already read (a symbolic link loop?)");
  g_assert_null (warning_for (corpus, ".hidden.txt"));
  g_assert_null (warning_for (corpus, "notes.docx"));
  g_assert_null (warning_for (corpus, "codebook.json"));
  g_assert_cmpuint (glosa_corpus_get_warnings (corpus)->len, ==, 7);

  rm_rf (dir);
}

/* Large JSONL files are parsed in slices on several threads: documents,
 * line numbers, the first five skips and the count of the rest must come
 * out as from one pass, whatever slice they fall in. */
static void
test_big_jsonl (void)
{
  static const guint bad_lines[] = { 2, 1049, 1050, 2100, 3150, 3151, 3900 };
  g_autofree char *dir = g_dir_make_tmp ("glosa-big-jsonl-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.jsonl", NULL);
  g_autoptr(GString) jsonl = g_string_new (NULL);
  g_autoptr(GString) filler = g_string_new (NULL);
  g_autoptr(GlosaCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *warnings;
  guint n_lines = 4000, bad = 0;
  GlosaDocument *document;

  /* About 4 KB a line: some 16 MB, several slices. */
  while (filler->len < 4000)
    g_string_append (filler, "Petro dijo que el año “empieza” – ");
  for (guint line = 1; line <= n_lines; line++)
    {
      if (bad < G_N_ELEMENTS (bad_lines) && line == bad_lines[bad])
        {
          g_string_append (jsonl, bad % 2 ? "{\"id\": \"no text\"}\n" : "{broken\n");
          bad++;
          continue;
        }
      g_string_append_printf (jsonl, "{\"id\": \"a%u\", \"text\": \"%s%s\"}\n", line, filler->str,
                              line == 3990 ? "\xff" : "");
    }
  write_file (dir, "big.jsonl", jsonl->str, jsonl->len);

  corpus = load_path (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==,
                    n_lines - G_N_ELEMENTS (bad_lines));
  for (guint i = 0, line = 1; i < n_lines - G_N_ELEMENTS (bad_lines); i++, line++)
    {
      g_autofree char *id = NULL;

      for (gsize b = 0; b < G_N_ELEMENTS (bad_lines); b++)
        line += line == bad_lines[b];
      id = g_strdup_printf ("a%u", line);
      g_assert_cmpstr (glosa_document_get_id (document_at (corpus, i)), ==, id);
    }
  /* The one bad byte, near the end, is the whole file's repair. */
  document = document_at (corpus, 0);
  g_assert_true (has_document_warning (document, "Replaced 1 invalid byte sequence"));
  g_assert_true (g_str_has_prefix (glosa_document_get_text (document), "Petro dijo"));

  warnings = glosa_corpus_get_warnings (corpus);
  g_assert_cmpuint (warnings->len, ==, 6);
  g_assert_cmpstr (warning_at (warnings, 0)->message, ==,
                   "Skipped line 2: not valid JSON: Line 2, column 2: "
                   "expected a member name in double quotes");
  g_assert_cmpstr (warning_at (warnings, 1)->message, ==,
                   "Skipped line 1049: it has no “text” field");
  g_assert_cmpstr (warning_at (warnings, 2)->message, ==,
                   "Skipped line 1050: not valid JSON: Line 1050, column 2: "
                   "expected a member name in double quotes");
  g_assert_cmpstr (warning_at (warnings, 4)->message, ==,
                   "Skipped line 3150: not valid JSON: Line 3150, column 2: "
                   "expected a member name in double quotes");
  g_assert_cmpstr (warning_at (warnings, 5)->message, ==, "Skipped 2 more articles");
  rm_rf (dir);
}

/* Plain JSON lines are read by simdjson, the rest by json-glib; together
 * they give each field as written, decoded, in NFC, line by line. */
static void
test_jsonl_fields (void)
{
  g_autofree char *dir = g_dir_make_tmp ("glosa-jsonl-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "lines.jsonl", NULL);
  g_autoptr(GString) jsonl = g_string_new (NULL);
  g_autoptr(GString) filler = g_string_new (NULL);
  g_autoptr(GlosaCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;
  GlosaDocument *document;
  GPtrArray *warnings;
  JsonObject *metadata;

  g_string_append (jsonl,
                   "{\"id\": \"rich\", \"title\": \"Dos\\tpalabras\", \"text\": \"Dijo \\\"no\\\"\\r\\n"
                   "y se fue\\u00e9 e\\u0301 \\ud83c\\udf3f\", \"author\": \"Ana\", \"date\": \"2026-02-03\","
                   " \"source\": \"Wire\", \"url\": \"https://e.org/?a=1\", \"language\": \"es\","
                   " \"section\": \"Pol\\u00edtica\"}\n");
  g_string_append (jsonl, "{\"id\": 42, \"text\": \"A numbered id.\"}\n");
  g_string_append (jsonl, "{\"id\": \"nul\", \"text\": \"Ends at \\u0000 a NUL\"}\n");
  /* Longer than simdjson is given. */
  g_string_append (jsonl, "{\"id\": \"long\", \"text\": \"");
  for (guint i = 0; i < 420000; i++)
    g_string_append (jsonl, "Diez bytes");
  g_string_append (jsonl, "\"}\n");
  /* 1200 lines of 3.6 KB: past the first 4 MB slice, a line to skip, its
   * number the file's. */
  while (filler->len < 3600)
    g_string_append (filler, "Relleno de prueba. ");
  for (guint i = 0; i < 1200; i++)
    g_string_append_printf (jsonl, "{\"id\": \"f%u\", \"text\": \"%s%04u %s\"}\n",
                            i, i == 1100 ? "\\x" : "", i, filler->str);
  write_file (dir, "lines.jsonl", jsonl->str, jsonl->len);
  corpus = load_path (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 4 + 1199);

  document = glosa_corpus_lookup (corpus, "rich");
  g_assert_cmpstr (glosa_document_get_title (document), ==, "Dos palabras");
  g_assert_cmpstr (glosa_document_get_text (document), ==,
                   "Dijo \"no\"\ny se fue\u00e9 \u00e9 \U0001F33F");
  g_assert_cmpstr (glosa_document_get_author (document), ==, "Ana");
  g_assert_cmpstr (glosa_document_get_date (document), ==, "2026-02-03");
  g_assert_cmpstr (glosa_document_get_source (document), ==, "Wire");
  g_assert_cmpstr (glosa_document_get_url (document), ==, "https://e.org/?a=1");
  g_assert_cmpstr (glosa_document_get_language (document), ==, "es");
  metadata = glosa_document_get_metadata (document);
  g_assert_cmpuint (json_object_get_size (metadata), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (metadata, "section"), ==, "Pol\u00edtica");

  g_assert_cmpstr (glosa_document_get_text (glosa_corpus_lookup (corpus, "42")), ==,
                   "A numbered id.");
  /* json-glib's strings end at a NUL, as they always have. */
  g_assert_cmpstr (glosa_document_get_text (glosa_corpus_lookup (corpus, "nul")), ==, "Ends at");
  g_assert_true (g_str_has_prefix (glosa_document_get_text (glosa_corpus_lookup (corpus, "f1199")),
                                   "1199 Relleno de prueba. Relleno"));
  g_assert_null (glosa_corpus_lookup (corpus, "f1100"));
  g_assert_cmpuint (strlen (glosa_document_get_text (glosa_corpus_lookup (corpus, "long"))), ==,
                    4200000);

  warnings = glosa_corpus_get_warnings (corpus);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_cmpstr (warning_at (warnings, 0)->message, ==,
                   "Skipped line 1105: not valid JSON: Line 1105, column 27: "
                   "unknown escape sequence in a string");
  rm_rf (dir);
}

static void
assert_same_document (GlosaDocument *a,
                      GlosaDocument *b)
{
  g_autoptr(JsonNode) meta_a = json_node_init_object (json_node_alloc (),
                                                      glosa_document_get_metadata (a));
  g_autoptr(JsonNode) meta_b = json_node_init_object (json_node_alloc (),
                                                      glosa_document_get_metadata (b));
  g_autofree char *json_a = json_to_string (meta_a, FALSE);
  g_autofree char *json_b = json_to_string (meta_b, FALSE);

  g_assert_cmpstr (glosa_document_get_id (a), ==, glosa_document_get_id (b));
  g_assert_cmpstr (glosa_document_get_title (a), ==, glosa_document_get_title (b));
  g_assert_cmpstr (glosa_document_get_text (a), ==, glosa_document_get_text (b));
  g_assert_cmpstr (glosa_document_get_author (a), ==, glosa_document_get_author (b));
  g_assert_cmpstr (glosa_document_get_date (a), ==, glosa_document_get_date (b));
  g_assert_cmpstr (glosa_document_get_source (a), ==, glosa_document_get_source (b));
  g_assert_cmpstr (glosa_document_get_url (a), ==, glosa_document_get_url (b));
  g_assert_cmpstr (glosa_document_get_language (a), ==, glosa_document_get_language (b));
  g_assert_cmpstr (glosa_document_get_path (a), ==, glosa_document_get_path (b));
  g_assert_cmpstrv (glosa_document_get_warnings (a), glosa_document_get_warnings (b));
  g_assert_cmpstr (json_a, ==, json_b);
}

/* A large file (mapped, in several slices, with lines simdjson leaves to
 * json-glib and lines to skip in later slices) reads the same with
 * simdjson as with json-glib alone, whether or not it must be decoded. */
static void
test_jsonl_both_parsers (void)
{
  g_autofree char *dir = g_dir_make_tmp ("glosa-parsers-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "large.jsonl", NULL);
  g_autoptr(GString) filler = g_string_new (NULL);

  while (filler->len < 3000)
    g_string_append (filler, "Texto de relleno, con acentos: \\u00e9 e\\u0301 \\\"citas\\\". ");
  for (guint variant = 0; variant < 2; variant++)
    {
      g_autoptr(GString) jsonl = g_string_new (NULL);
      g_autoptr(GlosaCorpus) fast = NULL;
      g_autoptr(GlosaCorpus) plain = NULL;
      g_autoptr(GError) error = NULL;
      GPtrArray *fast_warnings, *plain_warnings;

      for (guint i = 0; i < 1800; i++)
        {
          if (i % 997 == 500)
            g_string_append_printf (jsonl, "{\"id\": \"bad%u\", \"text\": 3}\n", i);
          else if (i % 1201 == 700)
            g_string_append (jsonl, "{broken\n");
          else if (i % 101 == 0)
            g_string_append_printf (jsonl, "{\"id\": %u, \"text\": \"%s\", \"tags\": [\"n\"]}\n",
                                    i, filler->str);
          else
            g_string_append_printf (jsonl, "{\"id\": \"l%u\", \"title\": \"T\\t%u\", \"text\": \"%s%u\","
                                    " \"section\": \"s%u\"}\r\n", i, i, filler->str, i, i % 7);
          /* Over simdjson's 4 MB; or one byte that is not UTF-8. */
          if (i == 1300 && variant == 0)
            {
              g_string_append (jsonl, "{\"id\": \"long\", \"text\": \"");
              for (guint j = 0; j < 420000; j++)
                g_string_append (jsonl, "Diez bytes");
              g_string_append (jsonl, "\"}\n");
            }
          else if (i == 1300)
            g_string_append (jsonl, "{\"id\": \"invalid\", \"text\": \"Un byte \xff aqu\u00ed\"}\n");
        }
      write_file (dir, "large.jsonl", jsonl->str, jsonl->len);

      fast = load_path (path, &error);
      g_assert_no_error (error);
      glosa_corpus_reader_use_simdjson (FALSE);
      plain = load_path (path, &error);
      glosa_corpus_reader_use_simdjson (TRUE);
      g_assert_no_error (error);

      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fast)), ==, 1800 + 1 - 3);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fast)), ==,
                        g_list_model_get_n_items (G_LIST_MODEL (plain)));
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (fast)); i++)
        assert_same_document (document_at (fast, i), document_at (plain, i));
      fast_warnings = glosa_corpus_get_warnings (fast);
      plain_warnings = glosa_corpus_get_warnings (plain);
      g_assert_cmpuint (fast_warnings->len, ==, 3);
      g_assert_cmpuint (fast_warnings->len, ==, plain_warnings->len);
      for (guint i = 0; i < fast_warnings->len; i++)
        g_assert_cmpstr (warning_at (fast_warnings, i)->message, ==,
                         warning_at (plain_warnings, i)->message);
      g_assert_true (has_document_warning (document_at (fast, 0),
                                           "Replaced 1 invalid byte sequence") == (variant == 1));
    }
  rm_rf (dir);
}

/* Files are read on several threads: the order is still the paths'. */
static void
test_folder_order (void)
{
  g_autofree char *dir = g_dir_make_tmp ("glosa-order-XXXXXX", NULL);
  g_autoptr(GlosaCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *warnings;

  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *sub = g_strdup_printf ("%s/%u", dir, i % 7);
      g_autofree char *name = g_strdup_printf ("%u/%03u.txt", i % 7, i);
      g_autofree char *text = g_strdup_printf ("Title %u\n\nText of article %u.", i, i);

      g_mkdir_with_parents (sub, 0755);
      write_file (dir, name, i % 50 == 3 ? "" : text, -1);
    }
  corpus = load_path (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 392);
  for (guint i = 0, n = 0; i < 7; i++)
    for (guint j = i; j < 400; j += 7)
      {
        g_autofree char *id = g_strdup_printf ("%u/%03u.txt", i, j);

        if (j % 50 == 3)
          continue;
        g_assert_cmpstr (glosa_document_get_id (document_at (corpus, n++)), ==, id);
      }
  warnings = glosa_corpus_get_warnings (corpus);
  g_assert_cmpuint (warnings->len, ==, 8);
  g_assert_cmpstr (warning_at (warnings, 0)->path, ==, "0/203.txt");
  g_assert_cmpstr (warning_at (warnings, 7)->path, ==, "6/153.txt");
  rm_rf (dir);
}

static void
test_json_shapes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("glosa-json-XXXXXX", NULL);
  g_autoptr(GlosaCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;
  GlosaDocument *document;
  g_autofree char *hash_id = NULL;

  write_file (dir, "array.json",
              "[{\"id\": 7, \"title\": \"Seven\", \"text\": \"Numbered id.\", \"author\": \"A. Writer\","
              " \"date\": \"2026-02-04\", \"source\": \"Wire\", \"url\": \"https://example.org/7\","
              " \"language\": \"en\", \"tags\": [\"x\"]},"
              " {\"title\": \"No id\", \"text\": \"Identified by its text.\"},"
              " {\"title\": \"No text\"}, 42, {\"id\": \"e\", \"text\": \"   \"}]", -1);
  write_file (dir, "dup.jsonl", "{\"id\": \"7\", \"text\": \"Same id as another.\"}\n", -1);
  write_file (dir, "empty-list.json", "{\"documents\": []}", -1);

  corpus = load_path (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 3);

  document = glosa_corpus_lookup (corpus, "7");
  g_assert_cmpstr (glosa_document_get_title (document), ==, "Seven");
  g_assert_cmpstr (glosa_document_get_author (document), ==, "A. Writer");
  g_assert_cmpstr (glosa_document_get_date (document), ==, "2026-02-04");
  g_assert_cmpstr (glosa_document_get_source (document), ==, "Wire");
  g_assert_cmpstr (glosa_document_get_url (document), ==, "https://example.org/7");
  g_assert_cmpstr (glosa_document_get_language (document), ==, "en");
  g_assert_true (json_object_has_member (glosa_document_get_metadata (document), "tags"));

  hash_id = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "Identified by its text.", -1);
  hash_id[16] = '\0';
  g_assert_nonnull (glosa_corpus_lookup (corpus, hash_id));

  /* array.json sorts before dup.jsonl, so the second "7" is renamed. */
  document = glosa_corpus_lookup (corpus, "7~2");
  g_assert_cmpstr (glosa_document_get_text (document), ==, "Same id as another.");
  g_assert_cmpstr (warning_for (corpus, "dup.jsonl"), ==,
                   "Two articles have the id “7”; this one is now “7~2”");

  g_assert_cmpstr (warning_for (corpus, "empty-list.json"), ==,
                   "Skipped: the list of articles is empty");
  rm_rf (dir);
}

static void
test_errors (void)
{
  g_autofree char *dir = g_dir_make_tmp ("glosa-empty-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", NULL);
  g_autofree char *odd = g_build_filename (dir, "article.pdf", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaCorpus) corpus = NULL;

  corpus = load_path (dir, &error);
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_EMPTY_CORPUS);
  g_assert_true (g_str_has_suffix (error->message,
                                   "Glosa reads .txt, .md, .json and .jsonl files."));
  g_clear_error (&error);

  corpus = load_path (missing, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  write_file (dir, "article.pdf", "%PDF", -1);
  corpus = load_path (odd, &error);
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_UNSUPPORTED);
  g_clear_error (&error);

  write_file (dir, "bad.json", "{\"documents\": [}", -1);
  corpus = load_path (bad, &error);
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_EMPTY_CORPUS);
  g_assert_nonnull (strstr (error->message, "bad.json: Skipped: not valid JSON: Line 1, column 16"));
  rm_rf (dir);
}

typedef struct
{
  GMainLoop   *loop;
  GlosaCorpus *corpus;
  GError      *error;
  guint        notifies;
} AsyncData;

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncData *data = user_data;

  data->corpus = glosa_corpus_loader_load_finish (GLOSA_CORPUS_LOADER (object), result, &data->error);
  g_main_loop_quit (data->loop);
}

static void
fraction_cb (GObject    *object,
             GParamSpec *pspec,
             AsyncData  *data)
{
  data->notifies++;
}

static void
test_async (void)
{
  g_autofree char *path = shared_path ("corpus");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GlosaCorpusLoader) loader = glosa_corpus_loader_new (file);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncData data = { g_main_loop_new (NULL, FALSE), NULL, NULL, 0 };

  g_signal_connect (loader, "notify::fraction", G_CALLBACK (fraction_cb), &data);
  glosa_corpus_loader_load_async (loader, NULL, loaded_cb, &data);
  g_main_loop_run (data.loop);
  g_assert_no_error (data.error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (data.corpus)), ==, 2);
  g_assert_cmpfloat (glosa_corpus_loader_get_fraction (loader), ==, 1.0);
  g_assert_cmpuint (data.notifies, >=, 1);
  g_clear_object (&data.corpus);

  /* Cancelled before the thread runs: an error, no corpus. */
  g_cancellable_cancel (cancellable);
  glosa_corpus_loader_load_async (loader, cancellable, loaded_cb, &data);
  g_main_loop_run (data.loop);
  g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (data.corpus);
  g_clear_error (&data.error);
  g_main_loop_unref (data.loop);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/corpus/shared", test_shared_corpus);
  g_test_add_func ("/corpus/stable-ids", test_stable_ids);
  g_test_add_func ("/corpus/json-test-suite", test_json_test_suite);
  g_test_add_func ("/corpus/hostile-folder", test_hostile_folder);
  g_test_add_func ("/corpus/json-shapes", test_json_shapes);
  g_test_add_func ("/corpus/big-jsonl", test_big_jsonl);
  g_test_add_func ("/corpus/jsonl-fields", test_jsonl_fields);
  g_test_add_func ("/corpus/jsonl-both-parsers", test_jsonl_both_parsers);
  g_test_add_func ("/corpus/folder-order", test_folder_order);
  g_test_add_func ("/corpus/errors", test_errors);
  g_test_add_func ("/corpus/async", test_async);

  return g_test_run ();
}
