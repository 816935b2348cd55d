/* glosa-window-private.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "glosa-annotation-popover.h"
#include "glosa-article-list.h"
#include "glosa-article-view.h"
#include "glosa-corpus-loader.h"
#include "glosa-corpus-mentions.h"
#include "glosa-project.h"
#include "glosa-search-index.h"
#include "glosa-sidebar.h"
#include "glosa-window.h"

G_BEGIN_DECLS

struct _GlosaWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  GtkLabel             *error_details;
  GtkProgressBar       *loading_progress;
  AdwLeaflet           *leaflet;
  GtkWidget            *articles_pane;
  GtkWidget            *article_pane;
  AdwWindowTitle       *corpus_title;
  GlosaArticleList     *article_list;
  GtkWidget            *count_box;
  GtkProgressBar       *count_progress;
  AdwFlap              *flap;
  GlosaArticleView     *article_view;
  GlosaSidebar         *sidebar;

  GCancellable         *cancellable;          /* the corpus and what is built from it */
  GCancellable         *document_cancellable; /* the analysis of a long article */
  GCancellable         *count_cancellable;    /* counting mentions in every article */
  guint                 sidebar_tick;         /* the sidebar is to catch up with the article: */
  guint                 sidebar_idle;         /* after the next frame, then when idle */
  gboolean              opening_project;      /* the corpus's project is being opened */
  GlosaCorpusLoader    *loader;
  GlosaCorpus          *pending_corpus;       /* read, waiting for its codebook */
  GlosaCorpus          *corpus;
  GlosaDetector        *detector;
  GlosaCorpusMentions  *corpus_mentions;
  GlosaProject         *project;              /* NULL while opening, or when it failed */
  GlosaAnnotationPopover *popover;            /* owned by the article view; weak */
  double                zoom;
};

void glosa_window_class_install_actions (GtkWidgetClass *widget_class);
void glosa_window_class_install_coding_actions (GtkWidgetClass *widget_class);
void glosa_window_class_install_export_actions (GtkWidgetClass *widget_class);
void glosa_window_class_install_import_actions (GtkWidgetClass *widget_class);
void glosa_window_import                (GlosaWindow    *self,
                                         GFile          *file);
void glosa_window_init_coding           (GlosaWindow    *self);
void glosa_window_open_project          (GlosaWindow    *self,
                                         GlosaProject   *project);
void glosa_window_update_annotations    (GlosaWindow    *self);
gboolean glosa_window_sidebar_is_current (GlosaWindow   *self);
void glosa_window_show_project          (GlosaWindow    *self);
void glosa_window_class_install_count_actions (GtkWidgetClass *widget_class);
void glosa_window_count_mentions        (GlosaWindow    *self);
void glosa_window_stop_counting         (GlosaWindow    *self);
void glosa_window_set_mentions          (GlosaWindow    *self,
                                         GlosaCorpusMentions *mentions);
void glosa_window_update_actor_filter   (GlosaWindow    *self);
void glosa_window_project_failed        (GlosaWindow    *self);
void glosa_window_bench_init            (GlosaWindow    *self);
void glosa_window_bench_article_shown   (GlosaWindow    *self);
void glosa_window_bench_sidebar_shown   (GlosaWindow    *self);
gboolean glosa_window_save_project_as   (GlosaWindow    *self,
                                         GFile          *file,
                                         GError        **error);
void glosa_window_edit_annotation       (GlosaWindow    *self,
                                         GlosaAnnotation *annotation);
void glosa_window_show_annotation       (GlosaWindow    *self,
                                         GlosaAnnotation *annotation);
void glosa_window_update_detector       (GlosaWindow    *self,
                                         GlosaCodebook  *codebook);
void glosa_window_toast                 (GlosaWindow    *self,
                                         const char     *message);
void glosa_window_set_zoom              (GlosaWindow    *self,
                                         double          zoom);
void glosa_window_show_add_actor        (GlosaWindow    *self,
                                         const char     *name);
void glosa_window_show_add_alias        (GlosaWindow    *self,
                                         const char     *name);

G_END_DECLS
