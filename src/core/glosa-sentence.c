/* glosa-sentence.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-sentence"

#include "config.h"

#include <string.h>

#include "glosa-fold.h"
#include "glosa-sentence.h"

/* One sentence as folded words, and the cues in it that tell who speaks and
 * which way they lean, in English and Spanish. The rules are deliberately
 * plain (a lexicon, a negation window, clauses split at "but"): every
 * suggestion lists the cue words that decided it, so a reader can judge. */

typedef struct
{
  guint  start;   /* code points, in the document */
  guint  end;
  guint  clause;  /* contrast words and semicolons start a new clause */
  char  *folded;
} Token;

struct _GlosaSentence
{
  const char *text;
  guint       start;
  guint       end;
  GArray     *tokens;
};

/* Folded (lower case, no accents) phrases. */
static const char * const support_cues[] = {
  "support", "supports", "supported", "supporting", "supporter of", "back", "backs", "backed",
  "favour", "favours", "favoured", "favor", "favors", "favored", "in favour of", "in favor of",
  "defend", "defends", "defended", "call for", "calls for", "called for", "urge", "urges",
  "urged", "advocate", "advocates", "advocated", "endorse", "endorses", "endorsed", "want",
  "wants", "wanted", "push for", "pushes for", "pushed for", "demand", "demands", "demanded",
  "insist on", "insists on", "insisted on", "prioritize", "prioritizes", "prioritized",
  "prioritise", "prioritises", "prioritised", "priority", "emphasis on", "rely on",
  "relies on", "relied on", "agree with", "agrees with", "agreed with", "committed to",
  "commitment to", "propose", "proposes", "proposed", "promote", "promotes", "promoted",
  "needs to see", "expects", "welcome", "welcomes", "welcomed", "praise",
  "praises", "praised", "embrace", "embraces", "embraced", "champion", "champions",
  "championed", "stepped up", "step up",
  "apoya", "apoyan", "apoyo", "respalda", "respaldan", "respaldo", "defiende", "defendio",
  "pide", "piden", "pidio", "exige", "exigen", "exigio", "promueve", "promovio", "impulsa",
  "impulso", "propone", "propuso", "a favor de", "insiste en", "quiere", "quieren", "busca",
  "prioriza", "priorizo", "celebra", "aplaude", "aplaudio",
};

static const char * const oppose_cues[] = {
  "oppose", "opposes", "opposed", "opposing", "opposition", "opposition to", "opponent",
  "opponents", "reject", "rejects", "rejected", "rejection", "rejection of", "criticise",
  "criticises", "criticised", "criticize", "criticizes", "criticized", "criticism",
  "critique of", "condemn", "condemns", "condemned", "against", "denounce", "denounces",
  "denounced", "refuse", "refuses", "refused", "resist", "resists", "resisted",
  "resistance to", "deny", "denies", "denied", "denying", "suspension of", "suspend",
  "suspends", "suspended", "suspending", "halt", "halted", "halts", "halting", "end to",
  "ending", "stop", "stops", "stopped", "stopping",
  "dismiss", "dismisses", "dismissed", "object to", "objects to", "objected to",
  "warn against", "warns against", "warned against", "accuse", "accuses", "accused",
  "se opone", "se opuso", "se oponen", "oposicion", "rechaza", "rechazan", "rechazo",
  "critica", "critican", "critico", "condena", "condenan", "condeno", "en contra de",
  "contra", "denuncia", "denuncio", "suspende", "suspendio", "suspension", "frena",
  "freno", "niega", "nego",
};

/* Cues that say nothing of the issue unless it is their object: "action
 * against trafficking" is no stance on eradication, nor is "a critique of
 * the strategy" one on substitution. So are all cues ending in these. */
static const char * const object_words[] = {
  "against", "contra", "to", "of", "on", "for", "with", "de", "en", "a",
};

#define OBJECT_WINDOW 4

static const char * const negators[] = {
  "not", "no", "never", "nor", "neither", "without", "cannot", "doesn", "don", "didn",
  "won", "isn", "wasn", "aren", "weren", "hasn", "haven", "hadn", "couldn", "wouldn",
  "shouldn", "nunca", "jamas", "tampoco", "ni", "sin",
};

static const char * const contrasts[] = {
  "but", "however", "although", "though", "yet", "whereas", "nonetheless", "nevertheless",
  "pero", "sin embargo", "aunque", "no obstante", "mientras que",
};

