/* glosa-anchor.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* How many code points of context are kept on each side of a quote. */
#define GLOSA_ANCHOR_CONTEXT_CHARS 32

/* The least similarity (1 - edit distance / quote length) for a quote that
 * is found only approximately. */
#define GLOSA_ANCHOR_FUZZY_THRESHOLD 0.75

/* The least similarity for the text between an exact prefix and an exact
 * suffix: both neighbours agreeing is strong evidence on its own. */
#define GLOSA_ANCHOR_CONTEXT_THRESHOLD 0.5

/* Longer quotes are only found exactly or by their context: approximate
 * search costs quote length × text length in the worst case. */
#define GLOSA_ANCHOR_MAX_FUZZY_CHARS 2000

typedef enum
{
  GLOSA_ANCHOR_EXACT,     /* the quote is where it was */
  GLOSA_ANCHOR_MOVED,     /* the quote is unchanged but elsewhere */
  GLOSA_ANCHOR_FUZZY,     /* the quote was edited; its closest match */
  GLOSA_ANCHOR_ORPHANED,  /* no place fits */
} GlosaAnchorResult;

#define GLOSA_TYPE_ANCHOR_RESULT (glosa_anchor_result_get_type ())

GType              glosa_anchor_result_get_type  (void) G_GNUC_CONST;
const char        *glosa_anchor_result_to_string (GlosaAnchorResult  result);

gboolean           glosa_anchor_capture          (const char        *text,
                                                  guint              start,
                                                  guint              end,
                                                  char             **quote,
                                                  char             **prefix,
                                                  char             **suffix);
GlosaAnchorResult  glosa_anchor_locate           (const char        *text,
                                                  const char        *quote,
                                                  const char        *prefix,
                                                  const char        *suffix,
                                                  guint              hint,
                                                  guint             *start,
                                                  guint             *end,
                                                  double            *similarity);
guint              glosa_anchor_edit_distance    (const char        *a,
                                                  const char        *b);
double             glosa_anchor_similarity       (const char        *a,
                                                  const char        *b);

G_END_DECLS
