/* glosa-article-view.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "glosa-analysis.h"
#include "glosa-annotation.h"

G_BEGIN_DECLS

#define GLOSA_TYPE_ARTICLE_VIEW (glosa_article_view_get_type ())

G_DECLARE_FINAL_TYPE (GlosaArticleView, glosa_article_view, GLOSA, ARTICLE_VIEW, GtkWidget)

GlosaArticleView *glosa_article_view_new                   (void);
void              glosa_article_view_set_analysis          (GlosaArticleView *self,
                                                            GlosaAnalysis    *analysis);
GlosaAnalysis    *glosa_article_view_get_analysis          (GlosaArticleView *self);
void              glosa_article_view_set_highlighted_actor (GlosaArticleView *self,
                                                            int               actor);
int               glosa_article_view_get_highlighted_actor (GlosaArticleView *self);
gboolean          glosa_article_view_step_mention          (GlosaArticleView *self,
                                                            int               direction);
void              glosa_article_view_select_range          (GlosaArticleView *self,
                                                            guint             start,
                                                            guint             end);
gboolean          glosa_article_view_extend_selection      (GlosaArticleView *self,
                                                            gboolean          sentences);
gboolean          glosa_article_view_get_selection         (GlosaArticleView *self,
                                                            guint            *start,
                                                            guint            *end);
void              glosa_article_view_set_zoom              (GlosaArticleView *self,
                                                            double            zoom);
double            glosa_article_view_get_zoom              (GlosaArticleView *self);
void              glosa_article_view_find                  (GlosaArticleView *self);
GtkTextView      *glosa_article_view_get_text_view         (GlosaArticleView *self);
char             *glosa_article_view_get_mention_tooltip   (GlosaArticleView *self,
                                                            guint             offset);
guint             glosa_article_view_get_cursor            (GlosaArticleView *self);
void              glosa_article_view_set_annotations       (GlosaArticleView *self,
                                                            GListModel       *annotations,
                                                            GListModel       *tags);
GlosaAnnotation  *glosa_article_view_get_annotation_at     (GlosaArticleView *self,
                                                            guint             offset);
void              glosa_article_view_popup_at              (GlosaArticleView *self,
                                                            GtkPopover       *popover,
                                                            guint             start,
                                                            guint             end);

G_END_DECLS