static const char * const reporting[] = {
  "said", "says", "say", "told", "tells", "explained", "explains", "noted", "notes",
  "argued", "argues", "added", "adds", "stated", "acknowledged", "acknowledges",
  "suggested", "suggests", "warned", "warns", "insisted", "claimed", "claims", "continued",
  "asserted", "asserts", "stressed", "stresses", "believes", "believed", "maintained",
  "maintains", "recalled", "announced", "announces", "declared", "replied", "answered",
  "wrote", "writes", "according to",
  "dijo", "dice", "explico", "explica", "afirmo", "afirma", "senalo", "senala", "agrego",
  "anadio", "aseguro", "asegura", "sostuvo", "sostiene", "advirtio", "indico", "reconocio",
  "declaro", "segun",
};

static const char * const pronouns[] = {
  "he", "she", "they", "him", "her", "his", "hers", "their", "el", "ella", "ellos",
  "ellas", "su", "sus",
};

#define NEGATION_WINDOW 3
#define REPORT_GAP 2

static void
token_clear (gpointer data)
{
  g_free (((Token *) data)->folded);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
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
  GlosaSentence *self = g_new0 (GlosaSentence, 1);
  const char *p = text, *end = text + length;
  guint pos = offset, clause = 0;

  g_return_val_if_fail (text != NULL, NULL);

  self->text = text;
  self->start = offset;
  self->tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  g_array_set_clear_func (self->tokens, token_clear);

  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);

      if (is_word_char (c))
        {
          const char *word = p;
          Token token = { pos, 0, clause, NULL };

          while (p < end && is_word_char (g_utf8_get_char (p)))
            {
              p = g_utf8_next_char (p);
              pos++;
            }
          token.end = pos;
          token.folded = glosa_fold_string (word, p - word);
          g_array_append_val (self->tokens, token);
          continue;
        }
      if (c == ';')
        clause++;
      p = g_utf8_next_char (p);
      pos++;
    }
  self->end = pos;

  /* Contrast words open a clause of their own. */
  for (guint i = 0, shift = 0; i < self->tokens->len; i++)
    {
      Token *t = &g_array_index (self->tokens, Token, i);

      for (gsize k = 0; k < G_N_ELEMENTS (contrasts); k++)
        if (g_str_equal (t->folded, contrasts[k])
            || (strchr (contrasts[k], ' ') && g_str_has_prefix (contrasts[k], t->folded)
                && i + 1 < self->tokens->len
                && g_str_equal (contrasts[k] + strlen (t->folded) + 1,
                                g_array_index (self->tokens, Token, i + 1).folded)))
          {
            shift++;
            break;
          }
      t->clause += shift;
    }
  return self;
}

void
glosa_sentence_free (GlosaSentence *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->tokens);
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
  return &g_array_index (self->tokens, Token, i);
}

/* How many tokens from @i on spell @phrase (a space-separated folded
 * phrase), or 0. */
static guint
match_phrase (GlosaSentence *self,
              guint          i,
              const char    *phrase)
{
  g_auto(GStrv) words = g_strsplit (phrase, " ", -1);
  guint n = g_strv_length (words);

  if (i + n > self->tokens->len)
    return 0;
  for (guint k = 0; k < n; k++)
    if (!g_str_equal (token (self, i + k)->folded, words[k]))
      return 0;
  return n;
}

/* The longest phrase of @lexicon at token @i. */
static guint
match_lexicon (GlosaSentence      *self,
               guint               i,
               const char * const *lexicon,
               gsize               n_lexicon)
{
  guint best = 0;

  for (gsize k = 0; k < n_lexicon; k++)
    best = MAX (best, match_phrase (self, i, lexicon[k]));
  return best;
}

#define MATCH(self, i, lexicon) match_lexicon (self, i, lexicon, G_N_ELEMENTS (lexicon))

static gboolean
is_object_cue (GlosaSentence *self,
               guint          last)
{
  for (gsize k = 0; k < G_N_ELEMENTS (object_words); k++)
    if (g_str_equal (token (self, last)->folded, object_words[k]))
      return TRUE;
  return FALSE;
}

