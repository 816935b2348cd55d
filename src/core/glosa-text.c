/* glosa-text.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-text"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "glosa-simdjson.h"
#include "glosa-text.h"

/* Every text Glosa keeps is valid UTF-8 in NFC with "\n" line ends, so that
 * one code point offset means the same character everywhere. */

static char *
decode_utf16 (const char *data,
              gsize       length,
              const char *charset,
              GPtrArray  *warnings,
              gsize      *out_length)
{
  g_autoptr(GError) error = NULL;
  gsize read = 0;
  char *utf8;

  /* A trailing odd byte cannot be a UTF-16 unit: drop it, the rest decodes. */
  length &= ~(gsize) 1;
  utf8 = g_convert_with_fallback (data, length, "UTF-8", charset, "\xef\xbf\xbd", &read,
                                  out_length, &error);
  if (utf8 == NULL)
    {
      /* Unpaired surrogates stop iconv: keep what decoded before them. */
      utf8 = g_convert (data, read & ~(gsize) 1, "UTF-8", charset, NULL, out_length, NULL);
      if (warnings)
        g_ptr_array_add (warnings, g_strdup (_("The text was cut where its UTF-16 became invalid")));
      if (utf8 == NULL)
        {
          *out_length = 0;
          return g_strdup ("");
        }
    }
  return utf8;
}

static void
add_count_warning (GPtrArray  *warnings,
                   gsize       count,
                   const char *singular,
                   const char *plural)
{
  if (count > 0 && warnings)
    g_ptr_array_add (warnings,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, singular, plural, count),
                                      (gulong) count));
}

/* What a file's first bytes say of its encoding; glosa_text_repair()
 * decodes all but NO_BOM, and glosa_text_needs_decoding() agrees. */
typedef enum
{
  NO_BOM,
  BOM_UTF8,
  BOM_UTF16LE,
  BOM_UTF16BE,
} ByteOrderMark;

static ByteOrderMark
byte_order_mark (const char *data,
                 gsize       length)
{
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    return BOM_UTF8;
  if (length >= 2 && memcmp (data, "\xff\xfe", 2) == 0)
    return BOM_UTF16LE;
  if (length >= 2 && memcmp (data, "\xfe\xff", 2) == 0)
    return BOM_UTF16BE;
  return NO_BOM;
}

#define IS_CONTINUATION(byte) (((guchar) (byte) & 0xc0) == 0x80)

/* The end of the longest prefix of @p that is valid UTF-8, with NUL bytes
 * counted as valid only when @keep_nul: what g_utf8_validate_len() finds,
 * faster on ASCII, nearly all of a text, which passes a word at a time.
 * It stops at the first invalid byte, so that decoding calls it again
 * after each one and reads the text once in all. */
static const char *
valid_utf8_end (const char *p,
                const char *end,
                gboolean    keep_nul)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);

  while (p < end)
    {
      const char *next;
      guchar c;

      while (end - p >= 8)
        {
          guint64 word;

          memcpy (&word, p, sizeof word);
          /* A byte of 0x80 or more, or a zero byte (the classic test). */
          if ((word & highs) != 0 || ((word - ones) & ~word & highs) != 0)
            break;
          p += 8;
        }
      if (p == end)
        break;
      c = (guchar) *p;
      if (c < 0x80 && (c != 0 || keep_nul))
        {
          p++;
          continue;
        }
      /* Two- and three-byte characters, as Unicode's table 3-7 has them:
       * no overlong forms, no surrogates. */
      if (c >= 0xc2 && c <= 0xdf && end - p >= 2 && IS_CONTINUATION (p[1]))
        {
          p += 2;
          continue;
        }
      if (c >= 0xe0 && c <= 0xef && end - p >= 3 && IS_CONTINUATION (p[2])
          && (guchar) p[1] >= (c == 0xe0 ? 0xa0 : 0x80)
          && (guchar) p[1] <= (c == 0xed ? 0x9f : 0xbf))
        {
          p += 3;
          continue;
        }
      /* Four bytes, or not valid: GLib decides, on one character. */
      g_utf8_validate_len (p, MIN (end - p, 4), &next);
      if (next == p)
        break;
      p = next;
    }
  return p;
}

