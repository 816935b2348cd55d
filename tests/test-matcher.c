/* test-matcher.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-matcher"

#include "config.h"

#include <string.h>
#include <gio/gio.h>

#include "glosa-fold.h"
#include "glosa-matcher.h"
#include "glosa-names.h"

/* Folding */

static void
assert_folds_to (const char *text,
                 const char *expected)
{
  g_autofree char *folded = glosa_fold_string (text, -1);

  g_assert_cmpstr (folded, ==, expected);
}

static void
test_fold_characters (void)
{
  assert_folds_to ("María", "maria");
  assert_folds_to ("Maria", "maria");
  assert_folds_to ("MARÍA", "maria");
  assert_folds_to ("Muñoz", "munoz");
  assert_folds_to ("Pingüino", "pinguino");
  assert_folds_to ("Straße STRAẞE", "strasse strasse");
  assert_folds_to ("Œuvre Ærø Łódź", "oeuvre aero lodz");
  assert_folds_to ("Bogotá Medellín", "bogota medellin");
  assert_folds_to ("ΣΊΣΥΦΟΣ", "σισυφοσ");
  assert_folds_to ("Москва", "москва");
  assert_folds_to ("ﬁnal Ｆｕｌｌ", "final full");
  /* Typography that should not keep "Petro’s" from "Petro's". */
  assert_folds_to ("Petro’s", "petro's");
  assert_folds_to ("“Sí” — «no»", "\"si\" - \"no\"");
  assert_folds_to ("a\u00A0b\u2009c\td\ne", "a b c d e");
  assert_folds_to ("co\u00ADca", "coca");
}

static void
test_fold_decomposed (void)
{
  g_autofree char *nfc = g_utf8_normalize ("Mari\u0301a Nun\u0303ez", -1, G_NORMALIZE_NFC);

  g_assert_cmpstr (nfc, ==, "María Nuñez");
  assert_folds_to (nfc, "maria nunez");
  /* Marks fold to nothing even where no precomposed letter exists. */
  assert_folds_to ("Mari\u0301a", "maria");
  assert_folds_to ("q\u0303", "q");
}

/* Checks the offset map exactly: each code point's fold appears in turn in
 * the folded text, and each of its bytes maps back to that code point. */
static void
assert_offset_map (const char *text)
{
  g_autoptr(GlosaFolded) folded = glosa_folded_new (text, -1);
  gsize len, f = 0;
  const char *bytes = glosa_folded_get_text (folded, &len);
  guint k = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p), k++)
    {
      char out[GLOSA_FOLD_MAX_CHAR_LEN];
      guint n = glosa_fold_char (g_utf8_get_char (p), out, NULL);

      g_assert_cmpuint (f + n, <=, len);
      g_assert_cmpmem (bytes + f, n, out, n);
      for (guint i = 0; i < n; i++, f++)
        g_assert_cmpuint (glosa_folded_to_original (folded, f), ==, k);
    }
  g_assert_cmpuint (f, ==, len);
  g_assert_cmpuint (k, ==, glosa_folded_get_n_chars (folded));
  g_assert_cmpuint (glosa_folded_to_original (folded, len), ==, k);
}

static void
test_fold_offsets (void)
{
  const char *texts[] = {
    "",
    "Plain ASCII, nothing else.",
    "María Straße ΣΊΣΥΦΟΣ 😀 👩🏽‍🚀 Москва ﬁ",
    "q\u0303 \u00AD x\u0301\u0302y",
    "مرحبا بالعالم — قال محمد بن سلمان",
    "שָׁלוֹם עולם, אמר נתניהו",
    "東京 서울 Ǆemal ǅ ℡ ㎏",
    "\u200F\u202Btext\u202C\u200E",
  };

  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_offset_map (texts[i]);

  /* ASCII folds byte for byte: offset i maps back to i. */
  for (guint round = 0; round < 200; round++)
    {
      char text[256] = { 0 };
      guint len = g_rand_int_range (rand, 0, 255);
      g_autoptr(GlosaFolded) folded = NULL;

      for (guint i = 0; i < len; i++)
        text[i] = g_rand_int_range (rand, 1, 128);
      assert_offset_map (text);
      folded = glosa_folded_new (text, len);
      for (guint i = 0; i <= len; i++)
        g_assert_cmpuint (glosa_folded_to_original (folded, i), ==, i);
    }
}

