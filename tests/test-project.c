/* test-project.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "project-fixture.h"

/* The project file on the real corpus: creating and reopening it, search,
 * every field through a round trip, the models and signals a window binds,
 * locking, Save As, and hostile files that must be refused untouched.
 * Coding actions and undo are in test-coding.c, refreshing in
 * test-refresh.c. */

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  GListModel *documents = glosa_project_get_documents (f->project);
  g_autoptr(GlosaDocument) first = g_list_model_get_item (documents, 0);
  g_autoptr(GlosaProject) again = open_path (f->path, GLOSA_PROJECT_OPEN_DEFAULT);
  g_autofree char *expected_corpus = g_build_filename (f->dir, "corpus", NULL);
  g_autoptr(GlosaCorpus) corpus = glosa_project_dup_corpus (f->project);

  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 2);
  g_assert_cmpstr (glosa_document_get_id (first), ==, DOC0);
  g_assert_cmpuint (glosa_document_get_chars (first), ==, 7122);
  g_assert_true (glosa_project_lookup_document (f->project, DOC1) != NULL);
  g_assert_cmpstr (glosa_project_get_corpus_path (f->project), ==, expected_corpus);
  g_assert_false (glosa_project_is_read_only (f->project));
  g_assert_null (glosa_project_get_read_only_reason (f->project));
  /* The same file in the same process is the same project. */
  g_assert_true (again == f->project);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);

  g_clear_object (&again);
  reopen (f);
  documents = glosa_project_get_documents (f->project);
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 2);
  g_assert_cmpuint (glosa_document_get_chars (glosa_project_lookup_document (f->project, DOC0)),
                    ==, 7122);
  g_assert_false (glosa_project_can_undo (f->project));
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

static void
test_open_async (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.glosa", NULL);
  g_autofree char *corpus_path = g_build_filename (f->dir, "corpus", NULL);
  g_autoptr(GlosaCorpus) corpus = load_corpus (corpus_path);
  g_autoptr(GFile) file = g_file_new_for_path (other);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GlosaProject) project = NULL;
  g_autoptr(GlosaProject) same = NULL;
  g_autoptr(GError) error = NULL;
  GlosaRefreshStats stats;

  /* Created and filled in a worker thread. */
  glosa_project_open_for_corpus_async (corpus, file, NULL, opened_cb, &result);
  project = glosa_project_open_for_corpus_finish (wait_for (&result), &stats, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stats.documents_added, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (glosa_project_get_documents (project)), ==, 2);
  add (project, DOC0, 0, 3, NULL);

  /* Already open here: the same object, refreshed in this thread. */
  g_clear_object (&result);
  glosa_project_open_for_corpus_async (corpus, file, NULL, opened_cb, &result);
  same = glosa_project_open_for_corpus_finish (wait_for (&result), &stats, &error);
  g_assert_no_error (error);
  g_assert_true (same == project);
  g_assert_cmpuint (stats.documents_unchanged, ==, 2);
  g_assert_cmpuint (stats.annotations_exact, ==, 1);
  g_clear_object (&same);

  /* A read-only open is a separate object; a damaged file an error. */
  g_clear_object (&result);
  glosa_project_open_async (file, GLOSA_PROJECT_OPEN_READ_ONLY, NULL, opened_cb, &result);
  same = glosa_project_open_finish (wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_true (same != project && glosa_project_is_read_only (same));
  g_clear_object (&same);
  g_clear_object (&result);
  {
    g_autofree char *bad = g_build_filename (f->dir, "bad.glosa", NULL);
    g_autoptr(GFile) bad_file = g_file_new_for_path (bad);

    g_assert_true (g_file_set_contents (bad, "not a project", -1, NULL));
    glosa_project_open_async (bad_file, GLOSA_PROJECT_OPEN_DEFAULT, NULL, opened_cb, &result);
    g_assert_null (glosa_project_open_finish (wait_for (&result), &error));
    g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_DAMAGED);
  }
}

