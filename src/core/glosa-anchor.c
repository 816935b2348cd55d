/* glosa-anchor.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-anchor"

#include "config.h"

#include <string.h>

#include "glosa-anchor.h"

/* Finding an annotation again after its document changed, from what was
 * kept of it: the exact quote and up to GLOSA_ANCHOR_CONTEXT_CHARS code
 * points on each side. In order:
 *
 *  1. the quote at its old offsets (EXACT);
 *  2. the quote elsewhere, the occurrence whose context agrees best and,
 *     among equals, the nearest (MOVED);
 *  3. the old prefix and suffix, exactly, around a passage that is still
 *     similar to the quote (FUZZY): the passage was edited in place;
 *  4. the closest approximate occurrence of the quote, scored like
 *     Hypothesis's anchoring: quote similarity first, then context, then
 *     nearness (FUZZY);
 *  5. nothing (ORPHANED).
 *
 * Everything counts code points of NFC text, as the project file does. A
 * context shorter than GLOSA_ANCHOR_CONTEXT_CHARS means the quote touched
 * the start or end of the document, so it must touch it again. */

G_DEFINE_ENUM_TYPE (GlosaAnchorResult, glosa_anchor_result,
  G_DEFINE_ENUM_VALUE (GLOSA_ANCHOR_EXACT, "exact"),
  G_DEFINE_ENUM_VALUE (GLOSA_ANCHOR_MOVED, "moved"),
  G_DEFINE_ENUM_VALUE (GLOSA_ANCHOR_FUZZY, "fuzzy"),
  G_DEFINE_ENUM_VALUE (GLOSA_ANCHOR_ORPHANED, "orphaned"))

/* Weights of the approximate match's score, after Hypothesis's
 * dom-anchor-text-quote: the quote dominates, context breaks near ties and
 * nearness to the old place only settles exact ties. */
#define WEIGHT_QUOTE   50.0
#define WEIGHT_CONTEXT 20.0
#define WEIGHT_NEAR     2.0

typedef struct
{
  gunichar *chars;
  glong     len;
} Chars;

typedef struct
{
  glong  start;
  glong  end;
  double quote;   /* similarity of the quote, 0…1 */
  double score;
} Candidate;

