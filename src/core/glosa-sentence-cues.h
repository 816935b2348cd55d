/* glosa-sentence-cues.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The lexicons the sentence reader looks phrases up in. */
typedef enum
{
  GLOSA_CUE_SUPPORT,
  GLOSA_CUE_OPPOSE,
  GLOSA_CUE_NEGATOR,
  GLOSA_CUE_CONTRAST,
  GLOSA_CUE_REPORTING,
  GLOSA_CUE_PRONOUN,
  GLOSA_N_CUE_KINDS
} GlosaCueKind;

/* What single words mean to the reader. */
typedef enum
{
  GLOSA_CUE_WORD_OBJECT  = 1 << 0,  /* a cue ending in it needs the issue as object */
  GLOSA_CUE_WORD_LINK    = 1 << 1,  /* "to", "a": "wants to end" */
  GLOSA_CUE_WORD_SPEAKER = 1 << 2,  /* "he", "she", "el", "ella" */
} GlosaCueWordFlags;

#define GLOSA_CUE_MAX_PHRASE_WORDS 4

/* A phrase of a list, as word ids (see glosa_cues_lookup()). */
typedef struct
{
  guint8  kind;     /* GlosaCueKind */
  guint8  n_words;
  guint16 words[GLOSA_CUE_MAX_PHRASE_WORDS];
} GlosaCuePhrase;

typedef struct _GlosaCues GlosaCues;

const GlosaCues      *glosa_cues_get         (void);
guint16               glosa_cues_lookup      (const GlosaCues *self,
                                              const char      *folded,
                                              gsize            len);
GlosaCueWordFlags     glosa_cues_get_flags   (const GlosaCues *self,
                                              guint16          word);
const GlosaCuePhrase *glosa_cues_get_phrases (const GlosaCues *self,
                                              guint16          word,
                                              guint           *n_phrases);

G_END_DECLS
