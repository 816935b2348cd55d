/* glosa-matcher.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-matcher"

#include "config.h"

#include <string.h>

#include "glosa-fold.h"
#include "glosa-fold-private.h"
#include "glosa-matcher.h"
#include "glosa-matcher-private.h"

/* Finds every alias of every actor in one pass over a text.
 *
 * Patterns are folded (see glosa-fold.c) into a trie over folded bytes. A
 * mention must begin right after a character that is not part of a word,
 * so instead of following Aho–Corasick failure links through the middle of
 * words, the scan walks the trie only from such places, folding the text
 * as it goes. It finds what Aho–Corasick plus a boundary filter would:
 * walks start in text order, so leftmost-longest is "keep the longest hit
 * of this walk, go on after it", and a start offset needs no mapping back.
 * A walk is never longer than the longest pattern, and most stop after a
 * byte or two.
 *
 * Most bytes are not worth a walk. For each byte the scan looks up the pair
 * it makes with the next byte in a 64 Kibit table of pairs that can begin a
 * mention, gated by whether the byte before is an ASCII letter or digit; a
 * bit rarely set means a branch rarely taken. Code point offsets are
 * counted, eight bytes at a time, only up to each mention. So the cost per
 * byte hardly depends on how many patterns there are (glosa-matcher-build.c
 * keeps the trie compact for thousands).
 *
 * The case rule is checked on the original text of each hit: an alias
 * written with a capital ("Trump", "Rueda") needs a capital in the text,
 * one in capitals ("US", "UNODC") needs a text without lower-case letters,
 * so "trump" and "us" stay ordinary words.
 *
 * A GObject rather than a boxed type: a codebook owns one and hands it to
 * scanning threads with g_object_ref(), and GLOSA_IS_MATCHER() guards every
 * entry point. */

G_DEFINE_FINAL_TYPE (GlosaMatcher, glosa_matcher, G_TYPE_OBJECT)

static void
pattern_clear (gpointer data)
{
  Pattern *pattern = data;

  g_free (pattern->folded);
}

static void
glosa_matcher_finalize (GObject *object)
{
  GlosaMatcher *self = (GlosaMatcher *) object;

  g_clear_pointer (&self->patterns, g_array_unref);
  g_clear_pointer (&self->nodes, g_free);
  g_clear_pointer (&self->dense, g_free);
  g_clear_pointer (&self->terms, g_free);

  G_OBJECT_CLASS (glosa_matcher_parent_class)->finalize (object);
}

static void
glosa_matcher_class_init (GlosaMatcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = glosa_matcher_finalize;
}

static void
glosa_matcher_init (GlosaMatcher *self)
{
  self->patterns = g_array_new (FALSE, FALSE, sizeof (Pattern));
  g_array_set_clear_func (self->patterns, pattern_clear);
}

/**
 * glosa_matcher_new:
 *
 * Creates an empty matcher: add patterns with glosa_matcher_add(), then
 * call glosa_matcher_compile() once before scanning. A compiled matcher is
 * read-only, so any number of threads may scan with it at once.
 *
 * Returns: (transfer full): a new matcher
 */
GlosaMatcher *
glosa_matcher_new (void)
{
  return g_object_new (GLOSA_TYPE_MATCHER, NULL);
}

static CaseRule
case_rule_for (const char *pattern)
{
  const guchar *p = (const guchar *) pattern;
  const guchar *end = p + strlen (pattern);
  guint n_upper = 0, n_lower = 0;
  gboolean first_upper = FALSE;

  while (p < end)
    {
      GlosaCharFlags flags;
      gunichar c;

      p += glosa_utf8_decode (p, end, &c);
      glosa_fold_char (c, NULL, &flags);
      if ((flags & (GLOSA_CHAR_UPPER | GLOSA_CHAR_LOWER)) && n_upper + n_lower == 0)
        first_upper = (flags & GLOSA_CHAR_UPPER) != 0;
      n_upper += (flags & GLOSA_CHAR_UPPER) != 0;
      n_lower += (flags & GLOSA_CHAR_LOWER) != 0;
    }

  if (n_upper == 0)
    return CASE_ANY;
  if (n_lower == 0 && n_upper >= 2)
    return CASE_ALL_UPPER;
  return first_upper ? CASE_INITIAL : CASE_SOME_UPPER;
}

