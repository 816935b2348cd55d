/* test-detector.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "glosa-corpus-loader.h"
#include "glosa-detector.h"
#include "glosa-sentence.h"

/* A small codebook of our own, so that these sentences test the rules and
 * not the default codebook's contents. */
static const char small_codebook[] =
  "{\"glosa_codebook\": 1, \"name\": \"test\","
  " \"actors\": ["
  "  {\"id\": \"petro\", \"name\": \"Gustavo Petro\", \"kind\": \"person\", \"aliases\": [\"Petro\"]},"
  "  {\"id\": \"rueda\", \"name\": \"Ana María Rueda\", \"kind\": \"person\", \"aliases\": [\"Rueda\"]},"
  "  {\"id\": \"us\", \"name\": \"United States\", \"kind\": \"country\","
  "   \"aliases\": [\"US\", \"U.S.\", \"Washington\"]}],"
  " \"issues\": ["
  "  {\"id\": \"eradication\", \"label\": \"Forced eradication\","
  "   \"keywords\": {\"en\": [\"eradication\"], \"es\": [\"erradicación\"]}},"
  "  {\"id\": \"substitution\", \"label\": \"Voluntary substitution\","
  "   \"keywords\": {\"en\": [\"substitution\"], \"es\": [\"sustitución\"]}}]}";

static GlosaDetector *
small_detector (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (small_codebook, sizeof small_codebook - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaCodebook) codebook = glosa_codebook_new_from_bytes (bytes, "test.json", &error);

  g_assert_no_error (error);
  return glosa_detector_new (codebook);
}

/* "actor issue stance" for each suggestion, joined by "; ". */
static char *
suggest (GlosaDetector *detector,
         const char    *text)
{
  g_autoptr(GlosaDocument) document = glosa_document_new ("d", "t", text);
  g_autoptr(GPtrArray) positions = glosa_detector_suggest (detector, document, NULL);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < positions->len; i++)
    {
      GlosaPosition *p = g_ptr_array_index (positions, i);

      g_string_append_printf (out, "%s%s %s %s", i ? "; " : "", glosa_position_get_actor (p),
                              glosa_position_get_issue (p),
                              glosa_stance_to_string (glosa_position_get_stance (p)));
    }
  return g_string_free (out, FALSE);
}

