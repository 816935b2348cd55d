/* glosa-position-row.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "glosa-position.h"
#include "glosa-project.h"   /* GlosaReview: what the user made of a suggestion */

G_BEGIN_DECLS

#define GLOSA_TYPE_POSITION_ROW (glosa_position_row_get_type ())

G_DECLARE_FINAL_TYPE (GlosaPositionRow, glosa_position_row, GLOSA, POSITION_ROW, GtkListBoxRow)

GlosaPositionRow *glosa_position_row_new          (GlosaPosition    *position,
                                                   const char       *issue_label);
GlosaPosition    *glosa_position_row_get_position (GlosaPositionRow *self);
GlosaReview       glosa_position_row_get_review   (GlosaPositionRow *self);
void              glosa_position_row_set_review   (GlosaPositionRow *self,
                                                   GlosaReview       review);

G_END_DECLS
