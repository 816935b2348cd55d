/* glosa-sentence.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-sentence"

#include "config.h"

#include <string.h>

#include "glosa-fold-private.h"
#include "glosa-sentence.h"
#include "glosa-sentence-cues.h"

/* One sentence as folded words, and the cues in it that tell who speaks and
 * which way they lean, in English and Spanish. The rules are deliberately
 * plain (a lexicon, a negation window, clauses split at "but"): every
 * suggestion lists the cue words that decided it, so a reader can judge.
 * The words are looked up in the lists (glosa-sentence-cues.c) once, when
 * the sentence is split; the questions below only read the results. */

typedef struct
{
  guint   start;   /* code points, in the document */
  guint   end;
  guint   from;    /* bytes, in the sentence's text (under 4 GiB, as code
                    * point offsets are) */
  guint   to;
  guint   clause;  /* contrast words and semicolons start a new clause */
  guint16 word;    /* its id in the lists, 0 if none has it */
  guint8  flags;   /* GlosaCueWordFlags */
  guint8  match[GLOSA_N_CUE_KINDS];  /* words of the longest phrase of
                                      * each list that starts here */
} Token;

struct _GlosaSentence
{
  const char *text;
  guint       start;
  guint       end;
  Token      *tokens;
  guint       n_tokens;
  guint       n_allocated;
  GArray     *cues;        /* guint: the tokens that start a stance cue */
  gboolean    has_report;
};

/* Cues that need the issue as their object must have it within this many
 * words after them. */
#define OBJECT_WINDOW 4
#define NEGATION_WINDOW 3
#define REPORT_GAP 2

/* Letters, digits and combining marks; the fold also counts invisible
 * joiners as word characters, but here they have always split words. */
static gboolean
is_word_char (gunichar       c,
              GlosaCharFlags flags)
{
  return (flags & GLOSA_CHAR_WORD) && (c < 0x80 || g_unichar_type (c) != G_UNICODE_FORMAT);
}

static Token *
add_token (GlosaSentence *self)
{
  if (self->n_tokens == self->n_allocated)
    {
      self->n_allocated = MAX (64, self->n_allocated * 2);
      self->tokens = g_renew (Token, self->tokens, self->n_allocated);
    }
  return &self->tokens[self->n_tokens++];
}

/* Splits @text into tokens, each with the id of its folded word. */
static void
split_words (GlosaSentence *self,
             gsize          length)
{
  const GlosaFoldTable *table = glosa_fold_table_get ();
  const GlosaCues *cues = glosa_cues_get ();
  const guchar *p = (const guchar *) self->text, *end = p + length;
  char folded[64];
  gsize folded_len = 0;
  gboolean in_word = FALSE;
  guint pos = self->start, clause = 0;
  Token *token = NULL;

  for (;;)
    {
      char out[GLOSA_FOLD_MAX_CHAR_LEN];
      gboolean is_word = FALSE;
      gunichar c = 0;
      guint n = 0, len = 0;

      if (p < end && *p < 0x80)
        {
          /* ASCII, most of most texts: what the fold table says, sooner. */
          c = *p;
          n = len = 1;
          is_word = g_ascii_isalnum (c);
          out[0] = g_ascii_tolower (c);
        }
      else if (p < end)
        {
          GlosaCharFlags flags;

          n = glosa_utf8_decode (p, end, &c);
          len = glosa_fold_table_fold (table, c, out, &flags);
          is_word = is_word_char (c, flags);
        }

      if (is_word)
        {
          if (!in_word)
            {
              token = add_token (self);
              token->start = pos;
              token->from = (const char *) p - self->text;
              token->clause = clause;
              folded_len = 0;
              in_word = TRUE;
            }
          /* No listed word is this long; only its length matters then. */
          for (guint k = 0; k < len && folded_len + k < sizeof folded; k++)
            folded[folded_len + k] = out[k];
          folded_len += len;
        }
      else if (in_word)
        {
          token->end = pos;
          token->to = (const char *) p - self->text;
          token->word = folded_len <= sizeof folded
                        ? glosa_cues_lookup (cues, folded, folded_len) : 0;
          token->flags = glosa_cues_get_flags (cues, token->word);
          in_word = FALSE;
        }
      if (p >= end)
        break;
      if (c == ';')
        clause++;
      p += n;
      pos++;
    }
  self->end = pos;
}

