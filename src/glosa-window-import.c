/* glosa-window-import.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-window-import"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-import.h"
#include "glosa-window-private.h"

/* Import…: another coder's Glosa JSON, a REFI-QDA project from another
 * tool, or a codebook (JSON or CSV), merged into the open project. */

static void
show_problems (GlosaWindow            *self,
               const char             *name,
               const GlosaImportStats *stats)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  for (guint i = 0; i < stats->problems->len; i++)
    {
      if (i > 0)
        g_string_append_c (body, '\n');
      g_string_append (body, g_ptr_array_index (stats->problems, i));
    }
  /* Translators: the name of an imported file */
  heading = g_strdup_printf (_("Problems Importing “%s”"), name);
  /* Plain text, never markup: the lines quote the file's contents. */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_problems_cb (AdwToast    *toast,
                  GlosaWindow *self)
{
  const GlosaImportStats *stats = g_object_get_data (G_OBJECT (toast), "stats");
  const char *name = g_object_get_data (G_OBJECT (toast), "name");

  show_problems (self, name, stats);
}

static void
stats_free (GlosaImportStats *stats)
{
  glosa_import_stats_clear (stats);
  g_free (stats);
}

static guint
count_codebook_changes (const GlosaImportStats *stats)
{
  return stats->actors_added + stats->actors_updated + stats->issues_added + stats->issues_updated;
}

/* One line for the toast: what changed, most important first. */
static char *
describe (const GlosaImportStats *stats)
{
  guint annotations = stats->annotations_added + stats->annotations_updated;
  guint codebook = count_codebook_changes (stats);

  if (annotations > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u annotation",
                                         "Imported %u annotations", annotations),
                            annotations);
  if (codebook > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u codebook entry",
                                         "Imported %u codebook entries", codebook),
                            codebook);
  if (stats->tags_added > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u tag",
                                         "Imported %u tags", stats->tags_added),
                            stats->tags_added);
  return g_strdup (_("Nothing new to import"));
}

static void
import_file (GlosaWindow *self,
             GFile       *file)
{
  g_autofree GlosaImportStats *stats = g_new0 (GlosaImportStats, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaCodebook) codebook = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* The merge is one SQLite transaction on the project's connection,
   * which belongs to the main thread; it takes well under a second for
   * thousands of annotations. */
  if (!glosa_import_file (self->project, file, self->cancellable, stats, &error))
    {
      glosa_import_stats_clear (stats);
      glosa_window_toast (self, error->message);
      return;
    }

  if (count_codebook_changes (stats) > 0)
    {
      codebook = glosa_project_load_codebook (self->project, &error);
      if (codebook != NULL)
        glosa_window_update_detector (self, codebook);
      else
        glosa_window_toast (self, error->message);
    }
  glosa_window_update_annotations (self);

  title = describe (stats);
  toast = adw_toast_new (title);
  if (stats->problems->len > 0)
    {
      adw_toast_set_button_label (toast, _("_Details"));
      g_object_set_data_full (G_OBJECT (toast), "name", g_steal_pointer (&name), g_free);
      g_object_set_data_full (G_OBJECT (toast), "stats", g_steal_pointer (&stats),
                              (GDestroyNotify) stats_free);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (show_problems_cb), self, 0);
      adw_toast_set_timeout (toast, 10);
    }
  else
    {
      glosa_import_stats_clear (stats);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Says why not in a toast. */
static gboolean
can_import (GlosaWindow *self)
{
  if (self->project == NULL)
    {
      glosa_window_toast (self, _("Open a corpus first"));
      return FALSE;
    }
  if (glosa_project_is_read_only (self->project))
    {
      glosa_window_toast (self, glosa_project_get_read_only_reason (self->project));
      return FALSE;
    }
  return TRUE;
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    GlosaWindow     *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (file != NULL && can_import (self))
    import_file (self, file);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_auto(GStrv) patterns = g_strsplit (pattern, " ", -1);

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);
  GtkFileChooserNative *chooser;

  if (!can_import (self))
    return;

  chooser = gtk_file_chooser_native_new (_("Import"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_filter (GTK_FILE_CHOOSER (chooser), _("Annotations and Codebooks"),
              "*.json *.qdpx *.csv");
  add_filter (GTK_FILE_CHOOSER (chooser), _("Glosa Export or Codebook (JSON)"), "*.json");
  add_filter (GTK_FILE_CHOOSER (chooser), _("REFI-QDA Project"), "*.qdpx");
  add_filter (GTK_FILE_CHOOSER (chooser), _("Codebook (CSV)"), "*.csv");
  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * glosa_window_import:
 * @file: a Glosa JSON export, a .qdpx project, or a codebook (.json, .csv)
 *
 * Merges @file into the open project and says what changed in a toast.
 */
void
glosa_window_import (GlosaWindow *self,
                     GFile       *file)
{
  g_return_if_fail (GLOSA_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (can_import (self))
    import_file (self, file);
}

void
glosa_window_class_install_import_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.import", NULL);
}
