/* glosa-tag-manager.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-tag-manager"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-tag-manager.h"

/* The project's tags as a tree: rename, recolour, move, merge, delete. Every
 * change goes through the project, which records it as one undoable action. */

struct _GlosaTagManager
{
  AdwWindow        parent_instance;

  AdwToastOverlay *toast_overlay;
  AdwEntryRow     *new_tag_row;
  GtkListBox      *tag_list;

  GlosaProject    *project;
  char            *error;     /* the last refusal, for tests */
  guint            refresh_id;
  guint            n_rows;
};

G_DEFINE_FINAL_TYPE (GlosaTagManager, glosa_tag_manager, ADW_TYPE_WINDOW)

/* Parent links can be stale while an undo replays: never loop forever. */
#define MAX_DEPTH 32

static char *
dup_sort_key (GlosaProject *project,
              GlosaTag     *tag,
              guint        *depth)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GString *key = g_string_new (NULL);

  for (GlosaTag *t = tag; t != NULL && names->len < MAX_DEPTH;)
    {
      const char *parent = glosa_tag_get_parent (t);

      g_ptr_array_insert (names, 0, g_utf8_collate_key (glosa_tag_get_name (t), -1));
      t = parent ? glosa_project_lookup_tag (project, parent) : NULL;
    }
  for (guint i = 0; i < names->len; i++)
    {
      /* \1 sorts below every collation key byte: a parent before its children. */
      if (i > 0)
        g_string_append_c (key, '\1');
      g_string_append (key, g_ptr_array_index (names, i));
    }
  *depth = names->len - 1;
  return g_string_free (key, FALSE);
}

typedef struct
{
  GlosaTag *tag;
  char     *key;
  guint     depth;
} Entry;

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_object_unref (entry->tag);
  g_free (entry->key);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (((const Entry *) a)->key, ((const Entry *) b)->key);
}

static void
report (GlosaTagManager *self,
        GError          *error)
{
  /* Toast titles are markup, and the message quotes the user's tag name. */
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  g_free (self->error);
  self->error = g_strdup (error->message);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static gboolean
refresh_cb (gpointer user_data);

static void
schedule_refresh (GlosaTagManager *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_cb, self);
}

static void
colour_set_cb (GtkColorButton  *button,
               GlosaTagManager *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *colour = NULL;
  GdkRGBA rgba;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  colour = g_strdup_printf ("#%02x%02x%02x", (int) (rgba.red * 255 + .5),
                            (int) (rgba.green * 255 + .5), (int) (rgba.blue * 255 + .5));
  if (!glosa_project_set_tag_colour (self->project, g_object_get_data (G_OBJECT (button), "tag-id"),
                                     colour, &error))
    report (self, error);
}

static void
name_apply_cb (AdwEntryRow     *row,
               GlosaTagManager *self)
{
  glosa_tag_manager_rename (self, g_object_get_data (G_OBJECT (row), "tag-id"),
                            gtk_editable_get_text (GTK_EDITABLE (row)));
}

static GMenuModel *
build_menu (GlosaTagManager *self,
            GlosaTag        *tag,
            GArray          *entries)
{
  const char *id = glosa_tag_get_id (tag);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) move = g_menu_new ();
  g_autoptr(GMenu) merge = g_menu_new ();
  g_autoptr(GMenuItem) top = g_menu_item_new (_("No Parent"), NULL);

  g_menu_item_set_action_and_target (top, "manager.move-under", "(ss)", id, "");
  g_menu_append_item (move, top);
  for (guint i = 0; i < entries->len; i++)
    {
      GlosaTag *other = g_array_index (entries, Entry, i).tag;
      g_autoptr(GMenuItem) move_item = NULL;
      g_autoptr(GMenuItem) merge_item = NULL;

      if (other == tag)
        continue;
      move_item = g_menu_item_new (glosa_tag_get_name (other), NULL);
      g_menu_item_set_action_and_target (move_item, "manager.move-under", "(ss)", id,
                                         glosa_tag_get_id (other));
      g_menu_append_item (move, move_item);
      merge_item = g_menu_item_new (glosa_tag_get_name (other), NULL);
      g_menu_item_set_action_and_target (merge_item, "manager.merge-into", "(ss)", id,
                                         glosa_tag_get_id (other));
      g_menu_append_item (merge, merge_item);
    }
  g_menu_append_submenu (menu, _("Move Under"), G_MENU_MODEL (move));
  if (entries->len > 1)
    g_menu_append_submenu (menu, _("Merge Into"), G_MENU_MODEL (merge));
  {
    g_autoptr(GMenuItem) delete = g_menu_item_new (_("Delete"), NULL);

    g_menu_item_set_action_and_target (delete, "manager.delete", "s", id);
    g_menu_append_item (menu, delete);
  }
  return G_MENU_MODEL (g_steal_pointer (&menu));
}

