/* test-coding-window.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "glosa-application.h"
#include "glosa-preferences-window.h"
#include "glosa-test-window.h"

/* Coding in the real window, under Xvfb: annotate, reopen, undo, redo. */

static GListModel *
first_article_annotations (GlosaWindow *window)
{
  GlosaDocument *document = glosa_article_list_get_selected (window->article_list);

  g_assert_cmpstr (glosa_document_get_id (document), ==, "000_8201e9c1fadbd55d.txt");
  return glosa_project_get_annotations (window->project, glosa_document_get_id (document));
}

static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

static char *
shown_text (GtkWidget *widget)
{
  GString *out = g_string_new (NULL);

  glosa_test_wait_for_draw (widget);
  collect_labels (widget, out);
  return g_string_free (out, FALSE);
}

/* The test: annotate a span with a new tag and a note, reopen the
 * corpus in a new window, find it there; undo removes it, redo restores it. */
static void
test_annotate_reopen_undo (void)
{
  GlosaWindow *window = glosa_test_open_corpus ();
  GListModel *annotations = first_article_annotations (window);
  g_autoptr(GlosaAnnotation) annotation = NULL;
  GlosaTag *tag;

  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, 0);

  glosa_article_view_select_range (window->article_view, 4, 30);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.annotate", NULL);
  g_assert_nonnull (window->popover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->popover)));
  glosa_annotation_popover_add_tag_by_name (window->popover, "<b>framing</b> & co");
  glosa_annotation_popover_set_note (window->popover, "Opening line.");
  glosa_annotation_popover_set_stance (window->popover, "oppose");
  g_assert_true (glosa_annotation_popover_save (window->popover));
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, 1);
  {
    g_autofree char *list = shown_text (GTK_WIDGET (window->article_list));

    /* The articles list counts it. */
    g_assert_nonnull (strstr (list, "1 note"));
  }
  glosa_test_close_window (window);

  window = glosa_test_open_corpus ();
  annotations = first_article_annotations (window);
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, 1);
  annotation = g_list_model_get_item (annotations, 0);
  g_assert_cmpuint (glosa_annotation_get_start (annotation), ==, 4);
  g_assert_cmpuint (glosa_annotation_get_end (annotation), ==, 30);
  g_assert_cmpstr (glosa_annotation_get_note (annotation), ==, "Opening line.");
  g_assert_cmpstr (glosa_annotation_get_stance (annotation), ==, "oppose");
  tag = glosa_project_lookup_tag (window->project, glosa_annotation_get_tags (annotation)[0]);
  g_assert_cmpstr (glosa_tag_get_name (tag), ==, "<b>framing</b> & co");
  /* The article view finds it under the cursor. */
  g_assert_true (glosa_article_view_get_annotation_at (window->article_view, 10) != NULL);
  g_assert_null (glosa_article_view_get_annotation_at (window->article_view, 40));

  /* Undo works across the restart: the journal is in the project. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, 1);

  /* Edit through the popover, then delete: undo brings it back. */
  glosa_article_view_select_range (window->article_view, 10, 10);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.annotate", NULL);
  g_assert_cmpstr (glosa_annotation_get_id (glosa_annotation_popover_get_annotation (window->popover)),
                   ==, glosa_annotation_get_id (annotation));
  glosa_annotation_popover_delete (window->popover);
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, 1);
  glosa_test_close_window (window);
}

/* The Notes page lists the article's annotations; choosing one selects
 * its span. Accepting a suggestion is saved, and undone like any edit. */
static void
test_notes_and_reviews (void)
{
  GlosaWindow *window = glosa_test_open_corpus ();
  GListModel *annotations = first_article_annotations (window);
  g_autoptr(GString) shown = g_string_new (NULL);
  GPtrArray *positions;
  GlosaPosition *position;
  guint start, end, n;

  g_object_set (window, "sidebar-visible", TRUE, NULL);
  glosa_sidebar_set_page (window->sidebar, "notes");
  glosa_article_view_select_range (window->article_view, 100, 120);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.annotate", NULL);
  glosa_annotation_popover_set_note (window->popover, "A <i>note</i> & more");
  g_assert_true (glosa_annotation_popover_save (window->popover));
  gtk_popover_popdown (GTK_POPOVER (window->popover));
  glosa_test_wait_for_draw (GTK_WIDGET (window));
  collect_labels (GTK_WIDGET (window->sidebar), shown);
  g_assert_nonnull (strstr (shown->str, "A <i>note</i> & more"));

  glosa_article_view_select_range (window->article_view, 0, 0);
  {
    g_autoptr(GlosaAnnotation) last = g_list_model_get_item (annotations,
                                                             g_list_model_get_n_items (annotations) - 1);

    g_signal_emit_by_name (window->sidebar, "annotation-activated", last);
  }
  g_assert_true (glosa_article_view_get_selection (window->article_view, &start, &end));
  g_assert_cmpuint (start, ==, 100);
  g_assert_cmpuint (end, ==, 120);

  positions = glosa_analysis_get_positions (glosa_sidebar_get_analysis (window->sidebar));
  g_assert_cmpuint (positions->len, >, 0);
  position = g_ptr_array_index (positions, 0);
  n = g_list_model_get_n_items (annotations);
  glosa_sidebar_review_position (window->sidebar, position, TRUE);
  g_assert_cmpint (glosa_project_get_review (window->project, position), ==, GLOSA_REVIEW_ACCEPTED);
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, n + 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpint (glosa_project_get_review (window->project, position), ==, GLOSA_REVIEW_NONE);
  g_assert_cmpint (glosa_sidebar_get_review (window->sidebar, position), ==, GLOSA_REVIEW_NONE);
  glosa_sidebar_review_position (window->sidebar, position, FALSE);
  glosa_test_close_window (window);

  window = glosa_test_open_corpus ();
  positions = glosa_analysis_get_positions (glosa_sidebar_get_analysis (window->sidebar));
  position = g_ptr_array_index (positions, 0);
  g_assert_cmpint (glosa_sidebar_get_review (window->sidebar, position), ==, GLOSA_REVIEW_DISMISSED);
  glosa_test_close_window (window);
}

