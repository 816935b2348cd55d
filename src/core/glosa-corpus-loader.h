/* glosa-corpus-loader.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "glosa-corpus.h"

G_BEGIN_DECLS

#define GLOSA_TYPE_CORPUS_LOADER (glosa_corpus_loader_get_type ())

G_DECLARE_FINAL_TYPE (GlosaCorpusLoader, glosa_corpus_loader, GLOSA, CORPUS_LOADER, GObject)

GlosaCorpusLoader *glosa_corpus_loader_new          (GFile               *file);
GFile             *glosa_corpus_loader_get_file     (GlosaCorpusLoader   *self);
double             glosa_corpus_loader_get_fraction (GlosaCorpusLoader   *self);
GlosaCorpus       *glosa_corpus_loader_load         (GlosaCorpusLoader   *self,
                                                     GCancellable        *cancellable,
                                                     GError             **error);
void               glosa_corpus_loader_load_async   (GlosaCorpusLoader   *self,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
GlosaCorpus       *glosa_corpus_loader_load_finish  (GlosaCorpusLoader   *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);

GlosaCorpus       *glosa_corpus_load                (GFile               *file,
                                                     GCancellable        *cancellable,
                                                     GError             **error);

G_END_DECLS
