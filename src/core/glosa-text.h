/* glosa-text.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  GLOSA_TEXT_KEEP_NUL = 1 << 0,  /* JSON: let the syntax check refuse raw NULs */
  GLOSA_TEXT_DECODE_ONLY = 1 << 1, /* stop after decoding: no line ends, no NFC */
  GLOSA_TEXT_STRIP = 1 << 2,     /* no ASCII white space at either end */
  GLOSA_TEXT_VALID = 1 << 3,     /* the caller knows it valid UTF-8, without NULs */
} GlosaTextFlags;

char     *glosa_text_repair        (const char      *data,
                                    gsize            length,
                                    GlosaTextFlags   flags,
                                    GPtrArray       *warnings,
                                    gsize           *out_length);
gboolean  glosa_text_needs_decoding (const char     *data,
                                     gsize           length,
                                     GlosaTextFlags  flags);
gboolean  glosa_text_is_nfc        (const char      *text,
                                    gsize            length);
gboolean  glosa_text_looks_binary  (const char      *data,
                                    gsize            length);
guint     glosa_text_count_words   (const char      *text);
char     *glosa_text_first_sentence (const char     *text);
char     *glosa_text_shorten       (const char      *text,
                                    guint            max_chars);
gboolean  glosa_text_longest_word_exceeds (const char *text,
                                           guint       max_bytes);
/* The longest text a list row shows: Pango lays a label out whole, and a
 * 10 MB note or 5 MB quote would take minutes. */
#define GLOSA_TEXT_MAX_ROW_CHARS 2000
gsize     glosa_text_sentence_end  (const char      *text,
                                    gsize            length,
                                    gsize            from);

G_END_DECLS
