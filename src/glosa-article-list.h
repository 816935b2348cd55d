/* glosa-article-list.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "glosa-corpus-mentions.h"
#include "glosa-project.h"
#include "glosa-search-index.h"

G_BEGIN_DECLS

#define GLOSA_TYPE_ARTICLE_LIST (glosa_article_list_get_type ())

G_DECLARE_FINAL_TYPE (GlosaArticleList, glosa_article_list, GLOSA, ARTICLE_LIST, GtkWidget)

void           glosa_article_list_set_documents    (GlosaArticleList    *self,
                                                    GListModel          *documents);
void           glosa_article_list_set_project      (GlosaArticleList    *self,
                                                    GlosaProject        *project);
void           glosa_article_list_set_search_index (GlosaArticleList    *self,
                                                    GlosaSearchIndex    *index);
void           glosa_article_list_set_actor_filter (GlosaArticleList    *self,
                                                    GlosaCorpusMentions *mentions,
                                                    int                  actor,
                                                    const char          *actor_name);
GlosaDocument *glosa_article_list_get_selected     (GlosaArticleList    *self);
guint          glosa_article_list_get_n_shown      (GlosaArticleList    *self);
gboolean       glosa_article_list_select           (GlosaArticleList    *self,
                                                    const char          *id);
void           glosa_article_list_step             (GlosaArticleList    *self,
                                                    int                  direction);
void           glosa_article_list_set_search_text  (GlosaArticleList    *self,
                                                    const char          *text);
void           glosa_article_list_focus_search     (GlosaArticleList    *self);
void           glosa_article_list_set_annotation_counts (GlosaArticleList *self,
                                                    GHashTable          *counts);

G_END_DECLS