/* Ctrl+1 puts the most recently used tag on the selection. */
static void
test_recent_tags (void)
{
  GlosaWindow *window = glosa_test_open_corpus ();
  GListModel *annotations = first_article_annotations (window);
  guint before = g_list_model_get_n_items (annotations);
  GSettings *settings = glosa_application_get_settings (glosa_test_app);
  const char * const recent[] = { "evidence", NULL };

  g_settings_set_strv (settings, "recent-tags", recent);
  glosa_article_view_select_range (window->article_view, 50, 60);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.apply-recent-tag", "i", 0);
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, before + 1);
  g_assert_nonnull (glosa_project_lookup_tag_by_name (window->project, "evidence"));
  glosa_test_close_window (window);
}

/* The author name in Preferences is the project's author; Save Project
 * As goes on in the copy. */
static void
test_preferences_and_save_as (void)
{
  GlosaWindow *window = glosa_test_open_corpus ();
  GSettings *settings = glosa_application_get_settings (glosa_test_app);
  g_autofree char *copy_path = g_build_filename (glosa_test_data_dir, "copy.glosa", NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  g_autoptr(GError) error = NULL;
  GListModel *windows = gtk_window_get_toplevels ();
  guint before = g_list_model_get_n_items (windows);
  GtkWindow *preferences = NULL;
  guint n;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (windows), ==, before + 1);
  for (guint i = 0; i < g_list_model_get_n_items (windows); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (windows, i);

      if (GLOSA_IS_PREFERENCES_WINDOW (toplevel))
        preferences = toplevel;
    }
  g_assert_nonnull (preferences);
  g_settings_set_string (settings, "author-name", "Ada Analyst");
  g_assert_cmpstr (glosa_project_get_author (window->project), ==, "Ada Analyst");
  gtk_window_destroy (preferences);

  g_assert_true (glosa_window_save_project_as (window, copy, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (glosa_project_get_file (window->project), copy));
  n = g_list_model_get_n_items (first_article_annotations (window));
  glosa_article_view_select_range (window->article_view, 200, 220);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.annotate", NULL);
  g_assert_true (glosa_annotation_popover_save (window->popover));
  g_assert_cmpuint (g_list_model_get_n_items (first_article_annotations (window)), ==, n + 1);
  g_assert_cmpstr (glosa_annotation_get_author (glosa_annotation_popover_get_annotation (window->popover)),
                   ==, "Ada Analyst");
  g_settings_reset (settings, "author-name");
  glosa_test_close_window (window);
}

static gboolean
counted (GlosaWindow *window)
{
  return window->corpus_mentions != NULL;
}

/* A .glosa file opens directly: its documents, codebook and annotations,
 * without reading the corpus folder. */
static void
test_open_project_file (void)
{
  GlosaWindow *window = glosa_test_open_corpus ();
  g_autofree char *copy_path = g_build_filename (glosa_test_data_dir, "opened.glosa", NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  g_autoptr(GError) error = NULL;
  guint n;

  g_assert_true (glosa_window_save_project_as (window, copy, &error));
  g_assert_no_error (error);
  glosa_article_view_select_range (window->article_view, 300, 340);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.annotate", NULL);
  g_assert_true (glosa_annotation_popover_save (window->popover));
  n = g_list_model_get_n_items (first_article_annotations (window));
  g_assert_cmpuint (n, >, 0);
  glosa_test_close_window (window);

  window = glosa_window_new (GTK_APPLICATION (glosa_test_app));
  gtk_window_present (GTK_WINDOW (window));
  glosa_window_open (window, copy);
  glosa_test_wait_until (glosa_test_project_open, window);
  g_assert_cmpstr (glosa_window_get_page (window), ==, "corpus");
  g_assert_true (g_file_equal (glosa_project_get_file (window->project), copy));
  /* The articles are read from the project; the corpus only names it. */
  g_assert_cmpuint (glosa_article_list_get_n_shown (window->article_list), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (glosa_window_get_corpus (window))), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (first_article_annotations (window)), ==, n);
  /* The counting and indexing threads hold the window until they finish. */
  glosa_test_wait_until (counted, window);
  for (gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC; g_get_monotonic_time () < until; )
    g_main_context_iteration (NULL, FALSE);
  glosa_test_close_window (window);
}

static void
wait_for_text (GlosaWindow *window,
               const char  *text)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  for (;;)
    {
      g_autofree char *shown = shown_text (GTK_WIDGET (window));

      if (strstr (shown, text) != NULL)
        return;
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
    }
}

