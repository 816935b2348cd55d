/* fuzz-common.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fuzz"

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "fuzz-common.h"
#include "glosa-corpus-loader.h"
#include "glosa-export.h"
#include "glosa-import.h"

/* What every fuzz target shares: one scratch folder per process, and
 * criticals made fatal: a failed g_return_if_fail() is a bug whatever the
 * input. Warnings are not: core code logs a few on damaged projects, where
 * a list model has no GError to give (replay.py lets them through too). */

static char *tmpdir;

/* abort() rather than GLib's breakpoint trap, which libFuzzer does not
 * catch and so would not save the input. */
static void
log_cb (const char     *domain,
        GLogLevelFlags  level,
        const char     *message,
        gpointer        data)
{
  g_log_default_handler (domain, level, message, data);
  if (level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
    abort ();
}

static void
remove_tmpdir (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmpdir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (tmpdir);
  g_clear_pointer (&tmpdir, g_free);
}

void
fuzz_init (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      g_autoptr(GError) error = NULL;

      g_log_set_default_handler (log_cb, NULL);
      tmpdir = g_dir_make_tmp ("glosa-fuzz-XXXXXX", &error);
      g_assert_no_error (error);
      atexit (remove_tmpdir);
      g_once_init_leave (&done, 1);
    }
}

/* libFuzzer calls this once before the first input; so does fuzz-replay.c. */
int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  return 0;
}

/* A folder of this process's own, emptied and removed at exit. */
const char *
fuzz_tmpdir (void)
{
  fuzz_init ();
  return tmpdir;
}

/* Writes @data to @name in the scratch folder; returns its path. */
char *
fuzz_write_file (const char *name,
                 const void *data,
                 gsize       size)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fuzz_tmpdir (), name, NULL);

  g_file_set_contents (path, data, size, &error);
  g_assert_no_error (error);
  return path;
}

gboolean
fuzz_file_equals (const char *path,
                  const void *data,
                  gsize       size)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  return g_file_get_contents (path, &contents, &length, NULL)
         && length == size && (size == 0 || memcmp (contents, data, size) == 0);
}

/* Removes a project file and what SQLite and the writer's lock leave
 * beside it, so the next input starts from nothing. */
