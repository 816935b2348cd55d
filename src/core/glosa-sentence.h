/* glosa-sentence.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "glosa-stance.h"

G_BEGIN_DECLS

typedef struct _GlosaSentence GlosaSentence;

GlosaSentence *glosa_sentence_new                (const char     *text,
                                                  gsize           length,
                                                  guint           offset);
void           glosa_sentence_parse              (GlosaSentence  *self,
                                                  const char     *text,
                                                  gsize           length,
                                                  guint           offset);
void           glosa_sentence_free               (GlosaSentence  *self);
guint          glosa_sentence_get_start          (GlosaSentence  *self);
guint          glosa_sentence_get_end            (GlosaSentence  *self);
GlosaStance    glosa_sentence_read_stance        (GlosaSentence  *self,
                                                  guint           focus_start,
                                                  guint           focus_end,
                                                  GPtrArray      *cues,
                                                  double         *strength);
gboolean       glosa_sentence_reports            (GlosaSentence  *self,
                                                  guint           start,
                                                  guint           end);
gboolean       glosa_sentence_reports_pronoun    (GlosaSentence  *self);
gboolean       glosa_sentence_has_report         (GlosaSentence  *self);
gboolean       glosa_sentence_opens_with_pronoun (GlosaSentence  *self);
guint          glosa_sentence_first_cue          (GlosaSentence  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlosaSentence, glosa_sentence_free)

G_END_DECLS
