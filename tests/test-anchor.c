/* test-anchor.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "glosa-anchor.h"

/* Re-anchoring, as pure functions: capture a quote from one text, find it
 * again in an edited copy. The edits mirror what happens to real articles:
 * a paragraph inserted above, a word changed, a passage deleted. */

static char *
shared_text (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("GLOSA_SHARED_DIR"), "corpus", name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* The code point offset of @needle's first occurrence in @text. */
static guint
offset_of (const char *text,
           const char *needle)
{
  const char *at = strstr (text, needle);

  g_assert_nonnull (at);
  return (guint) g_utf8_pointer_to_offset (text, at);
}

static char *
replace_once (const char *text,
              const char *old,
              const char *new)
{
  const char *at = strstr (text, old);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, new, at + strlen (old));
}

static void
test_capture (void)
{
  const char *text = "Él dijo: «no» 🌿 y se fue.";
  g_autofree char *quote = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;

  /* Offsets are code points: the accent, the guillemets and the emoji
   * each count one. */
  g_assert_true (glosa_anchor_capture (text, 9, 14, &quote, &prefix, &suffix));
  g_assert_cmpstr (quote, ==, "«no» ");
  g_assert_cmpstr (prefix, ==, "Él dijo: ");
  g_assert_cmpstr (suffix, ==, "🌿 y se fue.");
  g_clear_pointer (&quote, g_free);

  g_assert_true (glosa_anchor_capture (text, 0, 0, &quote, NULL, NULL));
  g_assert_cmpstr (quote, ==, "");
  g_clear_pointer (&quote, g_free);
  g_assert_true (glosa_anchor_capture (text, 25, 25, &quote, NULL, NULL));
  g_clear_pointer (&quote, g_free);
  g_assert_false (glosa_anchor_capture (text, 3, 26, &quote, NULL, NULL));
  g_assert_false (glosa_anchor_capture (text, 5, 4, &quote, NULL, NULL));
  g_assert_null (quote);
}

static void
test_capture_context_length (void)
{
  g_autofree char *text = shared_text ("000_8201e9c1fadbd55d.txt");
  guint start = offset_of (text, "frontal opposition");
  g_autofree char *quote = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;

  g_assert_true (glosa_anchor_capture (text, start, start + 18, &quote, &prefix, &suffix));
  g_assert_cmpstr (quote, ==, "frontal opposition");
  g_assert_cmpint (g_utf8_strlen (prefix, -1), ==, GLOSA_ANCHOR_CONTEXT_CHARS);
  g_assert_cmpstr (prefix, ==, "o has consistently maintained a ");
  g_assert_cmpint (g_utf8_strlen (suffix, -1), ==, GLOSA_ANCHOR_CONTEXT_CHARS);
  g_assert_cmpstr (suffix, ==, " to the eradication of coca crop");
}

static void
test_distance (void)
{
  g_assert_cmpuint (glosa_anchor_edit_distance ("kitten", "sitting"), ==, 3);
  g_assert_cmpuint (glosa_anchor_edit_distance ("", "abc"), ==, 3);
  g_assert_cmpuint (glosa_anchor_edit_distance ("María", "Maria"), ==, 1);
  g_assert_cmpuint (glosa_anchor_edit_distance ("🌿🌿", "🌿"), ==, 1);
  g_assert_cmpfloat (glosa_anchor_similarity ("", ""), ==, 1.0);
  g_assert_cmpfloat (glosa_anchor_similarity ("abcd", "abcd"), ==, 1.0);
  g_assert_cmpfloat (glosa_anchor_similarity ("abcd", "wxyz"), ==, 0.0);
  g_assert_cmpfloat_with_epsilon (glosa_anchor_similarity ("kitten", "sitting"), 1 - 3.0 / 7, 1e-9);
}

/* Captures [start, end) of @old, locates it in @new. */
static GlosaAnchorResult
relocate (const char *old,
          guint       start,
          guint       end,
          const char *new,
          guint      *new_start,
          guint      *new_end,
          double     *similarity)
{
  g_autofree char *quote = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;

  g_assert_true (glosa_anchor_capture (old, start, end, &quote, &prefix, &suffix));
  return glosa_anchor_locate (new, quote, prefix, suffix, start, new_start, new_end, similarity);
}

static void
test_unchanged (void)
{
  g_autofree char *text = shared_text ("000_8201e9c1fadbd55d.txt");
  guint start = offset_of (text, "The production of cocaine");
  guint s, e;
  double sim;

  g_assert_cmpint (relocate (text, start, start + 56, text, &s, &e, &sim), ==, GLOSA_ANCHOR_EXACT);
  g_assert_cmpuint (s, ==, start);
  g_assert_cmpuint (e, ==, start + 56);
  g_assert_cmpfloat (sim, ==, 1.0);
}

