/* glosa-window-coding.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-window-coding"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-annotations-window.h"
#include "glosa-application.h"
#include "glosa-preferences-window.h"
#include "glosa-tag-manager.h"
#include "glosa-window-private.h"

/* Coding in the window: the corpus's project, opened beside it, which the
 * window then reads its articles from; the Annotate popover; undo and
 * redo; the recently used tags on Ctrl+1…9. */

/* How many tag names "recent-tags" keeps; Ctrl+1…9 use the first nine. */
#define MAX_RECENT_TAGS 20

static GSettings *
get_settings (GlosaWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return GLOSA_IS_APPLICATION (app) ? glosa_application_get_settings (GLOSA_APPLICATION (app)) : NULL;
}

static gboolean
can_code (GlosaWindow *self)
{
  return self->project != NULL && !glosa_project_is_read_only (self->project);
}

static void
update_coding_actions (GlosaWindow *self)
{
  gboolean writable = can_code (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.annotate", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.apply-recent-tag", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 writable && glosa_project_can_undo (self->project));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 writable && glosa_project_can_redo (self->project));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-project-as", self->project != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.manage-tags", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-annotations", self->project != NULL);
}

/* An empty name means the user's own, as glosa_project_set_author() takes
 * NULL. */
static void
author_changed_cb (GlosaWindow *self)
{
  GSettings *settings = get_settings (self);
  g_autofree char *author = NULL;

  if (settings == NULL || self->project == NULL)
    return;
  author = g_strstrip (g_settings_get_string (settings, "author-name"));
  glosa_project_set_author (self->project, author[0] != '\0' ? author : NULL);
}

static GlosaDocument *
shown_document (GlosaWindow *self)
{
  GlosaAnalysis *analysis = glosa_article_view_get_analysis (self->article_view);

  return analysis ? glosa_analysis_get_document (analysis) : NULL;
}

/**
 * glosa_window_update_annotations:
 *
 * Gives the article view and the sidebar the annotations of the article
 * shown, after the article or the project changed.
 */
void
glosa_window_update_annotations (GlosaWindow *self)
{
  GlosaDocument *document = glosa_article_list_get_selected (self->article_list);
  GListModel *annotations = NULL;
  GListModel *tags = NULL;

  if (self->project != NULL && document != NULL)
    {
      annotations = glosa_project_get_annotations (self->project, glosa_document_get_id (document));
      tags = glosa_project_get_tags (self->project);
    }
  glosa_article_view_set_annotations (self->article_view, annotations, tags);
  glosa_sidebar_set_annotations (self->sidebar, annotations, tags);
}

/* The sidebar shows what the project remembers of the article's
 * suggestions, also after an undo. */
static void
sync_reviews (GlosaWindow *self)
{
  GlosaAnalysis *analysis = glosa_sidebar_get_analysis (self->sidebar);
  GPtrArray *positions;

  if (self->project == NULL || analysis == NULL)
    return;
  positions = glosa_analysis_get_positions (analysis);
  for (guint i = 0; i < positions->len; i++)
    {
      GlosaPosition *position = g_ptr_array_index (positions, i);

      glosa_sidebar_show_review (self->sidebar, position,
                                 glosa_project_get_review (self->project, position));
    }
}

static void
position_reviewed_cb (GlosaWindow   *self,
                      GlosaPosition *position,
                      gboolean       accepted)
{
  g_autoptr(GError) error = NULL;
  gboolean done;

  /* Without a writable project, the review lasts for the session. */
  if (!can_code (self))
    return;
  if (accepted)
    done = glosa_project_accept_position (self->project, position, &error) != NULL;
  else
    done = glosa_project_dismiss_position (self->project, position, &error);
  if (!done)
    glosa_window_toast (self, error->message);
}

static void
note_activated_cb (GlosaWindow     *self,
                   GlosaAnnotation *annotation)
{
  glosa_article_view_select_range (self->article_view, glosa_annotation_get_start (annotation),
                                   glosa_annotation_get_end (annotation));
  /* At phone width the sidebar covers the text: get out of the way. */
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

static void
annotation_activated_cb (GlosaWindow     *self,
                         GlosaAnnotation *annotation)
{
  glosa_window_edit_annotation (self, annotation);
}

/* Each article's number of annotations, for the articles list. */
static void
count_annotations (GlosaWindow *self)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *all;

  if (self->project == NULL)
    {
      glosa_article_list_set_annotation_counts (self->article_list, NULL);
      return;
    }
  all = glosa_project_get_annotations (self->project, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(GlosaAnnotation) annotation = g_list_model_get_item (all, i);
      /* The project's annotations outlive this table: their ids can key it. */
      const char *document = glosa_annotation_get_document (annotation);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, document));

      g_hash_table_insert (counts, (gpointer) document, GUINT_TO_POINTER (n + 1));
    }
  glosa_article_list_set_annotation_counts (self->article_list, counts);
}