/* Whether all of @data is valid UTF-8, NULs as for valid_utf8_end().
 * simdjson's vectorised validator says yes to nearly every text at once,
 * but reads all of it to say no: where the invalid bytes are is
 * valid_utf8_end()'s to find. */
static gboolean
is_valid_utf8 (const char *data,
               gsize       length,
               gboolean    keep_nul)
{
  return glosa_simdjson_validate_utf8 (data, length)
         && (keep_nul || memchr (data, '\0', length) == NULL);
}

/* Decodes what valid_utf8_end() stopped at: one U+FFFD for each maximal
 * invalid subsequence, NUL bytes kept or removed, the counts in @warnings. */
static GString *
decode_invalid (const char     *data,
                gsize           length,
                GlosaTextFlags  flags,
                GPtrArray      *warnings)
{
  GString *out = g_string_sized_new (length + 1);
  const char *p = data, *end = data + length;
  gsize invalid = 0, nuls = 0;

  while (p < end)
    {
      const char *valid_end = valid_utf8_end (p, end, FALSE);

      g_string_append_len (out, p, valid_end - p);
      p = valid_end;
      if (p < end && *p == '\0')
        {
          if (flags & GLOSA_TEXT_KEEP_NUL)
            g_string_append_c (out, '\0');
          else
            nuls++;
          p++;
        }
      else if (p < end)
        {
          gssize skip = 1;
          gunichar c = g_utf8_get_char_validated (p, end - p);

          if (c == (gunichar) -2 || c == (gunichar) -1)
            {
              guchar lead = (guchar) *p;
              gssize want = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 1;

              while (skip < want && p + skip < end && IS_CONTINUATION (p[skip]))
                skip++;
              if (want > 1 && skip > 1 && g_utf8_get_char_validated (p, skip) == (gunichar) -1)
                skip = 1;
            }
          g_string_append (out, "\xef\xbf\xbd");
          invalid++;
          p += skip;
        }
    }

  add_count_warning (warnings, invalid, N_("Replaced %lu invalid byte sequence with U+FFFD"),
                     N_("Replaced %lu invalid byte sequences with U+FFFD"));
  add_count_warning (warnings, nuls, N_("Removed %lu NUL byte"), N_("Removed %lu NUL bytes"));
  return out;
}

/* g_strndup() would stop at a NUL byte that GLOSA_TEXT_KEEP_NUL keeps. */
static char *
copy_bytes (const char *data,
            gsize       length)
{
  char *copy = g_malloc (length + 1);

  memcpy (copy, data, length);
  copy[length] = '\0';
  return copy;
}

/* CRLF and lone CR become LF, in place: the text only shrinks. */
static gsize
convert_line_ends (char  *text,
                   gsize  length)
{
  char *w = text;

  for (gsize i = 0; i < length; i++)
    {
      if (text[i] == '\r')
        {
          *w++ = '\n';
          if (i + 1 < length && text[i + 1] == '\n')
            i++;
        }
      else
        *w++ = text[i];
    }
  *w = '\0';
  return w - text;
}

/* Code points whose bit is set may change under NFC, or combine with the
 * character before them (the second half of a canonical composition). A
 * text with none of them is in NFC already (UAX #15's quick check). Built
 * from GLib's own tables, so it agrees with g_utf8_normalize(). Planes 3
 * and up are never in the table: their text is normalised. */
#define NFC_TABLE_END 0x30000

static guint8 nfc_unsafe[NFC_TABLE_END / 8];

static void
mark_nfc_unsafe (gunichar c)
{
  if (c < NFC_TABLE_END)
    nfc_unsafe[c / 8] |= 1 << (c % 8);
}