/* Sets, for each list, how many tokens from @i on spell its longest phrase. */
static void
match_phrases (GlosaSentence   *self,
               const GlosaCues *cues,
               guint            i)
{
  Token *t = &self->tokens[i];
  const GlosaCuePhrase *phrases;
  guint n_phrases;

  memset (t->match, 0, sizeof t->match);
  phrases = glosa_cues_get_phrases (cues, t->word, &n_phrases);
  for (guint p = 0; p < n_phrases; p++)
    {
      guint w = 1;

      if (i + phrases[p].n_words > self->n_tokens)
        continue;
      while (w < phrases[p].n_words
             && self->tokens[i + w].word == phrases[p].words[w])
        w++;
      if (w == phrases[p].n_words)
        t->match[phrases[p].kind] = MAX (t->match[phrases[p].kind], w);
    }
}

/**
 * glosa_sentence_new:
 * @text: the sentence, valid UTF-8
 * @length: its length in bytes
 * @offset: the code point offset of @text in its document
 *
 * @text must outlive the sentence.
 *
 * Returns: (transfer full): the sentence, split into folded words
 */
GlosaSentence *
glosa_sentence_new (const char *text,
                    gsize       length,
                    guint       offset)
{
  GlosaSentence *self;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_new0 (GlosaSentence, 1);
  self->cues = g_array_new (FALSE, FALSE, sizeof (guint));
  glosa_sentence_parse (self, text, length, offset);
  return self;
}

/**
 * glosa_sentence_parse:
 * @text: another sentence, valid UTF-8
 * @length: its length in bytes
 * @offset: the code point offset of @text in its document
 *
 * Makes @self the sentence @text, reusing its memory: a document's
 * sentences are read one after another.
 */
void
glosa_sentence_parse (GlosaSentence *self,
                      const char    *text,
                      gsize          length,
                      guint          offset)
{
  const GlosaCues *cues = glosa_cues_get ();
  guint shift = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  self->text = text;
  self->start = offset;
  self->has_report = FALSE;
  self->n_tokens = 0;
  g_array_set_size (self->cues, 0);
  split_words (self, length);

  for (guint i = 0; i < self->n_tokens; i++)
    {
      Token *t = &self->tokens[i];

      match_phrases (self, cues, i);
      if (t->match[GLOSA_CUE_SUPPORT] > 0 || t->match[GLOSA_CUE_OPPOSE] > 0)
        g_array_append_val (self->cues, i);
      if (t->match[GLOSA_CUE_REPORTING] > 0)
        self->has_report = TRUE;
      /* Contrast words open a clause of their own. */
      if (t->match[GLOSA_CUE_CONTRAST] > 0)
        shift++;
      t->clause += shift;
    }
}

void
glosa_sentence_free (GlosaSentence *self)
{
  if (self == NULL)
    return;
  g_free (self->tokens);
  g_array_unref (self->cues);
  g_free (self);
}

guint
glosa_sentence_get_start (GlosaSentence *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->start;
}

guint
glosa_sentence_get_end (GlosaSentence *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->end;
}

static const Token *
token (GlosaSentence *self,
       guint          i)
{
  return &self->tokens[i];
}

/* How many words from token @i on spell a phrase of @kind's list, or 0. */
static guint
match (GlosaSentence *self,
       guint          i,
       GlosaCueKind   kind)
{
  return token (self, i)->match[kind];
}

