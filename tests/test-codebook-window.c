/* test-codebook-window.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "glosa-test-window.h"

/* "Add as Actor…" and "Add as Alias…" in the real window, under Xvfb: the
 * codebook edit reaches the project, and the project opened again (as after
 * a restart) detects with it. */

/* The message dialog the window has just presented. */
static AdwMessageDialog *
find_dialog (GlosaWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel)
          && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  g_assert_not_reached ();
}

static void
respond (GlosaWindow *window,
         const char  *response)
{
  AdwMessageDialog *dialog = find_dialog (window);

  glosa_test_wait_for_draw (GTK_WIDGET (dialog));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static GlosaCodebook *
codebook_of (GlosaWindow *window)
{
  return glosa_detector_get_codebook (window->detector);
}

static void
test_add_persists (void)
{
  GlosaWindow *window = glosa_test_open_corpus ();
  g_autoptr(GFile) project_file = g_object_ref (glosa_project_get_file (window->project));
  g_autofree char *project_path = g_file_get_path (project_file);
  g_autofree char *stored = NULL;
  g_autoptr(GlosaCodebook) saved = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *actors = glosa_codebook_get_actors (codebook_of (window));
  guint rubio = G_MAXUINT;
  GlosaActor *actor;

  /* A new actor, of the kind first in the list (person). */
  glosa_window_show_add_actor (window, "Vuelo Final");
  respond (window, "add");
  actor = glosa_codebook_lookup_actor (codebook_of (window), "vuelo-final");
  g_assert_nonnull (actor);
  g_assert_cmpint (glosa_actor_get_kind (actor), ==, GLOSA_ACTOR_KIND_PERSON);

  /* An alias of the actor chosen in the list; cancelling adds nothing. */
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(GlosaActor) item = g_list_model_get_item (actors, i);

      if (g_str_equal (glosa_actor_get_id (item), "marco-rubio"))
        rubio = i;
    }
  g_assert_cmpuint (rubio, !=, G_MAXUINT);
  glosa_window_show_add_alias (window, "Senador Rubio");
  respond (window, "cancel");
  glosa_window_show_add_alias (window, "Canciller Rubio");
  gtk_drop_down_set_selected (g_object_get_data (G_OBJECT (find_dialog (window)), "actors"),
                              rubio);
  respond (window, "add");

  stored = glosa_project_dup_codebook_json (window->project);
  g_assert_nonnull (stored);
  g_assert_nonnull (strstr (stored, "\"Canciller Rubio\""));
  g_assert_null (strstr (stored, "Senador"));
  glosa_test_close_window (window);

  /* The project file opened again, as after a restart. */
  window = glosa_window_new (GTK_APPLICATION (glosa_test_app));
  gtk_window_present (GTK_WINDOW (window));
  glosa_window_open (window, project_file);
  glosa_test_wait_until (glosa_test_project_open, window);
  g_assert_cmpstr (g_file_peek_path (glosa_project_get_file (window->project)), ==, project_path);
  actor = glosa_codebook_lookup_actor (codebook_of (window), "vuelo-final");
  g_assert_nonnull (actor);
  g_assert_cmpstr (glosa_actor_get_name (actor), ==, "Vuelo Final");
  actor = glosa_codebook_lookup_actor (codebook_of (window), "marco-rubio");
  g_assert_true (g_strv_contains (glosa_actor_get_all_aliases (actor), "Canciller Rubio"));
  g_assert_false (g_strv_contains (glosa_actor_get_all_aliases (actor), "Senador Rubio"));

  saved = glosa_project_load_codebook (window->project, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (glosa_codebook_get_n_actors (saved), ==,
                    glosa_codebook_get_n_actors (codebook_of (window)));
  glosa_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  glosa_test_window_init (&argc, &argv, "codebook-window");

  g_test_add_func ("/codebook-window/add-persists", test_add_persists);
  return glosa_test_window_run ();
}