static void
test_stance_sentences (void)
{
  g_autoptr(GlosaDetector) detector = small_detector ();
  struct {
    const char *text, *expected;
  } cases[] = {
    { "Petro opposes forced eradication.", "petro eradication oppose" },
    { "Petro does not support forced eradication.", "petro eradication oppose" },
    { "Petro calls for voluntary substitution.", "petro substitution support" },
    { "Petro supports substitution but opposes eradication.",
      "petro substitution support; petro eradication oppose" },
    { "Petro both supports and criticises eradication.", "petro eradication mixed" },
    { "Petro met officials to talk about eradication.", "petro eradication neutral" },
    /* Reported speech: the speaker, not the actor spoken of. */
    { "Rueda said the US wants eradication.", "rueda eradication support" },
    { "According to Rueda, Washington rejects substitution.", "rueda substitution oppose" },
    { "Rueda spoke first. “We reject eradication,” she said.", "rueda eradication oppose" },
    /* Spanish, with negation and a subjectless verb. */
    { "Petro rechaza la erradicación forzosa.", "petro eradication oppose" },
    { "Petro no apoya la erradicación forzosa.", "petro eradication oppose" },
    { "“La sustitución funciona”, dijo Rueda.", "rueda substitution neutral" },
    { "Rueda habló con la prensa. Luego dijo que apoya la sustitución.",
      "rueda substitution support" },
    /* A clear cue with no actor borrows the paragraph's actor. */
    { "Petro spoke at length. The rejection of eradication was total.", "petro eradication oppose" },
    { "Petro spoke at length.\nThe rejection of eradication was total.", "" },
    /* Lower-case common words are not the actor. */
    { "Critics say the us-versus-them rhetoric hurts substitution.", "" },
    /* Sentences are read in turn into one object: no speaker or cue of one
     * is left for the next, and one without a keyword, not read, still
     * names who "she" is. */
    { "Rueda said Petro backs eradication. Officials discussed substitution.",
      "rueda eradication support" },
    { "Rueda said Petro backs eradication. Officials, she said, oppose substitution.",
      "rueda eradication support; petro substitution oppose" },
    { "Petro met Rueda. She said she rejects eradication.", "rueda eradication oppose" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = suggest (detector, cases[i].text);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpstr (got, ==, cases[i].expected);
    }
}

static void
test_evidence_offsets (void)
{
  g_autoptr(GlosaDetector) detector = small_detector ();
  const char *text = "Bogotá, 4 feb. — Intro line.\nÁlvaro spoke. Petro rechaza la erradicación forzosa. Fin.";
  g_autoptr(GlosaDocument) document = glosa_document_new ("d", "t", text);
  g_autoptr(GPtrArray) positions = glosa_detector_suggest (detector, document, NULL);
  GlosaPosition *p;
  const char *from;
  g_autofree char *span = NULL;

  g_assert_cmpuint (positions->len, ==, 1);
  p = g_ptr_array_index (positions, 0);
  g_assert_cmpstr (glosa_position_get_evidence (p), ==, "Petro rechaza la erradicación forzosa.");
  /* start and end are code points: the span of the text is the evidence. */
  from = g_utf8_offset_to_pointer (text, glosa_position_get_start (p));
  span = g_strndup (from, g_utf8_offset_to_pointer (text, glosa_position_get_end (p)) - from);
  g_assert_cmpstr (span, ==, glosa_position_get_evidence (p));
  g_assert_cmpuint (glosa_position_get_origin (p), ==, GLOSA_ORIGIN_SUGGESTED);
  g_assert_cmpstr (glosa_position_get_cues (p)[0], ==, "rechaza");
  g_assert_null (glosa_position_get_cues (p)[1]);
  g_assert_cmpfloat (glosa_position_get_confidence (p), >, 0.5);
}

/* The code point offset of @word in @text, plus @base. */
static guint
offset_of (const char *text,
           const char *word,
           guint       base)
{
  const char *at = strstr (text, word);

  g_assert_nonnull (at);
  return base + g_utf8_pointer_to_offset (text, at);
}

static GlosaStance
read_stance_at (GlosaSentence *sentence,
                const char    *text,
                const char    *keyword,
                guint          base,
                GPtrArray     *cues,
                double        *strength)
{
  guint start = offset_of (text, keyword, base);

  g_ptr_array_set_size (cues, 0);
  return glosa_sentence_read_stance (sentence, start, start + g_utf8_strlen (keyword, -1), cues,
                                     strength);
}

/* The sentence reader on its own: clauses, negation, phrases of several
 * words, folded words, and one sentence object read again. */
static void
test_sentence_reader (void)
{
  const char *text = "Petro, however, does not back the plan; Rueda calls for eradication.";
  const char *folded = "ＲＥＣＨＡＺＡ la Erradicación, según Rueda.";
  const char *plain = "Officials met on Tuesday.";
  g_autoptr(GlosaSentence) sentence = glosa_sentence_new (text, strlen (text), 10);
  g_autoptr(GPtrArray) cues = g_ptr_array_new_with_free_func (g_free);
  double strength = -1;

  g_assert_cmpuint (glosa_sentence_get_start (sentence), ==, 10);
  g_assert_cmpuint (glosa_sentence_get_end (sentence), ==, 10 + g_utf8_strlen (text, -1));
  g_assert_cmpuint (glosa_sentence_first_cue (sentence), ==, offset_of (text, "back", 10));
  g_assert_false (glosa_sentence_has_report (sentence));

  /* "calls for" sits in the keyword's own clause, after the semicolon. */
  g_assert_cmpint (read_stance_at (sentence, text, "eradication", 10, cues, &strength), ==,
                   GLOSA_STANCE_SUPPORT);
  g_assert_cmpfloat (strength, ==, 1.0);
  g_assert_cmpuint (cues->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (cues, 0), ==, "calls for");
  /* "however" opens the clause of "plan", where "not" turns "back" over. */
  g_assert_cmpint (read_stance_at (sentence, text, "plan", 10, cues, &strength), ==,
                   GLOSA_STANCE_OPPOSE);
  g_assert_cmpfloat (strength, ==, 1.0);
  g_assert_cmpuint (cues->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (cues, 0), ==, "back");
  /* "Petro" shares no clause with a cue: the cue elsewhere counts, less;
   * "calls for" needs its object, which "Petro" is not. */
  g_assert_cmpint (read_stance_at (sentence, text, "Petro", 10, cues, &strength), ==,
                   GLOSA_STANCE_OPPOSE);
  g_assert_cmpfloat (strength, ==, 0.6);
  g_assert_cmpuint (cues->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (cues, 0), ==, "back");

  /* Full-width capitals fold to the cue; the cue is given as written. */
  glosa_sentence_parse (sentence, folded, strlen (folded), 0);
  g_assert_cmpuint (glosa_sentence_get_end (sentence), ==, g_utf8_strlen (folded, -1));
  g_assert_cmpuint (glosa_sentence_first_cue (sentence), ==, 0);
  g_assert_true (glosa_sentence_has_report (sentence));
  g_assert_true (glosa_sentence_reports (sentence, offset_of (folded, "Rueda", 0),
                                         offset_of (folded, "Rueda", 0) + 5));
  g_assert_cmpint (read_stance_at (sentence, folded, "Erradicación", 0, cues, NULL), ==,
                   GLOSA_STANCE_OPPOSE);
  g_assert_cmpstr (g_ptr_array_index (cues, 0), ==, "ＲＥＣＨＡＺＡ");

  /* Nothing of the sentences before is left. */
  glosa_sentence_parse (sentence, plain, strlen (plain), 3);
  g_assert_cmpuint (glosa_sentence_first_cue (sentence), ==, G_MAXUINT);
  g_assert_false (glosa_sentence_has_report (sentence));
  g_assert_false (glosa_sentence_reports_pronoun (sentence));
  g_assert_false (glosa_sentence_opens_with_pronoun (sentence));
  g_assert_cmpint (read_stance_at (sentence, plain, "Tuesday", 3, cues, &strength), ==,
                   GLOSA_STANCE_NEUTRAL);
  g_assert_cmpfloat (strength, ==, 0.0);
  g_assert_cmpuint (cues->len, ==, 0);
}

static GlosaCorpus *
shared_corpus (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("GLOSA_SHARED_DIR"), "corpus", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GlosaCorpus *corpus = glosa_corpus_load (file, NULL, &error);

  g_assert_no_error (error);
  return corpus;
}

static GlosaDetector *
default_detector (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaCodebook) codebook = glosa_codebook_new_default (&error);

  g_assert_no_error (error);
  return glosa_detector_new (codebook);
}

