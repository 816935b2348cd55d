/* glosa-analysis.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "glosa-detector.h"

G_BEGIN_DECLS

#define GLOSA_TYPE_ANALYSIS (glosa_analysis_get_type ())

G_DECLARE_FINAL_TYPE (GlosaAnalysis, glosa_analysis, GLOSA, ANALYSIS, GObject)

GlosaAnalysis *glosa_analysis_new             (GlosaDetector        *detector,
                                               GlosaDocument        *document);
void           glosa_analysis_new_async       (GlosaDetector        *detector,
                                               GlosaDocument        *document,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
GlosaAnalysis *glosa_analysis_new_finish      (GAsyncResult         *result,
                                               GError              **error);
GlosaDocument *glosa_analysis_get_document    (GlosaAnalysis        *self);
GlosaCodebook *glosa_analysis_get_codebook    (GlosaAnalysis        *self);
GArray        *glosa_analysis_get_mentions    (GlosaAnalysis        *self);
GPtrArray     *glosa_analysis_get_unlisted    (GlosaAnalysis        *self);
GPtrArray     *glosa_analysis_get_positions   (GlosaAnalysis        *self);
guint          glosa_analysis_count_mentions  (GlosaAnalysis        *self,
                                               guint                 actor);

G_END_DECLS
