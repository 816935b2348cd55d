/* glosa-sidebar-private.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* List helpers the sidebar's pages share, so their lists look alike. */
void glosa_sidebar_clear_list  (GtkListBox    *list);
void glosa_sidebar_set_heading (GtkListBoxRow *row,
                                const char    *heading);
int  glosa_sidebar_sort_actors (GtkListBoxRow *row1,
                                GtkListBoxRow *row2,
                                gpointer       user_data);
void glosa_sidebar_head_actors (GtkListBoxRow *row,
                                GtkListBoxRow *before,
                                gpointer       user_data);

G_END_DECLS
