/* glosa-position-list.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "glosa-analysis.h"
#include "glosa-position-row.h"

G_BEGIN_DECLS

#define GLOSA_TYPE_POSITION_LIST (glosa_position_list_get_type ())

G_DECLARE_FINAL_TYPE (GlosaPositionList, glosa_position_list, GLOSA, POSITION_LIST, GtkWidget)

void        glosa_position_list_set_analysis (GlosaPositionList *self,
                                              GlosaAnalysis     *analysis);
GlosaReview glosa_position_list_get_review   (GlosaPositionList *self,
                                              GlosaPosition     *position);
void        glosa_position_list_review       (GlosaPositionList *self,
                                              GlosaPosition     *position,
                                              gboolean           accepted);

void        glosa_position_list_show_review  (GlosaPositionList *self,
                                              GlosaPosition     *position,
                                              GlosaReview        review);

G_END_DECLS
