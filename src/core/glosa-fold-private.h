/* glosa-fold-private.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "glosa-fold.h"

G_BEGIN_DECLS

/* The fold of every code point of the Basic Multilingual Plane, one 32-bit
 * entry each: up to three folded bytes inline (or an offset into the pool
 * for longer folds), the length, and the character flags. Scanners read it
 * directly, one load per code point. */
typedef struct
{
  guint32 entries[0x10000];
  char   *pool;
} GlosaFoldTable;

#define GLOSA_FOLD_ENTRY_LEN_SHIFT    24
#define GLOSA_FOLD_ENTRY_FLAGS_SHIFT  27
#define GLOSA_FOLD_ENTRY_POOL_MASK    0x00FFFFFFu
#define GLOSA_FOLD_ENTRY_LEN(e)       (((e) >> GLOSA_FOLD_ENTRY_LEN_SHIFT) & 0x7)
#define GLOSA_FOLD_ENTRY_FLAGS(e)     ((GlosaCharFlags) ((e) >> GLOSA_FOLD_ENTRY_FLAGS_SHIFT))

const GlosaFoldTable *glosa_fold_table_get (void);

/* Like glosa_fold_char(), without the checks: @out has room for
 * GLOSA_FOLD_MAX_CHAR_LEN bytes. */
static inline guint
glosa_fold_table_fold (const GlosaFoldTable *table,
                       gunichar              c,
                       char                 *out,
                       GlosaCharFlags       *flags)
{
  guint32 e;
  guint len;

  if (G_UNLIKELY (c >= 0x10000))
    return glosa_fold_char (c, out, flags);

  e = table->entries[c];
  len = GLOSA_FOLD_ENTRY_LEN (e);
  if (len <= 3)
    {
      out[0] = e;
      out[1] = e >> 8;
      out[2] = e >> 16;
    }
  else
    {
      memcpy (out, table->pool + (e & GLOSA_FOLD_ENTRY_POOL_MASK), len);
    }
  *flags = GLOSA_FOLD_ENTRY_FLAGS (e);
  return len;
}

static inline GlosaCharFlags
glosa_fold_table_flags (const GlosaFoldTable *table,
                        gunichar              c)
{
  GlosaCharFlags flags;

  if (G_UNLIKELY (c >= 0x10000))
    {
      glosa_fold_char (c, NULL, &flags);
      return flags;
    }
  return GLOSA_FOLD_ENTRY_FLAGS (table->entries[c]);
}

/* Decodes one code point of @p, never reading at or past @end. Texts are
 * valid UTF-8 by contract, but a hostile file must not make a scanner read
 * out of bounds: a byte that does not start a well-formed sequence counts as
 * one U+FFFD, so folding, matching and name finding agree on what a code
 * point is even then. Returns the number of bytes consumed (at least 1). */
static inline guint
glosa_utf8_decode (const guchar *p,
                   const guchar *end,
                   gunichar     *out)
{
  guint b0 = p[0];
  gsize avail = end - p;
  gunichar c;

  if (b0 < 0x80)
    {
      *out = b0;
      return 1;
    }
  if (b0 >= 0xC2 && b0 <= 0xDF)
    {
      if (avail >= 2 && (p[1] & 0xC0) == 0x80)
        {
          *out = ((b0 & 0x1F) << 6) | (p[1] & 0x3F);
          return 2;
        }
    }
  else if (b0 >= 0xE0 && b0 <= 0xEF)
    {
      if (avail >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
        {
          c = ((b0 & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
          if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF))
            {
              *out = c;
              return 3;
            }
        }
    }
  else if (b0 >= 0xF0 && b0 <= 0xF4)
    {
      if (avail >= 4 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80
          && (p[3] & 0xC0) == 0x80)
        {
          c = ((b0 & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6)
              | (p[3] & 0x3F);
          if (c >= 0x10000 && c <= 0x10FFFF)
            {
              *out = c;
              return 4;
            }
        }
    }

  *out = 0xFFFD;
  return 1;
}

#define GLOSA_UTF8_HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

/* Counts the code points in [@p, @end): the bytes that do not continue a
 * character, eight at a time. On valid UTF-8 this is g_utf8_strlen(). */
static inline gsize
glosa_utf8_count_chars (const guchar *p,
                        const guchar *end)
{
  gsize n = end - p;

  for (; end - p >= 8; p += 8)
    {
      guint64 x;

      memcpy (&x, p, 8);
      /* Continuation bytes are 10xxxxxx: high bit set, the next one clear.
       * Multiplying adds up the eight 0-or-1 bytes into the top one. */
      n -= (((x & ~(x << 1) & GLOSA_UTF8_HIGHS) >> 7)
            * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56;
    }
  for (; p < end; p++)
    n -= (*p & 0xC0) == 0x80;
  return n;
}

G_END_DECLS
