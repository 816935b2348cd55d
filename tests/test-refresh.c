/* test-refresh.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "project-fixture.h"

/* Refreshing a project after its corpus files changed, on a copy of the
 * real corpus: a paragraph inserted before one annotation, a word changed
 * inside another, a third's text deleted; files removed and added; the
 * corpus's codebook. No annotation may ever be lost. */

static const char *inserted = "An inserted paragraph, about María and 🌿, moves what follows.\n";

static const char *sentence_a = "The production of cocaine is not an abstract phenomenon.";
static const char *sentence_b = "Petro has consistently maintained a frontal opposition to the "
                                "eradication of coca crops.";
static const char *sentence_b_edited = "Petro has consistently maintained a firm opposition to the "
                                       "eradication of coca crops.";
static const char *sentence_c = "In Washington, no one is deceived by the rhetoric.";

static char *
corpus_file (Fixture    *f,
             const char *name)
{
  return g_build_filename (f->dir, "corpus", name, NULL);
}

static void
edit_file (Fixture    *f,
           const char *name,
           const char *old,
           const char *new)
{
  g_autofree char *path = corpus_file (f, name);
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  text = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (text, old, new, 1), ==, 1);
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
}

/* Annotates the first occurrence of @quote in @document; returns the id. */
static char *
annotate_quote (Fixture    *f,
                const char *document,
                const char *quote,
                const char *note)
{
  const char *text = glosa_document_get_text (glosa_project_lookup_document (f->project, document));
  const char *at = strstr (text, quote);
  guint start;

  g_assert_nonnull (at);
  start = g_utf8_pointer_to_offset (text, at);
  return g_strdup (glosa_annotation_get_id (add (f->project, document, start,
                                                start + g_utf8_strlen (quote, -1), note)));
}

static GlosaRefreshStats
refresh (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->dir, "corpus", NULL);
  g_autoptr(GlosaCorpus) corpus = load_corpus (path);
  g_autoptr(GError) error = NULL;
  GlosaRefreshStats stats;

  g_assert_true (glosa_project_refresh (f->project, corpus, &stats, &error));
  g_assert_no_error (error);
  return stats;
}

static void
reloaded_cb (GlosaProject *project,
             guint        *count)
{
  (*count)++;
}

