/* glosa-sidebar-lists.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-actor-row.h"
#include "glosa-name-row.h"
#include "glosa-sidebar-private.h"

/* How the sidebar's lists are ordered and headed, apart from what they
 * hold. */

/* Actor rows are grouped by kind; names the codebook lacks come last. */
#define UNLISTED_GROUP (GLOSA_ACTOR_KIND_OTHER + 1)

static const char *
group_heading (guint group)
{
  switch (group)
    {
    case GLOSA_ACTOR_KIND_PERSON: return _("People");
    case GLOSA_ACTOR_KIND_ORGANISATION: return _("Organisations");
    case GLOSA_ACTOR_KIND_GOVERNMENT: return _("Governments");
    case GLOSA_ACTOR_KIND_COUNTRY: return _("Countries");
    case GLOSA_ACTOR_KIND_MEDIA: return _("Media");
    case GLOSA_ACTOR_KIND_OTHER: return _("Other");
    default: return _("Not in the Codebook");
    }
}

static guint
row_group (GtkListBoxRow *row)
{
  if (GLOSA_IS_ACTOR_ROW (row))
    return glosa_actor_get_kind (glosa_actor_row_get_actor (GLOSA_ACTOR_ROW (row)));
  return UNLISTED_GROUP;
}

static guint
row_count (GtkListBoxRow *row)
{
  if (GLOSA_IS_ACTOR_ROW (row))
    return glosa_actor_row_get_count (GLOSA_ACTOR_ROW (row));
  return glosa_name_row_get_count (GLOSA_NAME_ROW (row));
}

static const char *
row_name (GtkListBoxRow *row)
{
  if (GLOSA_IS_ACTOR_ROW (row))
    return glosa_actor_get_name (glosa_actor_row_get_actor (GLOSA_ACTOR_ROW (row)));
  return glosa_name_row_get_name (GLOSA_NAME_ROW (row));
}

/**
 * glosa_sidebar_clear_list:
 *
 * Removes every row of @list (GTK 4.8 has no gtk_list_box_remove_all()).
 */
void
glosa_sidebar_clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

/**
 * glosa_sidebar_set_heading:
 * @heading: (nullable): the heading of the group @row begins, or %NULL
 *
 * Gives @row a group heading, as the sidebar's lists show them. Headings
 * are plain labels: actor names may hold "<" or "&".
 */
void
glosa_sidebar_set_heading (GtkListBoxRow *row,
                           const char    *heading)
{
  GtkWidget *header = gtk_list_box_row_get_header (row);

  if (heading == NULL)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  if (GTK_IS_LABEL (header) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (header)), heading) == 0)
    return;

  header = gtk_label_new (heading);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_label_set_ellipsize (GTK_LABEL (header), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_widget_add_css_class (header, "sidebar-heading");
  gtk_list_box_row_set_header (row, header);
}

/**
 * glosa_sidebar_sort_actors:
 *
 * Sorts the Actors page: by kind, the unlisted names last; within a kind,
 * the most mentioned first.
 */
int
glosa_sidebar_sort_actors (GtkListBoxRow *row1,
                           GtkListBoxRow *row2,
                           gpointer       user_data)
{
  guint group1 = row_group (row1), group2 = row_group (row2);
  guint count1 = row_count (row1), count2 = row_count (row2);

  if (group1 != group2)
    return group1 < group2 ? -1 : 1;
  if (count1 != count2)
    return count1 > count2 ? -1 : 1;
  return g_utf8_collate (row_name (row1), row_name (row2));
}

/**
 * glosa_sidebar_head_actors:
 *
 * Heads each group of the Actors page with its kind: "People", …
 */
void
glosa_sidebar_head_actors (GtkListBoxRow *row,
                           GtkListBoxRow *before,
                           gpointer       user_data)
{
  if (before == NULL || row_group (before) != row_group (row))
    glosa_sidebar_set_heading (row, group_heading (row_group (row)));
  else
    glosa_sidebar_set_heading (row, NULL);
}