static char *
read_normalization_test (void)
{
  const char *plain = "/usr/share/unicode/NormalizationTest.txt";
  const char *compressed = "/usr/share/unicode/NormalizationTest.txt.bz2";
  g_autoptr(GSubprocess) bzcat = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autofree char *program = NULL;
  char *contents = NULL;

  if (g_file_get_contents (plain, &contents, NULL, NULL))
    return contents;
  program = g_find_program_in_path ("bzcat");
  if (!g_file_test (compressed, G_FILE_TEST_EXISTS) || program == NULL)
    return NULL;

  bzcat = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, NULL, program, compressed, NULL);
  if (bzcat == NULL
      || !g_subprocess_communicate (bzcat, NULL, NULL, &out, NULL, NULL)
      || !g_subprocess_get_successful (bzcat))
    return NULL;
  return g_strndup (g_bytes_get_data (out, NULL), g_bytes_get_size (out));
}

static void
test_fold_normalization_test (void)
{
  g_autofree char *contents = read_normalization_test ();
  g_auto(GStrv) lines = NULL;
  guint checked = 0;

  if (contents == NULL)
    {
      g_test_skip ("NormalizationTest.txt not found (Debian package unicode-data)");
      return;
    }

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '@' || lines[i][0] == '\0')
        continue;

      fields = g_strsplit (lines[i], ";", 6);
      for (guint col = 0; col < 5 && fields[col]; col++)
        {
          g_auto(GStrv) hex = g_strsplit (fields[col], " ", -1);
          g_autoptr(GString) text = g_string_new (NULL);
          g_autofree char *nfc = NULL;

          for (guint h = 0; hex[h]; h++)
            if (hex[h][0] != '\0')
              g_string_append_unichar (text, g_ascii_strtoull (hex[h], NULL, 16));
          nfc = g_utf8_normalize (text->str, -1, G_NORMALIZE_NFC);
          assert_offset_map (nfc);
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, 10000);
}

/* Matching */

static GlosaMatcher *
matcher_new (const char * const *patterns)
{
  GlosaMatcher *matcher = glosa_matcher_new ();

  for (guint i = 0; patterns[i]; i++)
    g_assert_true (glosa_matcher_add (matcher, patterns[i], i));
  glosa_matcher_compile (matcher);
  return matcher;
}

/* Describes the matches as "value:text|value:text", text cut from the
 * original by code point offsets, so offsets are checked exactly. */
static char *
describe (GlosaMatcher *matcher,
          const char   *text)
{
  g_autoptr(GArray) matches = glosa_matcher_scan (matcher, text, -1);
  GString *out = g_string_new (NULL);
  glong n_chars = g_utf8_strlen (text, -1);

  for (guint i = 0; i < matches->len; i++)
    {
      const GlosaMatch *m = &g_array_index (matches, GlosaMatch, i);
      const char *start, *end;

      g_assert_cmpuint (m->start, <, m->end);
      g_assert_cmpuint (m->end, <=, n_chars);
      if (i > 0)
        g_assert_cmpuint (g_array_index (matches, GlosaMatch, i - 1).end, <=, m->start);

      start = g_utf8_offset_to_pointer (text, m->start);
      end = g_utf8_offset_to_pointer (text, m->end);
      g_string_append_printf (out, "%s%u:%.*s", i ? "|" : "", m->value, (int) (end - start),
                              start);
    }
  return g_string_free (out, FALSE);
}

static void
assert_matches (GlosaMatcher *matcher,
                const char   *text,
                const char   *expected)
{
  g_autofree char *found = describe (matcher, text);

  g_assert_cmpstr (found, ==, expected);
}

static void
test_matcher_accents (void)
{
  const char *patterns[] = { "María", "Bogotá", "Medellin", NULL };
  g_autoptr(GlosaMatcher) matcher = matcher_new (patterns);

  assert_matches (matcher, "María, Maria y MARÍA", "0:María|0:Maria|0:MARÍA");
  assert_matches (matcher, "De Bogota a BOGOTÁ y Bogotá", "1:Bogota|1:BOGOTÁ|1:Bogotá");
  assert_matches (matcher, "En Medellín.", "2:Medellín");
}