static void
test_moved (void)
{
  g_autofree char *text = shared_text ("000_8201e9c1fadbd55d.txt");
  const char *sentence = "The production of cocaine is not an abstract phenomenon.";
  const char *inserted = "A new paragraph, with an accent (é) and an emoji 🌿, is inserted here.\n";
  g_autofree char *with_paragraph = g_strconcat (inserted, "Petro has consistently", NULL);
  g_autofree char *edited = replace_once (text, "Petro has consistently", with_paragraph);
  guint start = offset_of (text, sentence);
  guint len = g_utf8_strlen (sentence, -1);
  guint s, e;
  double sim;

  g_assert_cmpint (relocate (text, start, start + len, edited, &s, &e, &sim), ==,
                   GLOSA_ANCHOR_MOVED);
  g_assert_cmpuint (s, ==, start + g_utf8_strlen (inserted, -1));
  g_assert_cmpuint (e, ==, s + len);
  g_assert_cmpfloat (sim, ==, 1.0);
}

static void
test_moved_picks_by_context (void)
{
  /* The headline occurs twice; the second one is annotated. Moving
   * everything by a paragraph must keep the second, not the nearer first. */
  g_autofree char *text = shared_text ("001_a87c4153953d173a.txt");
  const char *headline = "Did the White House meeting result in substantive changes";
  guint first = offset_of (text, headline);
  guint second = first + 1 + offset_of (g_utf8_offset_to_pointer (text, first + 1), headline);
  g_autofree char *edited = g_strconcat ("Travel section, reprinted.\n", text, NULL);
  guint len = g_utf8_strlen (headline, -1);
  guint s, e;

  g_assert_cmpuint (second, >, first);
  g_assert_cmpint (relocate (text, second, second + len, edited, &s, &e, NULL), ==,
                   GLOSA_ANCHOR_MOVED);
  g_assert_cmpuint (s, ==, second + 27);
  g_assert_cmpuint (e, ==, s + len);
}

static void
test_word_changed (void)
{
  g_autofree char *text = shared_text ("000_8201e9c1fadbd55d.txt");
  const char *sentence = "Petro has consistently maintained a frontal opposition to the "
                         "eradication of coca crops.";
  const char *changed = "Petro has consistently maintained a firm opposition to the "
                        "eradication of coca crops.";
  g_autofree char *edited = replace_once (text, sentence, changed);
  guint start = offset_of (text, sentence);
  guint s, e;
  double sim;

  g_assert_cmpint (relocate (text, start, start + g_utf8_strlen (sentence, -1), edited, &s,
                             &e, &sim),
                   ==, GLOSA_ANCHOR_FUZZY);
  g_assert_cmpuint (s, ==, start);
  g_assert_cmpuint (e, ==, start + g_utf8_strlen (changed, -1));
  g_assert_cmpfloat (sim, >=, GLOSA_ANCHOR_FUZZY_THRESHOLD);
  g_assert_cmpfloat (sim, <, 1.0);
}

static void
test_fuzzy_without_context (void)
{
  /* The words around the quote changed too, and the quote moved: only
   * the approximate search can find it. */
  g_autofree char *text = shared_text ("000_8201e9c1fadbd55d.txt");
  const char *old = "It is linked to territorial control, armed structures, established "
                    "logistical corridors";
  const char *new = "It is tied to territorial control, armed structures, established "
                    "logistic corridors";
  g_autofree char *step = replace_once (text, old, new);
  g_autofree char *step2 = replace_once (step, "The production of cocaine is not an abstract "
                                               "phenomenon. ", "Cocaine is no abstraction. ");
  g_autofree char *edited = replace_once (step2, ", transnational financial",
                                          "; transnational money");
  guint start = offset_of (text, old);
  guint s, e;
  double sim;

  g_assert_cmpint (relocate (text, start, start + g_utf8_strlen (old, -1), edited, &s, &e, &sim),
                   ==, GLOSA_ANCHOR_FUZZY);
  g_assert_cmpuint (s, ==, offset_of (edited, new));
  g_assert_cmpuint (e, ==, s + g_utf8_strlen (new, -1));
  g_assert_cmpfloat (sim, >=, GLOSA_ANCHOR_FUZZY_THRESHOLD);
}

static void
test_deleted (void)
{
  g_autofree char *text = shared_text ("000_8201e9c1fadbd55d.txt");
  const char *sentence = "In Washington, no one is deceived by the rhetoric. ";
  g_autofree char *edited = replace_once (text, sentence, "");
  guint start = offset_of (text, sentence);
  guint len = g_utf8_strlen (sentence, -1) - 1;
  guint s, e;
  double sim;

  g_assert_cmpint (relocate (text, start, start + len, edited, &s, &e, &sim), ==,
                   GLOSA_ANCHOR_ORPHANED);
  g_assert_cmpuint (s, ==, start);
  g_assert_cmpuint (e, ==, start + len);
  g_assert_cmpfloat (sim, ==, 0.0);
}

