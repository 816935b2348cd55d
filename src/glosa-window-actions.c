/* glosa-window-actions.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-import.h"
#include "glosa-window-private.h"

/* The window's actions, each with its keys (also listed in
 * gtk/help-overlay.ui), and the dialogs they open. */

#define ZOOM_STEP 1.1

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     GlosaWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        glosa_window_open (self, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);
  gboolean folder = g_str_equal (action_name, "win.open-folder");
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (folder ? _("Open Corpus Folder") : _("Open Corpus File"),
                                         GTK_WINDOW (self),
                                         folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                                : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (!folder)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _("Articles and projects (.txt, .md, .json, .jsonl, .glosa)"));
      gtk_file_filter_add_suffix (filter, "txt");
      gtk_file_filter_add_suffix (filter, "md");
      gtk_file_filter_add_suffix (filter, "json");
      gtk_file_filter_add_suffix (filter, "jsonl");
      gtk_file_filter_add_suffix (filter, "glosa");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    }
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
cancel_loading_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_cancellable_cancel (GLOSA_WINDOW (widget)->cancellable);
}

#define MAX_WARNINGS_SHOWN 100

static void
show_warnings_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);
  g_autoptr(GString) body = g_string_new (NULL);
  GPtrArray *warnings;
  GtkWidget *dialog;

  if (self->corpus == NULL)
    return;
  warnings = glosa_corpus_get_warnings (self->corpus);
  /* A folder of 50,000 empty files must not become a 50,000-line label. */
  for (guint i = 0; i < warnings->len && i < MAX_WARNINGS_SHOWN; i++)
    {
      GlosaCorpusWarning *warning = g_ptr_array_index (warnings, i);

      g_string_append_printf (body, "%s%s: %s", i ? "\n\n" : "", warning->path, warning->message);
    }
  if (warnings->len > MAX_WARNINGS_SHOWN)
    {
      guint more = warnings->len - MAX_WARNINGS_SHOWN;

      g_string_append (body, "\n\n");
      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "…and %u more file",
                                                 "…and %u more files", more), more);
    }
  /* The body is plain text (body-use-markup is off): file names show as is. */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Skipped or Repaired Files"), body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
step_article_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);

  glosa_article_list_step (self->article_list, g_str_equal (action_name, "win.next-article") ? 1 : -1);
}

static void
step_mention_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);

  glosa_article_view_step_mention (self->article_view,
                                   g_str_equal (action_name, "win.next-mention") ? 1 : -1);
}

static void
extend_selection_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);

  glosa_article_view_extend_selection (self->article_view,
                                       g_str_equal (action_name, "win.select-sentences"));
}

static void
show_articles_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->articles_pane);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->article_pane);
  glosa_article_view_find (self->article_view);
}

static void
search_articles_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->articles_pane);
  glosa_article_list_focus_search (self->article_list);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);

  if (g_str_equal (action_name, "win.zoom-in"))
    glosa_window_set_zoom (self, self->zoom * ZOOM_STEP);
  else if (g_str_equal (action_name, "win.zoom-out"))
    glosa_window_set_zoom (self, self->zoom / ZOOM_STEP);
  else
    glosa_window_set_zoom (self, 1.0);
}

/* Session edits of the codebook are merged into the project's, so that
 * they are there the next time it is opened. Returns %FALSE, having said
 * why, if that failed. */
static gboolean
save_actor (GlosaWindow *self,
            GlosaActor  *actor)
{
  g_autoptr(GlosaCodebook) edit = NULL;
  g_auto(GlosaImportStats) stats = { 0 };
  g_autoptr(GError) error = NULL;

  if (self->project == NULL || glosa_project_is_read_only (self->project))
    return TRUE;
  edit = glosa_codebook_new ();
  glosa_codebook_add_actor (edit, actor);
  if (!glosa_import_codebook_entries (self->project, edit, &stats, &error))
    {
      g_autofree char *message = NULL;

      /* Translators: an actor's name, then why */
      message = g_strdup_printf (_("“%s” is used for this session only: the project’s "
                                   "codebook could not be saved: %s"),
                                 glosa_actor_get_name (actor), error->message);
      glosa_window_toast (self, message);
      return FALSE;
    }
  return TRUE;
}

static const GlosaActorKind kinds[] = {
  GLOSA_ACTOR_KIND_PERSON, GLOSA_ACTOR_KIND_ORGANISATION, GLOSA_ACTOR_KIND_GOVERNMENT,
  GLOSA_ACTOR_KIND_COUNTRY, GLOSA_ACTOR_KIND_MEDIA, GLOSA_ACTOR_KIND_OTHER,
};

static void
add_actor_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       GlosaWindow      *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  GtkDropDown *kind = g_object_get_data (G_OBJECT (dialog), "kind");
  GlosaCodebook *codebook;
  g_autofree char *name = NULL;
  g_autofree char *id = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GlosaActor) actor = NULL;

  if (!g_str_equal (response, "add") || self->detector == NULL)
    return;
  name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (*name == '\0')
    return;
  codebook = glosa_detector_get_codebook (self->detector);
  id = glosa_codebook_make_id (codebook, name);
  actor = glosa_actor_new (id, name, kinds[gtk_drop_down_get_selected (kind)]);
  glosa_codebook_add_actor (codebook, actor);
  glosa_window_update_detector (self, codebook);
  if (!save_actor (self, actor))
    return;
  message = g_strdup_printf (_("“%s” added to the codebook"), name);
  glosa_window_toast (self, message);
}