/* The index of the first token from @i on that starts a cue. */
static guint
next_cue (GlosaSentence *self,
          guint          i)
{
  for (; i < self->tokens->len; i++)
    if (MATCH (self, i, support_cues) || MATCH (self, i, oppose_cues))
      return i;
  return G_MAXUINT;
}

/* Does the cue ending before token @i govern a cue right after it,
 * directly or through "to" ("proposed suspending", "wants to end")? */
static gboolean
governs_next_cue (GlosaSentence *self,
                  guint          i)
{
  guint next = next_cue (self, i);

  if (next == i)
    return TRUE;
  return next == i + 1 && (g_str_equal (token (self, i)->folded, "to")
                           || g_str_equal (token (self, i)->folded, "a"));
}

static gboolean
negated (GlosaSentence *self,
         guint          i)
{
  for (guint k = i > NEGATION_WINDOW ? i - NEGATION_WINDOW : 0; k < i; k++)
    if (token (self, k)->clause == token (self, i)->clause && MATCH (self, k, negators))
      return TRUE;
  return FALSE;
}

static guint
token_at (GlosaSentence *self,
          guint          offset)
{
  for (guint i = 0; i < self->tokens->len; i++)
    if (token (self, i)->end > offset)
      return i;
  return self->tokens->len;
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
  guint focus = token_at (self, focus_start);
  guint focus_clause = focus < self->tokens->len ? token (self, focus)->clause : 0;
  guint support[2] = { 0, 0 }, oppose[2] = { 0, 0 };
  g_autoptr(GPtrArray) found_elsewhere = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) found_in_focus = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *found[2] = { found_elsewhere, found_in_focus };
  guint use;

  g_return_val_if_fail (self != NULL, GLOSA_STANCE_NEUTRAL);

  for (guint i = 0; i < self->tokens->len; )
    {
      guint n_support = MATCH (self, i, support_cues);
      guint n_oppose = MATCH (self, i, oppose_cues);
      guint n = MAX (n_support, n_oppose);
      gboolean is_support = n_support >= n_oppose;
      guint in_focus;
      const char *from, *to;

      /* Keyword words are the issue, not a cue ("opposition" in a name). */
      if (n == 0 || (token (self, i)->start < focus_end && token (self, i + n - 1)->end > focus_start))
        {
          i++;
          continue;
        }
      if (is_object_cue (self, i + n - 1) && !(focus >= i + n && focus < i + n + OBJECT_WINDOW))
        {
          i += n;
          continue;
        }
      /* "proposed suspending", "wants to end": the last verb governs. */
      if (governs_next_cue (self, i + n))
        {
          i += n;
          continue;
        }
      if (negated (self, i))
        is_support = !is_support;
      in_focus = token (self, i)->clause == focus_clause ? 1 : 0;
      if (is_support)
        support[in_focus]++;
      else
        oppose[in_focus]++;
      from = g_utf8_offset_to_pointer (self->text, token (self, i)->start - self->start);
      to = g_utf8_offset_to_pointer (self->text, token (self, i + n - 1)->end - self->start);
      g_ptr_array_add (found[in_focus], g_strndup (from, to - from));
      i += n;
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
  for (guint k = last + 1; k < self->tokens->len && k <= last + 1 + REPORT_GAP; k++)
    if (MATCH (self, k, reporting))
      return TRUE;
  for (guint k = first > REPORT_GAP + 2 ? first - REPORT_GAP - 2 : 0; k < first; k++)
    {
      guint n = MATCH (self, k, reporting);

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
  while (last + 1 < self->tokens->len && token (self, last + 1)->start < end)
    last++;
  return first < self->tokens->len && report_near (self, first, last);
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

  for (guint i = 0; i < self->tokens->len; i++)
    if (MATCH (self, i, reporting))
      return TRUE;
  return FALSE;
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

  for (guint i = 0; i < self->tokens->len; i++)
    {
      const char *word = token (self, i)->folded;

      if ((g_str_equal (word, "he") || g_str_equal (word, "she") || g_str_equal (word, "el")
           || g_str_equal (word, "ella"))
          && report_near (self, i, i))
        return TRUE;
    }
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

  for (guint i = 0; i < self->tokens->len; i++)
    if (MATCH (self, i, support_cues) || MATCH (self, i, oppose_cues))
      return token (self, i)->start;
  return G_MAXUINT;
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

  return self->tokens->len > 0 && MATCH (self, 0, pronouns) > 0;
}
