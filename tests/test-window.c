/* test-window.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "glosa-application.h"
#include "glosa-window.h"

/* The real window, under Xvfb, driven through its actions. */

static GlosaApplication *app;

static void
wait_for_page (GlosaWindow *window,
               const char  *page)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (g_strcmp0 (glosa_window_get_page (window), page) != 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
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

/* What the window shows in labels right now, one per line. */
static char *
shown_text (GlosaWindow *window)
{
  GString *out = g_string_new (NULL);

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  collect_labels (GTK_WIDGET (window), out);
  return g_string_free (out, FALSE);
}

static void
close_window (GlosaWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static GlosaWindow *
new_window (void)
{
  GlosaWindow *window = glosa_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
test_welcome (void)
{
  GlosaWindow *window = new_window ();
  g_autofree char *text = NULL;

  g_assert_cmpstr (glosa_window_get_page (window), ==, "welcome");
  text = shown_text (window);
  g_assert_nonnull (strstr (text, "Welcome to Glosa"));
  g_assert_nonnull (strstr (text, "Open Folder…"));
  g_assert_nonnull (strstr (text, "Open File…"));
  close_window (window);
}

static void
test_shared_corpus (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("GLOSA_SHARED_DIR"), "corpus", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GlosaWindow *window = new_window ();
  g_autofree char *text = NULL;
  g_autofree char *after = NULL;

  glosa_window_open (window, file);
  wait_for_page (window, "corpus");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (glosa_window_get_corpus (window))), ==, 2);

  /* Both titles in the list; the first article open beside it. */
  text = shown_text (window);
  g_assert_nonnull (strstr (text, "The visit of Colombian President Gustavo Petro to Washington"));
  g_assert_nonnull (strstr (text, "Did the White House meeting result in substantive changes to the "
                                  "U.S.-Colombia counter-drug strategy?"));
  g_assert_nonnull (strstr (text, "2 articles"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-article", NULL);
  after = shown_text (window);
  /* The headline now shows twice: in the list and above the text. */
  {
    const char *title = "Did the White House meeting result in substantive changes";
    const char *first = strstr (after, title);

    g_assert_nonnull (first);
    g_assert_nonnull (strstr (first + 1, title));
  }
  close_window (window);
}

static void
test_failed_corpus (void)
{
  g_autofree char *dir = g_dir_make_tmp ("glosa-window-XXXXXX", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  GlosaWindow *window = new_window ();
  g_autofree char *text = NULL;

  glosa_window_open (window, file);
  wait_for_page (window, "error");
  text = shown_text (window);
  g_assert_nonnull (strstr (text, "Could Not Open the Corpus"));
  g_assert_nonnull (strstr (text, "No articles could be loaded from"));
  close_window (window);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  app = g_object_new (GLOSA_TYPE_APPLICATION,
                      "application-id", "io.github.glosa.Glosa.Test",
                      "flags", G_APPLICATION_NON_UNIQUE,
                      "resource-base-path", "/io/github/glosa/Glosa",
                      NULL);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/window/welcome", test_welcome);
  g_test_add_func ("/window/shared-corpus", test_shared_corpus);
  g_test_add_func ("/window/failed-corpus", test_failed_corpus);

  status = g_test_run ();
  /* A GtkApplication that never ran keeps its startup references. */
  g_object_unref (app);
  return status;
}
