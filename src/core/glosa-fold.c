/* glosa-fold.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-fold"

#include "config.h"

#include <string.h>

#include "glosa-fold.h"
#include "glosa-fold-private.h"

/* Folding makes "MARÍA", "María" and "Maria" the same bytes: lower case,
 * compatibility decomposition with the combining marks dropped, typographic
 * quotes and dashes made ASCII, every space character a plain " ". It works
 * one code point at a time, with no context, so that a folded offset maps
 * back to exactly one code point of the original, and an ASCII byte always
 * folds to one byte. The fold of the Basic Multilingual Plane is computed
 * once into a table (see glosa-fold-private.h). */

#define BMP_SIZE 0x10000

G_STATIC_ASSERT (GLOSA_FOLD_MAX_CHAR_LEN <= 0x7);
G_STATIC_ASSERT (GLOSA_CHAR_SPACE < (1 << (32 - GLOSA_FOLD_ENTRY_FLAGS_SHIFT)));
G_STATIC_ASSERT (G_N_ELEMENTS (((GlosaFoldTable *) NULL)->entries) == BMP_SIZE);

/* Letters that do not decompose but that readers see as accented Latin
 * letters, and typography that should not keep "Petro’s" from "Petro's".
 * Sorted by code point. */
static const struct
{
  gunichar    c;
  const char *fold;
} special_folds[] = {
  { 0x00AB, "\"" }, /* « */
  { 0x00B4, "'" },  /* ´ typed for an apostrophe */
  { 0x00BB, "\"" }, /* » */
  { 0x00C6, "ae" }, { 0x00D0, "d" }, { 0x00D8, "o" }, { 0x00DE, "th" },
  { 0x00DF, "ss" }, { 0x00E6, "ae" }, { 0x00F0, "d" }, { 0x00F8, "o" },
  { 0x00FE, "th" }, { 0x0110, "d" }, { 0x0111, "d" }, { 0x0126, "h" },
  { 0x0127, "h" }, { 0x0131, "i" }, { 0x0141, "l" }, { 0x0142, "l" },
  { 0x0152, "oe" }, { 0x0153, "oe" },
  { 0x02BC, "'" },  /* modifier letter apostrophe */
  { 0x03C2, "\xcf\x83" }, /* final sigma is sigma */
  { 0x1E9E, "ss" },
  { 0x2010, "-" }, { 0x2011, "-" }, { 0x2012, "-" }, { 0x2013, "-" },
  { 0x2014, "-" }, { 0x2015, "-" },
  { 0x2018, "'" }, { 0x2019, "'" }, { 0x201A, "'" }, { 0x201B, "'" },
  { 0x201C, "\"" }, { 0x201D, "\"" }, { 0x201E, "\"" }, { 0x201F, "\"" },
  { 0x2032, "'" }, { 0x2033, "\"" },
  { 0x2212, "-" },  /* minus sign */
  { 0xFE58, "-" }, { 0xFE63, "-" }, { 0xFF02, "\"" }, { 0xFF07, "'" },
  { 0xFF0D, "-" },
};

