/* glosa-detector.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-detector"

#include "config.h"

#include <string.h>

#include "glosa-detector.h"
#include "glosa-fold-private.h"
#include "glosa-sentence.h"
#include "glosa-text.h"

/* Finds, in one document, the codebook's actors (one pass of one matcher
 * over all aliases), the names the codebook lacks, and the positions the
 * sentences suggest: actor + issue keyword + stance cue. */
struct _GlosaDetector
{
  GObject        parent_instance;

  GlosaCodebook *codebook;
  GlosaMatcher  *actors;   /* value: actor position in the codebook */
  GlosaMatcher  *issues;   /* value: issue position in the codebook */
};

G_DEFINE_FINAL_TYPE (GlosaDetector, glosa_detector, G_TYPE_OBJECT)

/* How much each way of finding the actor is trusted. */
#define CONFIDENCE_SPEAKER   0.85
#define CONFIDENCE_SUBJECT   0.75
#define CONFIDENCE_PRONOUN   0.65
#define CONFIDENCE_TOPIC     0.5
#define CONFIDENCE_MENTIONED 0.45

static void
glosa_detector_finalize (GObject *object)
{
  GlosaDetector *self = (GlosaDetector *) object;

  g_clear_object (&self->codebook);
  g_clear_object (&self->actors);
  g_clear_object (&self->issues);

  G_OBJECT_CLASS (glosa_detector_parent_class)->finalize (object);
}

static void
glosa_detector_class_init (GlosaDetectorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = glosa_detector_finalize;
}

static void
glosa_detector_init (GlosaDetector *self)
{
}

/**
 * glosa_detector_new:
 * @codebook: the actors and issues to look for
 *
 * Compiles the codebook's aliases and keywords into matchers. The detector
 * is read-only afterwards: threads may share it.
 *
 * Returns: (transfer full): a new detector
 */
GlosaDetector *
glosa_detector_new (GlosaCodebook *codebook)
{
  GlosaDetector *self;

  g_return_val_if_fail (GLOSA_IS_CODEBOOK (codebook), NULL);

  self = g_object_new (GLOSA_TYPE_DETECTOR, NULL);
  self->codebook = g_object_ref (codebook);
  self->actors = glosa_matcher_new ();
  self->issues = glosa_matcher_new ();

  for (guint i = 0; i < glosa_codebook_get_n_actors (codebook); i++)
    {
      GlosaActor *actor = glosa_codebook_get_actor (codebook, i);
      const char * const *aliases = glosa_actor_get_all_aliases (actor);

      glosa_matcher_add (self->actors, glosa_actor_get_name (actor), i);
      for (guint k = 0; aliases[k]; k++)
        glosa_matcher_add (self->actors, aliases[k], i);
    }
  for (guint i = 0; i < glosa_codebook_get_n_issues (codebook); i++)
    {
      const char * const *keywords = glosa_issue_get_all_keywords (glosa_codebook_get_issue (codebook, i));

      for (guint k = 0; keywords[k]; k++)
        glosa_matcher_add (self->issues, keywords[k], i);
    }
  glosa_matcher_compile (self->actors);
  glosa_matcher_compile (self->issues);
  return self;
}

GlosaCodebook *
glosa_detector_get_codebook (GlosaDetector *self)
{
  g_return_val_if_fail (GLOSA_IS_DETECTOR (self), NULL);

  return self->codebook;
}

/* A cursor that walks a text forward, from code point offsets to bytes. */
typedef struct
{
  const char *p;
  guint       offset;
} Cursor;

static const char *
cursor_seek (Cursor *cursor,
             guint   offset)
{
  g_assert (offset >= cursor->offset);
  for (; cursor->offset < offset; cursor->offset++)
    cursor->p = g_utf8_next_char (cursor->p);
  return cursor->p;
}