/**
 * glosa_window_show_add_actor:
 * @name: an unlisted name
 *
 * Asks for the new actor's name and kind, then adds it to the codebook,
 * and to the project's if one is open.
 */
void
glosa_window_show_add_actor (GlosaWindow *self,
                             const char  *name)
{
  GtkWidget *dialog, *box, *entry, *kind;
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (labels, glosa_actor_kind_get_label (kinds[i]));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Add as Actor"),
                                   _("The actor is added to the codebook, and its mentions are found "
                                     "in every article."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);
  kind = gtk_drop_down_new (G_LIST_MODEL (labels), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (kind), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Kind"), -1);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), kind);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data (G_OBJECT (dialog), "kind", kind);
  g_signal_connect_object (dialog, "response", G_CALLBACK (add_actor_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_alias_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       GlosaWindow      *self)
{
  GtkDropDown *actors = g_object_get_data (G_OBJECT (dialog), "actors");
  const char *name = g_object_get_data (G_OBJECT (dialog), "name");
  GlosaCodebook *codebook;
  GlosaActor *actor;
  g_autofree char *message = NULL;

  if (!g_str_equal (response, "add") || self->detector == NULL)
    return;
  codebook = glosa_detector_get_codebook (self->detector);
  actor = glosa_codebook_get_actor (codebook, gtk_drop_down_get_selected (actors));
  if (actor == NULL)
    return;
  glosa_actor_add_alias (actor, NULL, name);
  glosa_window_update_detector (self, codebook);
  if (!save_actor (self, actor))
    return;
  message = g_strdup_printf (_("“%s” is now an alias of %s"), name, glosa_actor_get_name (actor));
  glosa_window_toast (self, message);
}

/**
 * glosa_window_show_add_alias:
 * @name: an unlisted name
 *
 * Asks which actor @name refers to, then adds it to that actor's aliases,
 * in the project's codebook too if one is open.
 */
void
glosa_window_show_add_alias (GlosaWindow *self,
                             const char  *name)
{
  g_autofree char *body = NULL;
  GtkStringList *names = gtk_string_list_new (NULL);
  GlosaCodebook *codebook;
  GtkWidget *dialog, *actors;

  if (self->detector == NULL)
    return;
  codebook = glosa_detector_get_codebook (self->detector);
  for (guint i = 0; i < glosa_codebook_get_n_actors (codebook); i++)
    gtk_string_list_append (names, glosa_actor_get_name (glosa_codebook_get_actor (codebook, i)));

  body = g_strdup_printf (_("Which actor does “%s” name?"), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Add as Alias"), body);
  /* gtk_drop_down_new() takes both the model and the expression. */
  actors = gtk_drop_down_new (G_LIST_MODEL (names),
                              gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (actors), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (actors), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Actor"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), actors);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "add", _("_Add Alias"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  g_object_set_data (G_OBJECT (dialog), "actors", actors);
  g_object_set_data_full (G_OBJECT (dialog), "name", g_strdup (name), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (add_alias_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

#define ACTION(name, callback, key, mods)                                              \
  G_STMT_START {                                                                       \
    gtk_widget_class_install_action (widget_class, name, NULL, callback);             \
    if (key != 0)                                                                      \
      gtk_widget_class_add_binding_action (widget_class, key, mods, name, NULL);      \
  } G_STMT_END

void
glosa_window_class_install_actions (GtkWidgetClass *widget_class)
{
  ACTION ("win.open-folder", open_action, GDK_KEY_o, GDK_CONTROL_MASK);
  ACTION ("win.open-file", open_action, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  ACTION ("win.cancel-loading", cancel_loading_action, 0, 0);
  ACTION ("win.show-warnings", show_warnings_action, 0, 0);
  glosa_window_class_install_export_actions (widget_class);
  glosa_window_class_install_import_actions (widget_class);
  ACTION ("win.next-article", step_article_action, GDK_KEY_Down, GDK_ALT_MASK);
  ACTION ("win.previous-article", step_article_action, GDK_KEY_Up, GDK_ALT_MASK);
  ACTION ("win.next-mention", step_mention_action, GDK_KEY_F8, 0);
  ACTION ("win.previous-mention", step_mention_action, GDK_KEY_F8, GDK_SHIFT_MASK);
  ACTION ("win.show-articles", show_articles_action, 0, 0);
  ACTION ("win.select-words", extend_selection_action, GDK_KEY_w, GDK_ALT_MASK);
  ACTION ("win.select-sentences", extend_selection_action, GDK_KEY_s, GDK_ALT_MASK);
  ACTION ("win.find", find_action, GDK_KEY_f, GDK_CONTROL_MASK);
  ACTION ("win.search-articles", search_articles_action, GDK_KEY_k, GDK_CONTROL_MASK);
  ACTION ("win.zoom-in", zoom_action, GDK_KEY_plus, GDK_CONTROL_MASK);
  ACTION ("win.zoom-out", zoom_action, GDK_KEY_minus, GDK_CONTROL_MASK);
  ACTION ("win.zoom-reset", zoom_action, GDK_KEY_0, GDK_CONTROL_MASK);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);

  /* Stateful: F9 and the header button show and hide the sidebar. */
  gtk_widget_class_install_property_action (widget_class, "win.toggle-sidebar", "sidebar-visible");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
}
