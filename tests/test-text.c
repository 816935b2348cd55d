/* test-text.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "glosa-error.h"
#include "glosa-json.h"
#include "glosa-plain-text.h"
#include "glosa-text.h"

static char *
repair (const char *data,
        gsize       length,
        GPtrArray  *warnings)
{
  return glosa_text_repair (data, length, 0, warnings, NULL);
}

static void
test_repair_bom (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = repair ("\xef\xbb\xbfPetro\r\nTrump\rRueda", 21, warnings);

  g_assert_cmpstr (text, ==, "Petro\nTrump\nRueda");
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (warnings, 0), ==, "Removed a byte order mark");
}

static void
test_repair_utf16 (void)
{
  /* "Bogotá\r\n" in UTF-16, little- and big-endian, with their marks. */
  const char le[] = "\xff\xfe" "B\0o\0g\0o\0t\0\xe1\0\r\0\n\0";
  const char be[] = "\xfe\xff" "\0B\0o\0g\0o\0t\0\xe1\0\r\0\n";
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *from_le = repair (le, sizeof le - 1, warnings);
  g_autofree char *from_be = NULL;

  g_assert_cmpstr (from_le, ==, "Bogotá\n");
  g_assert_cmpstr (g_ptr_array_index (warnings, 0), ==, "Converted from UTF-16 (little-endian)");
  from_be = repair (be, sizeof be - 1, warnings);
  g_assert_cmpstr (from_be, ==, "Bogotá\n");
  g_assert_cmpstr (g_ptr_array_index (warnings, 1), ==, "Converted from UTF-16 (big-endian)");
}

static void
test_repair_invalid (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  /* A lone continuation byte, a truncated 3-byte sequence, an overlong '/'. */
  const char bad[] = "a\x80" "b\xe2\x82" "c\xc0\xaf" "d";
  g_autofree char *text = repair (bad, sizeof bad - 1, warnings);

  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_cmpstr (text, ==, "a\xef\xbf\xbd" "b\xef\xbf\xbd" "c\xef\xbf\xbd\xef\xbf\xbd" "d");
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (warnings, 0), ==,
                   "Replaced 4 invalid byte sequences with U+FFFD");
}

static void
test_repair_nul (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  const char data[] = "Pe\0tro\0";
  g_autofree char *text = repair (data, sizeof data - 1, warnings);
  g_autofree char *kept = NULL;
  gsize length = 0;

  g_assert_cmpstr (text, ==, "Petro");
  g_assert_cmpstr (g_ptr_array_index (warnings, 0), ==, "Removed 2 NUL bytes");

  kept = glosa_text_repair (data, sizeof data - 1, GLOSA_TEXT_KEEP_NUL, NULL, &length);
  g_assert_cmpuint (length, ==, 7);
  g_assert_cmpint (memcmp (kept, data, 7), ==, 0);
}

static void
test_repair_nfc (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  /* "Maria" with a combining acute accent becomes one precomposed "í". */
  g_autofree char *text = repair ("Mari\xcc\x81" "a", 7, warnings);

  g_assert_cmpstr (text, ==, "María");
  g_assert_cmpint (g_utf8_strlen (text, -1), ==, 5);
  g_assert_cmpuint (warnings->len, ==, 0);
}

static void
test_looks_binary (void)
{
  const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xff" "a";
  const char text_with_nul[] = "A long enough line of ordinary text, with one stray \0 in it.";

  g_assert_true (glosa_text_looks_binary (png, sizeof png - 1));
  g_assert_false (glosa_text_looks_binary (text_with_nul, sizeof text_with_nul - 1));
  g_assert_false (glosa_text_looks_binary ("Ana María Rueda", 16));
}

static void
test_words (void)
{
  g_assert_cmpuint (glosa_text_count_words ("Petro's drug policy — 2026, U.S.-Colombia"), ==, 7);
  g_assert_cmpuint (glosa_text_count_words ("erradicación forzosa"), ==, 2);
  g_assert_cmpuint (glosa_text_count_words ("  "), ==, 0);
}

static void
test_sentences (void)
{
  const char *text = "The U.S. and Colombia met. Dr. Rueda said so! Did they agree? \"No.\" End";
  gsize len = strlen (text), end;

  end = glosa_text_sentence_end (text, len, 0);
  g_assert_cmpstr (text + end, ==, " Dr. Rueda said so! Did they agree? \"No.\" End");
  end = glosa_text_sentence_end (text, len, end + 1);
  g_assert_cmpstr (text + end, ==, " Did they agree? \"No.\" End");
  end = glosa_text_sentence_end (text, len, end + 1);
  end = glosa_text_sentence_end (text, len, end + 1);
  g_assert_cmpstr (text + end, ==, " End");
  g_assert_cmpuint (glosa_text_sentence_end (text, len, end + 1), ==, len);
}

static void
test_shorten (void)
{
  g_autofree char *short_text = glosa_text_shorten ("Petro meets Trump", 40);
  g_autofree char *cut = glosa_text_shorten ("Petro meets Trump at the White House, again", 20);

  g_assert_cmpstr (short_text, ==, "Petro meets Trump");
  g_assert_cmpstr (cut, ==, "Petro meets Trump…");
  g_assert_cmpint (g_utf8_strlen (cut, -1), <=, 20);
}