static gboolean
only_space_between (Cursor *cursor,
                    guint   from,
                    guint   to)
{
  const char *p = cursor_seek (cursor, from);

  for (guint i = from; i < to; i++, p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/**
 * glosa_detector_find_mentions:
 * @text: a document's text
 *
 * Finds every actor alias in one pass. Titles and names written side by
 * side for one actor ("U.S. President" "Donald Trump") count as one mention.
 *
 * Returns: (transfer full) (element-type GlosaMatch): the mentions in text
 *   order, in code points; `value` is the actor's position in the codebook
 */
GArray *
glosa_detector_find_mentions (GlosaDetector *self,
                              const char    *text)
{
  GArray *matches;
  Cursor cursor = { text, 0 };
  guint kept = 0;

  g_return_val_if_fail (GLOSA_IS_DETECTOR (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  matches = glosa_matcher_scan (self->actors, text, -1);
  for (guint i = 0; i < matches->len; i++)
    {
      GlosaMatch *m = &g_array_index (matches, GlosaMatch, i);

      if (kept > 0)
        {
          GlosaMatch *last = &g_array_index (matches, GlosaMatch, kept - 1);

          if (last->value == m->value && only_space_between (&cursor, last->end, m->start))
            {
              last->end = m->end;
              continue;
            }
        }
      g_array_index (matches, GlosaMatch, kept++) = *m;
    }
  g_array_set_size (matches, kept);
  return matches;
}

/**
 * glosa_detector_find_unlisted:
 * @text: a document's text
 * @mentions: (element-type GlosaMatch): its mentions
 *
 * Returns: (transfer full) (element-type GlosaName): capitalised names that
 *   no alias covers, most mentioned first
 */
GPtrArray *
glosa_detector_find_unlisted (GlosaDetector *self,
                              const char    *text,
                              GArray        *mentions)
{
  g_return_val_if_fail (GLOSA_IS_DETECTOR (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (mentions != NULL, NULL);

  return glosa_names_find (text, -1, mentions);
}

typedef struct
{
  GlosaDetector *self;
  GlosaDocument *document;
  const char    *text;
  GArray        *mentions;
  GArray        *keywords;
  guint          next_mention;
  guint          next_keyword;
  int            last_person;  /* actor position, or -1 */
  int            topic;        /* the paragraph's current actor, or -1 */
  GlosaSentence *parsed;       /* the sentence read last, its memory reused */
  guint          n_sentences;
  guint         *issue_seen;   /* issue position → the sentence (from 1) that
                                * last suggested it */
  GPtrArray     *positions;
} Suggest;

static gboolean
is_person (GlosaDetector *self,
           guint          actor)
{
  return glosa_actor_get_kind (glosa_codebook_get_actor (self->codebook, actor)) == GLOSA_ACTOR_KIND_PERSON;
}

/* Trims the sentence's spaces and returns its evidence text. */
static char *
evidence_text (const char *sentence,
               gsize       length,
               guint      *start,
               guint      *end)
{
  const char *from = sentence, *to = sentence + length;

  while (from < to && g_ascii_isspace (*from))
    {
      from++;
      (*start)++;
    }
  while (to > from && g_ascii_isspace (to[-1]))
    {
      to--;
      (*end)--;
    }
  return g_strndup (from, to - from);
}

/* @sentence holds @n_chars code points from @start on. */
static void
suggest_sentence (Suggest    *s,
                  const char *sentence,
                  gsize       length,
                  guint       start,
                  guint       n_chars,
                  gboolean    opens_paragraph)
{
  GlosaSentence *parsed = NULL;
  guint end = start + n_chars;
  guint first_mention = s->next_mention, n_mentions = 0, first_keyword = s->next_keyword;
  guint n_keywords = 0, first_cue = G_MAXUINT, number = ++s->n_sentences;
  int actor = -1, subject = -1;
  double trust = 0;

  if (opens_paragraph)
    s->topic = -1;
  while (s->next_mention < s->mentions->len
         && g_array_index (s->mentions, GlosaMatch, s->next_mention).start < end)
    s->next_mention++, n_mentions++;
  while (s->next_keyword < s->keywords->len
         && g_array_index (s->keywords, GlosaMatch, s->next_keyword).start < end)
    s->next_keyword++, n_keywords++;

  /* Most sentences name no issue: only who they name matters then, and
   * their words need not be read. */
  if (n_keywords > 0)
    {
      if (s->parsed == NULL)
        s->parsed = glosa_sentence_new (sentence, length, start);
      else
        glosa_sentence_parse (s->parsed, sentence, length, start);
      parsed = s->parsed;
      first_cue = glosa_sentence_first_cue (parsed);
    }
  for (guint i = first_mention; i < first_mention + n_mentions; i++)
    {
      GlosaMatch *m = &g_array_index (s->mentions, GlosaMatch, i);

      /* A quoted or reported speaker comes before anyone else. */
      if (actor < 0 && n_keywords > 0 && glosa_sentence_reports (parsed, m->start, m->end))
        {
          actor = m->value;
          trust = CONFIDENCE_SPEAKER;
        }
      if (m->start < first_cue)
        subject = m->value;
    }

  if (n_keywords > 0 && actor < 0)
    {
      /* "she said", or Spanish "dijo" with no subject named. */
      if ((glosa_sentence_reports_pronoun (parsed)
           || (n_mentions == 0 && glosa_sentence_has_report (parsed)))
          && s->last_person >= 0)
        actor = s->last_person, trust = CONFIDENCE_PRONOUN;
      else if (subject >= 0 && first_cue != G_MAXUINT)
        actor = subject, trust = CONFIDENCE_SUBJECT;
      else if (glosa_sentence_opens_with_pronoun (parsed) && s->last_person >= 0)
        actor = s->last_person, trust = CONFIDENCE_PRONOUN;
      /* A cue with nobody named before it ("The rejection of force…"):
       * the stance is the paragraph's actor's, not that of a country
       * named later in passing. */
      else if (first_cue != G_MAXUINT && s->topic >= 0)
        actor = s->topic, trust = CONFIDENCE_TOPIC;
      else if (n_mentions > 0)
        actor = g_array_index (s->mentions, GlosaMatch, first_mention).value,
        trust = CONFIDENCE_MENTIONED;
    }

  for (guint i = first_keyword; actor >= 0 && i < first_keyword + n_keywords; i++)
    {
      GlosaMatch *k = &g_array_index (s->keywords, GlosaMatch, i);
      g_autoptr(GPtrArray) cues = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GlosaPosition) position = NULL;
      g_autofree char *evidence = NULL;
      GlosaStance stance;
      double strength = 0;
      guint ev_start = start, ev_end = end;

      if (s->issue_seen[k->value] == number)
        continue;
      s->issue_seen[k->value] = number;
      stance = glosa_sentence_read_stance (parsed, k->start, k->end, cues, &strength);
      /* Borrowing the paragraph's actor is only worth it for a clear cue. */
      if (trust == CONFIDENCE_TOPIC && stance == GLOSA_STANCE_NEUTRAL)
        continue;

      position = glosa_position_new (glosa_document_get_id (s->document),
                                     glosa_actor_get_id (glosa_codebook_get_actor (s->self->codebook, actor)),
                                     glosa_issue_get_id (glosa_codebook_get_issue (s->self->codebook, k->value)),
                                     stance, GLOSA_ORIGIN_SUGGESTED);
      evidence = evidence_text (sentence, length, &ev_start, &ev_end);
      glosa_position_set_evidence (position, ev_start, ev_end, evidence);
      glosa_position_set_confidence (position, trust * (0.6 + 0.4 * strength));
      for (guint c = 0; c < cues->len; c++)
        glosa_position_add_cue (position, g_ptr_array_index (cues, c));
      g_ptr_array_add (s->positions, g_steal_pointer (&position));
    }

  /* Who the paragraph is about, and who "she" will be. */
  if (actor >= 0)
    s->topic = actor;
  else if (n_mentions > 0)
    s->topic = g_array_index (s->mentions, GlosaMatch, first_mention).value;
  for (guint i = first_mention; i < first_mention + n_mentions; i++)
    if (is_person (s->self, g_array_index (s->mentions, GlosaMatch, i).value))
      s->last_person = g_array_index (s->mentions, GlosaMatch, i).value;
}

/**
 * glosa_detector_suggest:
 * @document: the document
 * @mentions: (nullable) (element-type GlosaMatch): its mentions, if already
 *   found
 *
 * Suggests positions, sentence by sentence. The actor of a sentence is its
 * reported speaker ("Rueda said…"), else the person a "she said" refers
 * back to, else the actor named before the stance cue, else, for a clear
 * cue, the actor the paragraph is about.
 *
 * Returns: (transfer full) (element-type GlosaPosition): suggestions in
 *   text order, with origin %GLOSA_ORIGIN_SUGGESTED
 */
GPtrArray *
glosa_detector_suggest (GlosaDetector *self,
                        GlosaDocument *document,
                        GArray        *mentions)
{
  g_autoptr(GArray) own_mentions = NULL;
  g_autoptr(GArray) keywords = NULL;
  g_autofree guint *issue_seen = NULL;
  const char *text, *p;
  gsize length;
  guint offset = 0;
  Suggest s = { 0 };

  g_return_val_if_fail (GLOSA_IS_DETECTOR (self), NULL);
  g_return_val_if_fail (GLOSA_IS_DOCUMENT (document), NULL);

  text = glosa_document_get_text (document);
  length = strlen (text);
  if (mentions == NULL)
    mentions = own_mentions = glosa_detector_find_mentions (self, text);
  keywords = glosa_matcher_scan (self->issues, text, length);

  s.self = self;
  s.document = document;
  s.text = text;
  s.mentions = mentions;
  s.keywords = keywords;
  s.last_person = -1;
  s.topic = -1;
  s.positions = g_ptr_array_new_with_free_func (g_object_unref);
  s.issue_seen = issue_seen = g_new0 (guint, glosa_codebook_get_n_issues (self->codebook));

  p = text;
  while ((gsize) (p - text) < length)
    {
      gsize from = p - text;
      gsize to = glosa_text_sentence_end (text, length, from);
      gboolean opens_paragraph = from == 0 || text[from - 1] == '\n';
      gboolean empty = to == from;
      guint n_chars;

      if (empty)
        to = from + 1;  /* an empty line: step over its "\n" */
      n_chars = glosa_utf8_count_chars ((const guchar *) p, (const guchar *) text + to);
      if (!empty)
        suggest_sentence (&s, p, to - from, offset, n_chars, opens_paragraph);
      offset += n_chars;
      p = text + to;
      /* The space or newline after a sentence belongs to no sentence. */
      while ((gsize) (p - text) < length && (*p == ' ' || *p == '\n' || *p == '\t'))
        {
          p++;
          offset++;
        }
    }
  g_clear_pointer (&s.parsed, glosa_sentence_free);
  return s.positions;
}