static GtkWidget *
build_row (GlosaTagManager *self,
           Entry           *entry,
           GArray          *entries)
{
  GlosaTag *tag = entry->tag;
  const char *id = glosa_tag_get_id (tag);
  guint uses = glosa_project_count_tag_uses (self->project, id);
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *colour = gtk_color_button_new ();
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u use", "%u uses",
                                                         uses), uses);
  GtkWidget *label = gtk_label_new (count);
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr(GMenuModel) menu = build_menu (self, tag, entries);
  GdkRGBA rgba;

  /* Without a title, AdwEntryRow 1.2 leaves its place empty above the text. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (row), glosa_tag_get_name (tag));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "tag-id", g_strdup (id), g_free);
  g_signal_connect (row, "apply", G_CALLBACK (name_apply_cb), self);

  if (!glosa_tag_has_colour (tag) || !gdk_rgba_parse (&rgba, glosa_tag_get_colour (tag)))
    gdk_rgba_parse (&rgba, "#c0bfbc");
  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (colour), &rgba);
  gtk_color_button_set_modal (GTK_COLOR_BUTTON (colour), TRUE);
  gtk_widget_set_valign (colour, GTK_ALIGN_CENTER);
  /* Sub-tags sit indented under their parent. */
  gtk_widget_set_margin_start (colour, 18 * entry->depth);
  gtk_widget_set_tooltip_text (colour, _("Colour"));
  g_object_set_data_full (G_OBJECT (colour), "tag-id", g_strdup (id), g_free);
  g_signal_connect (colour, "color-set", G_CALLBACK (colour_set_cb), self);
  adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), colour);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), label);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (menu_button, _("Tag Menu"));
  gtk_widget_add_css_class (menu_button, "flat");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), menu_button);
  return row;
}

static gboolean
refresh_cb (gpointer user_data)
{
  GlosaTagManager *self = user_data;
  GListModel *tags = glosa_project_get_tags (self->project);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  GtkWidget *child;

  self->refresh_id = 0;
  g_array_set_clear_func (entries, entry_clear);
  for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
    {
      Entry entry = { g_list_model_get_item (tags, i), NULL, 0 };

      entry.key = dup_sort_key (self->project, entry.tag, &entry.depth);
      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_entries);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tag_list))) != NULL
         && GTK_IS_LIST_BOX_ROW (child))
    gtk_list_box_remove (self->tag_list, child);
  for (guint i = 0; i < entries->len; i++)
    gtk_list_box_append (self->tag_list,
                         build_row (self, &g_array_index (entries, Entry, i), entries));
  self->n_rows = entries->len;
  return G_SOURCE_REMOVE;
}

static void
new_tag_apply_cb (GlosaTagManager *self)
{
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->new_tag_row));
  g_autofree char *name = g_strstrip (g_strdup (text));

  if (*name == '\0')
    return;
  if (glosa_project_create_tag (self->project, name, NULL, &error) == NULL)
    report (self, error);
  else
    gtk_editable_set_text (GTK_EDITABLE (self->new_tag_row), "");
  schedule_refresh (self);
}

static void
move_under_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GlosaTagManager *self = GLOSA_TAG_MANAGER (widget);
  g_autoptr(GError) error = NULL;
  const char *id, *parent;

  g_variant_get (parameter, "(&s&s)", &id, &parent);
  if (!glosa_project_set_tag_parent (self->project, id, *parent ? parent : NULL, &error))
    report (self, error);
  schedule_refresh (self);
}

static void
merge_into_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GlosaTagManager *self = GLOSA_TAG_MANAGER (widget);
  g_autoptr(GError) error = NULL;
  const char *from, *into;

  g_variant_get (parameter, "(&s&s)", &from, &into);
  if (!glosa_project_merge_tags (self->project, from, into, &error))
    report (self, error);
  schedule_refresh (self);
}