static void
test_default_path (void)
{
  g_autoptr(GFile) corpus = g_file_new_for_path ("/some/where/corpus");
  g_autofree char *path = glosa_project_get_default_path (corpus);
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256,
                                                           "/some/where/corpus", -1);
  g_autofree char *name = g_strdup_printf ("%.16s.glosa", digest);
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "glosa", "projects",
                                                name, NULL);

  g_assert_cmpstr (path, ==, expected);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  struct {
    const char *query;
    guint       n;
    int         position;
  } cases[] = {
    { "eradication", 2, -1 },
    { "maria", 1, 1 },             /* accents folded: María */
    { "MARÍA RUEDA", 1, 1 },
    { "kinetic", 1, 0 },
    { "erad", 2, -1 },             /* the last word is a prefix while typing */
    { "\"zqxw\" OR NEAR(", 0, -1 }, /* FTS5 syntax is not interpreted */
    { "  ", 0, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GHashTable) found = glosa_project_search (f->project, cases[i].query, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (g_hash_table_size (found), ==, cases[i].n);
      if (cases[i].position >= 0)
        g_assert_true (g_hash_table_contains (found, GUINT_TO_POINTER (cases[i].position)));
    }
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  const char *note = "Line one\nline two with \"quotes\", 'apostrophes', <b>markup</b> &amp; "
                     "emoji 🌿🇨🇴 and a tab\tend";
  g_autoptr(GlosaAnnotation) draft = glosa_annotation_new (DOC1, 1180, 1195);
  g_autoptr(GlosaAnnotation) saved = NULL;
  g_autoptr(GError) error = NULL;
  GlosaTag *parent = glosa_project_create_tag (f->project, "Política 🌿", NULL, &error);
  GlosaTag *child;
  GlosaAnnotation *annotation;
  GlosaAnnotation *loaded;
  const char * const *tags;

  g_assert_no_error (error);
  child = glosa_project_create_tag (f->project, "<Drugs> & \"crops\"", glosa_tag_get_id (parent),
                                    &error);
  g_assert_no_error (error);
  g_assert_true (glosa_project_set_tag_colour (f->project, glosa_tag_get_id (child), "#C061CB",
                                               &error));
  g_assert_true (glosa_project_set_tag_description (f->project, glosa_tag_get_id (child),
                                                    "Multi\nline ✓", &error));
  g_assert_no_error (error);

  glosa_annotation_add_tag (draft, glosa_tag_get_id (child));
  glosa_annotation_add_tag (draft, glosa_tag_get_id (parent));
  glosa_annotation_set_actor (draft, "ana-maria-rueda");
  glosa_annotation_set_issue (draft, "decertification");
  g_assert_true (glosa_annotation_set_stance (draft, "mixed"));
  g_assert_false (glosa_annotation_set_stance (draft, "maybe"));
  glosa_annotation_set_note (draft, note);
  glosa_annotation_set_author (draft, "Ana <Analyst> 🧪");
  annotation = glosa_project_add_annotation (f->project, draft, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (glosa_annotation_get_quote (annotation), ==, "Ana María Rueda");
  g_assert_cmpuint (g_utf8_strlen (glosa_annotation_get_prefix (annotation), -1), ==, 32);
  g_assert_nonnull (glosa_annotation_get_created (annotation));
  g_assert_true (g_str_has_suffix (glosa_annotation_get_created (annotation), "Z"));
  saved = glosa_annotation_copy (annotation);

  reopen (f);
  loaded = glosa_project_lookup_annotation (f->project, glosa_annotation_get_id (saved));
  g_assert_nonnull (loaded);
  g_assert_true (glosa_annotation_equal (loaded, saved));
  g_assert_cmpstr (glosa_annotation_get_note (loaded), ==, note);
  g_assert_cmpstr (glosa_annotation_get_author (loaded), ==, "Ana <Analyst> 🧪");
  g_assert_cmpstr (glosa_annotation_get_stance (loaded), ==, "mixed");
  g_assert_cmpuint (glosa_annotation_get_start (loaded), ==, 1180);
  tags = glosa_annotation_get_tags (loaded);
  g_assert_cmpuint (g_strv_length ((char **) tags), ==, 2);
  child = glosa_project_lookup_tag (f->project, tags[0]);
  g_assert_cmpstr (glosa_tag_get_name (child), ==, "<Drugs> & \"crops\"");
  g_assert_cmpstr (glosa_tag_get_colour (child), ==, "#c061cb");
  g_assert_cmpstr (glosa_tag_get_description (child), ==, "Multi\nline ✓");
  g_assert_cmpstr (glosa_tag_get_name (glosa_project_lookup_tag (f->project,
                                                                 glosa_tag_get_parent (child))),
                   ==, "Política 🌿");
  g_assert_cmpstr (glosa_tag_get_id (glosa_project_lookup_tag_by_name (f->project,
                                                                       "Política 🌿")), ==,
                   tags[1]);
}

static void
test_annotation_errors (Fixture       *f,
                        gconstpointer  data)
{
  struct {
    const char *document;
    guint       start, end;
    const char *tag;
    int         code;
  } cases[] = {
    { "no-such-document", 0, 5, NULL, GLOSA_ERROR_NOT_FOUND },
    { DOC0, 7000, 7123, NULL, GLOSA_ERROR_INVALID },
    { DOC0, 12, 12, NULL, GLOSA_ERROR_INVALID },
    { DOC0, 0, 5, "no-such-tag", GLOSA_ERROR_NOT_FOUND },
  };
  GlosaAnnotation *annotation = add (f->project, DOC0, 7117, 7122, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GlosaAnnotation) draft = glosa_annotation_new (cases[i].document, cases[i].start,
                                                               cases[i].end);
      g_autoptr(GError) error = NULL;

      if (cases[i].tag != NULL)
        glosa_annotation_add_tag (draft, cases[i].tag);
      g_assert_null (glosa_project_add_annotation (f->project, draft, &error));
      g_assert_error (error, GLOSA_ERROR, cases[i].code);
    }
  /* The same id twice. */
  {
    g_autoptr(GlosaAnnotation) again = glosa_annotation_copy (annotation);
    g_autoptr(GError) error = NULL;

    g_assert_null (glosa_project_add_annotation (f->project, again, &error));
    g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_EXISTS);
  }
  g_assert_cmpuint (g_list_model_get_n_items (glosa_project_get_annotations (f->project, NULL)),
                    ==, 1);
}