static void
test_matcher_acronyms (void)
{
  const char *patterns[] = { "U.S.", "UNODC", "US", "EE.UU.", NULL };
  g_autoptr(GlosaMatcher) matcher = matcher_new (patterns);

  assert_matches (matcher, "the U.S.-Colombia strategy and U.S. officials",
                  "0:U.S.|0:U.S.");
  assert_matches (matcher, "allies of the U.S.", "0:U.S.");
  assert_matches (matcher, "the U.S.A. is not the U.S", "");
  assert_matches (matcher, "UNODC said (UNODC) unodc", "1:UNODC|1:UNODC");
  assert_matches (matcher, "the US told us, Us and us", "2:US");
  assert_matches (matcher, "EE.UU. y ee.uu.", "3:EE.UU.");
}

static void
test_matcher_case_rule (void)
{
  const char *patterns[] = { "Trump", "Rueda", "coca", "de la Espriella", NULL };
  g_autoptr(GlosaMatcher) matcher = matcher_new (patterns);

  assert_matches (matcher, "Trump will trump TRUMP", "0:Trump|0:TRUMP");
  assert_matches (matcher, "una rueda, Rueda dijo", "1:Rueda");
  assert_matches (matcher, "Coca, coca and COCA", "2:Coca|2:coca|2:COCA");
  assert_matches (matcher, "Abelardo de la Espriella, de la espriella",
                  "3:de la Espriella");
}

static void
test_matcher_longest (void)
{
  const char *patterns[] = { "Colombia", "Plan Colombia", "New York", "York Times",
                             "New York Times Square", NULL };
  g_autoptr(GlosaMatcher) matcher = matcher_new (patterns);

  assert_matches (matcher, "Plan Colombia helped Colombia", "1:Plan Colombia|0:Colombia");
  assert_matches (matcher, "the plan Colombia", "0:Colombia");
  assert_matches (matcher, "New York Times", "2:New York");
  assert_matches (matcher, "New York Times Square", "4:New York Times Square");
  assert_matches (matcher, "New York Times Squared", "2:New York");
}

static void
test_matcher_boundaries (void)
{
  const char *patterns[] = { "Petro", "UN", "Rueda", NULL };
  g_autoptr(GlosaMatcher) matcher = matcher_new (patterns);

  /* Possessives, straight and curly, are not part of the mention. */
  assert_matches (matcher, "Petro's term and Petro’s plan", "0:Petro|0:Petro");
  assert_matches (matcher, "In Rueda’s view", "2:Rueda");

  assert_matches (matcher, "Petrol, Petroleum, aPetro, Petro2, Petros", "");
  assert_matches (matcher, "Petro-led (Petro) «Petro» Petro.", "0:Petro|0:Petro|0:Petro|0:Petro");
  assert_matches (matcher, "UN UNDP UNO UN-Habitat", "1:UN|1:UN");
  assert_matches (matcher, "Petro\u0301 Petro", "0:Petro\u0301|0:Petro");
  assert_matches (matcher, "Petro\u200B \u200FPetro\u200E", "0:Petro|0:Petro");
}

static void
test_matcher_whitespace (void)
{
  const char *patterns[] = { "Gustavo  Petro", "Ana María Rueda", NULL };
  g_autoptr(GlosaMatcher) matcher = matcher_new (patterns);

  assert_matches (matcher, "Gustavo\n  Petro and Gustavo Petro",
                  "0:Gustavo\n  Petro|0:Gustavo Petro");
  assert_matches (matcher, "Ana\u00A0María Rueda", "1:Ana\u00A0María Rueda");
  assert_matches (matcher, "GustavoPetro", "");
}

static void
test_matcher_scripts (void)
{
  const char *patterns[] = { "محمد", "נתניהו", "Москва", "東京", NULL };
  g_autoptr(GlosaMatcher) matcher = matcher_new (patterns);

  assert_matches (matcher, "😀 قال محمد، 👩🏽‍🚀 אמר נתניהו. МОСКВА 東京",
                  "0:محمد|1:נתניהו|2:МОСКВА|3:東京");
}