static const char *
find_special (gunichar c)
{
  gsize lo = 0, hi = G_N_ELEMENTS (special_folds);

  while (lo < hi)
    {
      gsize mid = (lo + hi) / 2;

      if (special_folds[mid].c == c)
        return special_folds[mid].fold;
      if (special_folds[mid].c < c)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

static GlosaCharFlags
char_flags (gunichar     c,
            GUnicodeType type)
{
  switch (type)
    {
    case G_UNICODE_UPPERCASE_LETTER:
    case G_UNICODE_TITLECASE_LETTER:
      return GLOSA_CHAR_WORD | GLOSA_CHAR_ALPHA | GLOSA_CHAR_UPPER;
    case G_UNICODE_LOWERCASE_LETTER:
      return GLOSA_CHAR_WORD | GLOSA_CHAR_ALPHA | GLOSA_CHAR_LOWER;
    case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_OTHER_LETTER:
      return GLOSA_CHAR_WORD | GLOSA_CHAR_ALPHA;
    case G_UNICODE_DECIMAL_NUMBER:
    case G_UNICODE_LETTER_NUMBER:
    case G_UNICODE_OTHER_NUMBER:
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
      /* A mark belongs to the letter before it: "q̃" is one word. */
      return GLOSA_CHAR_WORD;
    case G_UNICODE_FORMAT:
      /* Invisible joiners and soft hyphens sit inside words. */
      if (c == 0x00AD || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF)
        return GLOSA_CHAR_WORD;
      return 0;
    case G_UNICODE_SPACE_SEPARATOR:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
      return GLOSA_CHAR_SPACE;
    case G_UNICODE_CONTROL:
      return g_unichar_isspace (c) ? GLOSA_CHAR_SPACE : 0;
    default:
      return 0;
    }
}

static gboolean
is_dropped_mark (GUnicodeType type)
{
  return type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK;
}

/* Folds the decomposition of @c without its marks; -1 when the result is
 * unusable (too long, or hiding a space or a control character, as the
 * compatibility decompositions of spacing accents do). */
static int
decompose_fold (gunichar  c,
                gboolean  compat,
                char     *out)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n_parts = g_unichar_fully_decompose (c, compat, parts, G_N_ELEMENTS (parts));
  int len = 0;

  for (gsize i = 0; i < n_parts; i++)
    {
      GUnicodeType type = g_unichar_type (parts[i]);
      const char *special;
      char buf[6];
      int n;

      if (is_dropped_mark (type))
        continue;
      if (type == G_UNICODE_CONTROL || g_unichar_isspace (parts[i]))
        return -1;

      special = find_special (parts[i]);
      if (special != NULL)
        {
          n = strlen (special);
          memcpy (buf, special, n);
        }
      else
        {
          n = g_unichar_to_utf8 (g_unichar_tolower (parts[i]), buf);
        }
      if (len + n > GLOSA_FOLD_MAX_CHAR_LEN)
        return -1;
      memcpy (out + len, buf, n);
      len += n;
    }

  return len;
}

static guint
compute_fold (gunichar        c,
              char           *out,
              GlosaCharFlags *flags)
{
  GUnicodeType type = g_unichar_type (c);
  const char *special;
  int len;

  *flags = char_flags (c, type);

  if (*flags & GLOSA_CHAR_SPACE)
    {
      out[0] = ' ';
      return 1;
    }
  if (c < 0x80)
    {
      out[0] = g_ascii_tolower (c);
      return 1;
    }

  special = find_special (c);
  if (special != NULL)
    {
      len = strlen (special);
      memcpy (out, special, len);
      return len;
    }

  if (is_dropped_mark (type) || type == G_UNICODE_FORMAT)
    return 0;

  /* Hangul syllables stay whole: their jamo are letters, not accents. */
  if (c < 0xAC00 || c > 0xD7A3)
    {
      len = decompose_fold (c, TRUE, out);
      if (len <= 0)
        len = decompose_fold (c, FALSE, out);
      if (len > 0)
        return len;
    }

  return g_unichar_to_utf8 (g_unichar_tolower (c), out);
}

static gpointer
build_table_cb (gpointer data)
{
  GlosaFoldTable *table = g_new (GlosaFoldTable, 1);
  g_autoptr(GString) pool = g_string_new (NULL);

  for (gunichar c = 0; c < BMP_SIZE; c++)
    {
      char out[GLOSA_FOLD_MAX_CHAR_LEN];
      GlosaCharFlags flags = 0;
      guint len = 0;
      guint32 bytes = 0;

      if (c < 0xD800 || c > 0xDFFF)
        len = compute_fold (c, out, &flags);

      if (len <= 3)
        {
          for (guint i = 0; i < len; i++)
            bytes |= (guint32) (guchar) out[i] << (8 * i);
        }
      else
        {
          bytes = pool->len;
          g_string_append_len (pool, out, len);
        }

      g_assert (bytes <= GLOSA_FOLD_ENTRY_POOL_MASK);
      table->entries[c] = bytes | (len << GLOSA_FOLD_ENTRY_LEN_SHIFT)
                          | ((guint32) flags << GLOSA_FOLD_ENTRY_FLAGS_SHIFT);
    }

  table->pool = g_string_free (g_steal_pointer (&pool), FALSE);
  return table;
}

const GlosaFoldTable *
glosa_fold_table_get (void)
{
  static GOnce once = G_ONCE_INIT;

  /* Built once per process and kept: every scan needs it. */
  g_once (&once, build_table_cb, NULL);
  return once.retval;
}

/**
 * glosa_fold_char:
 * @c: a Unicode code point
 * @out: (out caller-allocates) (nullable): room for %GLOSA_FOLD_MAX_CHAR_LEN
 *   bytes; the fold is written here, not NUL-terminated
 * @flags: (out) (optional): what kind of character @c is
 *
 * Folds one code point: lower case, without accents, typographic
 * punctuation made ASCII, any space character a " ". Combining marks and
 * invisible format characters fold to nothing. An ASCII character always
 * folds to exactly one byte.
 *
 * Returns: the length of the fold in bytes, 0 to %GLOSA_FOLD_MAX_CHAR_LEN
 */
guint
glosa_fold_char (gunichar        c,
                 char           *out,
                 GlosaCharFlags *flags)
{
  char buf[GLOSA_FOLD_MAX_CHAR_LEN];
  GlosaCharFlags f;
  guint len;

  g_return_val_if_fail (c <= 0x10FFFF, 0);

  if (out == NULL)
    out = buf;
  if (c >= BMP_SIZE)
    len = compute_fold (c, out, &f);
  else
    len = glosa_fold_table_fold (glosa_fold_table_get (), c, out, &f);
  if (flags)
    *flags = f;
  return len;
}

/**
 * glosa_fold_string:
 * @str: UTF-8 text, a pattern for example
 * @len: length of @str in bytes, or -1 if it is NUL-terminated
 *
 * Folds @str code point by code point exactly as texts are folded, so a
 * folded pattern can be compared with folded text byte for byte.
 *
 * Returns: (transfer full): the folded string
 */
char *
glosa_fold_string (const char *str,
                   gssize      len)
{
  const GlosaFoldTable *table;
  const guchar *p, *end;
  GString *folded;

  g_return_val_if_fail (str != NULL || len == 0, NULL);

  if (len < 0)
    len = strlen (str);

  table = glosa_fold_table_get ();
  folded = g_string_sized_new (len);
  p = (const guchar *) str;
  end = p + len;
  while (p < end)
    {
      char out[GLOSA_FOLD_MAX_CHAR_LEN];
      GlosaCharFlags flags;
      gunichar c;
      guint n;

      p += glosa_utf8_decode (p, end, &c);
      n = glosa_fold_table_fold (table, c, out, &flags);
      g_string_append_len (folded, out, n);
    }

  return g_string_free (folded, FALSE);
}

/* A run of code points that each fold to `width` bytes, the first of them at
 * `orig` in the original and at `folded` in the folded text. Latin text,
 * accented or not, is one run of width 1; a code point that folds to
 * nothing or to another width starts a new run. */
typedef struct
{
  gsize   folded;
  guint32 orig;
  guint32 width;
} Run;

struct _GlosaFolded
{
  char   *text;
  gsize   len;
  guint   n_chars;
  GArray *runs;     /* Run, ascending */
};

G_DEFINE_BOXED_TYPE (GlosaFolded, glosa_folded, glosa_folded_ref, glosa_folded_unref)

static void
glosa_folded_clear (gpointer data)
{
  GlosaFolded *self = data;

  g_free (self->text);
  g_array_unref (self->runs);
}

static void
add_run (GArray  *runs,
         gsize    folded,
         guint32  orig,
         guint32  width)
{
  Run run = { folded, orig, width };

  /* A run left empty by a change of width is replaced, not kept. */
  if (runs->len > 0 && g_array_index (runs, Run, runs->len - 1).folded == folded)
    g_array_index (runs, Run, runs->len - 1) = run;
  else
    g_array_append_val (runs, run);
}

/**
 * glosa_folded_new:
 * @text: UTF-8 text in NFC
 * @len: length of @text in bytes, or -1 if it is NUL-terminated
 *
 * Folds @text (see glosa_fold_char()) and keeps what is needed to map any
 * offset of the folded bytes back to a code point offset of @text.
 *
 * Returns: (transfer full): the folded text
 */
GlosaFolded *
glosa_folded_new (const char *text,
                  gssize      len)
{
  const GlosaFoldTable *table;
  GlosaFolded *self;
  const guchar *p, *end;
  gsize cap, f = 0;
  guint32 k = 0;
  guint32 width = 1;
  gboolean contiguous = TRUE;
  char *out;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  if (len < 0)
    len = strlen (text);
  g_return_val_if_fail ((gsize) len < G_MAXUINT32, NULL);

  table = glosa_fold_table_get ();
  self = g_atomic_rc_box_new0 (GlosaFolded);
  self->runs = g_array_new (FALSE, FALSE, sizeof (Run));
  add_run (self->runs, 0, 0, 1);

  cap = len + 16;
  out = g_malloc (cap);
  p = (const guchar *) text;
  end = p + len;
  while (p < end)
    {
      GlosaCharFlags flags;
      gunichar c;
      guint n;

      if (G_UNLIKELY (cap - f < GLOSA_FOLD_MAX_CHAR_LEN + 1))
        {
          cap *= 2;
          out = g_realloc (out, cap);
        }

      if (*p < 0x80)
        {
          c = *p++;
          out[f] = table->entries[c] & 0xFF;
          n = 1;
        }
      else
        {
          p += glosa_utf8_decode (p, end, &c);
          n = glosa_fold_table_fold (table, c, out + f, &flags);
        }

      if (n == 0)
        {
          contiguous = FALSE;
        }
      else
        {
          if (G_UNLIKELY (!contiguous || n != width))
            {
              add_run (self->runs, f, k, n);
              width = n;
              contiguous = TRUE;
            }
          f += n;
        }
      k++;
    }
  out[f] = '\0';

  self->text = out;
  self->len = f;
  self->n_chars = k;
  return self;
}

/**
 * glosa_folded_ref:
 * @self: a folded text
 *
 * Returns: (transfer full): @self
 */
GlosaFolded *
glosa_folded_ref (GlosaFolded *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

/**
 * glosa_folded_unref:
 * @self: (transfer full): a folded text
 */
void
glosa_folded_unref (GlosaFolded *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, glosa_folded_clear);
}

/**
 * glosa_folded_get_text:
 * @self: a folded text
 * @len: (out) (optional): its length in bytes
 *
 * Returns: (transfer none): the folded bytes, NUL-terminated
 */
const char *
glosa_folded_get_text (GlosaFolded *self,
                       gsize       *len)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (len)
    *len = self->len;
  return self->text;
}

/**
 * glosa_folded_get_n_chars:
 * @self: a folded text
 *
 * Returns: the number of code points of the original text
 */
guint
glosa_folded_get_n_chars (GlosaFolded *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_chars;
}

/**
 * glosa_folded_to_original:
 * @self: a folded text
 * @folded_offset: a byte offset into the folded text, at most its length
 *
 * Maps a folded offset back to the original text. A byte maps to the code
 * point whose fold it is part of; the length of the folded text maps to the
 * number of code points of the original. So a folded span [start, end)
 * becomes an original span that also covers any marks that folded to
 * nothing after its last letter.
 *
 * Returns: a code point offset into the original text
 */
guint
glosa_folded_to_original (GlosaFolded *self,
                          gsize        folded_offset)
{
  guint lo, hi;
  const Run *run;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (folded_offset <= self->len, self->n_chars);

  if (folded_offset == self->len)
    return self->n_chars;

  /* The last run that starts at or before the offset. */
  lo = 0;
  hi = self->runs->len;
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->runs, Run, mid).folded <= folded_offset)
        lo = mid;
      else
        hi = mid;
    }

  run = &g_array_index (self->runs, Run, lo);
  return run->orig + (folded_offset - run->folded) / run->width;
}