static guint
count_mentions (GlosaDetector *detector,
                GArray        *mentions,
                const char    *actor_id)
{
  GlosaCodebook *codebook = glosa_detector_get_codebook (detector);
  guint n = 0;

  for (guint i = 0; i < mentions->len; i++)
    if (g_str_equal (glosa_actor_get_id (glosa_codebook_get_actor (codebook,
                                                                     g_array_index (mentions, GlosaMatch, i).value)),
                     actor_id))
      n++;
  return n;
}

/* Counts written by reading the two articles: every "Petro", plus "the
 * Colombian president" in the first; a title written beside the name
 * ("Colombian President Gustavo Petro") is one mention. */
static void
test_corpus_mentions (void)
{
  g_autoptr(GlosaCorpus) corpus = shared_corpus ();
  g_autoptr(GlosaDetector) detector = default_detector ();
  struct {
    guint document;
    const char *actor;
    guint count;
  } expected[] = {
    { 0, "gustavo-petro", 12 }, { 0, "donald-trump", 3 }, { 0, "united-states", 7 },
    { 0, "us-government", 10 }, { 0, "israel", 2 }, { 0, "benjamin-netanyahu", 1 },
    { 0, "colombia", 2 }, { 0, "ana-maria-rueda", 0 }, { 0, "celac", 1 },
    { 0, "us-treasury", 1 },
    { 1, "gustavo-petro", 13 }, { 1, "donald-trump", 5 }, { 1, "ana-maria-rueda", 10 },
    { 1, "united-states", 12 }, { 1, "us-government", 8 }, { 1, "unodc", 2 },
    { 1, "colombia", 9 }, { 1, "plan-colombia", 1 }, { 1, "government-of-colombia", 3 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (G_LIST_MODEL (corpus),
                                                                 expected[i].document);
      g_autoptr(GArray) mentions = glosa_detector_find_mentions (detector,
                                                                 glosa_document_get_text (document));

      g_test_message ("%s in document %u", expected[i].actor, expected[i].document);
      g_assert_cmpuint (count_mentions (detector, mentions, expected[i].actor), ==, expected[i].count);
    }
}

/* Every mention's offsets cover exactly an alias of its actor, and no
 * lower-case common word is a mention. */
static void
test_corpus_offsets (void)
{
  g_autoptr(GlosaCorpus) corpus = shared_corpus ();
  g_autoptr(GlosaDetector) detector = default_detector ();
  GlosaCodebook *codebook = glosa_detector_get_codebook (detector);

  for (guint d = 0; d < 2; d++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (G_LIST_MODEL (corpus), d);
      const char *text = glosa_document_get_text (document);
      g_autoptr(GArray) mentions = glosa_detector_find_mentions (detector, text);

      g_assert_cmpuint (mentions->len, >, 30);
      for (guint i = 0; i < mentions->len; i++)
        {
          GlosaMatch *m = &g_array_index (mentions, GlosaMatch, i);
          const char *from = g_utf8_offset_to_pointer (text, m->start);
          const char *to = g_utf8_offset_to_pointer (text, m->end);
          g_autofree char *span = g_strndup (from, to - from);
          g_autofree char *folded_span = NULL;
          GlosaActor *actor = glosa_codebook_get_actor (codebook, m->value);
          const char * const *aliases = glosa_actor_get_all_aliases (actor);
          gboolean found = FALSE;

          g_assert_true (g_unichar_isupper (g_utf8_get_char (span)));
          folded_span = g_utf8_casefold (span, -1);
          for (guint k = 0; aliases[k] && !found; k++)
            {
              g_autofree char *alias = g_utf8_casefold (aliases[k], -1);

              found = strstr (folded_span, alias) != NULL;
            }
          g_test_message ("“%s” for %s", span, glosa_actor_get_id (actor));
          g_assert_true (found);
        }
    }
}

static gboolean
has_position (GPtrArray   *positions,
              const char  *actor,
              const char  *issue,
              GlosaStance  stance)
{
  for (guint i = 0; i < positions->len; i++)
    {
      GlosaPosition *p = g_ptr_array_index (positions, i);

      if (g_str_equal (glosa_position_get_actor (p), actor)
          && g_str_equal (glosa_position_get_issue (p), issue)
          && glosa_position_get_stance (p) == stance)
        return TRUE;
    }
  return FALSE;
}

static void
test_corpus_positions (void)
{
  g_autoptr(GlosaCorpus) corpus = shared_corpus ();
  g_autoptr(GlosaDetector) detector = default_detector ();
  g_autoptr(GlosaDocument) first = g_list_model_get_item (G_LIST_MODEL (corpus), 0);
  g_autoptr(GlosaDocument) second = g_list_model_get_item (G_LIST_MODEL (corpus), 1);
  g_autoptr(GPtrArray) a = glosa_detector_suggest (detector, first, NULL);
  g_autoptr(GPtrArray) b = glosa_detector_suggest (detector, second, NULL);

  g_assert_true (has_position (a, "gustavo-petro", "forced-eradication", GLOSA_STANCE_OPPOSE));
  g_assert_true (has_position (a, "gustavo-petro", "voluntary-substitution", GLOSA_STANCE_SUPPORT));
  g_assert_true (has_position (a, "gustavo-petro", "interdiction-lethal-force", GLOSA_STANCE_OPPOSE));
  g_assert_true (has_position (a, "gustavo-petro", "israel-relations", GLOSA_STANCE_OPPOSE));
  g_assert_true (has_position (b, "gustavo-petro", "voluntary-substitution", GLOSA_STANCE_SUPPORT));
  g_assert_true (has_position (b, "united-states", "forced-eradication", GLOSA_STANCE_SUPPORT));
  /* Nobody in the corpus supports forced eradication on Petro's behalf. */
  g_assert_false (has_position (a, "gustavo-petro", "forced-eradication", GLOSA_STANCE_SUPPORT));
  g_assert_false (has_position (b, "gustavo-petro", "forced-eradication", GLOSA_STANCE_SUPPORT));

  for (guint i = 0; i < b->len; i++)
    {
      GlosaPosition *p = g_ptr_array_index (b, i);
      const char *text = glosa_document_get_text (second);
      const char *from = g_utf8_offset_to_pointer (text, glosa_position_get_start (p));
      const char *to = g_utf8_offset_to_pointer (text, glosa_position_get_end (p));

      g_assert_cmpuint (glosa_position_get_origin (p), ==, GLOSA_ORIGIN_SUGGESTED);
      g_assert_cmpint (strncmp (from, glosa_position_get_evidence (p), to - from), ==, 0);
      g_assert_cmpfloat (glosa_position_get_confidence (p), >, 0.0);
      g_assert_cmpfloat (glosa_position_get_confidence (p), <=, 1.0);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/detector/stance-sentences", test_stance_sentences);
  g_test_add_func ("/detector/evidence-offsets", test_evidence_offsets);
  g_test_add_func ("/detector/sentence-reader", test_sentence_reader);
  g_test_add_func ("/detector/corpus-mentions", test_corpus_mentions);
  g_test_add_func ("/detector/corpus-offsets", test_corpus_offsets);
  g_test_add_func ("/detector/corpus-positions", test_corpus_positions);

  return g_test_run ();
}