static void
test_matcher_empty (void)
{
  g_autoptr(GlosaMatcher) matcher = glosa_matcher_new ();

  g_assert_false (glosa_matcher_add (matcher, "", 0));
  g_assert_false (glosa_matcher_add (matcher, "  \u0301 ", 0));
  g_assert_cmpuint (glosa_matcher_get_n_patterns (matcher), ==, 0);
  glosa_matcher_compile (matcher);
  assert_matches (matcher, "Some text", "");
  assert_matches (matcher, "", "");
}

static void
test_matcher_invalid_utf8 (void)
{
  const char *patterns[] = { "Petro", NULL };
  g_autoptr(GlosaMatcher) matcher = matcher_new (patterns);
  const char bytes[] = "\xff Petro \xe2\x82 Petro \xf0\x9f";
  g_autoptr(GArray) matches = glosa_matcher_scan (matcher, bytes, sizeof bytes - 1);
  g_autoptr(GPtrArray) names = glosa_names_find (bytes, sizeof bytes - 1, matches);

  /* Offsets stay in the text: a stray lead byte counts as a code point, a
   * stray continuation byte as part of the one before it. */
  g_assert_cmpuint (matches->len, ==, 2);
  g_assert_cmpuint (g_array_index (matches, GlosaMatch, 0).start, ==, 2);
  g_assert_cmpuint (g_array_index (matches, GlosaMatch, 1).start, ==, 10);
  g_assert_cmpuint (g_array_index (matches, GlosaMatch, 1).end, ==, 15);
}

/* A reference matcher written differently: every start after a boundary,
 * every end before one, folded text looked up in a hash table. */

typedef struct
{
  guint value;
  int   strictness;
} RefPattern;

/* The case of [start, end): first_upper, any_upper, any_lower. */
static void
ref_case (const gunichar *chars,
          glong           start,
          glong           end,
          gboolean        out[3])
{
  gboolean seen = FALSE;

  out[0] = out[1] = out[2] = FALSE;
  for (glong i = start; i < end; i++)
    {
      gboolean is_upper = g_unichar_isupper (chars[i]) || g_unichar_istitle (chars[i]);
      gboolean is_lower = g_unichar_islower (chars[i]);

      if ((is_upper || is_lower) && !seen)
        {
          seen = TRUE;
          out[0] = is_upper;
        }
      out[1] |= is_upper;
      out[2] |= is_lower;
    }
}

/* 0: any case, 1: some capital, 2: an initial capital, 3: all capitals. */
static int
ref_strictness (const char *pattern)
{
  glong n, n_upper = 0;
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (pattern, -1, &n);
  gboolean c[3];

  ref_case (chars, 0, n, c);
  for (glong i = 0; i < n; i++)
    n_upper += g_unichar_isupper (chars[i]) || g_unichar_istitle (chars[i]);
  if (!c[1])
    return 0;
  if (!c[2] && n_upper >= 2)
    return 3;
  return c[0] ? 2 : 1;
}

static gboolean
ref_case_holds (int             strictness,
                const gunichar *chars,
                guint           start,
                guint           end)
{
  gboolean c[3];

  ref_case (chars, start, end, c);
  return strictness == 0 || (strictness == 1 && c[1]) || (strictness == 2 && c[0])
         || (strictness == 3 && !c[2]);
}

static gboolean
ref_is_word (gunichar c)
{
  GlosaCharFlags flags;

  glosa_fold_char (c, NULL, &flags);
  return (flags & GLOSA_CHAR_WORD) != 0;
}

/* The strictest case rule that holds, the first added among equals. */
static const RefPattern *
ref_pick (GPtrArray      *candidates,
          const gunichar *chars,
          guint           start,
          guint           end)
{
  for (int strictness = 3; strictness >= 0; strictness--)
    for (guint i = 0; i < candidates->len; i++)
      {
        const RefPattern *rp = g_ptr_array_index (candidates, i);

        if (rp->strictness == strictness && ref_case_holds (strictness, chars, start, end))
          return rp;
      }
  return NULL;
}