static void
chars_clear (Chars *c)
{
  g_clear_pointer (&c->chars, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Chars, chars_clear)

static void
chars_init (Chars      *c,
            const char *s)
{
  c->chars = g_utf8_to_ucs4_fast (s ? s : "", -1, &c->len);
}

const char *
glosa_anchor_result_to_string (GlosaAnchorResult result)
{
  static const char * const names[] = { "exact", "moved", "fuzzy", "orphaned" };

  g_return_val_if_fail (result <= GLOSA_ANCHOR_ORPHANED, NULL);

  return names[result];
}

/**
 * glosa_anchor_capture:
 * @text: a document's text
 * @start: the first code point of the span
 * @end: the code point after the span
 * @quote: (out) (optional): the text of the span
 * @prefix: (out) (optional): up to GLOSA_ANCHOR_CONTEXT_CHARS code points
 *   before it
 * @suffix: (out) (optional): up to GLOSA_ANCHOR_CONTEXT_CHARS code points
 *   after it
 *
 * Returns: %FALSE, storing nothing, if the span is not inside @text
 */
gboolean
glosa_anchor_capture (const char  *text,
                      guint        start,
                      guint        end,
                      char       **quote,
                      char       **prefix,
                      char       **suffix)
{
  glong n;
  const char *p_start;
  const char *p_end;
  const char *p_before;
  const char *p_after;

  g_return_val_if_fail (text != NULL, FALSE);

  n = g_utf8_strlen (text, -1);
  if (start > end || end > n)
    return FALSE;

  p_before = g_utf8_offset_to_pointer (text, start - MIN (start, GLOSA_ANCHOR_CONTEXT_CHARS));
  p_start = g_utf8_offset_to_pointer (p_before, MIN (start, GLOSA_ANCHOR_CONTEXT_CHARS));
  p_end = g_utf8_offset_to_pointer (p_start, end - start);
  p_after = g_utf8_offset_to_pointer (p_end, MIN (n - end, GLOSA_ANCHOR_CONTEXT_CHARS));

  if (quote != NULL)
    *quote = g_strndup (p_start, p_end - p_start);
  if (prefix != NULL)
    *prefix = g_strndup (p_before, p_start - p_before);
  if (suffix != NULL)
    *suffix = g_strndup (p_end, p_after - p_end);
  return TRUE;
}

/* Levenshtein distance, two rows. Gives up once the distance surely
 * exceeds @limit (returning limit + 1), which keeps long comparisons that
 * cannot succeed cheap. */
static guint
distance (const gunichar *a,
          glong           na,
          const gunichar *b,
          glong           nb,
          guint           limit)
{
  g_autofree guint *row = NULL;

  if ((guint) ABS (na - nb) > limit)
    return limit + 1;
  if (na == 0 || nb == 0)
    return MAX (na, nb);

  row = g_new (guint, nb + 1);
  for (glong j = 0; j <= nb; j++)
    row[j] = j;
  for (glong i = 1; i <= na; i++)
    {
      guint diag = row[0];
      guint lowest;

      row[0] = i;
      lowest = row[0];
      for (glong j = 1; j <= nb; j++)
        {
          guint up = row[j];
          guint best = diag + (a[i - 1] != b[j - 1]);

          best = MIN (best, up + 1);
          best = MIN (best, row[j - 1] + 1);
          diag = up;
          row[j] = best;
          lowest = MIN (lowest, best);
        }
      if (lowest > limit)
        return limit + 1;
    }
  return row[nb];
}

static double
similarity (const gunichar *a,
            glong           na,
            const gunichar *b,
            glong           nb)
{
  glong longest = MAX (na, nb);

  if (longest == 0)
    return 1.0;
  return 1.0 - (double) distance (a, na, b, nb, longest) / longest;
}

/**
 * glosa_anchor_edit_distance:
 *
 * Returns: the Levenshtein distance between @a and @b, in code points
 */
guint
glosa_anchor_edit_distance (const char *a,
                            const char *b)
{
  g_auto(Chars) ca = { 0 };
  g_auto(Chars) cb = { 0 };

  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  chars_init (&ca, a);
  chars_init (&cb, b);
  return distance (ca.chars, ca.len, cb.chars, cb.len, MAX (ca.len, cb.len));
}

/**
 * glosa_anchor_similarity:
 *
 * Returns: 1 - edit distance / the longer length: 1 for equal strings,
 *   0 for strings with nothing in common
 */
double
glosa_anchor_similarity (const char *a,
                         const char *b)
{
  g_auto(Chars) ca = { 0 };
  g_auto(Chars) cb = { 0 };

  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  chars_init (&ca, a);
  chars_init (&cb, b);
  return similarity (ca.chars, ca.len, cb.chars, cb.len);
}

static gboolean
equal_at (const Chars *text,
          glong        at,
          const Chars *needle)
{
  if (at < 0 || at + needle->len > text->len)
    return FALSE;
  return memcmp (text->chars + at, needle->chars, needle->len * sizeof (gunichar)) == 0;
}

/* The next occurrence of @needle at or after @from, or -1. */
static glong
find (const Chars *text,
      const Chars *needle,
      glong        from)
{
  if (needle->len == 0)
    return from <= text->len ? from : -1;
  for (glong i = from; i + needle->len <= text->len; i++)
    if (text->chars[i] == needle->chars[0] && equal_at (text, i, needle))
      return i;
  return -1;
}

/* How well the context of [start, end) now matches the stored one: the
 * context it would be given now, compared with the old. */
static double
context_similarity (const Chars *text,
                    glong        start,
                    glong        end,
                    const Chars *prefix,
                    const Chars *suffix)
{
  glong before = MIN (start, GLOSA_ANCHOR_CONTEXT_CHARS);
  glong after = MIN (text->len - end, GLOSA_ANCHOR_CONTEXT_CHARS);

  return (similarity (text->chars + start - before, before, prefix->chars, prefix->len)
          + similarity (text->chars + end, after, suffix->chars, suffix->len)) / 2;
}

static double
nearness (const Chars *text,
          glong        start,
          guint        hint)
{
  return 1.0 - (double) ABS (start - (glong) hint) / MAX (text->len, 1);
}

/* Stage 2: every exact occurrence, scored by context and nearness. */
static gboolean
locate_moved (const Chars *text,
              const Chars *quote,
              const Chars *prefix,
              const Chars *suffix,
              guint        hint,
              Candidate   *best)
{
  gboolean found = FALSE;

  if (quote->len == 0)
    return FALSE;
  for (glong at = find (text, quote, 0); at >= 0; at = find (text, quote, at + 1))
    {
      double score = WEIGHT_CONTEXT * context_similarity (text, at, at + quote->len, prefix, suffix)
                     + WEIGHT_NEAR * nearness (text, at, hint);

      if (!found || score > best->score)
        *best = (Candidate) { at, at + quote->len, 1.0, score };
      found = TRUE;
    }
  return found;
}

/* Stage 3: the old prefix and suffix, exactly, around a similar passage.
 * A context shorter than the usual length was cut by the document's edge,
 * so it must sit at the edge again. */
static gboolean
locate_between (const Chars *text,
                const Chars *quote,
                const Chars *prefix,
                const Chars *suffix,
                guint        hint,
                Candidate   *best)
{
  gboolean prefix_at_edge = prefix->len < GLOSA_ANCHOR_CONTEXT_CHARS;
  gboolean suffix_at_edge = suffix->len < GLOSA_ANCHOR_CONTEXT_CHARS;
  glong longest_gap = 2 * quote->len;
  gboolean found = FALSE;

  if (quote->len == 0 || quote->len > GLOSA_ANCHOR_MAX_FUZZY_CHARS)
    return FALSE;
  /* Both contexts empty would match any passage of the whole document. */
  if (prefix->len == 0 && suffix->len == 0)
    return FALSE;

  for (glong p = prefix_at_edge ? (equal_at (text, 0, prefix) ? 0 : -1) : find (text, prefix, 0);
       p >= 0;
       p = prefix_at_edge ? -1 : find (text, prefix, p + 1))
    {
      glong gap_start = p + prefix->len;
      glong s;
      guint limit;
      guint d;
      double sim;

      if (suffix_at_edge)
        s = equal_at (text, text->len - suffix->len, suffix) ? text->len - suffix->len : -1;
      else
        s = find (text, suffix, gap_start);
      if (s < gap_start || s - gap_start == 0 || s - gap_start > longest_gap)
        continue;

      /* sim = 1 - d / longer ≥ threshold  ⇔  d ≤ (1 - threshold) × longer */
      limit = (guint) ((1.0 - GLOSA_ANCHOR_CONTEXT_THRESHOLD) * MAX (s - gap_start, quote->len));
      d = distance (text->chars + gap_start, s - gap_start, quote->chars, quote->len, limit);
      if (d > limit)
        continue;
      sim = 1.0 - (double) d / MAX (s - gap_start, quote->len);
      if (!found
          || WEIGHT_QUOTE * sim + WEIGHT_NEAR * nearness (text, gap_start, hint) > best->score)
        *best = (Candidate) { gap_start, s, sim,
                              WEIGHT_QUOTE * sim + WEIGHT_NEAR * nearness (text, gap_start, hint) };
      found = TRUE;
    }
  return found;
}

static void
consider_fuzzy (const Chars *text,
                const Chars *prefix,
                const Chars *suffix,
                guint        hint,
                glong        start,
                glong        end,
                guint        d,
                glong        quote_len,
                Candidate   *best,
                gboolean    *found)
{
  double quote = 1.0 - (double) d / quote_len;
  double score = WEIGHT_QUOTE * quote
                 + WEIGHT_CONTEXT * context_similarity (text, start, end, prefix, suffix)
                 + WEIGHT_NEAR * nearness (text, start, hint);

  if (!*found || score > best->score)
    *best = (Candidate) { start, end, quote, score };
  *found = TRUE;
}

/* Stage 4: approximate search (Sellers' algorithm: edit distance of the
 * quote against every substring, one text column at a time) with
 * Ukkonen's cut-off: rows already over the error budget are not computed,
 * so the cost is near budget × text length. Each cell carries where its
 * alignment started, which gives the matched span. Every run of ends
 * within budget yields its best end as a candidate. */
static gboolean
locate_fuzzy (const Chars *text,
              const Chars *quote,
              const Chars *prefix,
              const Chars *suffix,
              guint        hint,
              Candidate   *best)
{
  glong m = quote->len;
  guint budget = (guint) ((1.0 - GLOSA_ANCHOR_FUZZY_THRESHOLD) * m);
  guint over = budget + 1;
  g_autofree guint *cost = NULL;
  g_autofree glong *origin = NULL;
  glong active;
  glong computed;
  gboolean found = FALSE;
  gboolean in_run = FALSE;
  guint run_cost = 0;
  glong run_start = 0;
  glong run_end = 0;

  if (m == 0 || m > GLOSA_ANCHOR_MAX_FUZZY_CHARS || budget == 0)
    return FALSE;

  cost = g_new (guint, m + 1);
  origin = g_new (glong, m + 1);
  for (glong i = 0; i <= m; i++)
    {
      cost[i] = i;
      origin[i] = 0;
    }
  active = MIN ((glong) budget, m);
  computed = m;

  for (glong j = 1; j <= text->len; j++)
    {
      gunichar c = text->chars[j - 1];
      guint diag = cost[0];
      glong diag_origin = origin[0];
      glong top = MIN (active + 1, m);

      origin[0] = j;
      for (glong i = 1; i <= top; i++)
        {
          guint left = i <= computed ? cost[i] : over;
          glong left_origin = origin[i];
          guint value = diag + (quote->chars[i - 1] != c);
          glong value_origin = diag_origin;

          if (cost[i - 1] + 1 < value)
            {
              value = cost[i - 1] + 1;
              value_origin = origin[i - 1];
            }
          if (left + 1 < value)
            {
              value = left + 1;
              value_origin = left_origin;
            }
          diag = left;
          diag_origin = left_origin;
          cost[i] = MIN (value, over);
          origin[i] = value_origin;
        }
      computed = top;
      active = top;
      while (active > 0 && cost[active] > budget)
        active--;

      if (top == m && cost[m] <= budget)
        {
          if (!in_run || cost[m] < run_cost)
            {
              run_cost = cost[m];
              run_start = origin[m];
              run_end = j;
            }
          in_run = TRUE;
        }
      else if (in_run)
        {
          consider_fuzzy (text, prefix, suffix, hint, run_start, run_end, run_cost, m, best,
                          &found);
          in_run = FALSE;
        }
    }
  if (in_run)
    consider_fuzzy (text, prefix, suffix, hint, run_start, run_end, run_cost, m, best, &found);
  return found;
}

/**
 * glosa_anchor_locate:
 * @text: the document's new text
 * @quote: the annotation's quote
 * @prefix: the context stored before it
 * @suffix: the context stored after it
 * @hint: where the quote started before, in code points
 * @start: (out) (optional): the new start, or @hint when orphaned
 * @end: (out) (optional): the new end, or @hint + the quote's length when
 *   orphaned
 * @similarity: (out) (optional): how similar the passage found is to
 *   @quote: 1 for exact, 0 when orphaned
 *
 * Returns: how the quote was found, if it was
 */
GlosaAnchorResult
glosa_anchor_locate (const char *text,
                     const char *quote,
                     const char *prefix,
                     const char *suffix,
                     guint       hint,
                     guint      *start,
                     guint      *end,
                     double     *similarity)
{
  g_auto(Chars) t = { 0 };
  g_auto(Chars) q = { 0 };
  g_auto(Chars) p = { 0 };
  g_auto(Chars) s = { 0 };
  GlosaAnchorResult result;
  Candidate best = { hint, 0, 0.0, 0.0 };

  g_return_val_if_fail (text != NULL, GLOSA_ANCHOR_ORPHANED);
  g_return_val_if_fail (quote != NULL, GLOSA_ANCHOR_ORPHANED);

  chars_init (&t, text);
  chars_init (&q, quote);
  chars_init (&p, prefix);
  chars_init (&s, suffix);
  best.end = hint + q.len;

  if (q.len > 0 && equal_at (&t, hint, &q))
    {
      best = (Candidate) { hint, hint + q.len, 1.0, 0.0 };
      result = GLOSA_ANCHOR_EXACT;
    }
  else if (locate_moved (&t, &q, &p, &s, hint, &best))
    result = GLOSA_ANCHOR_MOVED;
  else if (locate_between (&t, &q, &p, &s, hint, &best)
           || locate_fuzzy (&t, &q, &p, &s, hint, &best))
    result = GLOSA_ANCHOR_FUZZY;
  else
    result = GLOSA_ANCHOR_ORPHANED;

  if (start != NULL)
    *start = best.start;
  if (end != NULL)
    *end = best.end;
  if (similarity != NULL)
    *similarity = best.quote;
  return result;
}