/* Folds a pattern as the text is folded, with each run of spaces made one
 * space, as the scan reads runs of white space in the text. */
static char *
fold_pattern (const char *pattern,
              guint      *len)
{
  g_autofree char *folded = glosa_fold_string (pattern, -1);
  GString *out = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p; p++)
    {
      if (*p == ' ' && (out->len == 0 || out->str[out->len - 1] == ' '))
        continue;
      g_string_append_c (out, *p);
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);

  *len = out->len;
  return g_string_free (out, FALSE);
}

/**
 * glosa_matcher_add:
 * @self: a matcher that is not compiled yet
 * @pattern: an alias, in UTF-8: "Gustavo Petro", "U.S.", "UNODC"
 * @value: what a match of @pattern reports, an actor index for example
 *
 * Adds a pattern. It matches case- and accent-insensitively, at word
 * boundaries, with the case rule its own capitals imply: "Petro" needs a
 * capital P in the text, "US" needs capitals, "coca" matches any case.
 * Several patterns may fold to the same text; a match reports the first
 * added of the strictest case rule that the text satisfies.
 *
 * Returns: %FALSE if @pattern has nothing to match (it is empty or only
 *   spaces and marks), %TRUE if it was added
 */
gboolean
glosa_matcher_add (GlosaMatcher *self,
                   const char   *pattern,
                   guint         value)
{
  Pattern entry;

  g_return_val_if_fail (GLOSA_IS_MATCHER (self), FALSE);
  g_return_val_if_fail (pattern != NULL, FALSE);
  g_return_val_if_fail (!self->compiled, FALSE);

  entry.folded = fold_pattern (pattern, &entry.len);
  if (entry.len == 0)
    {
      g_free (entry.folded);
      return FALSE;
    }
  entry.value = value;
  entry.rule = case_rule_for (pattern);
  entry.order = self->patterns->len;
  g_array_append_val (self->patterns, entry);
  return TRUE;
}

/**
 * glosa_matcher_get_n_patterns:
 * @self: a matcher
 *
 * Returns: how many patterns were added
 */
guint
glosa_matcher_get_n_patterns (GlosaMatcher *self)
{
  g_return_val_if_fail (GLOSA_IS_MATCHER (self), 0);

  return self->patterns->len;
}

/**
 * glosa_matcher_compile:
 * @self: a matcher
 *
 * Builds the automaton from the patterns added so far. After this the
 * matcher takes no more patterns and may be shared between threads.
 */
void
glosa_matcher_compile (GlosaMatcher *self)
{
  g_return_if_fail (GLOSA_IS_MATCHER (self));

  if (self->compiled)
    return;
  self->compiled = TRUE;
  glosa_matcher_build (self);
}

typedef struct
{
  const guchar *end;       /* first byte after the mention */
  guint         n_chars;   /* its length in code points */
  guint         value;
  gboolean      last_word; /* its last character is a word character */
} Hit;

static inline GlosaCharFlags
flags_at (const GlosaMatcher  *self,
          const guchar        *p,
          const guchar        *end,
          guint               *len)
{
  gunichar c;

  if (*p < 0x80)
    {
      *len = 1;
      return self->ascii_flags[*p];
    }
  *len = glosa_utf8_decode (p, end, &c);
  return glosa_fold_table_flags (self->table, c);
}

static inline gboolean
boundary_at (const GlosaMatcher *self,
             const guchar       *p,
             const guchar       *end)
{
  guint len;

  return p == end || !(flags_at (self, p, end, &len) & GLOSA_CHAR_WORD);
}

static inline gboolean
case_rule_holds (CaseRule rule,
                 guint    first_cased,
                 guint    seen)
{
  switch (rule)
    {
    case CASE_ANY:
      return TRUE;
    case CASE_SOME_UPPER:
      return (seen & GLOSA_CHAR_UPPER) != 0;
    case CASE_INITIAL:
      return (first_cased & GLOSA_CHAR_UPPER) != 0;
    case CASE_ALL_UPPER:
      return (seen & GLOSA_CHAR_LOWER) == 0;
    default:
      g_assert_not_reached ();
    }
}