static GlosaWindow *
open_file (GFile *file)
{
  GlosaWindow *window = glosa_window_new (GTK_APPLICATION (glosa_test_app));

  gtk_window_present (GTK_WINDOW (window));
  glosa_window_open (window, file);
  return window;
}

/* Another program writes to the project: the window reads the articles,
 * says why it cannot code, and offers no coding. */
static void
test_read_only (void)
{
  g_autofree char *dir = g_dir_make_tmp ("glosa-read-only-XXXXXX", NULL);
  g_autofree char *article = g_build_filename (dir, "article.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (article);
  g_autofree char *lock_path = NULL;
  GlosaWindow *window;
  int fd;

  g_assert_true (g_file_set_contents (article, "A title\n\nPetro spoke in Bogotá.\n", -1, NULL));
  window = open_file (file);
  glosa_test_wait_until (glosa_test_project_open, window);
  g_assert_false (glosa_project_is_read_only (window->project));
  lock_path = g_strconcat (g_file_peek_path (glosa_project_get_file (window->project)), ".lock", NULL);
  glosa_test_close_window (window);

  fd = g_open (lock_path, O_RDWR | O_CREAT, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (flock (fd, LOCK_EX | LOCK_NB), ==, 0);
  window = open_file (file);
  glosa_test_wait_until (glosa_test_project_open, window);
  g_assert_true (glosa_project_is_read_only (window->project));
  wait_for_text (window, glosa_project_get_read_only_reason (window->project));
  glosa_article_view_select_range (window->article_view, 0, 10);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.annotate", NULL);
  g_assert_null (window->popover);
  glosa_test_close_window (window);

  close (fd);
  g_unlink (lock_path);
  g_unlink (article);
  g_rmdir (dir);
}

/* A damaged project file: a toast says so, the articles still show, and
 * nothing offers to code. */
static void
test_damaged_project (void)
{
  g_autofree char *dir = g_dir_make_tmp ("glosa-damaged-XXXXXX", NULL);
  g_autofree char *article = g_build_filename (dir, "article.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (article);
  g_autofree char *project_path = NULL;
  g_autofree char *project_dir = NULL;
  g_autofree char *shown = NULL;
  GlosaWindow *window;

  g_assert_true (g_file_set_contents (article, "A title\n\nPetro spoke in Bogotá.\n", -1, NULL));
  project_path = glosa_project_get_default_path (file);
  project_dir = g_path_get_dirname (project_path);
  g_assert_cmpint (g_mkdir_with_parents (project_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (project_path, "not a database, not at all", -1, NULL));

  window = open_file (file);
  wait_for_text (window, "Annotations are off");
  g_assert_null (window->project);
  g_assert_cmpstr (glosa_window_get_page (window), ==, "corpus");
  shown = shown_text (GTK_WIDGET (window));
  g_assert_nonnull (glosa_article_view_get_analysis (window->article_view));
  g_assert_nonnull (strstr (glosa_document_get_text (glosa_analysis_get_document (
                              glosa_article_view_get_analysis (window->article_view))),
                            "Petro spoke in Bogotá."));
  glosa_article_view_select_range (window->article_view, 0, 5);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.annotate", NULL);
  g_assert_null (window->popover);
  glosa_test_close_window (window);

  g_unlink (project_path);
  g_unlink (article);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  glosa_test_window_init (&argc, &argv, "coding-window");

  g_test_add_func ("/coding-window/annotate-reopen-undo", test_annotate_reopen_undo);
  g_test_add_func ("/coding-window/recent-tags", test_recent_tags);
  g_test_add_func ("/coding-window/notes-and-reviews", test_notes_and_reviews);
  g_test_add_func ("/coding-window/preferences-and-save-as", test_preferences_and_save_as);
  g_test_add_func ("/coding-window/read-only", test_read_only);
  g_test_add_func ("/coding-window/damaged-project", test_damaged_project);
  g_test_add_func ("/coding-window/open-project-file", test_open_project_file);

  return glosa_test_window_run ();
}
