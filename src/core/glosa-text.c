/* glosa-text.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-text"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

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

/**
 * glosa_text_repair:
 * @data: raw bytes as read from a file
 * @length: their length
 * @flags: what to leave alone
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
  const char *p, *end;
  GString *out;
  gsize invalid = 0, nuls = 0;
  gboolean ascii = TRUE;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
      if (warnings)
        g_ptr_array_add (warnings, g_strdup (_("Removed a byte order mark")));
    }
  else if (length >= 2 && (memcmp (data, "\xff\xfe", 2) == 0 || memcmp (data, "\xfe\xff", 2) == 0))
    {
      gboolean le = (guchar) data[0] == 0xff;

      decoded = decode_utf16 (data + 2, length - 2, le ? "UTF-16LE" : "UTF-16BE", warnings, &length);
      data = decoded;
      if (warnings)
        g_ptr_array_add (warnings, g_strdup (le ? _("Converted from UTF-16 (little-endian)")
                                                : _("Converted from UTF-16 (big-endian)")));
    }

  out = g_string_sized_new (length + 1);
  p = data;
  end = data + length;
  while (p < end)
    {
      const char *valid_end;

      /* Copy the longest valid run at once; only the bad bytes are slow.
       * g_utf8_validate_len() stops at NUL bytes too. */
      g_utf8_validate_len (p, end - p, &valid_end);
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
          /* One U+FFFD for each maximal invalid subsequence. */
          gssize skip = 1;
          gunichar c = g_utf8_get_char_validated (p, end - p);

          if (c == (gunichar) -2 || c == (gunichar) -1)
            {
              guchar lead = (guchar) *p;
              gssize want = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 1;

              while (skip < want && p + skip < end && ((guchar) p[skip] & 0xc0) == 0x80)
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

  if (flags & GLOSA_TEXT_DECODE_ONLY)
    {
      if (out_length)
        *out_length = out->len;
      return g_string_free (out, FALSE);
    }

  /* Line ends: CRLF and lone CR become LF, in place (the text only shrinks). */
  {
    char *w = out->str;

    for (gsize i = 0; i < out->len; i++)
      {
        char ch = out->str[i];

        if ((guchar) ch >= 0x80)
          ascii = FALSE;
        if (ch == '\r')
          {
            *w++ = '\n';
            if (i + 1 < out->len && out->str[i + 1] == '\n')
              i++;
          }
        else
          *w++ = ch;
      }
    g_string_truncate (out, w - out->str);
  }

  if (!ascii)
    {
      char *nfc = g_utf8_normalize (out->str, out->len, G_NORMALIZE_NFC);

      g_string_free (out, TRUE);
      if (out_length)
        *out_length = strlen (nfc);
      return nfc;
    }

  if (out_length)
    *out_length = out->len;
  return g_string_free (out, FALSE);
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
      gunichar c;

      /* g_utf8_get_char_validated() reports NUL as a cut sequence. */
      if (*p == '\0')
        {
          bad++;
          p++;
          continue;
        }
      c = g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar) -2)
        break; /* a character cut by the sample's end */
      if (c == (gunichar) -1)
        {
          bad++;
          p++;
          continue;
        }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
        bad++;
      p = g_utf8_next_char (p);
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
