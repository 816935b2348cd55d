/* glosa-corpus.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "glosa-corpus-reader.h"
#include "glosa-document.h"

G_BEGIN_DECLS

#define GLOSA_TYPE_CORPUS (glosa_corpus_get_type ())

G_DECLARE_FINAL_TYPE (GlosaCorpus, glosa_corpus, GLOSA, CORPUS, GObject)

GlosaCorpus   *glosa_corpus_new          (GFile         *root,
                                          GPtrArray     *documents,
                                          GPtrArray     *warnings);
GlosaCorpus   *glosa_corpus_new_indexed  (GFile         *root,
                                          GPtrArray     *documents,
                                          GPtrArray     *warnings,
                                          GHashTable    *by_id);
GFile         *glosa_corpus_get_root     (GlosaCorpus   *self);
const char    *glosa_corpus_get_name     (GlosaCorpus   *self);
GlosaDocument *glosa_corpus_lookup       (GlosaCorpus   *self,
                                          const char    *id);
GPtrArray     *glosa_corpus_get_warnings (GlosaCorpus   *self);
guint          glosa_corpus_count_document_warnings (GlosaCorpus *self);

G_END_DECLS