/* Codes into @project from now on. */
static void
attach_project (GlosaWindow  *self,
                GlosaProject *project)
{
  GSettings *settings;

  g_set_object (&self->project, project);
  settings = get_settings (self);
  if (settings != NULL)
    {
      /* Connected here: the window has its application by now. */
      g_signal_handlers_disconnect_by_func (settings, author_changed_cb, self);
      g_signal_connect_object (settings, "changed::author-name", G_CALLBACK (author_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  author_changed_cb (self);
  g_signal_connect_object (project, "notify::can-undo", G_CALLBACK (update_coding_actions), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "notify::can-redo", G_CALLBACK (update_coding_actions), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "reloaded", G_CALLBACK (glosa_window_show_project), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "reloaded", G_CALLBACK (glosa_window_update_annotations), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "reviews-changed", G_CALLBACK (sync_reviews), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (glosa_project_get_annotations (project, NULL), "items-changed",
                           G_CALLBACK (count_annotations), self, G_CONNECT_SWAPPED);
  if (glosa_project_is_read_only (project))
    glosa_window_toast (self, glosa_project_get_read_only_reason (project));
  update_coding_actions (self);
  glosa_window_show_project (self);
  glosa_window_update_annotations (self);
  sync_reviews (self);
  count_annotations (self);
}

/* The corpus's codebook was read from its files; the project may add its
 * own actors and aliases (Add as Actor, imports) on top. */
static void
refresh_codebook (GlosaWindow *self)
{
  g_autofree char *own = glosa_project_dup_codebook_json (self->project);
  g_autoptr(GlosaCodebook) codebook = NULL;
  g_autoptr(GError) error = NULL;

  if (own == NULL)
    return;
  codebook = glosa_project_load_codebook (self->project, &error);
  if (codebook != NULL)
    glosa_window_update_detector (self, codebook);
  else
    glosa_window_toast (self, error->message);
}

static void
project_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GlosaWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaProject) project = glosa_project_open_for_corpus_finish (result, NULL, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (project == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Annotations are off: %s"), error->message);

      /* The articles stay readable without a project. */
      glosa_window_toast (self, message);
      glosa_window_project_failed (self);
      return;
    }
  attach_project (self, project);
  refresh_codebook (self);
}

/**
 * glosa_window_open_project:
 * @project: (nullable): the project the corpus was read from (a .glosa
 *   file the user opened), or %NULL for the corpus's own
 *
 * Codes into @project, or opens (creating it if needed) the project of the
 * corpus shown, brought up to date with its files in a worker thread.
 */
void
glosa_window_open_project (GlosaWindow  *self,
                           GlosaProject *project)
{
  g_clear_object (&self->project);
  update_coding_actions (self);
  glosa_window_update_annotations (self);
  count_annotations (self);
  if (project != NULL)
    attach_project (self, project);
  else if (self->corpus != NULL)
    glosa_project_open_for_corpus_async (self->corpus, NULL, self->cancellable, project_cb,
                                         g_object_ref (self));
}

static void
remember_tags (GlosaWindow     *self,
               GlosaAnnotation *annotation)
{
  GSettings *settings = get_settings (self);
  const char * const *tags = glosa_annotation_get_tags (annotation);
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) recent = NULL;
  g_autoptr(GHashTable) seen = NULL;
  guint n = 0;

  if (settings == NULL || tags == NULL || tags[0] == NULL)
    return;
  old = g_settings_get_strv (settings, "recent-tags");
  builder = g_strv_builder_new ();
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  /* The annotation's tags first, newest use first, then the rest. */
  for (guint i = 0; tags[i] != NULL && n < MAX_RECENT_TAGS; i++)
    {
      GlosaTag *tag = glosa_project_lookup_tag (self->project, tags[i]);

      if (tag != NULL && g_hash_table_add (seen, (gpointer) glosa_tag_get_name (tag)))
        {
          g_strv_builder_add (builder, glosa_tag_get_name (tag));
          n++;
        }
    }
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT_TAGS; i++)
    if (g_hash_table_add (seen, old[i]))
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }
  recent = g_strv_builder_end (builder);
  g_settings_set_strv (settings, "recent-tags", (const char * const *) recent);
}