static void
test_reanchor (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *tag_id = g_strdup (glosa_tag_get_id (tag (f->project, "Rhetoric", NULL)));
  g_autofree char *a = annotate_quote (f, DOC0, sentence_a, "moves");
  g_autofree char *b = annotate_quote (f, DOC0, sentence_b, "edited");
  g_autofree char *c = annotate_quote (f, DOC0, sentence_c, "deleted");
  g_autofree char *d = annotate_quote (f, DOC1, "Ana María Rueda", NULL);
  GListModel *doc0 = glosa_project_get_annotations (f->project, DOC0);
  g_autoptr(GlosaAnnotation) tagged = NULL;
  g_autoptr(GlosaAnnotation) placed = NULL;
  g_autoptr(GHashTable) found = NULL;
  GlosaAnnotation *annotation;
  GlosaAnnotationFilter orphans = { .orphaned_only = TRUE };
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  GlosaRefreshStats stats;
  guint a_start, b_start, c_start, c_end, reloaded = 0;
  g_autofree char *with_paragraph = g_strconcat (inserted, sentence_a, NULL);
  g_autofree char *c_and_space = g_strconcat (sentence_c, " ", NULL);

  tagged = glosa_annotation_copy (glosa_project_lookup_annotation (f->project, c));
  glosa_annotation_add_tag (tagged, tag_id);
  g_assert_true (glosa_project_update_annotation (f->project, tagged, &error));
  a_start = glosa_annotation_get_start (glosa_project_lookup_annotation (f->project, a));
  b_start = glosa_annotation_get_start (glosa_project_lookup_annotation (f->project, b));
  c_start = glosa_annotation_get_start (glosa_project_lookup_annotation (f->project, c));
  c_end = glosa_annotation_get_end (glosa_project_lookup_annotation (f->project, c));
  g_assert_cmpuint (b_start, ==, 535);
  g_assert_true (glosa_project_can_undo (f->project));

  edit_file (f, DOC0, sentence_a, with_paragraph);
  edit_file (f, DOC0, sentence_b, sentence_b_edited);
  edit_file (f, DOC0, c_and_space, "");
  g_signal_connect (f->project, "reloaded", G_CALLBACK (reloaded_cb), &reloaded);
  stats = refresh (f);
  g_signal_handlers_disconnect_by_data (f->project, &reloaded);

  g_assert_cmpuint (reloaded, ==, 1);
  g_assert_cmpuint (stats.documents_changed, ==, 1);
  g_assert_cmpuint (stats.documents_unchanged, ==, 1);
  g_assert_cmpuint (stats.documents_added, ==, 0);
  g_assert_cmpuint (stats.documents_missing, ==, 0);
  g_assert_cmpuint (stats.annotations_exact, ==, 1);
  g_assert_cmpuint (stats.annotations_moved, ==, 1);
  g_assert_cmpuint (stats.annotations_fuzzy, ==, 1);
  g_assert_cmpuint (stats.annotations_orphaned, ==, 1);

  /* The first moved by the paragraph's length, less the three code points
   * "firm" is shorter than "frontal" above it; quote unchanged. */
  annotation = glosa_project_lookup_annotation (f->project, a);
  g_assert_cmpuint (glosa_annotation_get_start (annotation), ==,
                    a_start + g_utf8_strlen (inserted, -1) - 3);
  g_assert_cmpstr (glosa_annotation_get_quote (annotation), ==, sentence_a);
  g_assert_false (glosa_annotation_get_orphaned (annotation));
  /* The second follows its edited text. */
  annotation = glosa_project_lookup_annotation (f->project, b);
  g_assert_cmpuint (glosa_annotation_get_start (annotation), ==, b_start);
  g_assert_cmpstr (glosa_annotation_get_quote (annotation), ==, sentence_b_edited);
  g_assert_false (glosa_annotation_get_orphaned (annotation));
  g_assert_cmpstr (glosa_annotation_get_note (annotation), ==, "edited");
  /* The third is kept, with everything it had, flagged and listed. */
  annotation = glosa_project_lookup_annotation (f->project, c);
  g_assert_nonnull (annotation);
  g_assert_true (glosa_annotation_get_orphaned (annotation));
  g_assert_cmpstr (glosa_annotation_get_quote (annotation), ==, sentence_c);
  g_assert_cmpstr (glosa_annotation_get_note (annotation), ==, "deleted");
  g_assert_cmpstr (glosa_annotation_get_tags (annotation)[0], ==, tag_id);
  g_assert_cmpuint (glosa_annotation_get_start (annotation), ==, c_start);
  g_assert_cmpuint (glosa_annotation_get_end (annotation), ==, c_end);
  listed = glosa_project_filter_annotations (f->project, &orphans);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_true (g_ptr_array_index (listed, 0) == annotation);
  /* The unchanged document's annotation did not move. */
  g_assert_cmpstr (glosa_annotation_get_quote (glosa_project_lookup_annotation (f->project, d)), ==,
                   "Ana María Rueda");

  /* The model a view holds is the same object, now with the new ones. */
  g_assert_true (doc0 == glosa_project_get_annotations (f->project, DOC0));
  g_assert_cmpuint (g_list_model_get_n_items (doc0), ==, 3);
  /* Old spans would not fit the new text: the undo history starts over. */
  g_assert_false (glosa_project_can_undo (f->project));
  /* The index has the new text. */
  found = glosa_project_search (f->project, "inserted paragraph", &error);
  g_assert_no_error (error);
  g_assert_true (g_hash_table_contains (found, GUINT_TO_POINTER (0)));
  g_assert_cmpuint (g_hash_table_size (found), ==, 1);

  /* It all persists, and a second refresh changes nothing. */
  reopen (f);
  g_assert_true (glosa_annotation_get_orphaned (glosa_project_lookup_annotation (f->project, c)));
  stats = refresh (f);
  g_assert_cmpuint (stats.documents_unchanged, ==, 2);
  g_assert_cmpuint (stats.annotations_exact, ==, 3);
  g_assert_cmpuint (stats.annotations_orphaned, ==, 1);

  /* Placing the orphan by hand clears the flag. */
  placed = glosa_annotation_copy (glosa_project_lookup_annotation (f->project, c));
  glosa_annotation_set_span (placed, 0, 3);
  g_assert_true (glosa_project_update_annotation (f->project, placed, &error));
  g_assert_no_error (error);
  annotation = glosa_project_lookup_annotation (f->project, c);
  g_assert_false (glosa_annotation_get_orphaned (annotation));
  g_assert_cmpstr (glosa_annotation_get_quote (annotation), ==, "The");
}

