/* test-annotations-window.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "glosa-annotations-window.h"
#include "glosa-application.h"
#include "glosa-tag-manager.h"
#include "glosa-test-window.h"

/* The tag manager and the corpus-wide Annotations view, in the real window
 * under Xvfb, over the shared corpus. */

#define DOC0 "000_8201e9c1fadbd55d.txt"
#define DOC1 "001_a87c4153953d173a.txt"

/* The window a window action just presented, transient for @parent. */
static GtkWindow *
find_window (GType      type,
             GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type)
          && (parent == NULL || gtk_window_get_transient_for (window) == parent))
        return window;
    }
  return NULL;
}

static void
settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GlosaAnnotation *
annotate (GlosaProject *project,
          const char   *document,
          const char   *quote,
          GlosaTag     *tag,
          const char   *actor,
          const char   *stance)
{
  GlosaDocument *doc = glosa_project_lookup_document (project, document);
  const char *text = glosa_document_get_text (doc);
  const char *found = strstr (text, quote);
  guint start;
  g_autoptr(GlosaAnnotation) draft = NULL;
  g_autoptr(GError) error = NULL;
  GlosaAnnotation *annotation;

  g_assert_nonnull (found);
  start = g_utf8_pointer_to_offset (text, found);
  draft = glosa_annotation_new (document, start, start + g_utf8_strlen (quote, -1));
  if (tag != NULL)
    glosa_annotation_add_tag (draft, glosa_tag_get_id (tag));
  glosa_annotation_set_actor (draft, actor);
  if (stance != NULL)
    g_assert_true (glosa_annotation_set_stance (draft, stance));
  annotation = glosa_project_add_annotation (project, draft, &error);
  g_assert_no_error (error);
  return annotation;
}

static GlosaTag *
new_tag (GlosaProject *project,
         const char   *name,
         GlosaTag     *parent)
{
  g_autoptr(GError) error = NULL;
  GlosaTag *tag = glosa_project_create_tag (project, name, parent ? glosa_tag_get_id (parent) : NULL,
                                            &error);

  g_assert_no_error (error);
  return tag;
}