static char *
read_shared (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("GLOSA_SHARED_DIR"), "corpus", name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return glosa_text_repair (contents, length, 0, NULL, NULL);
}

static void
test_split_question_headline (void)
{
  g_autofree char *text = read_shared ("001_a87c4153953d173a.txt");
  g_autofree char *title = NULL, *body = NULL;

  glosa_plain_text_split (text, "001_a87c4153953d173a.txt", &title, &body);
  g_assert_cmpstr (title, ==, "Did the White House meeting result in substantive changes to the "
                              "U.S.-Colombia counter-drug strategy?");
  /* The breadcrumb and both copies of the headline are out of the body. */
  g_assert_true (g_str_has_prefix (body, "Medellin, Colombia – Colombian President Gustavo Petro"));
  g_assert_null (strstr (body, title));
}

static void
test_split_first_sentence (void)
{
  g_autofree char *text = read_shared ("000_8201e9c1fadbd55d.txt");
  g_autofree char *title = NULL, *body = NULL;

  glosa_plain_text_split (text, "000_8201e9c1fadbd55d.txt", &title, &body);
  g_assert_cmpstr (title, ==, "The visit of Colombian President Gustavo Petro to Washington does "
                              "not represent an ideological…");
  g_assert_cmpstr (body, ==, text);
}

static void
test_split_rules (void)
{
  struct {
    const char *text, *file, *title, *body;
  } cases[] = {
    { "# Coca figures\n\nHectares rose.", "a.md", "Coca figures", "Hectares rose." },
    { "Share\nSkip to content\nPetro meets Trump\nPetro meets Trump\n\nText.", "b.txt",
      "Petro meets Trump", "Text." },
    { "A first line that ends like a sentence.\nMore.", "petro-trump-meeting.txt",
      "Petro trump meeting", NULL },
    { "Home › World › Americas\nExtradition resumes\nBody", "c.txt", "Extradition resumes", "Body" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *title = NULL, *body = NULL;

      glosa_plain_text_split (cases[i].text, cases[i].file, &title, &body);
      g_assert_cmpstr (title, ==, cases[i].title);
      g_assert_cmpstr (body, ==, cases[i].body ? cases[i].body : cases[i].text);
    }
  g_assert_null (glosa_plain_text_name_title ("000_8201e9c1fadbd55d.txt"));
  g_assert_null (glosa_plain_text_name_title ("article.txt"));
}

static void
test_json_check (void)
{
  struct {
    const char *json;
    gboolean valid;
    guint line, column;
  } cases[] = {
    { "[1, 2.5e-3, -0, \"a\\u00e9\", true, false, null, {}]", TRUE, 0, 0 },
    { "{\"a\": [1,\n 2,,]}", FALSE, 2, 4 },
    { "[01]", FALSE, 1, 3 },
    { "['single']", FALSE, 1, 2 },
    { "{\"é\": 1} /* comment */", FALSE, 1, 10 },
    { "[\"tab\there\"]", FALSE, 1, 6 },
    { "", FALSE, 1, 1 },
    { "[0x1]", FALSE, 1, 3 },
    { "[\"\\uD834\\uDD1E\"]", TRUE, 0, 0 },   /* a surrogate pair: U+1D11E */
    { "[\"ab\\uD834\"]", FALSE, 1, 5 },         /* half of one */
    { "[\"\\uDD1E\"]", FALSE, 1, 3 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint line = 0, column = 0;
      char *message = NULL;
      gboolean valid = glosa_json_check (cases[i].json, strlen (cases[i].json), &line, &column, &message);

      g_assert_cmpint (valid, ==, cases[i].valid);
      if (!valid)
        {
          g_assert_cmpuint (line, ==, cases[i].line);
          g_assert_cmpuint (column, ==, cases[i].column);
          g_assert_nonnull (message);
        }
    }
}

static void
test_json_deep (void)
{
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  for (int i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  node = glosa_json_parse (deep->str, deep->len, "deep.json", 1, &error);
  g_assert_null (node);
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==,
                   "deep.json line 1, column 513: arrays and objects are nested too deeply");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/repair/bom", test_repair_bom);
  g_test_add_func ("/text/repair/utf16", test_repair_utf16);
  g_test_add_func ("/text/repair/invalid", test_repair_invalid);
  g_test_add_func ("/text/repair/nul", test_repair_nul);
  g_test_add_func ("/text/repair/nfc", test_repair_nfc);
  g_test_add_func ("/text/looks-binary", test_looks_binary);
  g_test_add_func ("/text/words", test_words);
  g_test_add_func ("/text/sentences", test_sentences);
  g_test_add_func ("/text/shorten", test_shorten);
  g_test_add_func ("/plain-text/question-headline", test_split_question_headline);
  g_test_add_func ("/plain-text/first-sentence", test_split_first_sentence);
  g_test_add_func ("/plain-text/rules", test_split_rules);
  g_test_add_func ("/json/check", test_json_check);
  g_test_add_func ("/json/deep", test_json_deep);

  return g_test_run ();
}
