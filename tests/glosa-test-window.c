/* glosa-test-window.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "glosa-test-window.h"

GlosaApplication *glosa_test_app;
char             *glosa_test_data_dir;

/**
 * glosa_test_window_init:
 * @name: the test program's name, for its data folder
 *
 * Before anything asks for it, points XDG_DATA_HOME at a folder of the
 * test's own, so projects never land in the user's data; then starts GTK
 * and registers an application that windows can belong to.
 */
void
glosa_test_window_init (int          *argc,
                        char       ***argv,
                        const char   *name)
{
  g_autofree char *template = g_strdup_printf ("glosa-%s-XXXXXX", name);

  glosa_test_data_dir = g_dir_make_tmp (template, NULL);
  g_setenv ("XDG_DATA_HOME", glosa_test_data_dir, TRUE);

  gtk_test_init (argc, argv, NULL);
  glosa_test_app = g_object_new (GLOSA_TYPE_APPLICATION,
                                 "application-id", "io.github.glosa.Glosa.Test",
                                 "flags", G_APPLICATION_NON_UNIQUE,
                                 "resource-base-path", "/io/github/glosa/Glosa",
                                 NULL);
  g_assert_true (g_application_register (G_APPLICATION (glosa_test_app), NULL, NULL));
}

/* Removes @path and everything under it. */
void
glosa_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        glosa_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/**
 * glosa_test_window_run:
 *
 * Runs the tests, then removes the data folder.
 *
 * Returns: the exit status
 */
int
glosa_test_window_run (void)
{
  int status = g_test_run ();

  /* A GtkApplication that never ran keeps its startup references. */
  g_clear_object (&glosa_test_app);
  glosa_test_remove_tree (glosa_test_data_dir);
  g_clear_pointer (&glosa_test_data_dir, g_free);
  return status;
}

void
glosa_test_wait_until (gboolean   (*done) (GlosaWindow *window),
                       GlosaWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (window))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* Waits for @widget to be drawn and, in a window, for its sidebar to catch
 * up with the article, which it does after the frame showing the text. */
void
glosa_test_wait_for_draw (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_test_widget_wait_for_draw (widget);
  if (GLOSA_IS_WINDOW (root))
    glosa_test_wait_until (glosa_window_sidebar_is_current, GLOSA_WINDOW (root));
}

gboolean
glosa_test_project_open (GlosaWindow *window)
{
  return window->project != NULL;
}

/* A window on ../shared/corpus, its project open and writable. */
GlosaWindow *
glosa_test_open_corpus (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("GLOSA_SHARED_DIR"), "corpus", NULL);

  return glosa_test_open_path (path);
}

/* A window on the corpus at @path, its project open and writable. */
GlosaWindow *
glosa_test_open_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GlosaWindow *window = glosa_window_new (GTK_APPLICATION (glosa_test_app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  glosa_window_open (window, file);
  glosa_test_wait_until (glosa_test_project_open, window);
  glosa_test_wait_for_draw (GTK_WIDGET (window));
  g_assert_false (glosa_project_is_read_only (window->project));
  /* Never the user's own data folder. */
  g_assert_true (g_str_has_prefix (g_file_peek_path (glosa_project_get_file (window->project)),
                                   glosa_test_data_dir));
  return window;
}

void
glosa_test_close_window (GlosaWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}