static void
test_rewritten_is_orphaned (void)
{
  /* Same place, same neighbours, but a different statement: too little
   * of the quote is left to claim it is the same passage. */
  const char *old = "Before. The minister supports aerial fumigation. After that, nothing.";
  const char *new = "Before. Nobody said anything about it at all, really. After that, nothing.";
  guint start = offset_of (old, "The minister");

  g_assert_cmpint (relocate (old, start, start + 41, new, NULL, NULL, NULL), ==,
                   GLOSA_ANCHOR_ORPHANED);
}

static void
test_context_at_edges (void)
{
  /* A quote at the very start has an empty prefix: it must stay at the
   * start, and the edit inside it is found through its suffix. */
  const char *old = "Petro opposes eradication. The rest of the article follows here, long "
                    "enough to give a full suffix.";
  const char *new = "Petro rejects eradication. The rest of the article follows here, long "
                    "enough to give a full suffix.";
  guint s, e;
  double sim;

  g_assert_cmpint (relocate (old, 0, 26, new, &s, &e, &sim), ==, GLOSA_ANCHOR_FUZZY);
  g_assert_cmpuint (s, ==, 0);
  g_assert_cmpuint (e, ==, 26);
  g_assert_cmpfloat (sim, >, 0.7);

  /* And at the very end. */
  g_assert_cmpint (relocate (old, 27, 99,
                             "A different opening line. The rest of the article follows here, "
                             "long enough to give a full suffix.", &s, &e, NULL),
                   ==, GLOSA_ANCHOR_MOVED);
  g_assert_cmpuint (s, ==, 26);
  g_assert_cmpuint (e, ==, 98);
}

static void
test_degenerate (void)
{
  guint s = 0, e = 0;

  g_assert_cmpint (glosa_anchor_locate ("", "quote", "", "", 0, &s, &e, NULL), ==,
                   GLOSA_ANCHOR_ORPHANED);
  g_assert_cmpint (glosa_anchor_locate ("abc", "", "", "", 1, &s, &e, NULL), ==,
                   GLOSA_ANCHOR_ORPHANED);
  /* A hint past the end of a shorter text must not read out of bounds. */
  g_assert_cmpint (glosa_anchor_locate ("short", "short", "", "", 400, &s, &e, NULL), ==,
                   GLOSA_ANCHOR_MOVED);
  g_assert_cmpuint (s, ==, 0);
  /* Three code points allow no error: only exact matches. */
  g_assert_cmpint (glosa_anchor_locate ("xyz abd", "abc", "", "", 4, &s, &e, NULL), ==,
                   GLOSA_ANCHOR_ORPHANED);
  g_assert_cmpstr (glosa_anchor_result_to_string (GLOSA_ANCHOR_FUZZY), ==, "fuzzy");
}

static void
test_long_document (void)
{
  /* A quote near the end of a long text: the approximate search must stay
   * fast (Ukkonen's cut-off) and still find it. */
  g_autofree char *text = shared_text ("001_a87c4153953d173a.txt");
  g_autoptr(GString) big = g_string_new (NULL);
  g_autoptr(GString) edited = NULL;
  const char *old = "Medellin, Colombia – Colombian President Gustavo Petro met with US President";
  g_autofree char *quote = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  guint start;
  guint s, e;
  gint64 before;

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (big, "Filler paragraph %u, unrelated to the quote.\n", i);
  g_string_append (big, text);
  start = offset_of (big->str, old);
  g_assert_true (glosa_anchor_capture (big->str, start, start + g_utf8_strlen (old, -1), &quote,
                                       &prefix, &suffix));
  edited = g_string_new (big->str);
  g_string_replace (edited, "Colombia – Colombian President Gustavo Petro met",
                    "Colombia — Colombia's president, Gustavo Petro, met", 0);
  g_string_replace (edited, "Medellin", "Medellín", 0);

  before = g_get_monotonic_time ();
  g_assert_cmpint (glosa_anchor_locate (edited->str, quote, "", "", 0, &s, &e, NULL), ==,
                   GLOSA_ANCHOR_FUZZY);
  g_assert_cmpint (g_get_monotonic_time () - before, <, G_USEC_PER_SEC);
  g_assert_cmpuint (s, ==, offset_of (edited->str, "Medellín, Colombia —"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/anchor/capture", test_capture);
  g_test_add_func ("/anchor/capture-context-length", test_capture_context_length);
  g_test_add_func ("/anchor/distance", test_distance);
  g_test_add_func ("/anchor/unchanged", test_unchanged);
  g_test_add_func ("/anchor/moved", test_moved);
  g_test_add_func ("/anchor/moved-picks-by-context", test_moved_picks_by_context);
  g_test_add_func ("/anchor/word-changed", test_word_changed);
  g_test_add_func ("/anchor/fuzzy-without-context", test_fuzzy_without_context);
  g_test_add_func ("/anchor/deleted", test_deleted);
  g_test_add_func ("/anchor/rewritten-is-orphaned", test_rewritten_is_orphaned);
  g_test_add_func ("/anchor/context-at-edges", test_context_at_edges);
  g_test_add_func ("/anchor/degenerate", test_degenerate);
  g_test_add_func ("/anchor/long-document", test_long_document);

  return g_test_run ();
}
