/* glosa-corpus-mentions.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "glosa-detector.h"

G_BEGIN_DECLS

#define GLOSA_TYPE_CORPUS_MENTIONS (glosa_corpus_mentions_get_type ())

G_DECLARE_FINAL_TYPE (GlosaCorpusMentions, glosa_corpus_mentions, GLOSA, CORPUS_MENTIONS, GObject)

GlosaCorpusMentions *glosa_corpus_mentions_new           (GlosaDetector        *detector,
                                                          GListModel           *documents,
                                                          GCancellable         *cancellable,
                                                          GError              **error);
void                 glosa_corpus_mentions_new_async     (GlosaDetector        *detector,
                                                          GListModel           *documents,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
GlosaCorpusMentions *glosa_corpus_mentions_new_finish    (GAsyncResult         *result,
                                                          GError              **error);
GArray              *glosa_corpus_mentions_get_totals    (GlosaCorpusMentions  *self);
GArray              *glosa_corpus_mentions_get_documents (GlosaCorpusMentions  *self);
guint                glosa_corpus_mentions_count         (GlosaCorpusMentions  *self,
                                                          guint                 document,
                                                          guint                 actor);

/* Counts kept apart from the documents, as in a project's cache. */
char                *glosa_corpus_mentions_codebook_version (GlosaCodebook     *codebook);
GBytes              *glosa_corpus_mentions_pack_text     (GlosaDetector        *detector,
                                                          const char           *text);
GlosaCorpusMentions *glosa_corpus_mentions_new_sized     (guint                 n_actors);
gboolean             glosa_corpus_mentions_add_packed    (GlosaCorpusMentions  *self,
                                                          gconstpointer         packed,
                                                          gsize                 size);
guint                glosa_corpus_mentions_get_n_documents (GlosaCorpusMentions *self);

G_END_DECLS