/* Whether @c comes back unchanged out of NFC: it has no canonical
 * decomposition, or one that composes back to it. */
static gboolean
composes_back (gunichar c)
{
  gunichar a, b, composed;

  if (!g_unichar_decompose (c, &a, &b))
    return TRUE;
  /* Singletons, and the composition exclusions (non-starter
   * decompositions among them), do not compose back. */
  if (b == 0 || !g_unichar_compose (a, b, &composed) || composed != c)
    return FALSE;
  return composes_back (a);
}

static gpointer
build_nfc_table (gpointer data)
{
  for (gunichar c = 0; c < NFC_TABLE_END; c++)
    {
      gunichar a, b, composed;

      if (g_unichar_decompose (c, &a, &b) && b != 0 && g_unichar_compose (a, b, &composed)
          && composed == c)
        mark_nfc_unsafe (b);
      if (g_unichar_combining_class (c) != 0 || !composes_back (c))
        mark_nfc_unsafe (c);
    }
  return NULL;
}

/* Whether any of the @n_words 8-byte words at @p has a byte of 0xcc or
 * more: its low seven bits plus 0x34 reach 0x80, with no carry into the
 * next byte, and its own top bit is set. */
static inline gboolean
has_byte_from_cc (const guchar *p,
                  guint         n_words)
{
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64 found = 0;

  for (guint i = 0; i < n_words; i++)
    {
      guint64 word;

      memcpy (&word, p + 8 * i, sizeof word);
      found |= ((word & ~highs) + G_GUINT64_CONSTANT (0x3434343434343434)) & word;
    }
  return (found & highs) != 0;
}

/**
 * glosa_text_is_nfc:
 * @text: valid UTF-8
 * @length: its length in bytes
 *
 * A quick check: most texts are in NFC already, and proving it costs a
 * fraction of normalising them.
 *
 * Returns: %TRUE when @text is certainly in NFC; %FALSE when it may not be
 */
gboolean
glosa_text_is_nfc (const char *text,
                   gsize       length)
{
  static GOnce table_once = G_ONCE_INIT;
  const guchar *p = (const guchar *) text, *end = p + length;

  g_return_val_if_fail (text != NULL || length == 0, FALSE);

  g_once (&table_once, build_nfc_table, NULL);
  while (p < end)
    {
      gunichar c;

      /* Latin text, accents and all, has no byte of 0xcc or more: it
       * passes 32 bytes at a time. */
      if (end - p >= 32 && !has_byte_from_cc (p, 4))
        {
          p += 32;
          continue;
        }
      if (end - p >= 8 && !has_byte_from_cc (p, 1))
        {
          p += 8;
          continue;
        }
      /* ASCII, continuation bytes, and lead bytes below U+0300: the
       * combining marks start there, and nothing before them changes. */
      if (*p < 0xcc)
        {
          p++;
          continue;
        }
      c = g_utf8_get_char ((const char *) p);
      if (c >= NFC_TABLE_END || (nfc_unsafe[c / 8] & (1 << (c % 8))) != 0)
        return FALSE;
      p = (const guchar *) g_utf8_next_char (p);
    }
  return TRUE;
}

/**
 * glosa_text_needs_decoding:
 * @data: raw bytes as read from a file
 * @length: their length
 * @flags: as for glosa_text_repair()
 *
 * Returns: whether glosa_text_repair() with %GLOSA_TEXT_DECODE_ONLY would
 *   change @data: %FALSE when it is valid UTF-8 without a byte order mark
 *   (and without NUL bytes, unless %GLOSA_TEXT_KEEP_NUL), to use as it is
 */
gboolean
glosa_text_needs_decoding (const char     *data,
                           gsize           length,
                           GlosaTextFlags  flags)
{
  g_return_val_if_fail (data != NULL || length == 0, TRUE);

  if (byte_order_mark (data, length) != NO_BOM)
    return TRUE;
  return !is_valid_utf8 (data, length, (flags & GLOSA_TEXT_KEEP_NUL) != 0);
}