static void
test_missing_and_new (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *doc1 = corpus_file (f, DOC1);
  g_autofree char *moved = g_build_filename (f->dir, "doc1.bak", NULL);
  g_autofree char *new_file = corpus_file (f, "002_new.txt");
  g_autofree char *d = annotate_quote (f, DOC1, "Ana María Rueda", "kept");
  GListModel *documents = glosa_project_get_documents (f->project);
  g_autoptr(GlosaDocument) last = NULL;
  GlosaRefreshStats stats;

  g_assert_cmpint (g_rename (doc1, moved), ==, 0);
  g_assert_true (g_file_set_contents (new_file, "A new article about coca.\n", -1, NULL));
  stats = refresh (f);
  g_assert_cmpuint (stats.documents_added, ==, 1);
  g_assert_cmpuint (stats.documents_missing, ==, 1);
  g_assert_cmpuint (stats.documents_unchanged, ==, 1);
  g_assert_cmpuint (stats.annotations_exact, ==, 1);

  /* The missing document stays, last, saying so, with its annotation. */
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 3);
  last = g_list_model_get_item (documents, 2);
  g_assert_cmpstr (glosa_document_get_id (last), ==, DOC1);
  g_assert_true (glosa_project_is_document_missing (f->project, DOC1));
  g_assert_false (glosa_project_is_document_missing (f->project, DOC0));
  g_assert_nonnull (glosa_document_get_warnings (last)[0]);
  g_assert_nonnull (strstr (glosa_document_get_warnings (last)[0], "no longer in the corpus"));
  g_assert_cmpstr (glosa_annotation_get_note (glosa_project_lookup_annotation (f->project, d)), ==,
                   "kept");
  g_assert_nonnull (glosa_project_lookup_document (f->project, "002_new.txt"));

  /* It comes back. */
  g_assert_cmpint (g_rename (moved, doc1), ==, 0);
  stats = refresh (f);
  g_assert_cmpuint (stats.documents_missing, ==, 0);
  g_assert_cmpuint (stats.documents_unchanged, ==, 3);
  g_assert_false (glosa_project_is_document_missing (f->project, DOC1));
  g_assert_nonnull (glosa_project_lookup_annotation (f->project, d));
}

static void
test_codebook (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = corpus_file (f, "codebook.json");
  const char *json = "{\"glosa_codebook\": 1, \"name\": \"Extra\", \"actors\": "
                     "[{\"id\": \"new-actor\", \"name\": \"Nueva Actora\", \"kind\": \"person\"}], "
                     "\"issues\": []}";
  g_autoptr(GlosaCodebook) codebook = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *corpus_path = g_build_filename (f->dir, "corpus", NULL);
  g_autoptr(GlosaCorpus) corpus = NULL;

  const char *own = "{\"glosa_codebook\": 1, \"actors\": "
                    "[{\"id\": \"own-actor\", \"name\": \"Actora Propia\", \"kind\": \"person\"}]}";

  g_assert_null (glosa_project_dup_codebook_json (f->project));
  g_assert_false (glosa_project_has_codebook_layers (f->project));
  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  refresh (f);
  /* The corpus's file is its own layer: the project's own stays empty. */
  g_assert_null (glosa_project_dup_codebook_json (f->project));
  g_assert_true (glosa_project_has_codebook_layers (f->project));

  /* Default plus stored, even with the corpus folder gone. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  codebook = glosa_project_load_codebook (f->project, &error);
  g_assert_no_error (error);
  g_assert_nonnull (glosa_codebook_lookup_actor (codebook, "new-actor"));
  g_assert_nonnull (glosa_codebook_lookup_actor (codebook, "gustavo-petro"));
  g_clear_object (&codebook);

  /* A broken codebook stops the refresh, which changes nothing. */
  g_assert_true (g_file_set_contents (path, "{\"glosa_codebook\": 1, \"actors\": [", -1, NULL));
  corpus = load_corpus (corpus_path);
  g_assert_false (glosa_project_refresh (f->project, corpus, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "codebook.json"));
  g_clear_error (&error);
  codebook = glosa_project_load_codebook (f->project, &error);
  g_assert_no_error (error);
  g_assert_nonnull (glosa_codebook_lookup_actor (codebook, "new-actor"));
  g_clear_object (&codebook);

  /* The project's own layer (Add as Actor, imports) outlives a refresh,
   * even one that drops the corpus's file. */
  g_assert_false (glosa_project_set_codebook_json (f->project, "[1, 2", NULL));
  g_assert_true (glosa_project_set_codebook_json (f->project, own, NULL));
  g_assert_cmpint (g_unlink (path), ==, 0);
  refresh (f);
  stored = glosa_project_dup_codebook_json (f->project);
  g_assert_cmpstr (stored, ==, own);
  codebook = glosa_project_load_codebook (f->project, &error);
  g_assert_no_error (error);
  g_assert_nonnull (glosa_codebook_lookup_actor (codebook, "own-actor"));
  g_assert_null (glosa_codebook_lookup_actor (codebook, "new-actor"));

  g_assert_true (glosa_project_set_codebook_json (f->project, NULL, NULL));
  g_assert_null (glosa_project_dup_codebook_json (f->project));
  g_assert_false (glosa_project_has_codebook_layers (f->project));
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static guint
search_count (Fixture    *f,
              const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) found = glosa_project_search (f->project, text, &error);

  g_assert_no_error (error);
  return g_hash_table_size (found);
}