static void
count_cb (GlosaProject    *project,
          GlosaAnnotation *annotation,
          guint           *count)
{
  (*count)++;
}

static void
test_models_and_signals (Fixture       *f,
                         gconstpointer  data)
{
  GListModel *doc0 = glosa_project_get_annotations (f->project, DOC0);
  GListModel *all = glosa_project_get_annotations (f->project, NULL);
  guint added = 0, changed = 0, removed = 0;
  g_autoptr(GlosaAnnotation) edited = NULL;
  g_autoptr(GlosaAnnotation) first = NULL;
  g_autoptr(GError) error = NULL;
  GlosaAnnotation *late, *early, *other;

  g_signal_connect (f->project, "annotation-added", G_CALLBACK (count_cb), &added);
  g_signal_connect (f->project, "annotation-changed", G_CALLBACK (count_cb), &changed);
  g_signal_connect (f->project, "annotation-removed", G_CALLBACK (count_cb), &removed);

  late = add (f->project, DOC0, 535, 623, "late");
  other = add (f->project, DOC1, 0, 10, "other");
  early = add (f->project, DOC0, 4, 9, "early");
  g_assert_cmpuint (added, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (doc0), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 3);
  first = g_list_model_get_item (doc0, 0);
  g_assert_true (first == early);
  g_clear_object (&first);
  first = g_list_model_get_item (all, 2);
  g_assert_true (first == other);

  /* Moving the late one before the early one re-sorts the model, and the
   * object the model holds is updated in place. */
  edited = glosa_annotation_copy (late);
  glosa_annotation_set_span (edited, 0, 3);
  g_assert_true (glosa_project_update_annotation (f->project, edited, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (glosa_annotation_get_quote (late), ==, "The");
  g_clear_object (&first);
  first = g_list_model_get_item (doc0, 0);
  g_assert_true (first == late);
  /* Saving an unchanged copy records nothing. */
  g_clear_object (&edited);
  edited = glosa_annotation_copy (late);
  g_assert_true (glosa_project_update_annotation (f->project, edited, &error));
  g_assert_cmpuint (changed, ==, 1);

  g_assert_true (glosa_project_remove_annotation (f->project, glosa_annotation_get_id (early),
                                                  &error));
  g_assert_no_error (error);
  g_assert_cmpuint (removed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (doc0), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);
  g_signal_handlers_disconnect_by_data (f->project, &added);
  g_signal_handlers_disconnect_by_data (f->project, &changed);
  g_signal_handlers_disconnect_by_data (f->project, &removed);
}

static void
test_author (Fixture       *f,
             gconstpointer  data)
{
  const char *real = g_get_real_name ();
  const char *expected = g_str_equal (real, "Unknown") || *real == '\0' ? g_get_user_name () : real;
  GlosaAnnotation *annotation;

  g_assert_cmpstr (glosa_project_get_author (f->project), ==, expected);
  annotation = add (f->project, DOC0, 0, 3, NULL);
  g_assert_cmpstr (glosa_annotation_get_author (annotation), ==, expected);
  glosa_project_set_author (f->project, "María Pérez");
  annotation = add (f->project, DOC0, 4, 9, NULL);
  g_assert_cmpstr (glosa_annotation_get_author (annotation), ==, "María Pérez");
  glosa_project_set_author (f->project, NULL);
  g_assert_cmpstr (glosa_project_get_author (f->project), ==, expected);
}

/* The second process of /project/read-only; GTest runs it only there. */
static void
test_read_only_subprocess (void)
{
  g_autoptr(GlosaProject) project = NULL;
  g_autoptr(GlosaAnnotation) draft = glosa_annotation_new (DOC0, 0, 3);
  g_autoptr(GError) error = NULL;

  project = open_path (g_getenv ("GLOSA_TEST_PROJECT"), GLOSA_PROJECT_OPEN_DEFAULT);

  g_assert_true (glosa_project_is_read_only (project));
  g_assert_nonnull (strstr (glosa_project_get_read_only_reason (project),
                            "open in another window"));
  /* Reading works; writing fails with the reason. */
  g_assert_cmpuint (g_list_model_get_n_items (glosa_project_get_annotations (project, NULL)),
                    ==, 1);
  g_assert_null (glosa_project_add_annotation (project, draft, &error));
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "open in another window"));
  g_clear_error (&error);
  g_assert_null (glosa_project_create_tag (project, "x", NULL, &error));
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_READ_ONLY);
  g_assert_false (glosa_project_can_undo (project));
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GlosaProject) reader = NULL;
  g_autoptr(GError) error = NULL;

  add (f->project, DOC0, 0, 3, NULL);
  g_setenv ("GLOSA_TEST_PROJECT", f->path, TRUE);
  g_test_trap_subprocess ("/project/read-only/subprocess", 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  /* A read-only open in this process is a separate, reading object. */
  reader = open_path (f->path, GLOSA_PROJECT_OPEN_READ_ONLY);
  g_assert_true (reader != f->project);
  g_assert_true (glosa_project_is_read_only (reader));
  g_assert_null (glosa_project_get_read_only_reason (reader));
  g_assert_false (glosa_project_remove_annotation (reader, "x", &error));
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_READ_ONLY);
}

