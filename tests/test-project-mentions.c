/* test-project-mentions.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "project-fixture.h"

/* Whole-corpus mention counts kept in the project: counted once, read back
 * for the same codebook, counted again for another, and only for the
 * documents whose text changed after a refresh. */

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Counts in the worker, waits, and says how many documents it counted. */
static GlosaCorpusMentions *
count (GlosaProject  *project,
       GlosaDetector *detector,
       GCancellable  *cancellable,
       guint         *counted,
       GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  glosa_project_count_mentions_async (project, detector, cancellable, NULL, NULL, done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return glosa_project_count_mentions_finish (project, result, counted, error);
}

static guint
actor_index (GlosaCodebook *codebook,
             const char    *id)
{
  for (guint i = 0; i < glosa_codebook_get_n_actors (codebook); i++)
    if (g_str_equal (glosa_actor_get_id (glosa_codebook_get_actor (codebook, i)), id))
      return i;
  g_assert_not_reached ();
}

static void
assert_same_counts (GlosaCorpusMentions *a,
                    GlosaCorpusMentions *b,
                    guint                n_documents,
                    guint                n_actors)
{
  g_assert_cmpuint (glosa_corpus_mentions_get_n_documents (a), ==, n_documents);
  g_assert_cmpuint (glosa_corpus_mentions_get_n_documents (b), ==, n_documents);
  for (guint d = 0; d < n_documents; d++)
    for (guint k = 0; k < n_actors; k++)
      g_assert_cmpuint (glosa_corpus_mentions_count (a, d, k), ==, glosa_corpus_mentions_count (b, d, k));
  for (guint k = 0; k < n_actors; k++)
    {
      g_assert_cmpuint (g_array_index (glosa_corpus_mentions_get_totals (a), guint, k), ==,
                        g_array_index (glosa_corpus_mentions_get_totals (b), guint, k));
      g_assert_cmpuint (g_array_index (glosa_corpus_mentions_get_documents (a), guint, k), ==,
                        g_array_index (glosa_corpus_mentions_get_documents (b), guint, k));
    }
}

static void
test_cache (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GlosaCodebook) codebook = glosa_project_load_codebook (f->project, NULL);
  g_autoptr(GlosaDetector) detector = glosa_detector_new (codebook);
  g_autoptr(GlosaCorpusMentions) in_memory = NULL;
  g_autoptr(GlosaCorpusMentions) first = NULL;
  g_autoptr(GlosaCorpusMentions) second = NULL;
  g_autoptr(GlosaCorpusMentions) reopened = NULL;
  g_autoptr(GError) error = NULL;
  guint n_actors = glosa_codebook_get_n_actors (codebook);
  guint petro = actor_index (codebook, "gustavo-petro");
  guint rueda = actor_index (codebook, "ana-maria-rueda");
  guint counted = G_MAXUINT;

  in_memory = glosa_corpus_mentions_new (detector, glosa_project_get_documents (f->project), NULL,
                                         &error);
  g_assert_no_error (error);

  first = count (f->project, detector, NULL, &counted, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counted, ==, 2);
  g_assert_cmpuint (glosa_corpus_mentions_count (first, 0, petro), ==, 12);
  g_assert_cmpuint (glosa_corpus_mentions_count (first, 1, rueda), ==, 10);
  g_assert_cmpuint (glosa_corpus_mentions_count (first, 0, rueda), ==, 0);
  assert_same_counts (first, in_memory, 2, n_actors);

  /* The same codebook: read back, nothing counted. */
  second = count (f->project, detector, NULL, &counted, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counted, ==, 0);
  assert_same_counts (second, in_memory, 2, n_actors);

  /* Also after a restart. */
  reopen (f);
  reopened = count (f->project, detector, NULL, &counted, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counted, ==, 0);
  assert_same_counts (reopened, in_memory, 2, n_actors);
}

static void
test_codebook_change (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GlosaCodebook) codebook = glosa_project_load_codebook (f->project, NULL);
  g_autoptr(GlosaDetector) detector = glosa_detector_new (codebook);
  g_autoptr(GlosaCodebook) other = glosa_project_load_codebook (f->project, NULL);
  g_autoptr(GlosaDetector) edited = NULL;
  g_autoptr(GlosaCorpusMentions) before = NULL;
  g_autoptr(GlosaCorpusMentions) after = NULL;
  g_autoptr(GlosaCorpusMentions) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *version = glosa_corpus_mentions_codebook_version (codebook);
  g_autofree char *edited_version = NULL;
  guint rueda = actor_index (codebook, "ana-maria-rueda");
  guint counted = G_MAXUINT;

  before = count (f->project, detector, NULL, &counted, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counted, ==, 2);

  /* "Medellín" as one of Rueda's aliases: another version, counted anew. */
  g_assert_true (glosa_actor_add_alias (glosa_codebook_get_actor (other, rueda), "es", "Medellín"));
  edited_version = glosa_corpus_mentions_codebook_version (other);
  g_assert_cmpstr (version, !=, edited_version);
  edited = glosa_detector_new (other);
  after = count (f->project, edited, NULL, &counted, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counted, ==, 2);
  g_assert_cmpuint (glosa_corpus_mentions_count (after, 1, rueda), >,
                    glosa_corpus_mentions_count (before, 1, rueda));

  /* One version is kept: going back counts again. */
  back = count (f->project, detector, NULL, &counted, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counted, ==, 2);
  g_assert_cmpuint (glosa_corpus_mentions_count (back, 1, rueda), ==,
                    glosa_corpus_mentions_count (before, 1, rueda));
}

