/* fuzz-matcher.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fuzz-matcher"

#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "glosa-fold.h"
#include "glosa-matcher.h"
#include "glosa-names.h"
#include "glosa-text.h"

/* The matcher. The input's first line holds the aliases, separated by
 * "|"; the rest is the text. Raw bytes are scanned for memory safety and
 * bounds; the repaired text (what documents hold) also for meaning: every
 * match lies in the text, in order without overlap, and its span folds,
 * runs of spaces read as one, to the folded form of the alias it
 * reports. The name finder then runs on the text and its mentions. */

#define MAX_ALIASES 256

/* Folded, each run of spaces one space, no space at either end: the form
 * in which a pattern and a mention compare. */
static char *
normal_form (const char *text,
             gsize       len)
{
  g_autofree char *folded = glosa_fold_string (text, len);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p; p++)
    if (*p != ' ' || (out->len > 0 && out->str[out->len - 1] != ' '))
      g_string_append_c (out, *p);
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

static GArray *
scan_checked (GlosaMatcher *matcher,
              const char   *text,
              gsize         len,
              guint         n_chars,
              guint         n_aliases)
{
  GArray *matches = glosa_matcher_scan (matcher, text, len);
  guint previous_end = 0;

  for (guint i = 0; i < matches->len; i++)
    {
      GlosaMatch *match = &g_array_index (matches, GlosaMatch, i);

      FUZZ_CHECK (match->start >= previous_end);
      FUZZ_CHECK (match->start < match->end);
      FUZZ_CHECK (match->end <= n_chars);
      FUZZ_CHECK (match->value < n_aliases);
      previous_end = match->end;
    }
  return matches;
}

/* Code points as the matcher counts them in bytes that may not be UTF-8:
 * every byte that does not continue a sequence. */
static guint
count_lead_bytes (const char *text,
                  gsize       len)
{
  guint n = 0;

  for (gsize i = 0; i < len; i++)
    n += ((guchar) text[i] & 0xC0) != 0x80;
  return n;
}

/* Compiling reads every pair of bytes a mention may begin with, which
 * costs far more than a scan; most mutations change only the text, so the
 * last matcher is kept for the same aliases. */
static GlosaMatcher *last_matcher;
static GPtrArray *last_forms;
static char *last_head;

static void
build_matcher (const char *head)
{
  g_auto(GStrv) parts = g_strsplit (head, "|", MAX_ALIASES + 1);

  g_clear_object (&last_matcher);
  g_clear_pointer (&last_forms, g_ptr_array_unref);
  g_free (last_head);
  last_head = g_strdup (head);
  last_matcher = glosa_matcher_new ();
  last_forms = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; parts[i] != NULL && i < MAX_ALIASES; i++)
    {
      char *form = normal_form (parts[i], -1);

      /* The value is the index among the aliases the matcher took; it
       * refuses only those with nothing to match. */
      if (glosa_matcher_add (last_matcher, parts[i], last_forms->len))
        g_ptr_array_add (last_forms, form);
      else
        {
          FUZZ_CHECK (*form == '\0');
          g_free (form);
        }
    }
  FUZZ_CHECK (glosa_matcher_get_n_patterns (last_matcher) == last_forms->len);
  glosa_matcher_compile (last_matcher);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GArray) raw_matches = NULL;
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *head = NULL;
  g_autofree char *text = NULL;
  const char *input = (const char *) data;
  const char *nl;
  gsize text_len = 0;
  guint n_chars;

  if (size > FUZZ_MAX_INPUT)
    return 0;

  nl = memchr (input, '\n', size);
  if (nl == NULL)
    return 0;
  head = g_utf8_make_valid (input, nl - input);
  if (g_strcmp0 (head, last_head) != 0)
    build_matcher (head);

  input = nl + 1;
  size -= input - (const char *) data;
  raw_matches = scan_checked (last_matcher, input, size, count_lead_bytes (input, size),
                              last_forms->len);

  text = glosa_text_repair (input, size, 0, NULL, &text_len);
  n_chars = g_utf8_strlen (text, text_len);
  matches = scan_checked (last_matcher, text, text_len, n_chars, last_forms->len);
  for (guint i = 0; i < matches->len; i++)
    {
      GlosaMatch *match = &g_array_index (matches, GlosaMatch, i);
      const char *start = g_utf8_offset_to_pointer (text, match->start);
      const char *end = g_utf8_offset_to_pointer (text, match->end);
      g_autofree char *span = normal_form (start, end - start);

      FUZZ_CHECK (g_str_equal (span, g_ptr_array_index (last_forms, match->value)));
    }

  /* The name finder reads the same text around the mentions. */
  names = glosa_names_find (text, text_len, matches);
  for (guint i = 0; i < names->len; i++)
    {
      GlosaName *name = g_ptr_array_index (names, i);

      FUZZ_CHECK (g_utf8_validate (name->name, -1, NULL) && *name->name != '\0');
      FUZZ_CHECK (name->count > 0 && name->offset < n_chars);
    }
  return 0;
}