static gboolean
is_cue (GlosaSentence *self,
        guint          i)
{
  return match (self, i, GLOSA_CUE_SUPPORT) > 0 || match (self, i, GLOSA_CUE_OPPOSE) > 0;
}

/* Does the cue ending before token @i govern a cue right after it,
 * directly or through "to" ("proposed suspending", "wants to end")? */
static gboolean
governs_next_cue (GlosaSentence *self,
                  guint          i)
{
  if (i >= self->n_tokens)
    return FALSE;
  if (is_cue (self, i))
    return TRUE;
  return i + 1 < self->n_tokens && is_cue (self, i + 1)
         && (token (self, i)->flags & GLOSA_CUE_WORD_LINK);
}

static gboolean
negated (GlosaSentence *self,
         guint          i)
{
  for (guint k = i > NEGATION_WINDOW ? i - NEGATION_WINDOW : 0; k < i; k++)
    if (token (self, k)->clause == token (self, i)->clause && match (self, k, GLOSA_CUE_NEGATOR))
      return TRUE;
  return FALSE;
}

/* The first token that ends after @offset (token ends ascend). */
static guint
token_at (GlosaSentence *self,
          guint          offset)
{
  guint lo = 0, hi = self->n_tokens;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (token (self, mid)->end > offset)
        hi = mid;
      else
        lo = mid + 1;
    }
  return lo;
}

/**
 * glosa_sentence_read_stance:
 * @focus_start: start of the issue keyword, in document code points
 * @focus_end: its end
 * @cues: (element-type utf8) (nullable): the cue words found are added here,
 *   as written in the text
 * @strength: (out) (optional): 1 when a cue sits in the keyword's clause,
 *   less when it only sits elsewhere in the sentence, 0 without a cue
 *
 * Reads the stance toward the issue at the focus: support and oppose cues,
 * turned over by a negation just before them ("does not support"); a
 * clause of their own after "but"/"pero" and the like; both ways at once is
 * mixed, no cue is neutral.
 *
 * Returns: the stance
 */
GlosaStance
glosa_sentence_read_stance (GlosaSentence *self,
                            guint          focus_start,
                            guint          focus_end,
                            GPtrArray     *cues,
                            double        *strength)
{
  guint focus, focus_clause;
  guint support[2] = { 0, 0 }, oppose[2] = { 0, 0 };
  g_autoptr(GPtrArray) found_elsewhere = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) found_in_focus = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *found[2] = { found_elsewhere, found_in_focus };
  guint use, i = 0;

  g_return_val_if_fail (self != NULL, GLOSA_STANCE_NEUTRAL);

  focus = token_at (self, focus_start);
  focus_clause = focus < self->n_tokens ? token (self, focus)->clause : 0;

  /* Only tokens that start a cue can count; @i is the first token not yet
   * taken by a cue read before. */
  for (guint c = 0; c < self->cues->len; c++)
    {
      guint n_support, n_oppose, n, in_focus;
      gboolean is_support;
      const Token *first, *last;

      if (g_array_index (self->cues, guint, c) < i)
        continue;
      i = g_array_index (self->cues, guint, c);
      n_support = match (self, i, GLOSA_CUE_SUPPORT);
      n_oppose = match (self, i, GLOSA_CUE_OPPOSE);
      n = MAX (n_support, n_oppose);
      is_support = n_support >= n_oppose;
      first = token (self, i);
      last = token (self, i + n - 1);

      /* Keyword words are the issue, not a cue ("opposition" in a name). */
      if (first->start < focus_end && last->end > focus_start)
        {
          i++;
          continue;
        }
      i += n;
      if ((last->flags & GLOSA_CUE_WORD_OBJECT) && !(focus >= i && focus < i + OBJECT_WINDOW))
        continue;
      /* "proposed suspending", "wants to end": the last verb governs. */
      if (governs_next_cue (self, i))
        continue;
      if (negated (self, i - n))
        is_support = !is_support;
      in_focus = first->clause == focus_clause ? 1 : 0;
      if (is_support)
        support[in_focus]++;
      else
        oppose[in_focus]++;
      g_ptr_array_add (found[in_focus],
                       g_strndup (self->text + first->from, last->to - first->from));
    }

  use = support[1] + oppose[1] > 0 ? 1 : 0;
  if (strength)
    *strength = support[use] + oppose[use] == 0 ? 0.0 : use ? 1.0 : 0.6;
  if (cues)
    for (guint k = 0; k < found[use]->len; k++)
      g_ptr_array_add (cues, g_strdup (g_ptr_array_index (found[use], k)));

  if (support[use] > 0 && oppose[use] > 0)
    return GLOSA_STANCE_MIXED;
  if (support[use] > 0)
    return GLOSA_STANCE_SUPPORT;
  if (oppose[use] > 0)
    return GLOSA_STANCE_OPPOSE;
  return GLOSA_STANCE_NEUTRAL;
}