static void
test_save_as (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->dir, "copy.glosa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (copy);
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaProject) old = NULL;
  g_autofree char *old_lock = g_strconcat (f->path, ".lock", NULL);
  g_autofree char *kept = NULL;

  kept = g_strdup (glosa_annotation_get_id (add (f->project, DOC0, 0, 3, "before")));
  g_assert_true (glosa_project_save_as (f->project, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (glosa_project_get_file (f->project), file));
  g_assert_false (g_file_test (old_lock, G_FILE_TEST_EXISTS));

  /* The app continues in the copy: new work goes there, undo too. */
  add (f->project, DOC0, 4, 9, "after");
  g_assert_cmpuint (g_list_model_get_n_items (glosa_project_get_annotations (f->project, NULL)),
                    ==, 2);
  old = open_path (f->path, GLOSA_PROJECT_OPEN_DEFAULT);
  g_assert_false (glosa_project_is_read_only (old));
  g_assert_cmpuint (g_list_model_get_n_items (glosa_project_get_annotations (old, NULL)), ==, 1);
  g_assert_nonnull (glosa_project_lookup_annotation (old, kept));
  g_assert_true (glosa_project_undo (f->project, &error));
  g_assert_true (glosa_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (glosa_project_get_annotations (f->project, NULL)),
                    ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (glosa_project_get_annotations (old, NULL)), ==, 1);

  /* Saving over a project that is open elsewhere is refused. */
  {
    g_autoptr(GFile) busy = g_file_new_for_path (f->path);

    g_assert_false (glosa_project_save_as (f->project, busy, &error));
    g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_EXISTS);
    g_clear_error (&error);
  }

  /* A project open only for reading becomes writable in its copy. */
  {
    g_autofree char *third = g_build_filename (f->dir, "third.glosa", NULL);
    g_autoptr(GFile) third_file = g_file_new_for_path (third);
    g_autoptr(GlosaProject) reader = open_path (copy, GLOSA_PROJECT_OPEN_READ_ONLY);

    g_assert_true (glosa_project_is_read_only (reader));
    g_assert_true (glosa_project_save_as (reader, third_file, &error));
    g_assert_no_error (error);
    g_assert_false (glosa_project_is_read_only (reader));
    add (reader, DOC1, 0, 4, "in the third");
    g_assert_cmpstr (glosa_project_get_undo_label (reader), ==, "Add Annotation");
    g_assert_cmpuint (g_list_model_get_n_items (glosa_project_get_annotations (f->project, NULL)),
                      ==, 0);
  }

  g_free (f->path);
  f->path = g_steal_pointer (&copy);
  reopen (f);
  g_assert_true (g_file_equal (glosa_project_get_file (f->project), file));
  g_assert_cmpuint (g_list_model_get_n_items (glosa_project_get_annotations (f->project, NULL)),
                    ==, 0);
  g_assert_true (glosa_project_can_redo (f->project));
}

