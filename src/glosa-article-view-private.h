/* glosa-article-view-private.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "glosa-article-view.h"
#include "glosa-fold.h"

G_BEGIN_DECLS

/* Tags waiting to be applied to spans of the text, in idle chunks. */
typedef struct
{
  GlosaArticleView *view;
  GArray           *spans;          /* GlosaMatch, in text order */
  guint             next;
  GtkTextTag       *tag;            /* NULL: each span's actor tag */
  guint             idle_id;
} GlosaTagJob;

struct _GlosaArticleView
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkStack          *stack;
  GtkSearchBar      *search_bar;
  GtkSearchEntry    *search_entry;
  GtkLabel          *match_label;
  GtkScrolledWindow *scroller;
  GtkTextView       *text_view;
  GtkWidget         *header;
  GtkLabel          *title_label;
  GtkLabel          *byline_label;

  GtkTextBuffer     *buffer;
  GlosaAnalysis     *analysis;
  GPtrArray         *actor_tags;     /* GtkTextTag or NULL, by codebook position */
  GtkTextTag        *zoom_tag;
  int                highlighted;
  double             zoom;
  GlosaTagJob        mention_job;

  /* Find in article (glosa-article-view-find.c) */
  GtkTextTag        *match_tag;
  GtkTextTag        *current_tag;    /* the hit shown */
  GlosaTagJob        match_job;
  GlosaFolded       *folded;         /* the text folded for find, made on demand */
  GArray            *matches;        /* GlosaMatch; value unused */
  int                current_match;

  /* The text column as last laid out, in pixels. */
  int                column_width;
  int                column_left;
  int                header_height;
  guint              relayout_id;

  /* Annotations (glosa-article-view-annotations.c) */
  GListModel        *annotations;    /* GlosaAnnotation of the article shown */
  GListModel        *tags;           /* GlosaTag, for their colours */
  GHashTable        *colour_tags;    /* "#rrggbb" → GtkTextTag */
  GtkPopover        *popover;        /* pointed at a span of the text */
};

gboolean _glosa_article_view_is_dark           (void);
void     _glosa_article_view_start_tags        (GlosaArticleView *self,
                                                GlosaTagJob      *job,
                                                GArray           *spans,
                                                GtkTextTag       *tag);
void     _glosa_article_view_cancel_tags       (GlosaTagJob      *job);
guint    _glosa_article_view_lower_bound       (GArray           *spans,
                                                guint             offset);
int      _glosa_article_view_find_step         (GlosaArticleView *self,
                                                GArray           *spans,
                                                int               value,
                                                int               direction);
void     _glosa_article_view_select_offsets    (GlosaArticleView *self,
                                                guint             start,
                                                guint             end);

void     _glosa_article_view_class_init_find   (GtkWidgetClass   *widget_class);
void     _glosa_article_view_init_find         (GlosaArticleView *self);
void     _glosa_article_view_update_find_tags  (GlosaArticleView *self);
void     _glosa_article_view_reset_find        (GlosaArticleView *self);

void     _glosa_article_view_class_init_annotations (GtkWidgetClass   *widget_class);
void     _glosa_article_view_init_annotations  (GlosaArticleView *self);
void     _glosa_article_view_dispose_annotations (GlosaArticleView *self);
void     _glosa_article_view_apply_annotations (GlosaArticleView *self);

G_END_DECLS