/* Is a reporting verb within REPORT_GAP words after token @last or before
 * token @first? */
static gboolean
report_near (GlosaSentence *self,
             guint          first,
             guint          last)
{
  for (guint k = last + 1; k < self->n_tokens && k <= last + 1 + REPORT_GAP; k++)
    if (match (self, k, GLOSA_CUE_REPORTING))
      return TRUE;
  for (guint k = first > REPORT_GAP + 2 ? first - REPORT_GAP - 2 : 0; k < first; k++)
    {
      guint n = match (self, k, GLOSA_CUE_REPORTING);

      if (n > 0 && k + n + REPORT_GAP >= first)
        return TRUE;
    }
  return FALSE;
}

/**
 * glosa_sentence_reports:
 * @start: a mention's start, in document code points
 * @end: its end
 *
 * Returns: %TRUE when the mention is the speaker of a reporting verb:
 *   "Rueda said", "said Rueda", "according to Rueda", "dijo Rueda"
 */
gboolean
glosa_sentence_reports (GlosaSentence *self,
                        guint          start,
                        guint          end)
{
  guint first, last;

  g_return_val_if_fail (self != NULL, FALSE);

  first = token_at (self, start);
  last = first;
  while (last + 1 < self->n_tokens && token (self, last + 1)->start < end)
    last++;
  return first < self->n_tokens && report_near (self, first, last);
}

/**
 * glosa_sentence_has_report:
 *
 * Returns: %TRUE when a reporting verb ("said", "dijo") is in the sentence
 */
gboolean
glosa_sentence_has_report (GlosaSentence *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->has_report;
}

/**
 * glosa_sentence_reports_pronoun:
 *
 * Returns: %TRUE when a pronoun speaks ("she explained", "he said"): the
 *   speaker is then the person last named
 */
gboolean
glosa_sentence_reports_pronoun (GlosaSentence *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->has_report)
    return FALSE;
  for (guint i = 0; i < self->n_tokens; i++)
    if ((token (self, i)->flags & GLOSA_CUE_WORD_SPEAKER) && report_near (self, i, i))
      return TRUE;
  return FALSE;
}

/**
 * glosa_sentence_first_cue:
 *
 * Returns: the document offset where the first stance cue starts, or
 *   %G_MAXUINT: who stands before it is most likely who takes the stance
 */
guint
glosa_sentence_first_cue (GlosaSentence *self)
{
  g_return_val_if_fail (self != NULL, G_MAXUINT);

  if (self->cues->len == 0)
    return G_MAXUINT;
  return token (self, g_array_index (self->cues, guint, 0))->start;
}

/**
 * glosa_sentence_opens_with_pronoun:
 *
 * Returns: %TRUE when the sentence starts with a personal or possessive
 *   pronoun ("His drug policy…", "Su política…")
 */
gboolean
glosa_sentence_opens_with_pronoun (GlosaSentence *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->n_tokens > 0 && match (self, 0, GLOSA_CUE_PRONOUN) > 0;
}
