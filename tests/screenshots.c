/* screenshots.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include <stdlib.h>
#include <string.h>
#include <adwaita.h>

#include "glosa-application.h"
#include "glosa-window-private.h"

/* screenshots STATE CORPUS OUT.png [WIDTH HEIGHT]: opens the real window in
 * a state and saves what it draws, for build-aux/screenshots. States:
 * welcome, actors, positions, notes, list (the articles pane alone), find,
 * annotate (a saved annotation, and the popover over a new selection, also
 * saved alone as OUT-popover.png: a popover is a surface of its own), tags
 * (the tag manager) and annotations (the corpus-wide view), saved alone. */

static void
wait_for (gboolean (*done) (GlosaWindow *), GlosaWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!done (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
corpus_shown (GlosaWindow *window)
{
  return window->corpus_mentions != NULL;
}

static gboolean
project_open (GlosaWindow *window)
{
  return window->project != NULL;
}

static void
settle (void)
{
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* A few tags and annotations across two articles, for the tags and
 * annotations states. */
static void
populate (GlosaProject *project)
{
  GListModel *documents = glosa_project_get_documents (project);
  GlosaTag *framing = glosa_project_create_tag (project, "Framing", NULL, NULL);
  GlosaTag *blame = glosa_project_create_tag (project, "Blame", glosa_tag_get_id (framing), NULL);
  GlosaTag *sovereignty = glosa_project_create_tag (project, "Sovereignty", NULL, NULL);
  const char *stances[] = { "oppose", "support", "neutral" };

  glosa_project_set_tag_colour (project, glosa_tag_get_id (framing), "#3584e4", NULL);
  glosa_project_set_tag_colour (project, glosa_tag_get_id (blame), "#e66100", NULL);
  glosa_project_set_tag_colour (project, glosa_tag_get_id (sovereignty), "#2ec27e", NULL);
  glosa_project_create_tag (project, "Economy", NULL, NULL);
  for (guint i = 0; i < 6 && i / 3 < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (documents, i / 3);
      g_autoptr(GlosaAnnotation) draft = glosa_annotation_new (glosa_document_get_id (document),
                                                               i % 3 * 150, i % 3 * 150 + 90);

      glosa_annotation_add_tag (draft, glosa_tag_get_id (i % 2 ? blame : sovereignty));
      glosa_annotation_set_actor (draft, i % 2 ? "gustavo-petro" : "donald-trump");
      glosa_annotation_set_stance (draft, stances[i % 3]);
      if (i % 3 == 0)
        glosa_annotation_set_note (draft, "Frames the visit as a concession.");
      glosa_project_add_annotation (project, draft, NULL);
    }
}

static void
save (GtkWidget  *window,
      const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (window), height = gtk_widget_get_height (window);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("Could not write %s", path);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GlosaApplication) app = NULL;
  g_autoptr(GFile) corpus = NULL;
  const char *state;
  GlosaWindow *window;

  if (argc < 4)
    {
      g_printerr ("Usage: screenshots STATE CORPUS OUT.png [WIDTH HEIGHT]\n");
      return 2;
    }
  state = argv[1];
  gtk_init ();
  /* The resource base path brings in style.css, as in the app. */
  app = g_object_new (GLOSA_TYPE_APPLICATION, "application-id", "io.github.glosa.Glosa.Screenshots",
                      "flags", G_APPLICATION_NON_UNIQUE, "resource-base-path", "/io/github/glosa/Glosa",
                      NULL);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  window = glosa_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), argc > 5 ? atoi (argv[4]) : 1280,
                               argc > 5 ? atoi (argv[5]) : 800);
  gtk_window_present (GTK_WINDOW (window));

  if (!g_str_equal (state, "welcome"))
    {
      corpus = g_file_new_for_commandline_arg (argv[2]);
      glosa_window_open (window, corpus);
      wait_for (corpus_shown, window);
      /* Let the panes be allocated first: libadwaita 1.2's flap warns when
       * it animates a flap that was never allocated. */
      settle ();
      g_object_set (window, "sidebar-visible", !g_str_equal (state, "list"), NULL);
      glosa_article_list_step (window->article_list, 1);
      if (g_str_equal (state, "list"))
        adw_leaflet_set_visible_child (window->leaflet, window->articles_pane);
      else
        adw_leaflet_set_visible_child (window->leaflet, window->article_pane);
      if (g_str_equal (state, "actors") || g_str_equal (state, "positions") || g_str_equal (state, "notes"))
        glosa_sidebar_set_page (window->sidebar, state);
      if (g_str_equal (state, "actors"))
        {
          GlosaCodebook *codebook = glosa_detector_get_codebook (window->detector);
          GlosaActor *rueda = glosa_codebook_lookup_actor (codebook, "ana-maria-rueda");

          for (guint i = 0; rueda != NULL && i < glosa_codebook_get_n_actors (codebook); i++)
            if (glosa_codebook_get_actor (codebook, i) == rueda)
              glosa_sidebar_select_actor (window->sidebar, i);
        }
      if (g_str_equal (state, "find"))
        {
          g_object_set (window, "sidebar-visible", FALSE, NULL);
          gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL);
        }
      if (g_str_equal (state, "annotate") || g_str_equal (state, "notes"))
        {
          wait_for (project_open, window);
          glosa_article_view_select_range (window->article_view, 0, 60);
          gtk_widget_activate_action (GTK_WIDGET (window), "win.annotate", NULL);
          if (window->popover != NULL)
            {
              glosa_annotation_popover_add_tag_by_name (window->popover, "Framing");
              glosa_annotation_popover_set_stance (window->popover, "oppose");
              glosa_annotation_popover_set_note (window->popover, "Sets up the meeting as a test.");
              glosa_annotation_popover_save (window->popover);
              gtk_popover_popdown (GTK_POPOVER (window->popover));
            }
        }
      if (g_str_equal (state, "annotate"))
        {
          settle ();
          glosa_article_view_select_range (window->article_view, 120, 190);
          gtk_widget_activate_action (GTK_WIDGET (window), "win.annotate", NULL);
          if (window->popover != NULL)
            glosa_annotation_popover_add_tag_by_name (window->popover, "<b>Evidence</b> & more");
        }
    }
  if (g_str_equal (state, "import"))
    {
      g_autofree char *path = g_build_filename (g_get_tmp_dir (), "glosa-screenshot-actors.csv",
                                                NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      /* One actor in, one row refused: the toast offers its details. */
      wait_for (project_open, window);
      g_file_set_contents (path, "name,kind,aliases\n"
                                 "Latin American leaders,other,Latin American\n"
                                 "Someone,spokesperson,Someone\n", -1, NULL);
      glosa_window_import (window, file);
      g_unlink (path);
    }
  if (g_str_equal (state, "tags") || g_str_equal (state, "annotations"))
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      wait_for (project_open, window);
      populate (window->project);
      gtk_widget_activate_action (GTK_WIDGET (window), g_str_equal (state, "tags") ? "win.manage-tags"
                                                                                 : "win.show-annotations",
                                  NULL);
      settle ();
      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) shown = g_list_model_get_item (toplevels, i);

          /* The shortcuts window is transient too, but never shown here. */
          if (gtk_window_get_transient_for (shown) == GTK_WINDOW (window)
              && gtk_widget_get_mapped (GTK_WIDGET (shown)))
            {
              save (GTK_WIDGET (shown), argv[3]);
              gtk_window_destroy (shown);
              break;
            }
        }
      gtk_window_destroy (GTK_WINDOW (window));
      return 0;
    }
  settle ();
  save (GTK_WIDGET (window), argv[3]);
  if (window->popover != NULL && gtk_widget_get_visible (GTK_WIDGET (window->popover)))
    {
      g_autofree char *base = g_strndup (argv[3], strlen (argv[3]) - strlen (".png"));
      g_autofree char *popover_path = g_strconcat (base, "-popover.png", NULL);

      save (GTK_WIDGET (window->popover), popover_path);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
