/* fuzz-fold.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fuzz-fold"

#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "glosa-fold-private.h"
#include "glosa-text.h"

/* Text repair, folding and the folded-to-original offset map.
 *
 * Properties: repaired text is valid UTF-8 of the length reported; folding
 * the raw bytes and the repaired text gives exactly the per-code-point
 * folds, in order, each folded byte mapping back to the code point it
 * came from (so every mapped offset lies in 0..n_chars and the map never
 * goes back); and pure ASCII folds to itself in lower case, spaces made
 * " ", with identity offsets. */

/* Checks @folded of @text against glosa_fold_char(), one code point at a
 * time, decoding as the scanners do. */
static void
check_map (const char *text,
           gsize       len)
{
  g_autoptr(GlosaFolded) folded = glosa_folded_new (text, len);
  g_autofree char *string = glosa_fold_string (text, len);
  const guchar *p = (const guchar *) text;
  const guchar *end = p + len;
  const char *ftext;
  gsize flen, f = 0;
  guint k = 0, previous = 0;

  ftext = glosa_folded_get_text (folded, &flen);
  FUZZ_CHECK (strlen (ftext) == flen || memchr (text, '\0', len) != NULL);
  FUZZ_CHECK (memcmp (ftext, string, flen + 1) == 0);

  while (p < end)
    {
      char out[GLOSA_FOLD_MAX_CHAR_LEN];
      gunichar c;
      guint n;

      p += glosa_utf8_decode (p, end, &c);
      n = glosa_fold_char (c, out, NULL);
      FUZZ_CHECK (n <= GLOSA_FOLD_MAX_CHAR_LEN);
      FUZZ_CHECK (f + n <= flen);
      FUZZ_CHECK (memcmp (ftext + f, out, n) == 0);
      for (guint i = 0; i < n; i++, f++)
        {
          guint o = glosa_folded_to_original (folded, f);

          FUZZ_CHECK (o == k);
          FUZZ_CHECK (o >= previous);
          previous = o;
        }
      k++;
    }
  FUZZ_CHECK (f == flen);
  FUZZ_CHECK (glosa_folded_get_n_chars (folded) == k);
  FUZZ_CHECK (glosa_folded_to_original (folded, flen) == k);
}

static void
check_ascii (const char *text,
             gsize       len)
{
  g_autoptr(GlosaFolded) folded = glosa_folded_new (text, len);
  const char *ftext;
  gsize flen;

  ftext = glosa_folded_get_text (folded, &flen);
  FUZZ_CHECK (flen == len);
  FUZZ_CHECK (glosa_folded_get_n_chars (folded) == len);
  for (gsize i = 0; i < len; i++)
    {
      gboolean space = text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'
                       || text[i] == '\f';

      FUZZ_CHECK (ftext[i] == (space ? ' ' : g_ascii_tolower (text[i])));
      FUZZ_CHECK (glosa_folded_to_original (folded, i) == i);
    }
}

/* Sentences: each ends after where it starts, on a character boundary. */
static void
check_sentences (const char *text,
                 gsize       len)
{
  g_autofree char *first = glosa_text_first_sentence (text);
  g_autofree char *shortened = glosa_text_shorten (text, 40);
  gsize from = 0;

  FUZZ_CHECK (g_utf8_validate (first, -1, NULL));
  FUZZ_CHECK (g_utf8_validate (shortened, -1, NULL) && g_utf8_strlen (shortened, -1) <= 40);
  glosa_text_count_words (text);

  while (from < len)
    {
      gsize end = glosa_text_sentence_end (text, len, from);

      FUZZ_CHECK (end >= from && end <= len);
      FUZZ_CHECK (end == len || ((guchar) text[end] & 0xC0) != 0x80);
      FUZZ_CHECK (end > from || text[end] == '\n');
      from = end > from ? end : end + 1;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *repaired = NULL;
  g_autofree char *decoded = NULL;
  const char *text = (const char *) data;
  gsize len = 0, decoded_len = 0;
  gboolean ascii = TRUE;

  if (size > FUZZ_MAX_INPUT)
    return 0;

  repaired = glosa_text_repair (text, size, 0, warnings, &len);
  FUZZ_CHECK (strlen (repaired) == len);
  FUZZ_CHECK (g_utf8_validate (repaired, len, NULL));
  FUZZ_CHECK (strchr (repaired, '\r') == NULL);
  for (guint i = 0; i < warnings->len; i++)
    FUZZ_CHECK (g_utf8_validate (g_ptr_array_index (warnings, i), -1, NULL));

  /* JSON keeps its NULs for the syntax check to refuse. */
  decoded = glosa_text_repair (text, size, GLOSA_TEXT_KEEP_NUL | GLOSA_TEXT_DECODE_ONLY, NULL,
                               &decoded_len);
  FUZZ_CHECK (decoded[decoded_len] == '\0');
  FUZZ_CHECK (g_utf8_validate_len (decoded, decoded_len, NULL)
              || memchr (decoded, '\0', decoded_len) != NULL);

  glosa_text_looks_binary (text, size);
  check_map (text, size);
  check_map (repaired, len);
  check_sentences (repaired, len);

  for (gsize i = 0; i < size; i++)
    ascii &= data[i] < 0x80;
  if (ascii)
    check_ascii (text, size);
  return 0;
}