static void
delete_tag (GlosaTagManager *self,
            const char      *id)
{
  g_autoptr(GError) error = NULL;

  if (!glosa_project_delete_tag (self->project, id, &error))
    report (self, error);
  schedule_refresh (self);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    GlosaTagManager  *self)
{
  if (g_str_equal (response, "delete"))
    delete_tag (self, g_object_get_data (G_OBJECT (dialog), "tag-id"));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GlosaTagManager *self = GLOSA_TAG_MANAGER (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  GlosaTag *tag = glosa_project_lookup_tag (self->project, id);
  guint uses = glosa_project_count_tag_uses (self->project, id);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (tag == NULL)
    return;
  if (uses == 0)
    {
      delete_tag (self, id);
      return;
    }
  heading = g_strdup_printf (_("Delete “%s”?"), glosa_tag_get_name (tag));
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "It is used by %u annotation.",
                                       "It is used by %u annotations.", uses), uses);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "tag-id", g_strdup (id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The main window's Ctrl+Z does not reach this window: undo here too. */
static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GlosaTagManager *self = GLOSA_TAG_MANAGER (widget);
  gboolean redo = g_str_equal (action_name, "manager.redo");
  g_autoptr(GError) error = NULL;

  if (redo ? !glosa_project_can_redo (self->project) : !glosa_project_can_undo (self->project))
    return;
  if (!(redo ? glosa_project_redo (self->project, &error)
              : glosa_project_undo (self->project, &error)))
    report (self, error);
  schedule_refresh (self);
}

static void
glosa_tag_manager_dispose (GObject *object)
{
  GlosaTagManager *self = GLOSA_TAG_MANAGER (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), GLOSA_TYPE_TAG_MANAGER);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (glosa_tag_manager_parent_class)->dispose (object);
}

static void
glosa_tag_manager_finalize (GObject *object)
{
  GlosaTagManager *self = GLOSA_TAG_MANAGER (object);

  g_free (self->error);

  G_OBJECT_CLASS (glosa_tag_manager_parent_class)->finalize (object);
}

static void
glosa_tag_manager_class_init (GlosaTagManagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = glosa_tag_manager_dispose;
  object_class->finalize = glosa_tag_manager_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/glosa/Glosa/glosa-tag-manager.ui");
  gtk_widget_class_bind_template_child (widget_class, GlosaTagManager, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GlosaTagManager, new_tag_row);
  gtk_widget_class_bind_template_child (widget_class, GlosaTagManager, tag_list);
  gtk_widget_class_bind_template_callback (widget_class, new_tag_apply_cb);

  gtk_widget_class_install_action (widget_class, "manager.move-under", "(ss)", move_under_action);
  gtk_widget_class_install_action (widget_class, "manager.merge-into", "(ss)", merge_into_action);
  gtk_widget_class_install_action (widget_class, "manager.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "manager.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "manager.undo",
                                       NULL);
  gtk_widget_class_install_action (widget_class, "manager.redo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "manager.redo", NULL);
}

static void
glosa_tag_manager_init (GlosaTagManager *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GlosaTagManager *
glosa_tag_manager_new (GtkWindow    *parent,
                       GlosaProject *project)
{
  GlosaTagManager *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (GLOSA_IS_PROJECT (project), NULL);

  self = g_object_new (GLOSA_TYPE_TAG_MANAGER, "transient-for", parent, NULL);
  self->project = g_object_ref (project);
  /* Undo in the main window, or another window's edit, shows here too. */
  g_signal_connect_object (glosa_project_get_tags (project), "items-changed",
                           G_CALLBACK (schedule_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "annotation-added", G_CALLBACK (schedule_refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "annotation-removed", G_CALLBACK (schedule_refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "annotation-changed", G_CALLBACK (schedule_refresh), self,
                           G_CONNECT_SWAPPED);
  refresh_cb (self);
  return self;
}

/**
 * glosa_tag_manager_rename:
 *
 * Renames the tag @id as its row does; a refusal (a name in use) shows in a
 * toast.
 *
 * Returns: whether the project took the new name
 */
gboolean
glosa_tag_manager_rename (GlosaTagManager *self,
                          const char      *id,
                          const char      *name)
{
  g_autoptr(GError) error = NULL;
  gboolean done;

  g_return_val_if_fail (GLOSA_IS_TAG_MANAGER (self), FALSE);
  g_return_val_if_fail (id != NULL && name != NULL, FALSE);

  done = glosa_project_rename_tag (self->project, id, name, &error);
  if (!done)
    report (self, error);
  schedule_refresh (self);
  return done;
}

guint
glosa_tag_manager_get_n_rows (GlosaTagManager *self)
{
  g_return_val_if_fail (GLOSA_IS_TAG_MANAGER (self), 0);

  return self->n_rows;
}

/**
 * glosa_tag_manager_get_error:
 *
 * Returns: (nullable): the message of the last refused change
 */
const char *
glosa_tag_manager_get_error (GlosaTagManager *self)
{
  g_return_val_if_fail (GLOSA_IS_TAG_MANAGER (self), NULL);

  return self->error;
}
