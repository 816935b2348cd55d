/* test-search.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "glosa-corpus-loader.h"
#include "glosa-corpus-mentions.h"
#include "glosa-search-index.h"

/* The full-text index and the corpus-wide mention counts, on the real
 * corpus: document 0 is the opinion piece, 1 the interview with Rueda. */

static GlosaCorpus *
shared_corpus (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("GLOSA_SHARED_DIR"), "corpus", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GlosaCorpus *corpus = glosa_corpus_load (file, NULL, &error);

  g_assert_no_error (error);
  return corpus;
}

/* The matching documents as a string: "", "0", "1" or "0 1". */
static char *
hits (GlosaSearchIndex *index,
      const char       *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) found = glosa_search_index_query (index, text, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    if (g_hash_table_contains (found, GUINT_TO_POINTER (i)))
      g_string_append_printf (out, "%s%u", out->len ? " " : "", i);
  g_assert_cmpuint (g_hash_table_size (found), ==, (out->len + 1) / 2);
  return g_string_free (out, FALSE);
}

static void
test_search (void)
{
  g_autoptr(GlosaCorpus) corpus = shared_corpus ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaSearchIndex) index = glosa_search_index_new (G_LIST_MODEL (corpus), NULL, &error);
  struct {
    const char *query, *expected;
  } cases[] = {
    { "eradication", "0 1" },
    { "Medellin", "1" },
    { "maria", "1" },            /* accents folded: María */
    { "MARÍA RUEDA", "1" },
    { "kinetic", "0" },
    { "netanyahu", "0" },
    { "erad", "0 1" },           /* the last word is a prefix while typing */
    { "erad ", "" },             /* …but not once it is finished */
    { "kinetic medellin", "" },  /* every word must occur */
    { "White House meeting", "0 1" },
    { "substantive changes", "1" },  /* in the title only: titles are indexed */
    { "\"NEAR(", "1" },          /* FTS5 syntax is a plain word: "near record highs" */
    { "*", "" },
    { "zzzunknown", "" },
  };

  g_assert_no_error (error);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = hits (index, cases[i].query);

      g_test_message ("query %s", cases[i].query);
      g_assert_cmpstr (got, ==, cases[i].expected);
    }
}

static void
test_build_query (void)
{
  struct {
    const char *text, *expected;
  } cases[] = {
    { "petro", "\"petro\"*" },
    { "Petro Trump", "\"Petro\" \"Trump\"*" },
    { "petro ", "\"petro\"" },
    { "\"a\" OR b*", "\"a\" \"OR\" \"b\"" },
    { "  ", NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *query = glosa_search_index_build_query (cases[i].text);

      g_assert_cmpstr (query, ==, cases[i].expected);
    }
}

static void
test_corpus_mentions (void)
{
  g_autoptr(GlosaCorpus) corpus = shared_corpus ();
  g_autoptr(GlosaCodebook) codebook = glosa_codebook_new_default (NULL);
  g_autoptr(GlosaDetector) detector = glosa_detector_new (codebook);
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaCorpusMentions) mentions = glosa_corpus_mentions_new (detector, G_LIST_MODEL (corpus),
                                                                       NULL, &error);
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(GlosaCorpusMentions) none = NULL;
  guint petro = G_MAXUINT, rueda = G_MAXUINT;

  g_assert_no_error (error);
  for (guint i = 0; i < glosa_codebook_get_n_actors (codebook); i++)
    {
      const char *id = glosa_actor_get_id (glosa_codebook_get_actor (codebook, i));

      if (g_str_equal (id, "gustavo-petro"))
        petro = i;
      if (g_str_equal (id, "ana-maria-rueda"))
        rueda = i;
    }
  g_assert_cmpuint (glosa_corpus_mentions_count (mentions, 0, petro), ==, 12);
  g_assert_cmpuint (glosa_corpus_mentions_count (mentions, 1, petro), ==, 13);
  g_assert_cmpuint (glosa_corpus_mentions_count (mentions, 0, rueda), ==, 0);
  g_assert_cmpuint (glosa_corpus_mentions_count (mentions, 1, rueda), ==, 10);
  g_assert_cmpuint (glosa_corpus_mentions_count (mentions, 7, rueda), ==, 0);
  g_assert_cmpuint (g_array_index (glosa_corpus_mentions_get_totals (mentions), guint, petro), ==, 25);
  g_assert_cmpuint (g_array_index (glosa_corpus_mentions_get_documents (mentions), guint, petro), ==, 2);
  g_assert_cmpuint (g_array_index (glosa_corpus_mentions_get_documents (mentions), guint, rueda), ==, 1);

  g_cancellable_cancel (cancelled);
  none = glosa_corpus_mentions_new (detector, G_LIST_MODEL (corpus), cancelled, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/queries", test_search);
  g_test_add_func ("/search/build-query", test_build_query);
  g_test_add_func ("/search/corpus-mentions", test_corpus_mentions);

  return g_test_run ();
}
