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

/* The old pipeline, for comparison: line ends, then always normalise. */
static char *
normalise_always (const char *text)
{
  g_autofree char *lf = NULL;
  g_auto(GStrv) crlf = g_strsplit (text, "\r\n", -1);
  g_autofree char *joined = g_strjoinv ("\n", crlf);

  lf = g_strdelimit (g_steal_pointer (&joined), "\r", '\n');
  return g_utf8_normalize (lf, -1, G_NORMALIZE_NFC);
}

static void
test_nfc_every_code_point (void)
{
  guint certain = 0;

  /* What the quick check calls NFC must be NFC, for every code point it
   * knows; below U+0300 nothing changes, and it must say so. */
  for (gunichar c = 1; c < 0x30000; c++)
    {
      char utf8[8] = { 0 };
      int n;

      if (c >= 0xd800 && c <= 0xdfff)
        continue;
      n = g_unichar_to_utf8 (c, utf8);
      if (glosa_text_is_nfc (utf8, n))
        {
          g_autofree char *nfc = g_utf8_normalize (utf8, n, G_NORMALIZE_NFC);

          if (!g_str_equal (nfc, utf8))
            g_error ("U+%04X is not NFC, but the quick check says it is", c);
          certain++;
        }
      else if (c < 0x300)
        g_error ("U+%04X is NFC, but the quick check is unsure", c);
    }
  /* Nearly all of them: the check is useful, not merely safe. */
  g_assert_cmpuint (certain, >, 0x2f000 - 0x800 - 4096);
}

static void
test_nfc_cases (void)
{
  struct { const char *in; const char *nfc; gboolean certain; } cases[] = {
    /* Typography passes without normalising. */
    { "“Petro” – Trump — 5 € … ‘Rueda’", "“Petro” – Trump — 5 € … ‘Rueda’", TRUE },
    { "Bogotá, Ñandú, Ελλάδα, Việt Nam, 한국어", "Bogotá, Ñandú, Ελλάδα, Việt Nam, 한국어", TRUE },
    /* NFD is composed. */
    { "Bogota\xcc\x81", "Bogotá", FALSE },
    /* Hangul jamo: L V T, and an LV syllable with a trailing T. */
    { "\xe1\x84\x80\xe1\x85\xa1\xe1\x86\xa8", "\xea\xb0\x81", FALSE },
    { "\xea\xb0\x80\xe1\x86\xa8", "\xea\xb0\x81", FALSE },
    /* The Ohm sign is a singleton: it becomes Omega. */
    { "\xe2\x84\xa6", "\xce\xa9", FALSE },
    /* Oriya: U+0B47 U+0B3E compose to U+0B4B, the second a starter. */
    { "\xe0\xad\x87\xe0\xac\xbe", "\xe0\xad\x8b", FALSE },
    /* Marks out of canonical order are reordered. */
    { "q\xcc\x87\xcc\xa3", "q\xcc\xa3\xcc\x87", FALSE },
    /* Plane 3 and up are normalised, whatever they hold. */
    { "\xf0\xb0\x80\x80", "\xf0\xb0\x80\x80", FALSE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *repaired = glosa_text_repair (cases[i].in, strlen (cases[i].in), 0, NULL,
                                                     NULL);

      g_assert_cmpint (glosa_text_is_nfc (cases[i].in, strlen (cases[i].in)), ==,
                       cases[i].certain);
      g_assert_cmpstr (repaired, ==, cases[i].nfc);
      g_assert_true (glosa_text_is_nfc (repaired, strlen (repaired)) || !cases[i].certain);
    }

  /* Latin text is checked many bytes at a time: a combining mark is seen
   * wherever it falls among them. */
  for (guint at = 0; at < 80; at++)
    {
      static const char tail[] = "Bogot\xc3\xa1 Bogot\xc3\xa1 Bogot\xc3\xa1 Bogot\xc3\xa1 Bogot\xc3\xa1";
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < at; i++)
        g_string_append (text, i % 3 ? "a" : "\xc3\xa1");
      g_string_append (text, "e\xcc\x81");
      g_string_append (text, tail);
      g_assert_false (glosa_text_is_nfc (text->str, text->len));
      g_assert_true (glosa_text_is_nfc (text->str + text->len - strlen (tail), strlen (tail)));
    }
}

static void
test_nfc_random (void)
{
  /* Starters, marks, jamo and composites that interact. */
  static const gunichar pool[] = {
    'a', 'e', 'A', ' ', '\r', '\n', 0xe9, 0x0301, 0x0308, 0x0323, 0x0327, 0x0345, 0x03b1, 0x1f00,
    0x1100, 0x1161, 0x11a8, 0xac00, 0xac01, 0x0b47, 0x0b3e, 0x0b57, 0x2126, 0x212b, 0x0f71, 0x0f72,
    0x0f73, 0x0344, 0x3099, 0x304b, 0x201c, 0x2014, 0x20ac, 0x1e69, 0x0958, 0x093c, 0x110b9,
    0x110ba, 0x1d15f, 0x1d165, 0x2f800,
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < 20000; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *expected = NULL;
      g_autofree char *repaired = NULL;
      guint n = g_rand_int_range (rand, 1, 8);

      for (guint j = 0; j < n; j++)
        g_string_append_unichar (text, pool[g_rand_int_range (rand, 0, G_N_ELEMENTS (pool))]);
      expected = normalise_always (text->str);
      repaired = glosa_text_repair (text->str, text->len, 0, NULL, NULL);
      g_assert_cmpstr (repaired, ==, expected);
    }
}