static void
test_annotations_view (void)
{
  GlosaWindow *window = glosa_test_open_corpus ();
  GlosaProject *project = window->project;
  GlosaTag *policy = new_tag (project, "Drug policy", NULL);
  GlosaTag *coca = new_tag (project, "Coca", policy);
  GlosaAnnotation *maria;
  GlosaAnnotationsWindow *view;
  GlosaDocument *selected;
  guint start, end;

  glosa_project_set_author (project, "Tester");
  annotate (project, DOC0, "Gustavo Petro", coca, "gustavo-petro", "oppose");
  annotate (project, DOC0, "Donald Trump", policy, "donald-trump", "support");
  maria = annotate (project, DOC1, "María Rueda", NULL, NULL, NULL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-annotations", NULL);
  view = GLOSA_ANNOTATIONS_WINDOW (find_window (GLOSA_TYPE_ANNOTATIONS_WINDOW, GTK_WINDOW (window)));
  g_assert_nonnull (view);
  glosa_test_wait_for_draw (GTK_WIDGET (view));
  g_assert_cmpuint (glosa_annotations_window_get_n_shown (view), ==, 3);

  /* A tag matches its sub-tags too. */
  g_assert_true (glosa_annotations_window_set_filter (view, GLOSA_ANNOTATIONS_FILTER_TAG,
                                                      glosa_tag_get_id (policy)));
  g_assert_cmpuint (glosa_annotations_window_get_n_shown (view), ==, 2);
  g_assert_true (glosa_annotations_window_set_filter (view, GLOSA_ANNOTATIONS_FILTER_TAG,
                                                      glosa_tag_get_id (coca)));
  g_assert_cmpuint (glosa_annotations_window_get_n_shown (view), ==, 1);
  g_assert_true (glosa_annotations_window_set_filter (view, GLOSA_ANNOTATIONS_FILTER_TAG, NULL));
  g_assert_true (glosa_annotations_window_set_filter (view, GLOSA_ANNOTATIONS_FILTER_ACTOR,
                                                      "donald-trump"));
  g_assert_cmpuint (glosa_annotations_window_get_n_shown (view), ==, 1);
  g_assert_true (glosa_annotations_window_set_filter (view, GLOSA_ANNOTATIONS_FILTER_ACTOR, NULL));
  g_assert_true (glosa_annotations_window_set_filter (view, GLOSA_ANNOTATIONS_FILTER_STANCE, "oppose"));
  g_assert_cmpuint (glosa_annotations_window_get_n_shown (view), ==, 1);
  g_assert_false (glosa_annotations_window_set_filter (view, GLOSA_ANNOTATIONS_FILTER_STANCE, "neutral"));
  g_assert_true (glosa_annotations_window_set_filter (view, GLOSA_ANNOTATIONS_FILTER_STANCE, NULL));
  g_assert_true (glosa_annotations_window_set_filter (view, GLOSA_ANNOTATIONS_FILTER_AUTHOR, "Tester"));
  g_assert_cmpuint (glosa_annotations_window_get_n_shown (view), ==, 3);

  /* Case and accents folded. */
  glosa_annotations_window_set_text (view, "maria");
  g_assert_cmpuint (glosa_annotations_window_get_n_shown (view), ==, 1);
  glosa_test_wait_for_draw (GTK_WIDGET (view));

  /* A new annotation elsewhere shows when it matches. */
  annotate (project, DOC0, "Washington", NULL, NULL, NULL);
  g_assert_cmpuint (glosa_annotations_window_get_n_shown (view), ==, 1);
  glosa_annotations_window_set_text (view, "");
  g_assert_cmpuint (glosa_annotations_window_get_n_shown (view), ==, 4);
  glosa_annotations_window_set_text (view, "maria");

  /* Activating the row shows the article and the span. */
  glosa_annotations_window_activate (view, 0);
  selected = glosa_article_list_get_selected (window->article_list);
  g_assert_cmpstr (glosa_document_get_id (selected), ==, DOC1);
  g_assert_true (glosa_article_view_get_selection (window->article_view, &start, &end));
  g_assert_cmpuint (start, ==, glosa_annotation_get_start (maria));
  g_assert_cmpuint (end, ==, glosa_annotation_get_end (maria));

  gtk_window_destroy (GTK_WINDOW (view));
  glosa_test_close_window (window);
}

static GtkColorButton *
find_colour_button (GtkWidget *widget)
{
  if (GTK_IS_COLOR_BUTTON (widget))
    return GTK_COLOR_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkColorButton *found = find_colour_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_tag_manager (void)
{
  GlosaWindow *window = glosa_test_open_corpus ();
  GlosaProject *project = window->project;
  GlosaTag *framing = new_tag (project, "Framing", NULL);
  GlosaTag *blame = new_tag (project, "Blame", NULL);
  GlosaTag *spare = new_tag (project, "Spare", NULL);
  g_autofree char *framing_id = g_strdup (glosa_tag_get_id (framing));
  g_autofree char *blame_id = g_strdup (glosa_tag_get_id (blame));
  g_autofree char *spare_id = g_strdup (glosa_tag_get_id (spare));
  GlosaAnnotation *annotation;
  GlosaTagManager *manager;
  AdwMessageDialog *dialog;
  GtkColorButton *colour;
  GdkRGBA rgba;
  guint n_tags = g_list_model_get_n_items (glosa_project_get_tags (project));

  annotation = annotate (project, DOC0, "ideological shift", blame, NULL, NULL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.manage-tags", NULL);
  manager = GLOSA_TAG_MANAGER (find_window (GLOSA_TYPE_TAG_MANAGER, GTK_WINDOW (window)));
  g_assert_nonnull (manager);
  glosa_test_wait_for_draw (GTK_WIDGET (manager));
  g_assert_cmpuint (glosa_tag_manager_get_n_rows (manager), ==, n_tags);

  /* Rename; a name in use is refused and said so. */
  g_assert_true (glosa_tag_manager_rename (manager, framing_id, "Framing & blame"));
  g_assert_cmpstr (glosa_tag_get_name (glosa_project_lookup_tag (project, framing_id)), ==,
                   "Framing & blame");
  g_assert_false (glosa_tag_manager_rename (manager, framing_id, "Blame"));
  g_assert_nonnull (glosa_tag_manager_get_error (manager));
  g_assert_true (glosa_project_can_undo (project));

  /* Recolour through a row's colour button. */
  settle ();
  colour = find_colour_button (GTK_WIDGET (manager));
  g_assert_nonnull (colour);
  gdk_rgba_parse (&rgba, "#3584e4");
  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (colour), &rgba);
  g_signal_emit_by_name (colour, "color-set");
  {
    GListModel *tags = glosa_project_get_tags (project);
    gboolean recoloured = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
      {
        g_autoptr(GlosaTag) tag = g_list_model_get_item (tags, i);

        recoloured |= g_strcmp0 (glosa_tag_get_colour (tag), "#3584e4") == 0;
      }
    g_assert_true (recoloured);
  }

  /* Move under, then merge: the annotation follows. */
  gtk_widget_activate_action (GTK_WIDGET (manager), "manager.move-under", "(ss)", spare_id, framing_id);
  g_assert_cmpstr (glosa_tag_get_parent (glosa_project_lookup_tag (project, spare_id)), ==, framing_id);
  gtk_widget_activate_action (GTK_WIDGET (manager), "manager.merge-into", "(ss)", blame_id, framing_id);
  g_assert_null (glosa_project_lookup_tag (project, blame_id));
  g_assert_true (glosa_annotation_has_tag (annotation, framing_id));

  /* An unused tag goes at once; a used one asks first. */
  gtk_widget_activate_action (GTK_WIDGET (manager), "manager.delete", "s", spare_id);
  g_assert_null (glosa_project_lookup_tag (project, spare_id));
  gtk_widget_activate_action (GTK_WIDGET (manager), "manager.delete", "s", framing_id);
  g_assert_nonnull (glosa_project_lookup_tag (project, framing_id));
  dialog = ADW_MESSAGE_DIALOG (find_window (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (manager)));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "It is used by 1 annotation.");
  adw_message_dialog_response (dialog, "delete");
  g_assert_null (glosa_project_lookup_tag (project, framing_id));
  settle ();
  g_assert_cmpuint (glosa_tag_manager_get_n_rows (manager), ==, n_tags - 3);

  /* Each was one step: undo, here or in the main window, brings the tag back. */
  gtk_widget_activate_action (GTK_WIDGET (manager), "manager.undo", NULL);
  g_assert_nonnull (glosa_project_lookup_tag (project, framing_id));
  settle ();
  g_assert_cmpuint (glosa_tag_manager_get_n_rows (manager), ==, n_tags - 2);

  gtk_window_destroy (GTK_WINDOW (manager));
  glosa_test_close_window (window);
}

int
main (int    argc,
      char **argv)
{
  glosa_test_window_init (&argc, &argv, "annotations-window");

  /* In this order: the view counts every annotation in the project. */
  g_test_add_func ("/annotations-window/annotations-view", test_annotations_view);
  g_test_add_func ("/annotations-window/tag-manager", test_tag_manager);

  return glosa_test_window_run ();
}