/* The fixture's project was built in one pass (glosa-project-build.c): it
 * must be the file the migrations make, whole, with its triggers working
 * for the refreshes that follow. */
static void
test_first_build (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *building = g_strconcat (f->path, ".new", NULL);
  g_autofree char *quick = NULL;
  g_autofree char *triggers = NULL;
  g_autofree char *order = NULL;
  g_autofree char *mode = NULL;
  g_autofree char *version = NULL;
  g_autofree char *session = NULL;
  GlosaRefreshStats stats;
  sqlite3 *db = NULL;

  g_assert_false (g_file_test (building, G_FILE_TEST_EXISTS));
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  quick = query_text (db, "PRAGMA integrity_check");
  g_assert_cmpstr (quick, ==, "ok");
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO search (search, rank) "
                                     "VALUES ('integrity-check', 1)", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  triggers = query_text (db, "SELECT group_concat (name, ' ') FROM (SELECT name"
                             "  FROM sqlite_master WHERE type = 'trigger' ORDER BY name)");
  g_assert_cmpstr (triggers, ==, "documents_delete documents_insert documents_update");
  order = query_text (db, "SELECT sql FROM sqlite_master WHERE name = 'documents_order'");
  g_assert_cmpstr (order, ==,
                   "CREATE INDEX documents_order ON documents (missing, position, num, id, hash)");
  mode = query_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "wal");
  version = query_text (db, "PRAGMA user_version");
  g_assert_cmpstr (version, ==, "2");
  session = query_text (db, "SELECT value FROM meta WHERE key = 'session'");
  g_assert_cmpstr (session, ==, "1");
  sqlite3_close (db);

  /* The index holds both texts. */
  g_assert_cmpuint (search_count (f, "cocaine"), ==, 2);
  g_assert_cmpuint (search_count (f, "Rueda"), ==, 1);
  g_assert_cmpuint (search_count (f, "frontal"), ==, 1);
  g_assert_cmpuint (search_count (f, "firm"), ==, 0);

  /* A refresh after it is incremental, and the index follows the change. */
  edit_file (f, DOC0, sentence_b, sentence_b_edited);
  stats = refresh (f);
  g_assert_cmpuint (stats.documents_changed, ==, 1);
  g_assert_cmpuint (stats.documents_unchanged, ==, 1);
  g_assert_cmpuint (stats.documents_added, ==, 0);
  g_assert_cmpuint (search_count (f, "frontal"), ==, 0);
  g_assert_cmpuint (search_count (f, "firm"), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/refresh/reanchor", test_reanchor);
  ADD ("/refresh/missing-and-new", test_missing_and_new);
  ADD ("/refresh/codebook", test_codebook);
  ADD ("/refresh/first-build", test_first_build);
#undef ADD

  return g_test_run ();
}