static GArray *
ref_scan (GHashTable *table,
          guint       max_len,
          const char *text)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (GlosaMatch));
  glong n;
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (text, -1, &n);

  for (guint s = 0; s < n; s++)
    {
      g_autoptr(GString) folded = g_string_new (NULL);
      gboolean in_space = FALSE;
      GlosaMatch best = { 0 };

      if (s > 0 && ref_is_word (chars[s - 1]))
        continue;

      for (guint e = s; e < n && folded->len <= max_len; e++)
        {
          char out[GLOSA_FOLD_MAX_CHAR_LEN];
          GlosaCharFlags flags;
          guint len = glosa_fold_char (chars[e], out, &flags);
          GPtrArray *candidates;
          const RefPattern *rp;

          if (len == 0 && e == s)
            break;
          if (len == 0 && !(flags & GLOSA_CHAR_WORD))
            continue;
          if (!(flags & GLOSA_CHAR_SPACE) || !in_space)
            g_string_append_len (folded, out, len);
          if (len > 0)
            in_space = (flags & GLOSA_CHAR_SPACE) != 0;

          if (e + 1 < n && ref_is_word (chars[e + 1]))
            continue;
          candidates = g_hash_table_lookup (table, folded->str);
          rp = candidates ? ref_pick (candidates, chars, s, e + 1) : NULL;
          if (rp != NULL)
            best = (GlosaMatch) { s, e + 1, rp->value };
        }

      if (best.end > s)
        {
          g_array_append_val (matches, best);
          s = best.end - 1;
        }
    }
  return matches;
}

static const char *syllables[] = {
  "ma", "rí", "a", "jo", "sé", "pe", "tro", "gus", "ta", "vo", "lu", "ís", "ca", "rlos",
  "ñu", "ño", "ber", "to", "ü", "el", "an", "dré", "s", "mi", "guel", "ro", "dri", "go",
};

static char *
random_name (GRand *rand)
{
  GString *name = g_string_new (NULL);
  guint n_words = g_rand_int_range (rand, 1, 4);
  guint style = g_rand_int_range (rand, 0, 10);

  for (guint w = 0; w < n_words; w++)
    {
      g_autoptr(GString) word = g_string_new (NULL);
      guint n_syl = g_rand_int_range (rand, 1, 4);
      g_autofree char *cased = NULL;

      for (guint i = 0; i < n_syl; i++)
        g_string_append (word, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);

      if (style == 0)
        cased = g_utf8_strup (word->str, -1);          /* an acronym */
      else if (style == 1)
        cased = g_strdup (word->str);                   /* a common noun */
      else
        {
          gunichar first = g_unichar_totitle (g_utf8_get_char (word->str));
          char buf[8] = { 0 };

          g_unichar_to_utf8 (first, buf);
          cased = g_strconcat (buf, g_utf8_next_char (word->str), NULL);
        }
      if (w > 0)
        g_string_append_c (name, ' ');
      g_string_append (name, cased);
    }
  return g_string_free (name, FALSE);
}

static void
test_matcher_many (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  g_autoptr(GlosaMatcher) matcher = glosa_matcher_new ();
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) expected = NULL;
  g_autoptr(GArray) found = NULL;
  const char *fillers[] = { " ", ", ", ". ", "  ", "\n", "’s ", " y ", "-", " the ",
                            " (", ") ", "s " };
  guint max_len = 0;

  for (guint i = 0; i < 10000; i++)
    {
      char *name = random_name (rand);
      /* Names have single spaces: folded, each is its own key. */
      g_autofree char *key = glosa_fold_string (name, -1);
      GPtrArray *list = g_hash_table_lookup (table, key);
      RefPattern *rp = g_new (RefPattern, 1);

      g_assert_true (glosa_matcher_add (matcher, name, i));
      rp->value = i;
      rp->strictness = ref_strictness (name);
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (table, g_strdup (key), list);
        }
      g_ptr_array_add (list, rp);
      max_len = MAX (max_len, strlen (key));
      g_ptr_array_add (names, name);
    }
  glosa_matcher_compile (matcher);

  for (guint i = 0; i < 6000; i++)
    {
      const char *name = g_ptr_array_index (names, g_rand_int_range (rand, 0, names->len));
      guint variant = g_rand_int_range (rand, 0, 4);
      g_autofree char *word = NULL;

      if (variant == 0)
        word = g_utf8_strup (name, -1);
      else if (variant == 1)
        word = g_utf8_strdown (name, -1);
      else
        word = g_strdup (name);
      g_string_append (text, word);
      g_string_append (text, fillers[g_rand_int_range (rand, 0, G_N_ELEMENTS (fillers))]);
    }

  expected = ref_scan (table, max_len, text->str);
  found = glosa_matcher_scan (matcher, text->str, text->len);
  g_assert_cmpuint (expected->len, >, 3000);
  g_assert_cmpmem (found->data, found->len * sizeof (GlosaMatch),
                   expected->data, expected->len * sizeof (GlosaMatch));
}

