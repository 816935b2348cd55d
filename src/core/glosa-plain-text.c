/* glosa-plain-text.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-plain-text"

#include "config.h"

#include <string.h>

#include "glosa-plain-text.h"
#include "glosa-text.h"

/* Articles saved from the web start with navigation and sharing lines, and
 * often repeat their headline. These rules find the real headline. */

#define MAX_TITLE_CHARS 160
#define MAX_TITLE_WORDS 30
#define FALLBACK_TITLE_CHARS 100

/* Whole lines that pages repeat around every article. */
static const char * const chrome_lines[] = {
  "home", "menu", "search", "share", "share this", "share this article", "comments",
  "comment", "advertisement", "subscribe", "sign in", "log in", "login", "skip to content",
  "skip to main content", "exit mobile version", "print", "email", "related", "tags",
  "read more", "leave a comment", "inicio", "compartir", "comentarios", "publicidad",
  "suscríbete", "iniciar sesión", "ir al contenido",
};

/* Lines that start like these are links or captions, not headlines. */
static const char * const chrome_prefixes[] = {
  "home ", "read more:", "read also:", "see also:", "featured image:", "photo:", "image:",
  "lea también:", "lee también:", "foto:", "inicio ",
};

static gboolean
has_separator (const char *line)
{
  /* Breadcrumbs; " | " and " / " also appear in real headlines. */
  return strstr (line, " › ") || strstr (line, " » ") || strstr (line, " > ");
}

/**
 * glosa_plain_text_is_chrome:
 * @line: one line of text, not necessarily nul-terminated
 * @length: its length in bytes
 *
 * Returns: %TRUE when the line is site navigation, a breadcrumb, a sharing
 *   prompt or a cut-off teaser rather than part of the article
 */
gboolean
glosa_plain_text_is_chrome (const char *line,
                            gsize       length)
{
  g_autofree char *trimmed = g_strstrip (g_strndup (line, length));
  g_autofree char *lower = g_utf8_strdown (trimmed, -1);

  g_return_val_if_fail (line != NULL, FALSE);

  for (gsize i = 0; i < G_N_ELEMENTS (chrome_lines); i++)
    if (g_str_equal (lower, chrome_lines[i]))
      return TRUE;
  for (gsize i = 0; i < G_N_ELEMENTS (chrome_prefixes); i++)
    if (g_str_has_prefix (lower, chrome_prefixes[i]))
      return TRUE;
  /* A teaser cut off by the page ("…changes to the U.S.-Colombia...") */
  if (g_str_has_suffix (lower, "...") || g_str_has_suffix (lower, "…"))
    return TRUE;
  return has_separator (lower);
}

static gboolean
reads_like_title (const char *line)
{
  glong chars = g_utf8_strlen (line, -1);
  char last;

  if (chars == 0 || chars > MAX_TITLE_CHARS)
    return FALSE;
  if (glosa_text_count_words (line) == 0 || glosa_text_count_words (line) > MAX_TITLE_WORDS)
    return FALSE;
  last = line[strlen (line) - 1];
  return last != '.' && last != ',' && last != ';' && last != ':';
}

/**
 * glosa_plain_text_name_title:
 * @file_name: a base name such as "petro-trump-meeting.txt"
 *
 * Returns: (transfer full) (nullable): a title made from the file name
 *   ("Petro trump meeting"), or %NULL when the name is an identifier or a
 *   hash rather than words
 */
char *
glosa_plain_text_name_title (const char *file_name)
{
  g_autofree char *stem = NULL;
  g_auto(GStrv) tokens = NULL;
  g_autoptr(GString) title = g_string_new (NULL);
  char *dot;
  guint words = 0;

  g_return_val_if_fail (file_name != NULL, NULL);

  stem = g_strdup (file_name);
  if ((dot = strrchr (stem, '.')) != NULL && dot != stem)
    *dot = '\0';
  g_strdelimit (stem, "_-.", ' ');
  tokens = g_strsplit (stem, " ", -1);
  for (guint i = 0; tokens[i]; i++)
    {
      gboolean letters = FALSE, digits = FALSE;

      if (*tokens[i] == '\0')
        continue;
      for (const char *p = tokens[i]; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          letters |= g_unichar_isalpha (c);
          digits |= g_unichar_isdigit (c);
        }
      /* "8201e9c1fadbd55d" is a hash, not a word. */
      if (letters && digits && strlen (tokens[i]) >= 6)
        return NULL;
      if (letters)
        words++;
      if (title->len > 0)
        g_string_append_c (title, ' ');
      g_string_append (title, tokens[i]);
    }
  if (words < 2)
    return NULL;
  {
    gunichar first = g_utf8_get_char (title->str);
    char upper[6];
    gint n = g_unichar_to_utf8 (g_unichar_totitle (first), upper);

    g_string_erase (title, 0, g_utf8_next_char (title->str) - title->str);
    g_string_prepend_len (title, upper, n);
  }
  return g_string_free (g_steal_pointer (&title), FALSE);
}

/* Returns the next line as [start, end) and moves @pos past it. */
static gboolean
next_line (const char  *text,
           gsize       *pos,
           const char **start,
           const char **end)
{
  const char *nl;

  if (text[*pos] == '\0')
    return FALSE;
  *start = text + *pos;
  nl = strchr (*start, '\n');
  *end = nl ? nl : *start + strlen (*start);
  *pos = (*end - text) + (nl ? 1 : 0);
  return TRUE;
}

/**
 * glosa_plain_text_split:
 * @text: the repaired text of a .txt or .md file
 * @file_name: its base name
 * @title: (out) (transfer full): the article's title
 * @body: (out) (transfer full): the text with the headline, its repeats and
 *   the page navigation above it taken out
 *
 * The first line that is not site chrome is the title when it reads like one
 * (short, no final full stop; a Markdown "# " heading always does).
 * Otherwise the title is made from the file name, or from the first sentence.
 */
void
glosa_plain_text_split (const char  *text,
                        const char  *file_name,
                        char       **title,
                        char       **body)
{
  g_autofree char *headline = NULL;
  const char *start, *end, *body_start = text;
  gsize pos = 0;

  g_return_if_fail (text != NULL);
  g_return_if_fail (file_name != NULL);
  g_return_if_fail (title != NULL && body != NULL);

  while (next_line (text, &pos, &start, &end))
    {
      g_autofree char *line = g_strstrip (g_strndup (start, end - start));

      if (*line == '\0' || glosa_plain_text_is_chrome (start, end - start))
        continue;
      if (g_str_has_prefix (line, "# "))
        headline = g_strdup (g_strstrip (line + 2));
      else if (reads_like_title (line))
        headline = g_steal_pointer (&line);
      if (headline != NULL)
        body_start = text + pos;
      break;
    }

  if (headline != NULL)
    {
      /* Drop blank lines and repeats of the headline that follow it. */
      gsize after = body_start - text;

      while (next_line (text, &after, &start, &end))
        {
          g_autofree char *line = g_strstrip (g_strndup (start, end - start));

          if (*line != '\0' && !g_str_equal (line, headline)
              && !(g_str_has_prefix (line, "# ") && g_str_equal (line + 2, headline)))
            break;
          body_start = text + after;
        }
      *title = g_steal_pointer (&headline);
      *body = g_strdup (body_start);
      return;
    }

  *body = g_strdup (text);
  *title = glosa_plain_text_name_title (file_name);
  if (*title == NULL)
    {
      g_autofree char *sentence = glosa_text_first_sentence (text);

      *title = *sentence ? glosa_text_shorten (sentence, FALLBACK_TITLE_CHARS)
                         : g_strdup (file_name);
    }
}