static void
test_refresh (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GlosaCodebook) codebook = glosa_project_load_codebook (f->project, NULL);
  g_autoptr(GlosaDetector) detector = glosa_detector_new (codebook);
  g_autofree char *corpus_path = g_build_filename (f->dir, "corpus", NULL);
  g_autofree char *doc1 = g_build_filename (corpus_path, DOC1, NULL);
  g_autoptr(GlosaCorpus) corpus = NULL;
  g_autoptr(GlosaCorpusMentions) first = NULL;
  g_autoptr(GlosaCorpusMentions) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *more = NULL;
  guint petro = actor_index (codebook, "gustavo-petro");
  guint counted = G_MAXUINT;

  first = count (f->project, detector, NULL, &counted, &error);
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (doc1, &text, NULL, NULL));
  more = g_strconcat (text, "\n\nPetro and Petro again.\n", NULL);
  g_assert_true (g_file_set_contents (doc1, more, -1, NULL));
  corpus = load_corpus (corpus_path);
  g_assert_true (glosa_project_refresh (f->project, corpus, NULL, &error));
  g_assert_no_error (error);

  again = count (f->project, detector, NULL, &counted, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counted, ==, 1);
  g_assert_cmpuint (glosa_corpus_mentions_count (again, 0, petro), ==,
                    glosa_corpus_mentions_count (first, 0, petro));
  g_assert_cmpuint (glosa_corpus_mentions_count (again, 1, petro), ==,
                    glosa_corpus_mentions_count (first, 1, petro) + 2);
}

static void
test_read_only_and_cancel (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GlosaCodebook) codebook = glosa_project_load_codebook (f->project, NULL);
  g_autoptr(GlosaDetector) detector = glosa_detector_new (codebook);
  g_autoptr(GlosaProject) reader = open_path (f->path, GLOSA_PROJECT_OPEN_READ_ONLY);
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(GlosaCorpusMentions) none = NULL;
  g_autoptr(GlosaCorpusMentions) counts = NULL;
  g_autoptr(GlosaCorpusMentions) still = NULL;
  g_autoptr(GError) error = NULL;
  guint counted = G_MAXUINT;

  g_cancellable_cancel (cancelled);
  none = count (f->project, detector, cancelled, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* A project that cannot be written is counted in memory, every time. */
  counts = count (reader, detector, NULL, &counted, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counted, ==, 2);
  g_assert_cmpuint (glosa_corpus_mentions_get_n_documents (counts), ==, 2);
  still = count (reader, detector, NULL, &counted, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counted, ==, 2);
}

static void
test_packed (void)
{
  g_autoptr(GlosaCodebook) codebook = glosa_codebook_new_default (NULL);
  g_autoptr(GlosaDetector) detector = glosa_detector_new (codebook);
  g_autoptr(GlosaCorpusMentions) mentions = glosa_corpus_mentions_new_sized (glosa_codebook_get_n_actors (codebook));
  g_autoptr(GBytes) packed = glosa_corpus_mentions_pack_text (detector, "Petro met Trump. Petro left.");
  const guint32 bad[] = { GUINT32_TO_LE (100000), GUINT32_TO_LE (1) };
  guint petro = actor_index (codebook, "gustavo-petro");
  guint trump = actor_index (codebook, "donald-trump");
  gsize size;
  gconstpointer data = g_bytes_get_data (packed, &size);

  /* Two actors: two (actor, count) pairs. */
  g_assert_cmpuint (size, ==, 4 * sizeof (guint32));
  g_assert_true (glosa_corpus_mentions_add_packed (mentions, NULL, 0));
  g_assert_true (glosa_corpus_mentions_add_packed (mentions, data, size));
  g_assert_false (glosa_corpus_mentions_add_packed (mentions, bad, sizeof bad));
  g_assert_false (glosa_corpus_mentions_add_packed (mentions, data, size - 1));
  g_assert_cmpuint (glosa_corpus_mentions_get_n_documents (mentions), ==, 4);
  g_assert_cmpuint (glosa_corpus_mentions_count (mentions, 0, petro), ==, 0);
  g_assert_cmpuint (glosa_corpus_mentions_count (mentions, 1, petro), ==, 2);
  g_assert_cmpuint (glosa_corpus_mentions_count (mentions, 1, trump), ==, 1);
  g_assert_cmpuint (glosa_corpus_mentions_count (mentions, 2, petro), ==, 0);
  g_assert_cmpuint (g_array_index (glosa_corpus_mentions_get_totals (mentions), guint, petro), ==, 2);
  g_assert_cmpuint (g_array_index (glosa_corpus_mentions_get_documents (mentions), guint, trump), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/project-mentions/cache", test_cache);
  ADD ("/project-mentions/codebook-change", test_codebook_change);
  ADD ("/project-mentions/refresh", test_refresh);
  ADD ("/project-mentions/read-only-and-cancel", test_read_only_and_cancel);
  g_test_add_func ("/project-mentions/packed", test_packed);

  return g_test_run ();
}