static const char thread_text[] =
  "Petro met Trump; Plan Colombia, U.S. aid and Colombia’s Petro.";

static gpointer
scan_thread_cb (gpointer data)
{
  char *found = NULL;

  for (guint i = 0; i < 50; i++)
    {
      g_free (found);
      found = describe (data, thread_text);
    }
  return found;
}

static void
test_matcher_threads (void)
{
  const char *patterns[] = { "Petro", "Trump", "Colombia", "Plan Colombia", "U.S.", NULL };
  g_autoptr(GlosaMatcher) matcher = matcher_new (patterns);
  g_autofree char *expected = describe (matcher, thread_text);
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("scan", scan_thread_cb, matcher);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autofree char *found = g_thread_join (threads[i]);

      g_assert_cmpstr (found, ==, expected);
    }
}

/* Unlisted names */

static gboolean
names_contain (GPtrArray  *names,
               const char *name,
               guint      *count)
{
  for (guint i = 0; i < names->len; i++)
    {
      const GlosaName *n = g_ptr_array_index (names, i);

      if (g_strcmp0 (n->name, name) == 0)
        {
          if (count)
            *count = n->count;
          return TRUE;
        }
    }
  return FALSE;
}

static void
assert_absent (GPtrArray          *names,
               const char * const *absent)
{
  for (guint i = 0; absent[i]; i++)
    if (names_contain (names, absent[i], NULL))
      g_error ("“%s” should not be a candidate name", absent[i]);
}

static GPtrArray *
find_names (const char         *text,
            const char * const *aliases)
{
  g_autoptr(GlosaMatcher) matcher = matcher_new (aliases);
  g_autoptr(GArray) matches = glosa_matcher_scan (matcher, text, -1);

  return glosa_names_find (text, -1, matches);
}

static void
test_names_paragraph (void)
{
  const char *aliases[] = { "Petro", "Trump", "Colombia", NULL };
  const char *text =
    "On Monday, Colombian President Gustavo Petro met Trump in February. "
    "The Ministry of Justice said the talks went well. Later, Juan Carlos Pinzón "
    "spoke for the Ministry of Justice. Pinzón agreed, and the mayor of Bogotá, "
    "Carlos Fernando Galán, said that Galán would wait. However, Pinzón left.\n"
    "El lunes, la Defensoría del Pueblo habló con Galán. Según la Defensoría del "
    "Pueblo, Galán y Pinzón no respondieron en marzo.\n"
    "Washington was silent. Washington waited. Washington!\n";
  g_autoptr(GPtrArray) names = find_names (text, aliases);
  guint count = 0;

  g_assert_true (names_contain (names, "Ministry of Justice", &count));
  g_assert_cmpuint (count, ==, 2);
  g_assert_true (names_contain (names, "Juan Carlos Pinzón", &count));
  g_assert_cmpuint (count, ==, 4);
  g_assert_true (names_contain (names, "Carlos Fernando Galán", &count));
  g_assert_cmpuint (count, ==, 4);
  g_assert_true (names_contain (names, "Defensoría del Pueblo", &count));
  g_assert_cmpuint (count, ==, 2);

  /* Known actors and what qualifies them; months, weekdays, function words
   * and sentence starts. */
  assert_absent (names, (const char *[]) { "Colombian President Gustavo", "Gustavo", "Petro",
                                          "Monday", "February", "The Ministry of Justice",
                                          "However", "Later", "El", "Según", "Washington",
                                          NULL });
}