static void
test_nfc_shared_corpus (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("GLOSA_SHARED_DIR"), "corpus", NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint files = 0;

  if (dir == NULL)
    {
      g_test_skip ("the shared corpus is not there");
      return;
    }
  /* Every text comes out byte for byte as it did when everything was
   * normalised. */
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_autofree char *contents = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *repaired = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (file, &contents, &length, NULL));
      if (!g_utf8_validate (contents, length, NULL))
        continue;
      expected = normalise_always (contents);
      repaired = glosa_text_repair (contents, length, 0, NULL, NULL);
      g_assert_cmpstr (repaired, ==, expected);
      files++;
    }
  g_assert_cmpuint (files, >, 0);
}

static void
test_repair_strip (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  gsize length = 0;
  g_autofree char *text = glosa_text_repair (" \r\n\tPetro\xcc\x81 \r\n", 14, GLOSA_TEXT_STRIP,
                                             warnings, &length);
  g_autofree char *plain = glosa_text_repair ("Rueda\n", 6, GLOSA_TEXT_STRIP, NULL, &length);
  g_autofree char *blank = glosa_text_repair (" \n\t ", 4, GLOSA_TEXT_STRIP, NULL, &length);

  g_assert_cmpstr (text, ==, "Petró");
  g_assert_cmpstr (plain, ==, "Rueda");
  g_assert_cmpstr (blank, ==, "");
  g_assert_cmpuint (length, ==, 0);
  g_assert_cmpuint (warnings->len, ==, 0);
}

/* needs_decoding() validates by its own means: it must agree with GLib. */
static void
check_validates_like_glib (const guchar *bytes,
                           gsize         n)
{
  char padded[16] = "abcdefg";
  gboolean valid = g_utf8_validate_len ((const char *) bytes, n, NULL);

  /* Straddling a word boundary, and at the start (where a BOM counts). */
  memcpy (padded + 7, bytes, n);
  if (glosa_text_needs_decoding (padded, 7 + n, 0) == valid)
    g_error ("%02x %02x %02x %02x (%" G_GSIZE_FORMAT " bytes): GLib says %s", bytes[0],
             bytes[1], bytes[2], bytes[3], n, valid ? "valid" : "invalid");
  if (n < 3 || memcmp (bytes, "\xef\xbb\xbf", 3) != 0)
    g_assert_true (glosa_text_needs_decoding ((const char *) bytes, n, 0) != valid);
}

static void
test_validates_like_glib (void)
{
  static const guchar some[] = { 0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff };

  for (guint a = 0; a < 256; a++)
    for (guint b = 0; b < 256; b++)
      {
        guchar bytes[4] = { a, b, 0, 0 };

        check_validates_like_glib (bytes, 1);
        check_validates_like_glib (bytes, 2);
        for (guint c = 0; c < 256; c++)
          {
            bytes[2] = c;
            if ((a >= 0xe0 && a <= 0xef) || c == 0x80 || c == 0xbf || c == 0x41)
              check_validates_like_glib (bytes, 3);
            if (a < 0xf0 || a > 0xf7)
              continue;
            for (gsize d = 0; d < G_N_ELEMENTS (some); d++)
              {
                bytes[3] = some[d];
                check_validates_like_glib (bytes, 4);
              }
          }
      }
}

static void
test_needs_decoding (void)
{
  const char nul[] = "{\"a\":\0}";

  g_assert_false (glosa_text_needs_decoding ("Bogotá “x”", strlen ("Bogotá “x”"), 0));
  g_assert_true (glosa_text_needs_decoding ("\xef\xbb\xbf" "a", 4, 0));
  g_assert_true (glosa_text_needs_decoding ("\xff\xfe" "a\0", 4, 0));
  g_assert_true (glosa_text_needs_decoding ("abcdefghij\x80", 11, 0));
  /* A character cut by the end. */
  g_assert_true (glosa_text_needs_decoding ("abcdefgh\xc3", 9, 0));
  g_assert_true (glosa_text_needs_decoding (nul, sizeof nul - 1, 0));
  g_assert_false (glosa_text_needs_decoding (nul, sizeof nul - 1, GLOSA_TEXT_KEEP_NUL));
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
test_looks_binary_threshold (void)
{
  char data[200];

  /* One control character in ten is damage; one more makes it binary,
   * wherever they sit in the words that are checked at once. */
  for (guint shift = 0; shift < 8; shift++)
    {
      memset (data, 'a', sizeof data);
      for (guint i = shift; i < sizeof data; i += 10)
        data[i] = i % 20 == shift ? '\x01' : '\x1f';
      g_assert_false (glosa_text_looks_binary (data, sizeof data));
      data[(shift + 5) % sizeof data] = '\x0e';
      g_assert_true (glosa_text_looks_binary (data, sizeof data));
      /* Tabs, line and form feeds are text. */
      data[(shift + 5) % sizeof data] = '\t';
      g_assert_false (glosa_text_looks_binary (data, sizeof data));
    }
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
  g_test_add_func ("/text/repair/strip", test_repair_strip);
  g_test_add_func ("/text/needs-decoding", test_needs_decoding);
  g_test_add_func ("/text/validates-like-glib", test_validates_like_glib);
  g_test_add_func ("/text/nfc/every-code-point", test_nfc_every_code_point);
  g_test_add_func ("/text/nfc/cases", test_nfc_cases);
  g_test_add_func ("/text/nfc/random", test_nfc_random);
  g_test_add_func ("/text/nfc/shared-corpus", test_nfc_shared_corpus);
  g_test_add_func ("/text/looks-binary", test_looks_binary);
  g_test_add_func ("/text/looks-binary/threshold", test_looks_binary_threshold);
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
