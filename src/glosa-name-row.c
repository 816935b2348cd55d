/* glosa-name-row.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-name-row"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-name-row.h"

struct _GlosaNameRow
{
  GtkListBoxRow  parent_instance;

  /* Template widgets */
  GtkLabel      *name_label;
  GtkLabel      *count_label;
  GtkMenuButton *menu_button;

  char          *name;
  guint          count;
};

G_DEFINE_FINAL_TYPE (GlosaNameRow, glosa_name_row, GTK_TYPE_LIST_BOX_ROW)

static void
glosa_name_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), GLOSA_TYPE_NAME_ROW);

  G_OBJECT_CLASS (glosa_name_row_parent_class)->dispose (object);
}

static void
glosa_name_row_finalize (GObject *object)
{
  GlosaNameRow *self = (GlosaNameRow *) object;

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (glosa_name_row_parent_class)->finalize (object);
}

static void
glosa_name_row_class_init (GlosaNameRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = glosa_name_row_dispose;
  object_class->finalize = glosa_name_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/glosa/Glosa/glosa-name-row.ui");
  gtk_widget_class_bind_template_child (widget_class, GlosaNameRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, GlosaNameRow, count_label);
  gtk_widget_class_bind_template_child (widget_class, GlosaNameRow, menu_button);
}

static void
glosa_name_row_init (GlosaNameRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
create_menu (GtkMenuButton *button,
             gpointer       user_data)
{
  GlosaNameRow *self = user_data;
  g_autoptr(GMenu) menu = NULL;
  g_autoptr(GMenuItem) add_actor = NULL;
  g_autoptr(GMenuItem) add_alias = NULL;

  if (gtk_menu_button_get_menu_model (button) != NULL)
    return;
  menu = g_menu_new ();
  add_actor = g_menu_item_new (_("Add as _Actor…"), NULL);
  g_menu_item_set_action_and_target_value (add_actor, "sidebar.add-actor",
                                           g_variant_new_string (self->name));
  g_menu_append_item (menu, add_actor);
  add_alias = g_menu_item_new (_("Add as A_lias of…"), NULL);
  g_menu_item_set_action_and_target_value (add_alias, "sidebar.add-alias",
                                           g_variant_new_string (self->name));
  g_menu_append_item (menu, add_alias);
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

/**
 * glosa_name_row_new:
 * @name: a name the codebook lacks
 *
 * The row's menu activates `sidebar.add-actor` and `sidebar.add-alias` with
 * the name as target; the sidebar installs those actions.
 *
 * Returns: (transfer floating): the row
 */
GlosaNameRow *
glosa_name_row_new (const GlosaName *name)
{
  g_autofree char *count = NULL;
  g_autofree char *label = NULL;
  GlosaNameRow *self;

  g_return_val_if_fail (name != NULL && name->name != NULL, NULL);

  self = g_object_new (GLOSA_TYPE_NAME_ROW, NULL);
  self->name = g_strdup (name->name);
  self->count = name->count;

  /* Names come from the article: never markup. */
  gtk_label_set_text (self->name_label, name->name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->name_label), name->name);
  count = g_strdup_printf ("%u", name->count);
  gtk_label_set_text (self->count_label, count);

  /* A popover costs more than the rest of the row: it is made when the
   * menu is first opened. */
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu, self, NULL);

  label = g_strdup_printf (ngettext ("%s, %u mention, not in the codebook",
                                     "%s, %u mentions, not in the codebook", name->count),
                           name->name, name->count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return self;
}

const char *
glosa_name_row_get_name (GlosaNameRow *self)
{
  g_return_val_if_fail (GLOSA_IS_NAME_ROW (self), NULL);

  return self->name;
}

guint
glosa_name_row_get_count (GlosaNameRow *self)
{
  g_return_val_if_fail (GLOSA_IS_NAME_ROW (self), 0);

  return self->count;
}
