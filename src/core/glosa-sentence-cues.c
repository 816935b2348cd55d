/* glosa-sentence-cues.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-sentence-cues"

#include "config.h"

#include <string.h>

#include "glosa-sentence-cues.h"

/* The sentence reader's word lists, compiled once per process: every word
 * of every phrase gets a small id, and the phrases are indexed by their
 * first word, so reading a sentence costs one hash lookup per word and a
 * few comparisons of ids, not a string comparison per phrase and word. */

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

/* Words with a part of their own in the rules. */
static const char * const link_words[] = { "to", "a" };
static const char * const speaker_words[] = { "he", "she", "el", "ella" };

/* Open addressing over a power of two, at most a quarter full: a word not
 * in the lists, the common case, mostly meets an empty slot at once. */
#define N_SLOTS 2048

typedef struct
{
  guint16 id;   /* 0: empty */
  guint8  len;
  char    word[16];
} Slot;

struct _GlosaCues
{
  Slot        slots[N_SLOTS];
  GArray     *flags;   /* id → GlosaCueWordFlags, as guint8; id 0 is no
                        * word of the lists */
  GArray     *phrases; /* GlosaCuePhrase, sorted by first word */
  GArray     *index;   /* id → the first of its phrases; one more entry at the end */
  gsize       longest; /* bytes of the longest word */
};

/* FNV-1a */
static guint
hash_word (const char *word,
           gsize       len)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) word[i]) * 16777619u;
  return h;
}

/* The slot that holds @word, or the empty one where it would go. */
static const Slot *
find_slot (const GlosaCues *self,
           const char      *word,
           gsize            len)
{
  guint i = hash_word (word, len);

  for (;; i++)
    {
      const Slot *slot = &self->slots[i % N_SLOTS];

      if (slot->id == 0 || (slot->len == len && memcmp (slot->word, word, len) == 0))
        return slot;
    }
}

static guint16
intern (GlosaCues  *self,
        const char *word)
{
  gsize len = strlen (word);
  Slot *slot = (Slot *) find_slot (self, word, len);
  guint8 none = 0;

  if (slot->id != 0)
    return slot->id;
  g_assert (len <= sizeof slot->word && self->flags->len < N_SLOTS / 4);
  slot->id = self->flags->len;
  slot->len = len;
  memcpy (slot->word, word, len);
  g_array_append_val (self->flags, none);
  self->longest = MAX (self->longest, len);
  return slot->id;
}

static void
add_lexicon (GlosaCues          *self,
             GlosaCueKind        kind,
             const char * const *phrases,
             gsize               n_phrases)
{
  for (gsize k = 0; k < n_phrases; k++)
    {
      g_auto(GStrv) words = g_strsplit (phrases[k], " ", -1);
      GlosaCuePhrase phrase = { kind, g_strv_length (words), { 0 } };

      g_assert (phrase.n_words >= 1 && phrase.n_words <= GLOSA_CUE_MAX_PHRASE_WORDS);
      for (guint w = 0; w < phrase.n_words; w++)
        phrase.words[w] = intern (self, words[w]);
      g_array_append_val (self->phrases, phrase);
    }
}

static void
add_flag (GlosaCues          *self,
          GlosaCueWordFlags   flag,
          const char * const *words,
          gsize               n_words)
{
  for (gsize k = 0; k < n_words; k++)
    g_array_index (self->flags, guint8, intern (self, words[k])) |= flag;
}

static int
compare_phrases (gconstpointer a,
                 gconstpointer b)
{
  const GlosaCuePhrase *pa = a, *pb = b;

  return (int) pa->words[0] - (int) pb->words[0];
}

#define ADD_LEXICON(self, kind, list) add_lexicon (self, kind, list, G_N_ELEMENTS (list))
#define ADD_FLAG(self, flag, list) add_flag (self, flag, list, G_N_ELEMENTS (list))

static gpointer
compile_cb (gpointer data)
{
  GlosaCues *self = g_new0 (GlosaCues, 1);
  guint p = 0;

  self->flags = g_array_new (FALSE, TRUE, sizeof (guint8));
  self->phrases = g_array_new (FALSE, FALSE, sizeof (GlosaCuePhrase));
  self->index = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_set_size (self->flags, 1);

  ADD_LEXICON (self, GLOSA_CUE_SUPPORT, support_cues);
  ADD_LEXICON (self, GLOSA_CUE_OPPOSE, oppose_cues);
  ADD_LEXICON (self, GLOSA_CUE_NEGATOR, negators);
  ADD_LEXICON (self, GLOSA_CUE_CONTRAST, contrasts);
  ADD_LEXICON (self, GLOSA_CUE_REPORTING, reporting);
  ADD_LEXICON (self, GLOSA_CUE_PRONOUN, pronouns);
  ADD_FLAG (self, GLOSA_CUE_WORD_OBJECT, object_words);
  ADD_FLAG (self, GLOSA_CUE_WORD_LINK, link_words);
  ADD_FLAG (self, GLOSA_CUE_WORD_SPEAKER, speaker_words);

  g_array_sort (self->phrases, compare_phrases);
  for (guint id = 0; id <= self->flags->len; id++)
    {
      while (p < self->phrases->len
             && g_array_index (self->phrases, GlosaCuePhrase, p).words[0] < id)
        p++;
      g_array_append_val (self->index, p);
    }
  return self;
}

/**
 * glosa_cues_get:
 *
 * Returns: (transfer none): the compiled lists, built on first use and kept
 *   for the process; read-only, so threads share them
 */
const GlosaCues *
glosa_cues_get (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, compile_cb, NULL);
  return once.retval;
}

/**
 * glosa_cues_lookup:
 * @folded: a folded word, not NUL-terminated
 * @len: its length in bytes
 *
 * Returns: the word's id, 0 when no list holds it
 */
guint16
glosa_cues_lookup (const GlosaCues *self,
                   const char      *folded,
                   gsize            len)
{
  g_return_val_if_fail (self != NULL, 0);

  if (len == 0 || len > self->longest)
    return 0;
  return find_slot (self, folded, len)->id;
}

GlosaCueWordFlags
glosa_cues_get_flags (const GlosaCues *self,
                      guint16          word)
{
  g_return_val_if_fail (self != NULL && word < self->flags->len, 0);

  return g_array_index (self->flags, guint8, word);
}

/**
 * glosa_cues_get_phrases:
 * @word: a word id
 * @n_phrases: (out): how many phrases start with @word
 *
 * Returns: (array length=n_phrases): the phrases of every list that start
 *   with @word, none for id 0
 */
const GlosaCuePhrase *
glosa_cues_get_phrases (const GlosaCues *self,
                        guint16          word,
                        guint           *n_phrases)
{
  guint first;

  g_return_val_if_fail (self != NULL && word < self->flags->len, NULL);

  first = g_array_index (self->index, guint, word);
  *n_phrases = g_array_index (self->index, guint, word + 1) - first;
  return &g_array_index (self->phrases, GlosaCuePhrase, first);
}
