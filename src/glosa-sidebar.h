/* glosa-sidebar.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "glosa-analysis.h"
#include "glosa-position-row.h"

G_BEGIN_DECLS

#define GLOSA_TYPE_SIDEBAR (glosa_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (GlosaSidebar, glosa_sidebar, GLOSA, SIDEBAR, GtkWidget)

GlosaSidebar *glosa_sidebar_new               (void);
void          glosa_sidebar_set_analysis      (GlosaSidebar  *self,
                                               GlosaAnalysis *analysis);
GlosaAnalysis *glosa_sidebar_get_analysis     (GlosaSidebar  *self);
void          glosa_sidebar_set_corpus_counts (GlosaSidebar  *self,
                                               GArray        *mentions,
                                               GArray        *documents);
gboolean      glosa_sidebar_get_whole_corpus  (GlosaSidebar  *self);
void          glosa_sidebar_set_whole_corpus  (GlosaSidebar  *self,
                                               gboolean       whole_corpus);
int           glosa_sidebar_get_selected_actor (GlosaSidebar *self);
void          glosa_sidebar_select_actor      (GlosaSidebar  *self,
                                               int            actor);
const char   *glosa_sidebar_get_page          (GlosaSidebar  *self);
void          glosa_sidebar_set_page          (GlosaSidebar  *self,
                                               const char    *page);
GlosaReview   glosa_sidebar_get_review        (GlosaSidebar  *self,
                                               GlosaPosition *position);
void          glosa_sidebar_review_position   (GlosaSidebar  *self,
                                               GlosaPosition *position,
                                               gboolean       accepted);
void          glosa_sidebar_show_review       (GlosaSidebar  *self,
                                               GlosaPosition *position,
                                               GlosaReview    review);
void          glosa_sidebar_set_annotations   (GlosaSidebar  *self,
                                               GListModel    *annotations,
                                               GListModel    *tags);

G_END_DECLS