static void
saved_cb (GlosaWindow     *self,
          GlosaAnnotation *annotation)
{
  remember_tags (self, annotation);
}

static void
deleted_cb (GlosaWindow *self)
{
  AdwToast *toast = adw_toast_new (_("Annotation deleted"));

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
failed_cb (GlosaWindow *self,
           const char  *message)
{
  glosa_window_toast (self, message);
}

static GlosaAnnotationPopover *
ensure_popover (GlosaWindow *self)
{
  if (self->popover == NULL)
    {
      self->popover = glosa_annotation_popover_new ();
      g_object_add_weak_pointer (G_OBJECT (self->popover), (gpointer *) &self->popover);
      g_signal_connect_object (self->popover, "saved", G_CALLBACK (saved_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->popover, "deleted", G_CALLBACK (deleted_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->popover, "failed", G_CALLBACK (failed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  return self->popover;
}

static GlosaCodebook *
get_codebook (GlosaWindow *self)
{
  return self->detector ? glosa_detector_get_codebook (self->detector) : NULL;
}

/**
 * glosa_window_edit_annotation:
 * @annotation: one of the project's annotations, in the article shown
 *
 * Opens the Annotate popover on @annotation.
 */
void
glosa_window_edit_annotation (GlosaWindow     *self,
                              GlosaAnnotation *annotation)
{
  GlosaAnnotationPopover *popover;

  if (!can_code (self))
    return;
  popover = ensure_popover (self);
  glosa_annotation_popover_edit (popover, self->project, get_codebook (self), annotation, FALSE, NULL);
  glosa_article_view_popup_at (self->article_view, GTK_POPOVER (popover),
                               glosa_annotation_get_start (annotation),
                               glosa_annotation_get_end (annotation));
}

static void
annotate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);
  GlosaDocument *document = shown_document (self);
  g_autoptr(GlosaAnnotation) draft = NULL;
  g_autofree char *quote = NULL;
  GlosaAnnotationPopover *popover;
  GlosaAnnotation *existing;
  guint start, end;

  if (document == NULL || !can_code (self))
    return;
  if (!glosa_article_view_get_selection (self->article_view, &start, &end))
    {
      existing = glosa_article_view_get_annotation_at (self->article_view,
                                                       glosa_article_view_get_cursor (self->article_view));
      if (existing != NULL)
        glosa_window_edit_annotation (self, existing);
      else
        glosa_window_toast (self, _("Select some text to annotate"));
      return;
    }

  draft = glosa_annotation_new (glosa_document_get_id (document), start, end);
  quote = g_utf8_substring (glosa_document_get_text (document), start, end);
  popover = ensure_popover (self);
  glosa_annotation_popover_edit (popover, self->project, get_codebook (self), draft, TRUE, quote);
  glosa_article_view_popup_at (self->article_view, GTK_POPOVER (popover), start, end);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (!can_code (self))
    return;
  if (g_str_equal (action_name, "win.undo"))
    done = glosa_project_undo (self->project, &error);
  else
    done = glosa_project_redo (self->project, &error);
  if (!done && error != NULL)
    glosa_window_toast (self, error->message);
}

/* Ctrl+1…9: the nth recent tag on the selection, or on the annotation
 * under the cursor. */
static void
apply_recent_tag_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);
  GSettings *settings = get_settings (self);
  GlosaDocument *document = shown_document (self);
  int index = g_variant_get_int32 (parameter);
  g_auto(GStrv) recent = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaAnnotation) annotation = NULL;
  GlosaAnnotation *existing = NULL;
  GlosaTag *tag;
  guint start, end;
  gboolean ok;

  if (settings == NULL || document == NULL || !can_code (self))
    return;
  recent = g_settings_get_strv (settings, "recent-tags");
  if (index < 0 || index >= (int) g_strv_length (recent))
    {
      glosa_window_toast (self, _("No recent tag on that key yet"));
      return;
    }

  if (glosa_article_view_get_selection (self->article_view, &start, &end))
    annotation = glosa_annotation_new (glosa_document_get_id (document), start, end);
  else if ((existing = glosa_article_view_get_annotation_at (self->article_view,
                                                             glosa_article_view_get_cursor (self->article_view))))
    annotation = glosa_annotation_copy (existing);
  else
    {
      glosa_window_toast (self, _("Select some text to annotate"));
      return;
    }

  tag = glosa_project_lookup_tag_by_name (self->project, recent[index]);
  if (tag == NULL)
    tag = glosa_project_create_tag (self->project, recent[index], NULL, &error);
  if (tag == NULL)
    {
      glosa_window_toast (self, error->message);
      return;
    }
  glosa_annotation_add_tag (annotation, glosa_tag_get_id (tag));
  if (existing != NULL)
    ok = glosa_project_update_annotation (self->project, annotation, &error);
  else
    ok = glosa_project_add_annotation (self->project, annotation, &error) != NULL;
  if (!ok)
    glosa_window_toast (self, error->message);
  else
    remember_tags (self, annotation);
}

/**
 * glosa_window_init_coding:
 *
 * Connects the article view and the sidebar to the project; coding waits
 * for the project to open.
 */
static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (glosa_preferences_window_new (GTK_WINDOW (self),
                                                                get_settings (self))));
}

