/* glosa-fold.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The longest fold of a single code point, in bytes. */
#define GLOSA_FOLD_MAX_CHAR_LEN 7

/* What a code point of the original text is; the matcher and the name
 * finder decide word boundaries and letter case from these. */
typedef enum
{
  GLOSA_CHAR_WORD  = 1 << 0,  /* letter, digit, combining mark or joiner */
  GLOSA_CHAR_ALPHA = 1 << 1,
  GLOSA_CHAR_UPPER = 1 << 2,  /* upper or title case */
  GLOSA_CHAR_LOWER = 1 << 3,
  GLOSA_CHAR_SPACE = 1 << 4,
} GlosaCharFlags;

guint  glosa_fold_char   (gunichar         c,
                          char            *out,
                          GlosaCharFlags  *flags);
char  *glosa_fold_string (const char      *str,
                          gssize           len);

#define GLOSA_TYPE_FOLDED (glosa_folded_get_type ())

typedef struct _GlosaFolded GlosaFolded;

GType        glosa_folded_get_type        (void) G_GNUC_CONST;
GlosaFolded *glosa_folded_new             (const char   *text,
                                           gssize        len);
GlosaFolded *glosa_folded_ref             (GlosaFolded  *self);
void         glosa_folded_unref           (GlosaFolded  *self);
const char  *glosa_folded_get_text        (GlosaFolded  *self,
                                           gsize        *len);
guint        glosa_folded_get_n_chars     (GlosaFolded  *self);
guint        glosa_folded_to_original     (GlosaFolded  *self,
                                           gsize         folded_offset);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlosaFolded, glosa_folded_unref)

G_END_DECLS