/**
 * glosa_text_repair:
 * @data: raw bytes as read from a file
 * @length: their length
 * @flags: what to leave alone, and whether to strip
 * @warnings: (element-type utf8) (nullable): repairs are described here
 * @out_length: (out) (optional): length of the result in bytes
 *
 * Decodes @data into valid UTF-8: a byte order mark is removed, UTF-16
 * with a byte order mark is converted, invalid bytes become U+FFFD and NUL
 * bytes are removed; then line ends become "\n" and the text NFC.
 *
 * Returns: (transfer full): the repaired text
 */
char *
glosa_text_repair (const char     *data,
                   gsize           length,
                   GlosaTextFlags  flags,
                   GPtrArray      *warnings,
                   gsize          *out_length)
{
  g_autofree char *decoded = NULL;
  g_autofree char *owned = NULL;
  const char *text;
  gsize text_length;
  ByteOrderMark bom;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  bom = byte_order_mark (data, length);
  if (bom == BOM_UTF8)
    {
      data += 3;
      length -= 3;
      if (warnings)
        g_ptr_array_add (warnings, g_strdup (_("Removed a byte order mark")));
    }
  else if (bom != NO_BOM)
    {
      gboolean le = bom == BOM_UTF16LE;

      decoded = decode_utf16 (data + 2, length - 2, le ? "UTF-16LE" : "UTF-16BE", warnings, &length);
      data = decoded;
      if (warnings)
        g_ptr_array_add (warnings, g_strdup (le ? _("Converted from UTF-16 (little-endian)")
                                                : _("Converted from UTF-16 (big-endian)")));
    }

  /* Valid text, nearly every text, is read where it lies: the only copy
   * is the result. */
  text = data;
  text_length = length;
  if (!(flags & GLOSA_TEXT_VALID)
      && !is_valid_utf8 (data, length, (flags & GLOSA_TEXT_KEEP_NUL) != 0))
    {
      GString *out = decode_invalid (data, length, flags, warnings);

      text_length = out->len;
      text = owned = g_string_free (out, FALSE);
    }

  if (!(flags & GLOSA_TEXT_DECODE_ONLY))
    {
      if (memchr (text, '\r', text_length) != NULL)
        {
          if (owned == NULL)
            text = owned = copy_bytes (text, text_length);
          text_length = convert_line_ends (owned, text_length);
        }
      if (!glosa_text_is_nfc (text, text_length))
        {
          char *nfc = g_utf8_normalize (text, text_length, G_NORMALIZE_NFC);

          g_free (owned);
          text = owned = nfc;
          text_length = strlen (nfc);
        }
    }

  if (flags & GLOSA_TEXT_STRIP)
    {
      while (text_length > 0 && g_ascii_isspace (*text))
        {
          text++;
          text_length--;
        }
      while (text_length > 0 && g_ascii_isspace (text[text_length - 1]))
        text_length--;
    }

  if (out_length)
    *out_length = text_length;
  if (owned != NULL && text == owned)
    {
      owned[text_length] = '\0';
      return g_steal_pointer (&owned);
    }
  return copy_bytes (text, text_length);
}

/**
 * glosa_text_looks_binary:
 * @data: the first bytes of a file
 * @length: how many
 *
 * Returns: %TRUE when the bytes are mostly not text (an image, an archive),
 *   so that loading them as an article would only show noise
 */