/* The strictest case rule of the patterns ending at @node that the
 * original text [start, end) satisfies; hits are few, so the text is read
 * again rather than tracked during the walk. */
static const Term *
pick_term (const GlosaMatcher *self,
           const Node         *node,
           const guchar       *start,
           const guchar       *end)
{
  guint first_cased = 0, seen = 0;

  for (const guchar *p = start; p < end;)
    {
      guint len;
      guint flags = flags_at (self, p, end, &len);

      if (first_cased == 0)
        first_cased = flags & (GLOSA_CHAR_UPPER | GLOSA_CHAR_LOWER);
      seen |= flags;
      p += len;
    }

  for (const Term *t = &self->terms[node->term - 1];; t++)
    {
      if (case_rule_holds (t->rule, first_cased, seen))
        return t;
      if (t->last)
        return NULL;
    }
}

/* Walks the trie from @start, which follows a word boundary, and keeps the
 * longest mention that ends at a word boundary and passes its case rule. */
static gboolean
walk (const GlosaMatcher *self,
      const guchar       *start,
      const guchar       *end,
      Hit                *hit)
{
  const guchar *p = start;
  guint32 s = 0;
  guint n_chars = 0;
  guint flags = 0;
  gboolean in_space = FALSE;
  gboolean found = FALSE;

  while (p < end)
    {
      const Node *node;

      if (*p < 0x80)
        {
          guint b = *p++;

          flags = self->ascii_flags[b];
          n_chars++;
          if (flags & GLOSA_CHAR_SPACE)
            {
              /* A run of spaces reads as one; no pattern ends in one. */
              if (in_space)
                continue;
              in_space = TRUE;
            }
          else
            {
              in_space = FALSE;
            }
          s = glosa_matcher_step (self, s, self->ascii_class[b]);
          if (s == 0)
            break;
        }
      else
        {
          char out[GLOSA_FOLD_MAX_CHAR_LEN];
          const guchar *q = p;
          GlosaCharFlags cflags;
          gunichar c;
          guint n;

          /* A stray continuation byte adds to the character before it, as
           * glosa_utf8_count_chars() counts. */
          n_chars += (*q & 0xC0) != 0x80;
          p += glosa_utf8_decode (q, end, &c);
          n = glosa_fold_table_fold (self->table, c, out, &cflags);
          flags = cflags;
          /* A mention cannot begin with a mark that folds to nothing, nor
           * end with an invisible separator (a zero-width space). */
          if (n == 0 && q == start)
            return FALSE;
          if (n == 0 && !(flags & GLOSA_CHAR_WORD))
            continue;
          if (n > 0 && (flags & GLOSA_CHAR_SPACE))
            {
              if (in_space)
                continue;
              in_space = TRUE;
            }
          else if (n > 0)
            {
              in_space = FALSE;
            }
          for (guint i = 0; i < n; i++)
            {
              s = glosa_matcher_step (self, s, self->classes[(guchar) out[i]]);
              if (s == 0)
                return found;
            }
        }

      node = &self->nodes[s];
      if (node->term != 0 && boundary_at (self, p, end))
        {
          const Term *term = pick_term (self, node, start, p);

          if (term != NULL)
            {
              hit->end = p;
              hit->n_chars = n_chars;
              hit->value = term->value;
              hit->last_word = (flags & GLOSA_CHAR_WORD) != 0;
              found = TRUE;
            }
        }
    }

  return found;
}

/* Whether the character before @p, which is not ASCII, is not part of a
 * word. */
static gboolean
boundary_before (const GlosaMatcher *self,
                 const guchar       *base,
                 const guchar       *p,
                 const guchar       *end)
{
  const guchar *q = p - 1;
  gunichar c;

  while (q > base && (*q & 0xC0) == 0x80 && p - q < 4)
    q--;
  if (q + glosa_utf8_decode (q, end, &c) != p)
    c = 0xFFFD;
  return !(glosa_fold_table_flags (self->table, c) & GLOSA_CHAR_WORD);
}

