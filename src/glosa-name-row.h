/* glosa-name-row.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "glosa-names.h"

G_BEGIN_DECLS

#define GLOSA_TYPE_NAME_ROW (glosa_name_row_get_type ())

G_DECLARE_FINAL_TYPE (GlosaNameRow, glosa_name_row, GLOSA, NAME_ROW, GtkListBoxRow)

GlosaNameRow *glosa_name_row_new       (const GlosaName *name);
const char   *glosa_name_row_get_name  (GlosaNameRow    *self);
guint         glosa_name_row_get_count (GlosaNameRow    *self);

G_END_DECLS
