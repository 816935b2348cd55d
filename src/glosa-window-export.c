/* glosa-window-export.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-window-export"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-export.h"
#include "glosa-window-private.h"

#define FORMAT_CHOICE "format"
#define ARTICLE_CHOICE "only-article"

typedef struct
{
  GlosaWindow *window;
  GFile       *file;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->window);
  g_clear_object (&job->file);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportJob, export_job_free)

static void
export_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(ExportJob) job = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (!glosa_export_to_file_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        glosa_window_toast (job->window, error->message);
      return;
    }
  name = g_file_get_basename (job->file);
  /* Translators: an export file's name */
  message = g_strdup_printf (_("Exported to “%s”"), name);
  glosa_window_toast (job->window, message);
}

/* A native chooser cannot rename the file when the format choice
 * changes, so the suffix is added here when the name lacks one. */
static GFile *
with_suffix (GFile             *file,
             GlosaExportFormat  format)
{
  const char *suffix = glosa_export_format_get_suffix (format);
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *fixed = NULL;

  if (suffix == NULL || name == NULL || g_str_has_suffix (name, suffix))
    return g_object_ref (file);
  parent = g_file_get_parent (file);
  fixed = g_strconcat (name, suffix, NULL);
  return parent != NULL ? g_file_get_child (parent, fixed) : g_file_new_for_path (fixed);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    GlosaWindow     *self)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  GlosaExportFormat format = GLOSA_EXPORT_JSON;
  const char *format_id;
  const char *only_article;
  const char *document = NULL;
  ExportJob *job;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  format_id = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), FORMAT_CHOICE);
  if (format_id != NULL)
    glosa_export_format_from_string (format_id, &format);
  only_article = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), ARTICLE_CHOICE);
  if (g_strcmp0 (only_article, "true") == 0)
    {
      GlosaDocument *selected = glosa_article_list_get_selected (self->article_list);

      if (selected != NULL)
        document = glosa_document_get_id (selected);
    }
  if (chosen != NULL && self->project != NULL)
    file = with_suffix (chosen, format);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (file == NULL)
    return;

  job = g_new0 (ExportJob, 1);
  job->window = g_object_ref (self);
  job->file = g_object_ref (file);
  glosa_export_to_file_async (self->project, format, document, file, self->cancellable,
                              export_cb, job);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  const char *ids[GLOSA_EXPORT_N_FORMATS + 1] = { NULL };
  const char *labels[GLOSA_EXPORT_N_FORMATS + 1] = { NULL };

  if (self->project == NULL)
    {
      glosa_window_toast (self, _("Open a corpus first"));
      return;
    }
  for (int i = 0; i < GLOSA_EXPORT_N_FORMATS; i++)
    {
      ids[i] = glosa_export_format_to_string (i);
      labels[i] = glosa_export_format_get_label (i);
    }

  chooser = gtk_file_chooser_native_new (_("Export Annotations"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), FORMAT_CHOICE, _("Format"),
                               ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), FORMAT_CHOICE,
                               glosa_export_format_to_string (GLOSA_EXPORT_JSON));
  /* A boolean choice: no options, the value is "true" or "false". */
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), ARTICLE_CHOICE,
                               _("Only this article"), NULL, NULL);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), ARTICLE_CHOICE, "false");
  name = g_strconcat (self->corpus != NULL ? glosa_corpus_get_name (self->corpus)
                                           : _("annotations"),
                      glosa_export_format_get_suffix (GLOSA_EXPORT_JSON), NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
glosa_window_class_install_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export", NULL);
}