/* Whether the filter lets a mention begin at @p, which has a byte after
 * it, when @gate says a boundary is before it. */
static inline gboolean
may_begin (const GlosaMatcher *self,
           const guchar       *p,
           guint               gate)
{
  guint pair = p[0] | p[1] << 8;

  return (self->starts[pair / 64] >> (pair % 64)) & gate;
}

typedef struct
{
  const guchar *base;
  const guchar *end;
  const guchar *counted;    /* code points are counted up to here */
  gsize         n_counted;  /* and there are this many */
  GArray       *matches;
} Scan;

/* Looks for a mention at @p, which the filter let through. Returns where
 * the scan goes on, and sets @gate for that place. */
static const guchar *
scan_at (const GlosaMatcher *self,
         Scan               *scan,
         const guchar       *p,
         guint              *gate)
{
  GlosaMatch match;
  Hit hit = { NULL, 0, 0, FALSE };

  if ((p > scan->base && p[-1] >= 0x80 && !boundary_before (self, scan->base, p, scan->end))
      || !walk (self, p, scan->end, &hit))
    {
      *gate = self->gate[*p];
      return p + 1;
    }

  scan->n_counted += glosa_utf8_count_chars (scan->counted, p);
  match.start = scan->n_counted;
  match.end = match.start + hit.n_chars;
  match.value = hit.value;
  g_array_append_val (scan->matches, match);
  scan->n_counted = match.end;
  scan->counted = hit.end;
  *gate = !hit.last_word;
  return hit.end;
}

/**
 * glosa_matcher_scan:
 * @self: a compiled matcher
 * @text: UTF-8 text in NFC
 * @len: length of @text in bytes, or -1 if it is NUL-terminated
 *
 * Finds the mentions of the patterns in @text in one pass: leftmost
 * first, the longest at each place ("Plan Colombia" rather than
 * "Colombia"), never overlapping. A mention begins and ends at a word
 * boundary: the edge of the text or a character that is not a letter, digit
 * or mark. So "Petro's" and "Petro’s" hold a mention of "Petro", "Petrol"
 * does not, and "U.S." matches before a space or a hyphen. Runs of white
 * space in the text match one space of a pattern.
 *
 * Returns: (transfer full) (element-type GlosaMatch): the mentions in text
 *   order, offsets in code points
 */
GArray *
glosa_matcher_scan (GlosaMatcher *self,
                    const char   *text,
                    gssize        len)
{
  const guchar *p, *last;
  guint gate = 1;  /* the edge of the text is a boundary */
  Scan scan;

  g_return_val_if_fail (GLOSA_IS_MATCHER (self), NULL);
  g_return_val_if_fail (self->compiled, NULL);
  g_return_val_if_fail (text != NULL || len == 0, NULL);

  if (len < 0)
    len = strlen (text);
  g_return_val_if_fail ((gsize) len <= G_MAXUINT, NULL);

  scan.base = (const guchar *) text;
  scan.end = scan.base + len;
  scan.counted = scan.base;
  scan.n_counted = 0;
  scan.matches = g_array_new (FALSE, FALSE, sizeof (GlosaMatch));

  /* Each byte costs a few table look-ups and a branch rarely taken: does a
   * mention begin with it and the next byte, after a boundary? */
  if (len == 0)
    return scan.matches;

  p = scan.base;
  last = scan.end - 1;
  while (p < last)
    {
      guint next_gate;

      /* The common case, a byte no mention can begin at. */
      while (p < last && !may_begin (self, p, gate))
        {
          gate = self->gate[p[0]];
          p++;
        }
      if (p == last)
        break;
      p = scan_at (self, &scan, p, &next_gate);
      gate = next_gate;
    }

  /* The last byte, followed by the edge of the text. */
  if (p == last && ((self->starts[*p / 64] >> (*p % 64)) & gate))
    {
      guint next_gate;

      scan_at (self, &scan, p, &next_gate);
    }

  return scan.matches;
}