static void
test_names_sentence_start (void)
{
  const char *aliases[] = { "Petro", NULL };
  const char *text =
    "Officials met. Officials left. Officials spoke: Officials won.\n"
    "Dr. Mendoza spoke with Mendoza’s team in the U.S. Mendoza agreed.\n"
    "He said: “Mendoza is right.” Analysts agree, said Mendoza.";
  g_autoptr(GPtrArray) names = find_names (text, aliases);

  g_assert_false (names_contain (names, "Officials", NULL));
  g_assert_true (names_contain (names, "Mendoza", NULL));
}

static void
test_names_corpus (void)
{
  const char *aliases[] = { "Petro", "Gustavo Petro", "Trump", "Donald Trump", "Colombia",
                            "United States", "US", "U.S.", NULL };
  const char *shared = g_getenv ("GLOSA_SHARED_DIR");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GlosaMatcher) matcher = NULL;
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GPtrArray) names = NULL;
  guint count = 0, n_petro = 0;

  if (shared != NULL)
    path = g_build_filename (shared, "corpus", "001_a87c4153953d173a.txt", NULL);
  if (path == NULL || !g_file_get_contents (path, &text, NULL, NULL))
    {
      g_test_skip ("GLOSA_SHARED_DIR/corpus is not available");
      return;
    }

  matcher = matcher_new (aliases);
  matches = glosa_matcher_scan (matcher, text, -1);
  for (guint i = 0; i < matches->len; i++)
    {
      const GlosaMatch *m = &g_array_index (matches, GlosaMatch, i);
      const char *start = g_utf8_offset_to_pointer (text, m->start);
      const char *end = g_utf8_offset_to_pointer (text, m->end);
      g_autofree char *mention = g_strndup (start, end - start);
      g_autofree char *folded = glosa_fold_string (mention, -1);
      g_autofree char *alias = glosa_fold_string (aliases[m->value], -1);

      g_assert_cmpstr (folded, ==, alias);
      n_petro += m->value <= 1;
    }
  /* "Petro’s" counts; "Colombian" does not count as "Colombia". */
  g_assert_cmpuint (n_petro, ==, 13);

  names = glosa_names_find (text, -1, matches);
  g_assert_true (names_contain (names, "Ana María Rueda", &count));
  g_assert_cmpuint (count, >=, 10);
  g_assert_true (names_contain (names, "White House", NULL));
  assert_absent (names, (const char *[]) { "February", "Rueda", "Petro", "Trump", NULL });
  for (guint i = 0; i < names->len; i++)
    {
      const GlosaName *n = g_ptr_array_index (names, i);

      g_assert_false (g_str_has_prefix (n->name, "The "));
      g_assert_false (g_str_has_prefix (n->name, "But "));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fold/characters", test_fold_characters);
  g_test_add_func ("/fold/decomposed", test_fold_decomposed);
  g_test_add_func ("/fold/offsets", test_fold_offsets);
  g_test_add_func ("/fold/normalization-test", test_fold_normalization_test);
  g_test_add_func ("/matcher/accents", test_matcher_accents);
  g_test_add_func ("/matcher/acronyms", test_matcher_acronyms);
  g_test_add_func ("/matcher/case-rule", test_matcher_case_rule);
  g_test_add_func ("/matcher/longest", test_matcher_longest);
  g_test_add_func ("/matcher/boundaries", test_matcher_boundaries);
  g_test_add_func ("/matcher/whitespace", test_matcher_whitespace);
  g_test_add_func ("/matcher/scripts", test_matcher_scripts);
  g_test_add_func ("/matcher/empty", test_matcher_empty);
  g_test_add_func ("/matcher/invalid-utf8", test_matcher_invalid_utf8);
  g_test_add_func ("/matcher/many", test_matcher_many);
  g_test_add_func ("/matcher/threads", test_matcher_threads);
  g_test_add_func ("/names/paragraph", test_names_paragraph);
  g_test_add_func ("/names/sentence-start", test_names_sentence_start);
  g_test_add_func ("/names/corpus", test_names_corpus);

  return g_test_run ();
}