gboolean
glosa_text_looks_binary (const char *data,
                         gsize       length)
{
  gsize sample = MIN (length, 8192), bad = 0;
  const char *p = data, *end = data + sample;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (sample >= 2 && (memcmp (data, "\xff\xfe", 2) == 0 || memcmp (data, "\xfe\xff", 2) == 0))
    return FALSE;

  while (p < end)
    {
      const char *valid_end = valid_utf8_end (p, end, TRUE);
      gunichar c;

      /* Control characters, NUL among them, in a run of valid text; a
       * word with no byte below 0x20 is passed at once. */
      while (p < valid_end)
        {
          guchar b = (guchar) *p;

          if (valid_end - p >= 8)
            {
              guint64 word;

              memcpy (&word, p, sizeof word);
              if (((word - G_GUINT64_CONSTANT (0x2020202020202020)) & ~word
                   & G_GUINT64_CONSTANT (0x8080808080808080)) == 0)
                {
                  p += 8;
                  continue;
                }
            }
          if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f')
            bad++;
          p++;
        }
      if (p == end)
        break;
      c = g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar) -2)
        break; /* a character cut by the sample's end */
      bad++; /* an invalid byte */
      p++;
    }
  /* A few stray bytes are damage to repair; this many is not text. */
  return sample > 0 && bad * 10 > sample;
}

/**
 * glosa_text_count_words:
 * @text: valid UTF-8
 *
 * Returns: the number of runs of letters and digits (apostrophes and hyphens
 *   inside a word do not split it)
 */
guint
glosa_text_count_words (const char *text)
{
  gboolean in_word = FALSE;
  guint words = 0;

  g_return_val_if_fail (text != NULL, 0);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || g_unichar_ismark (c))
        {
          if (!in_word)
            words++;
          in_word = TRUE;
        }
      else if (in_word && (c == '\'' || c == 0x2019 || c == '-')
               && g_unichar_isalnum (g_utf8_get_char (g_utf8_next_char (p))))
        continue;
      else
        in_word = FALSE;
    }
  return words;
}

/* Longer runs of letters and dots before a full stop are words, not
 * abbreviations ("U.S.", "approx", "e.g." are far shorter). */
#define MAX_ABBREVIATION_CHARS 16

/* Words after which a full stop does not end a sentence. */
static const char * const abbreviations[] = {
  "mr", "mrs", "ms", "dr", "prof", "sr", "sra", "srta", "jr", "st", "vs", "etc",
  "gen", "gov", "sen", "rep", "lt", "col", "capt", "cmdr", "adm", "sgt", "inc", "ltd",
  "co", "corp", "dept", "univ", "approx", "jan", "feb", "mar", "apr", "jun", "jul",
  "aug", "sep", "sept", "oct", "nov", "dec", "ed", "eds", "ud", "uds", "dra", "lic", "ing",
};

/* Abbreviations only before a number: "No. 5", but "No." alone is a word. */
static const char * const number_abbreviations[] = {
  "no", "nos", "núm", "fig", "vol", "pp", "art", "pág", "p",
};

static gboolean
ends_abbreviation (const char *text,
                   const char *dot)
{
  const char *start = dot;
  g_autofree char *word = NULL;
  guint n = 0;

  while (start > text)
    {
      const char *prev = g_utf8_prev_char (start);
      gunichar c = g_utf8_get_char (prev);

      if (!g_unichar_isalpha (c) && c != '.')
        break;
      /* Abbreviations are short; reading back further makes a text of
       * "a.a.a.…" quadratic. */
      if (++n > MAX_ABBREVIATION_CHARS)
        return FALSE;
      start = prev;
    }
  if (start == dot)
    return FALSE;
  /* "U.S." and "e.g." carry dots inside; a lone capital is an initial. */
  if (memchr (start, '.', dot - start) != NULL)
    return TRUE;
  if (g_utf8_strlen (start, dot - start) == 1 && g_unichar_isupper (g_utf8_get_char (start)))
    return TRUE;
  word = g_utf8_strdown (start, dot - start);
  for (gsize i = 0; i < G_N_ELEMENTS (abbreviations); i++)
    if (g_str_equal (word, abbreviations[i]))
      return TRUE;
  if (dot[1] == ' ' && g_ascii_isdigit (dot[2]))
    for (gsize i = 0; i < G_N_ELEMENTS (number_abbreviations); i++)
      if (g_str_equal (word, number_abbreviations[i]))
        return TRUE;
  return FALSE;
}

