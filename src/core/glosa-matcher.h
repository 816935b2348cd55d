/* glosa-matcher.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A mention found by glosa_matcher_scan(): [start, end) in code points of
 * the scanned text, and the value given with the pattern. */
typedef struct
{
  guint start;
  guint end;
  guint value;
} GlosaMatch;

#define GLOSA_TYPE_MATCHER (glosa_matcher_get_type ())

G_DECLARE_FINAL_TYPE (GlosaMatcher, glosa_matcher, GLOSA, MATCHER, GObject)

GlosaMatcher *glosa_matcher_new            (void);
gboolean      glosa_matcher_add            (GlosaMatcher  *self,
                                            const char    *pattern,
                                            guint          value);
void          glosa_matcher_compile        (GlosaMatcher  *self);
guint         glosa_matcher_get_n_patterns (GlosaMatcher  *self);
GArray       *glosa_matcher_scan           (GlosaMatcher  *self,
                                            const char    *text,
                                            gssize         len);

G_END_DECLS