static void
manage_tags_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (glosa_tag_manager_new (GTK_WINDOW (self), self->project)));
}

/**
 * glosa_window_show_annotation:
 * @annotation: one of the project's annotations, in any article
 *
 * Selects the annotation's article and its span in the text.
 */
void
glosa_window_show_annotation (GlosaWindow     *self,
                              GlosaAnnotation *annotation)
{
  g_return_if_fail (GLOSA_IS_WINDOW (self));
  g_return_if_fail (GLOSA_IS_ANNOTATION (annotation));

  if (!glosa_article_list_select (self->article_list, glosa_annotation_get_document (annotation)))
    {
      glosa_window_toast (self, _("The annotation’s article is no longer in the corpus"));
      return;
    }
  adw_leaflet_set_visible_child (self->leaflet, self->article_pane);
  note_activated_cb (self, annotation);
}

static void
show_annotations_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);
  GlosaAnnotationsWindow *window = glosa_annotations_window_new (GTK_WINDOW (self), self->project,
                                                                 get_codebook (self));

  g_signal_connect_object (window, "annotation-activated",
                           G_CALLBACK (glosa_window_show_annotation), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
}

static void
save_as_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     GlosaWindow     *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (file == NULL || self->project == NULL)
    return;
  if (glosa_window_save_project_as (self, file, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: a project file's name */
      g_autofree char *message = g_strdup_printf (_("Saved as “%s”"), name);

      glosa_window_toast (self, message);
    }
  else
    glosa_window_toast (self, error->message);
}

static void
save_project_as_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (self->project == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Save Project As"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Glosa projects (.glosa)"));
  gtk_file_filter_add_suffix (filter, "glosa");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  name = g_strconcat (glosa_corpus_get_name (self->corpus), GLOSA_PROJECT_SUFFIX, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * glosa_window_save_project_as:
 * @file: where to copy the project
 *
 * Copies the project to @file and goes on in the copy, which is writable
 * even when the project was not.
 *
 * Returns: %TRUE on success
 */
gboolean
glosa_window_save_project_as (GlosaWindow  *self,
                              GFile        *file,
                              GError      **error)
{
  g_return_val_if_fail (GLOSA_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->project != NULL, FALSE);

  if (!glosa_project_save_as (self->project, file, error))
    return FALSE;
  update_coding_actions (self);
  return TRUE;
}

void
glosa_window_init_coding (GlosaWindow *self)
{
  update_coding_actions (self);
  g_signal_connect_object (self->article_view, "annotation-activated",
                           G_CALLBACK (annotation_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "annotation-activated", G_CALLBACK (note_activated_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "position-reviewed", G_CALLBACK (position_reviewed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "notify::analysis", G_CALLBACK (sync_reviews), self,
                           G_CONNECT_SWAPPED);
}

void
glosa_window_class_install_coding_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.annotate", NULL, annotate_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.annotate", NULL);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_install_action (widget_class, "win.apply-recent-tag", "i", apply_recent_tag_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences",
                                       NULL);
  gtk_widget_class_install_action (widget_class, "win.save-project-as", NULL, save_project_as_action);
  gtk_widget_class_install_action (widget_class, "win.manage-tags", NULL, manage_tags_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "win.manage-tags",
                                       NULL);
  gtk_widget_class_install_action (widget_class, "win.show-annotations", NULL,
                                   show_annotations_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.show-annotations", NULL);
  for (int i = 0; i < 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK,
                                         "win.apply-recent-tag", "i", i);
}