/**
 * glosa_text_sentence_end:
 * @text: valid UTF-8
 * @length: its length in bytes
 * @from: a byte offset where a sentence starts
 *
 * Finds where the sentence starting at @from ends: after its final
 * punctuation and any closing quotes or brackets, or at a line end.
 * Abbreviations ("U.S.", "Dr.") do not end a sentence.
 *
 * Returns: the byte offset just past the sentence
 */
gsize
glosa_text_sentence_end (const char *text,
                         gsize       length,
                         gsize       from)
{
  const char *end = text + length;

  g_return_val_if_fail (text != NULL, 0);
  g_return_val_if_fail (from <= length, length);

  for (const char *p = text + from; p < end; p++)
    {
      char ch = *p;
      const char *q;

      if (ch == '\n')
        return p - text;
      if (ch != '.' && ch != '?' && ch != '!')
        continue;
      if (ch == '.' && ends_abbreviation (text, p))
        continue;
      q = p + 1;
      while (q < end && (*q == '.' || *q == '?' || *q == '!' || *q == '"' || *q == '\''
                         || *q == ')' || *q == ']'))
        q++;
      /* Closing typographic quotes: ” ’ » */
      while (q + 1 < end && ((guchar) q[0] == 0xe2 && (guchar) q[1] == 0x80 && q + 2 < end
                             && ((guchar) q[2] == 0x9d || (guchar) q[2] == 0x99)))
        q += 3;
      while (q + 1 < end && (guchar) q[0] == 0xc2 && (guchar) q[1] == 0xbb)
        q += 2;
      if (q >= end || *q == ' ' || *q == '\n' || *q == '\t')
        return q - text;
    }
  return length;
}

/**
 * glosa_text_longest_word_exceeds:
 * @text: valid UTF-8
 * @max_bytes: a length in bytes
 *
 * Returns: whether @text holds a run of more than @max_bytes bytes without
 *   ASCII white space
 */
gboolean
glosa_text_longest_word_exceeds (const char *text,
                                 guint       max_bytes)
{
  guint run = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  for (const char *p = text; *p; p++)
    {
      run = g_ascii_isspace (*p) ? 0 : run + 1;
      if (run > max_bytes)
        return TRUE;
    }
  return FALSE;
}

/**
 * glosa_text_shorten:
 * @text: valid UTF-8
 * @max_chars: the longest result, in characters, ellipsis included
 *
 * Returns: (transfer full): @text cut at a word boundary with "…" when longer
 */
char *
glosa_text_shorten (const char *text,
                    guint       max_chars)
{
  const char *cut, *space;
  g_autofree char *head = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (max_chars > 1, NULL);

  if (g_utf8_strlen (text, -1) <= (glong) max_chars)
    return g_strdup (text);
  cut = g_utf8_offset_to_pointer (text, max_chars - 1);
  space = g_utf8_strrchr (text, cut - text, ' ');
  if (space != NULL && space > text)
    cut = space;
  /* Dashes are compared whole: a byte of "–" also ends other characters. */
  for (;;)
    {
      if (cut > text && strchr (" ,;:-", cut[-1]) != NULL)
        cut--;
      else if (cut - text >= 3 && (memcmp (cut - 3, "–", 3) == 0 || memcmp (cut - 3, "—", 3) == 0))
        cut -= 3;
      else
        break;
    }
  head = g_strndup (text, cut - text);
  return g_strconcat (head, "…", NULL);
}

/**
 * glosa_text_first_sentence:
 * @text: valid UTF-8
 *
 * Returns: (transfer full): the first sentence of @text, whitespace trimmed
 */
char *
glosa_text_first_sentence (const char *text)
{
  gsize length, start = 0, end;

  g_return_val_if_fail (text != NULL, NULL);

  length = strlen (text);
  while (start < length && g_ascii_isspace (text[start]))
    start++;
  end = glosa_text_sentence_end (text, length, start);
  return g_strstrip (g_strndup (text + start, end - start));
}
