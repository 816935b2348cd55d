/* test-import-window.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "glosa-export.h"
#include "glosa-test-window.h"

/* Import… in the real window under Xvfb, over the shared corpus: another
 * coder's JSON comes back as one undoable step, a codebook CSV changes what
 * the window detects and stays in the project, a broken file changes
 * nothing. */

#define DOC1 "001_a87c4153953d173a.txt"
#define NEW_ACTOR "Latin American leaders"

static GFile *
temp_file (const char *name,
           const char *contents)
{
  g_autofree char *path = g_build_filename (glosa_test_data_dir, name, NULL);

  if (contents != NULL)
    g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return g_file_new_for_path (path);
}

static GlosaAnnotation *
annotate_first (GlosaProject *project,
                const char   *quote)
{
  GlosaDocument *document = glosa_project_lookup_document (project, DOC1);
  const char *text = glosa_document_get_text (document);
  const char *found = strstr (text, quote);
  g_autoptr(GlosaAnnotation) draft = NULL;
  g_autoptr(GError) error = NULL;
  GlosaAnnotation *added;
  guint start;

  g_assert_nonnull (found);
  start = g_utf8_pointer_to_offset (text, found);
  draft = glosa_annotation_new (DOC1, start, start + g_utf8_strlen (quote, -1));
  glosa_annotation_set_actor (draft, "gustavo-petro");
  g_assert_true (glosa_annotation_set_stance (draft, "oppose"));
  glosa_annotation_set_note (draft, "Imported back, with a comma, and \"quotes\"");
  added = glosa_project_add_annotation (project, draft, &error);
  g_assert_no_error (error);
  /* A copy: the project's own goes away with the removal below. */
  return glosa_annotation_copy (added);
}

static guint
count_annotations (GlosaProject *project)
{
  return g_list_model_get_n_items (glosa_project_get_annotations (project, DOC1));
}

static void
test_import_json (void)
{
  GlosaWindow *window = glosa_test_open_corpus ();
  GlosaProject *project = window->project;
  g_autoptr(GlosaAnnotation) annotation = annotate_first (project, "Petro");
  g_autofree char *id = g_strdup (glosa_annotation_get_id (annotation));
  g_autoptr(GFile) file = temp_file ("coder-b.json", NULL);
  g_autoptr(GError) error = NULL;
  guint before;
  GlosaAnnotation *back;

  g_assert_true (glosa_export_to_file (project, GLOSA_EXPORT_JSON, NULL, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (glosa_project_remove_annotation (project, id, &error));
  before = count_annotations (project);

  glosa_window_import (window, file);
  back = glosa_project_lookup_annotation (project, id);
  g_assert_nonnull (back);
  g_assert_cmpuint (count_annotations (project), ==, before + 1);
  g_assert_cmpuint (glosa_annotation_get_start (back), ==, glosa_annotation_get_start (annotation));
  g_assert_cmpuint (glosa_annotation_get_end (back), ==, glosa_annotation_get_end (annotation));
  g_assert_cmpstr (glosa_annotation_get_note (back), ==, glosa_annotation_get_note (annotation));
  g_assert_cmpstr (glosa_annotation_get_stance (back), ==, "oppose");

  /* The whole import is one step. */
  g_assert_true (glosa_project_undo (project, &error));
  g_assert_no_error (error);
  g_assert_null (glosa_project_lookup_annotation (project, id));
  g_assert_cmpuint (count_annotations (project), ==, before);
  glosa_test_close_window (window);
}

static GlosaActor *
find_actor (GlosaCodebook *codebook,
            const char    *name)
{
  for (guint i = 0; i < glosa_codebook_get_n_actors (codebook); i++)
    {
      GlosaActor *actor = glosa_codebook_get_actor (codebook, i);

      if (g_strcmp0 (glosa_actor_get_name (actor), name) == 0)
        return actor;
    }
  return NULL;
}

static guint
count_mentions (GlosaDetector *detector,
                GlosaProject  *project,
                const char    *name)
{
  GlosaCodebook *codebook = glosa_detector_get_codebook (detector);
  GlosaActor *actor = find_actor (codebook, name);
  GlosaDocument *document = glosa_project_lookup_document (project, DOC1);
  g_autoptr(GArray) mentions = glosa_detector_find_mentions (detector,
                                                             glosa_document_get_text (document));
  guint n = 0;

  for (guint i = 0; i < mentions->len; i++)
    {
      GlosaMatch *match = &g_array_index (mentions, GlosaMatch, i);

      if (glosa_codebook_get_actor (codebook, match->value) == actor)
        n++;
    }
  return n;
}

static void
test_import_codebook_csv (void)
{
  GlosaWindow *window = glosa_test_open_corpus ();
  g_autoptr(GFile) file = temp_file ("actors.csv",
                                     "name,kind,aliases\r\n"
                                     "\"" NEW_ACTOR "\",other,\"Latin American;Latinoamérica\"\r\n");
  g_autoptr(GlosaCodebook) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (find_actor (glosa_detector_get_codebook (window->detector), NEW_ACTOR));

  glosa_window_import (window, file);

  /* The window detects with the new codebook at once… */
  g_assert_nonnull (find_actor (glosa_detector_get_codebook (window->detector), NEW_ACTOR));
  g_assert_cmpuint (count_mentions (window->detector, window->project, NEW_ACTOR), ==, 1);
  /* …and the project keeps it for the next session. */
  stored = glosa_project_load_codebook (window->project, &error);
  g_assert_no_error (error);
  g_assert_nonnull (find_actor (stored, NEW_ACTOR));
  glosa_test_close_window (window);

  /* Reopening the corpus folder refreshes the project from the files, and
   * keeps what was imported. */
  window = glosa_test_open_corpus ();
  g_assert_nonnull (find_actor (glosa_detector_get_codebook (window->detector), NEW_ACTOR));
  g_assert_cmpuint (count_mentions (window->detector, window->project, NEW_ACTOR), ==, 1);
  glosa_test_close_window (window);
}

static void
test_import_refused (void)
{
  GlosaWindow *window = glosa_test_open_corpus ();
  g_autoptr(GFile) broken = temp_file ("broken.json", "{\"annotations\": [");
  g_autoptr(GFile) missing = temp_file ("missing.qdpx", NULL);
  g_autofree char *before = glosa_project_dup_codebook_json (window->project);
  g_autofree char *after = NULL;
  guint count = count_annotations (window->project);
  const char *undo = glosa_project_get_undo_label (window->project);
  g_autofree char *undo_before = g_strdup (undo);

  glosa_window_import (window, broken);
  glosa_window_import (window, missing);

  after = glosa_project_dup_codebook_json (window->project);
  g_assert_cmpuint (count_annotations (window->project), ==, count);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (glosa_project_get_undo_label (window->project), ==, undo_before);
  glosa_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  glosa_test_window_init (&argc, &argv, "import-window");

  g_test_add_func ("/import-window/json", test_import_json);
  g_test_add_func ("/import-window/codebook-csv", test_import_codebook_csv);
  g_test_add_func ("/import-window/refused", test_import_refused);

  return glosa_test_window_run ();
}
