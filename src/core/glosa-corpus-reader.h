/* glosa-corpus-reader.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Bounds on what one file may hold, so a stray disk image cannot take all
 * memory. JSONL has JSON's: it is parsed a line at a time, but repaired and
 * held whole. */
#define GLOSA_MAX_TEXT_FILE_SIZE  (64 * 1024 * 1024)
#define GLOSA_MAX_JSON_FILE_SIZE  (512 * 1024 * 1024)

typedef struct
{
  char *path;     /* relative to the corpus root, for display */
  char *message;  /* what happened, in plain words */
} GlosaCorpusWarning;

#define GLOSA_TYPE_CORPUS_WARNING (glosa_corpus_warning_get_type ())

GType               glosa_corpus_warning_get_type (void) G_GNUC_CONST;
GlosaCorpusWarning *glosa_corpus_warning_new      (const char               *path,
                                                   const char               *message);
GlosaCorpusWarning *glosa_corpus_warning_copy     (const GlosaCorpusWarning *warning);
void                glosa_corpus_warning_free     (GlosaCorpusWarning       *warning);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlosaCorpusWarning, glosa_corpus_warning_free)

typedef enum
{
  GLOSA_FILE_KIND_NONE,
  GLOSA_FILE_KIND_TEXT,
  GLOSA_FILE_KIND_MARKDOWN,
  GLOSA_FILE_KIND_JSON,
  GLOSA_FILE_KIND_JSONL,
} GlosaFileKind;

GlosaFileKind glosa_corpus_reader_kind_for_name (const char    *name);
void          glosa_corpus_reader_use_simdjson  (gboolean       use);
gboolean      glosa_corpus_reader_read          (GFile         *file,
                                                 const char    *display_path,
                                                 GlosaFileKind  kind,
                                                 GPtrArray     *documents,
                                                 GPtrArray     *warnings,
                                                 GCancellable  *cancellable);

G_END_DECLS