void
fuzz_remove_project (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal", ".lock" };

  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

/* The importers' starting point: two documents, two tags and two
 * annotations with fixed ids, so that seeds can update and collide with
 * them. Written with the JSON importer itself. */
static const char base_text[] =
  "Harbour vote\n\nThe council of Northport voted on the harbour plan. "
  "Mayor Ana Ruiz said the vote was close.\n";
static const char base_json[] =
  "[{\"id\": \"n1\", \"title\": \"Ferry\", "
  "\"text\": \"Ferry service resumes. The minister, Tom Lee, welcomed it.\"}]";
static const char base_import[] =
  "{\"glosa_export\": 1, \"tags\": ["
  "{\"id\": \"t-place\", \"name\": \"Place\"},"
  "{\"id\": \"t-transport\", \"name\": \"Transport\", \"parent\": \"t-place\"}],"
  "\"annotations\": ["
  "{\"id\": \"a-1\", \"document\": \"a.txt\", \"start\": 0, \"end\": 11,"
  " \"quote\": \"The council\", \"tags\": [\"t-place\"], \"stance\": \"support\","
  " \"note\": \"first\", \"created\": \"2026-01-01T00:00:00Z\","
  " \"modified\": \"2026-01-01T00:00:00Z\"},"
  "{\"id\": \"a-2\", \"document\": \"n1\", \"start\": 0, \"end\": 5,"
  " \"quote\": \"Ferry\", \"tags\": [\"t-transport\"],"
  " \"created\": \"2026-01-01T00:00:00Z\", \"modified\": \"2026-01-02T00:00:00Z\"}]}";

typedef struct
{
  GBytes *file;    /* the project file */
  GBytes *export;  /* its Glosa JSON export, to compare with */
} Template;

static gpointer
make_template_cb (gpointer data)
{
  Template *template = g_new0 (Template, 1);
  g_auto(GlosaImportStats) stats = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *corpus_dir = g_build_filename (fuzz_tmpdir (), "template-corpus", NULL);
  g_autofree char *text_path = g_build_filename (corpus_dir, "a.txt", NULL);
  g_autofree char *json_path = g_build_filename (corpus_dir, "b.json", NULL);
  g_autofree char *path = g_build_filename (fuzz_tmpdir (), "template.glosa", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GFile) corpus_file = g_file_new_for_path (corpus_dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GlosaCorpus) corpus = NULL;
  g_autoptr(GlosaProject) project = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_assert_cmpint (g_mkdir (corpus_dir, 0755), ==, 0);
  g_file_set_contents (text_path, base_text, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (json_path, base_json, -1, &error);
  g_assert_no_error (error);
  corpus = glosa_corpus_load (corpus_file, NULL, &error);
  g_assert_no_error (error);
  project = glosa_project_open_for_corpus (corpus, file, NULL, &error);
  g_assert_no_error (error);
  glosa_import_json (project, base_import, strlen (base_import), "base.json", &stats, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stats.annotations_added, ==, 2);
  template->export = fuzz_export_json (project);
  g_assert_finalize_object (g_steal_pointer (&project));

  /* Closing checkpoints the WAL: the file alone is the project. */
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  fuzz_remove_project (path);
  g_unlink (text_path);
  g_unlink (json_path);
  g_rmdir (corpus_dir);
  template->file = g_bytes_new_take (contents, length);
  return template;
}

static const Template *
get_template (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, make_template_cb, NULL);
}

/* A copy of the template project at @name in the scratch folder, opened
 * for writing; its path goes to @path. */
GlosaProject *
fuzz_open_fresh_project (const char  *name,
                         char       **path)
{
  const Template *template = get_template ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  GlosaProject *project;

  *path = g_build_filename (fuzz_tmpdir (), name, NULL);
  fuzz_remove_project (*path);
  g_file_set_contents (*path, g_bytes_get_data (template->file, NULL),
                       g_bytes_get_size (template->file), &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (*path);
  project = glosa_project_open (file, GLOSA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (glosa_project_is_read_only (project));
  return project;
}

/* Everything a project holds that an import may change, to compare. */
GBytes *
fuzz_export_json (GlosaProject *project)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = glosa_export_to_bytes (project, GLOSA_EXPORT_JSON, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

/* What every importer promises (glosa-import.h). Refused, the project is
 * as it was and the message names the file. Taken, the problems are
 * readable, and when only coding changed one undo takes it all back: texts
 * an import brings stay, as after a refresh, and the codebook is not
 * journaled. */
void
fuzz_check_import (GlosaProject           *project,
                   gboolean                imported,
                   const GError           *error,
                   const GlosaImportStats *stats,
                   const char             *display_name)
{
  const Template *template = get_template ();
  g_autoptr(GError) undo_error = NULL;
  g_autoptr(GBytes) after = NULL;

  FUZZ_CHECK (imported == (error == NULL));
  after = fuzz_export_json (project);
  if (!imported)
    {
      FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
      FUZZ_CHECK (strstr (error->message, display_name) != NULL);
      FUZZ_CHECK (g_bytes_equal (after, template->export));
      return;
    }

  for (guint i = 0; i < stats->problems->len; i++)
    FUZZ_CHECK (g_utf8_validate (g_ptr_array_index (stats->problems, i), -1, NULL));
  if (stats->documents_added + stats->actors_added + stats->actors_updated + stats->issues_added
      + stats->issues_updated > 0 || g_bytes_equal (after, template->export))
    return;
  FUZZ_CHECK (glosa_project_undo (project, &undo_error));
  g_clear_pointer (&after, g_bytes_unref);
  after = fuzz_export_json (project);
  FUZZ_CHECK (g_bytes_equal (after, template->export));
}