static void
set_user_version (const char *path,
                  int         version)
{
  sqlite3 *db = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", version);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* Opening @path must fail with @code, leave it byte for byte as it was and
 * put nothing beside it; with @creating, even when asked to create. */
static void
assert_refused (const char *path,
                gboolean    creating,
                int         code,
                const char *words)
{
  GlosaProjectOpenFlags modes[] = {
    GLOSA_PROJECT_OPEN_DEFAULT, GLOSA_PROJECT_OPEN_READ_ONLY, GLOSA_PROJECT_OPEN_CREATE,
  };
  g_autofree char *before = checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *lock = g_strconcat (path, ".lock", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  for (guint i = 0; i < G_N_ELEMENTS (modes) - !creating; i++)
    {
      GlosaProjectOpenFlags flags = modes[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(GlosaProject) project = glosa_project_open (file, flags, &error);

      g_assert_null (project);
      g_assert_error (error, GLOSA_ERROR, code);
      g_assert_nonnull (strstr (error->message, words));
      g_assert_nonnull (strstr (error->message, "not changed"));
    }
  after = checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
}

static void
test_damaged (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autofree char *truncated = g_build_filename (f->dir, "truncated.glosa", NULL);
  g_autofree char *random = g_build_filename (f->dir, "random.glosa", NULL);
  g_autofree char *garbled = g_build_filename (f->dir, "garbled.glosa", NULL);
  g_autofree char *newer = g_build_filename (f->dir, "newer.glosa", NULL);
  g_autofree char *other = g_build_filename (f->dir, "other.glosa", NULL);
  g_autofree char *empty = g_build_filename (f->dir, "empty.glosa", NULL);
  g_autofree char *unfinished = g_build_filename (f->dir, "unfinished.glosa", NULL);
  g_autofree char *noise = g_malloc (65536);
  sqlite3 *db = NULL;
  gsize length;

  add (f->project, DOC0, 0, 3, "something to lose");
  g_assert_finalize_object (g_steal_pointer (&f->project));
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8192);

  g_assert_true (g_file_set_contents (truncated, contents, length / 2, NULL));
  assert_refused (truncated, TRUE, GLOSA_ERROR_DAMAGED, "damaged");

  for (guint i = 0; i < 65536; i++)
    noise[i] = g_random_int_range (0, 256);
  g_assert_true (g_file_set_contents (random, noise, 65536, NULL));
  assert_refused (random, TRUE, GLOSA_ERROR_DAMAGED, "not an SQLite database");

  /* A real header over noise gets past the first check only. */
  memcpy (noise, contents, 100);
  g_assert_true (g_file_set_contents (garbled, noise, 65536, NULL));
  assert_refused (garbled, TRUE, GLOSA_ERROR_DAMAGED, "damaged");

  g_assert_true (g_file_set_contents (newer, contents, length, NULL));
  set_user_version (newer, GLOSA_PROJECT_SCHEMA_VERSION + 1);
  assert_refused (newer, TRUE, GLOSA_ERROR_UNSUPPORTED, "newer version of Glosa");

  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE notes (x)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused (other, TRUE, GLOSA_ERROR_DAMAGED, "another program");

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  assert_refused (empty, FALSE, GLOSA_ERROR_DAMAGED, "not an SQLite database");

  /* What a creation killed before its first commit leaves: an empty file
   * or an SQLite file with nothing in it. Only creating may take it over. */
  g_assert_cmpint (sqlite3_open (unfinished, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  {
    g_autoptr(GFile) file = g_file_new_for_path (unfinished);
    g_autoptr(GlosaProject) project = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_null (glosa_project_open (file, GLOSA_PROJECT_OPEN_DEFAULT, &error));
    g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_DAMAGED);
    project = glosa_project_open (file, GLOSA_PROJECT_OPEN_CREATE, NULL);
    g_assert_nonnull (project);
    g_assert_cmpuint (g_list_model_get_n_items (glosa_project_get_documents (project)), ==, 0);
    g_clear_object (&project);
    g_clear_object (&file);
    file = g_file_new_for_path (empty);
    project = glosa_project_open (file, GLOSA_PROJECT_OPEN_CREATE, NULL);
    g_assert_nonnull (project);
  }

  /* The original is still a good project. */
  f->project = open_path (f->path, GLOSA_PROJECT_OPEN_DEFAULT);
  g_assert_cmpuint (g_list_model_get_n_items (glosa_project_get_annotations (f->project, NULL)),
                    ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *data_home = g_dir_make_tmp ("glosa-data-XXXXXX", NULL);
  int status;

  /* Before anything asks GLib for the user data folder. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/project/create", test_create);
  g_test_add_func ("/project/default-path", test_default_path);
  ADD ("/project/open-async", test_open_async);
  ADD ("/project/search", test_search);
  ADD ("/project/round-trip", test_round_trip);
  ADD ("/project/annotation-errors", test_annotation_errors);
  ADD ("/project/models-and-signals", test_models_and_signals);
  ADD ("/project/author", test_author);
  ADD ("/project/read-only", test_read_only);
  g_test_add_func ("/project/read-only/subprocess", test_read_only_subprocess);
  ADD ("/project/save-as", test_save_as);
  ADD ("/project/damaged", test_damaged);
#undef ADD

  status = g_test_run ();
  remove_tree (data_home);
  return status;
}
