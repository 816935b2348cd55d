/* glosa-names.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-names"

#include "config.h"

#include <string.h>

#include "glosa-fold.h"
#include "glosa-fold-private.h"
#include "glosa-matcher.h"
#include "glosa-names.h"

/* Finds the names a codebook lacks, to offer them as new actors.
 *
 * A name is a run of capitalised words on one line, separated only by
 * spaces, that may hold lower-case particles ("Ministry of Justice",
 * "Ana María Rueda"), or a single capitalised word seen at least twice
 * where capitals mean something, that is not at the start of a sentence.
 * Function words, pronouns, months and weekdays (English and Spanish) are
 * never names; titles ("President", "Dr") are dropped from the front; a
 * run that leads straight into or out of a known mention ("Colombian
 * President Gustavo" before "Petro") qualifies that actor and is dropped;
 * title-case headings are skipped. A single word that is the last word of
 * exactly one longer name ("Rueda" after "Ana María Rueda") counts as a
 * mention of it. */

typedef enum
{
  LEX_STOP      = 1 << 0,  /* never a name nor part of one */
  LEX_TITLE     = 1 << 1,  /* stands before a name */
  LEX_CONNECTOR = 1 << 2,  /* lower case inside a name */
  LEX_ABBREV    = 1 << 3,  /* its full stop does not end a sentence */
} LexFlags;

static const char * const stop_words[] = {
  /* English function words and sentence openers */
  "a", "about", "above", "according", "across", "additionally", "after", "against",
  "all", "also", "although", "among", "an", "and", "another", "any", "are", "around",
  "as", "at", "be", "because", "been", "before", "being", "below", "between", "beyond",
  "both", "but", "by", "can", "could", "despite", "did", "do", "does", "during", "each",
  "either", "even", "every", "few", "finally", "first", "for", "from", "furthermore",
  "given", "had", "has", "have", "he", "hence", "her", "here", "hers", "him", "his",
  "how", "however", "i", "if", "in", "indeed", "instead", "into", "is", "it", "its",
  "just", "last", "less", "let", "like", "likewise", "many", "may", "me", "meanwhile",
  "might", "mine", "more", "moreover", "most", "much", "must", "my", "neither",
  "nevertheless", "next", "no", "none", "nonetheless", "nor", "not", "now", "of", "on",
  "once", "only", "or", "other", "our", "ours", "over", "overall", "per", "please",
  "rather", "read", "second", "see", "several", "she", "should", "similarly", "since",
  "so", "some", "still", "such", "than", "that", "the", "their", "theirs", "them",
  "then", "there", "therefore", "these", "they", "third", "this", "those", "though",
  "through", "throughout", "thus", "to", "today", "tomorrow", "tonight", "toward",
  "towards", "under", "unless", "unlike", "until", "upon", "us", "via", "was", "we",
  "were", "what", "when", "whenever", "where", "whereas", "whether", "which", "while",
  "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yes",
  "yesterday", "yet", "you", "your", "yours",
  /* Spanish */
  "además", "ahí", "al", "algunas", "algunos", "allí", "ante", "antes", "aquel",
  "aquella", "aquellas", "aquellos", "aquí", "asimismo", "así", "aunque", "ayer",
  "bajo", "cada", "como", "con", "contra", "cual", "cuales", "cuando", "cómo", "de",
  "del", "desde", "después", "donde", "durante", "e", "el", "ella", "ellas", "ellos",
  "en", "entonces", "entre", "era", "es", "esa", "esas", "ese", "eso", "esos", "esta",
  "estas", "este", "esto", "estos", "finalmente", "fue", "fueron", "ha", "había",
  "han", "hasta", "hay", "hacia", "hoy", "incluso", "la", "las", "le", "les", "lo",
  "los", "luego", "mañana", "mediante", "menos", "mi", "mientras", "mis", "muchas",
  "muchos", "muy", "más", "ni", "nos", "nosotras", "nosotros", "nuestra", "nuestras",
  "nuestro", "nuestros", "o", "otra", "otras", "otro", "otros", "para", "pero",
  "porque", "primero", "que", "quien", "quienes", "quién", "qué", "se", "ser", "si",
  "sin", "sino", "sobre", "solo", "son", "su", "sus", "sí", "también", "tampoco",
  "te", "toda", "todas", "todo", "todos", "tras", "tu", "tus", "u", "un", "una",
  "unas", "unos", "usted", "ustedes", "varias", "varios", "y", "ya", "yo", "según",
  /* months and weekdays, with their usual abbreviations */
  "january", "february", "march", "april", "june", "july", "august", "september",
  "october", "november", "december", "jan", "feb", "apr", "jun", "jul", "aug",
  "sep", "sept", "oct", "nov", "dec", "enero", "febrero", "marzo", "abril", "mayo",
  "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre",
  "diciembre", "ene", "abr", "ago", "dic", "monday", "tuesday", "wednesday",
  "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
  "thurs", "fri", "sat", "lunes", "martes", "miércoles", "jueves", "viernes",
  "sábado", "domingo",
};

static const char * const titles[] = {
  "alcalde", "alcaldesa", "ambassador", "attorney", "canciller", "captain", "capitán",
  "chancellor", "colonel", "comandante", "commander", "congresista", "congressman",
  "congresswoman", "coronel", "director", "directora", "don", "doña", "dr", "dra",
  "embajador", "embajadora", "fiscal", "gen", "general", "gobernador", "gobernadora",
  "gov", "governor", "judge", "juez", "jueza", "king", "lady", "lord", "lt", "mayor",
  "minister", "ministra", "ministro", "mr", "mrs", "ms", "pope", "president",
  "presidenta", "presidente", "prime", "prof", "professor", "profesor", "profesora",
  "queen", "rep", "representative", "rey", "reina", "secretaria", "secretario",
  "secretary", "sen", "senador", "senadora", "senator", "sgt", "sir", "sr", "sra",
  "srta", "vice", "vicepresidenta", "vicepresidente",
};

static const char * const connectors[] = {
  "da", "das", "de", "del", "den", "der", "di", "do", "dos", "du", "la", "las", "le",
  "los", "of", "the", "van", "von",
};

static const char * const abbreviations[] = {
  "approx", "av", "avda", "capt", "col", "dept", "dr", "dra", "gen", "gov", "hon",
  "jr", "lt", "mr", "mrs", "ms", "mt", "no", "nos", "pres", "prof", "rep", "rev",
  "sen", "sgt", "sr", "sra", "srta", "st", "ud", "uds", "vs",
};

/* Endings of nationality adjectives, which English capitalises:
 * "Colombian", "Americans", "Chinese", "Spanish". */
static const char * const demonym_endings[] = {
  "ian", "ians", "ean", "eans", "can", "cans", "ese", "ish",
};

static void
lexicon_add (GHashTable         *lexicon,
             const char * const *words,
             gsize               n_words,
             LexFlags            flags)
{
  for (gsize i = 0; i < n_words; i++)
    {
      char *key = glosa_fold_string (words[i], -1);
      LexFlags old = GPOINTER_TO_UINT (g_hash_table_lookup (lexicon, key));

      g_hash_table_replace (lexicon, key, GUINT_TO_POINTER (old | flags));
    }
}

static gpointer
build_lexicon_cb (gpointer data)
{
  GHashTable *lexicon = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  lexicon_add (lexicon, stop_words, G_N_ELEMENTS (stop_words), LEX_STOP);
  lexicon_add (lexicon, titles, G_N_ELEMENTS (titles), LEX_TITLE);
  lexicon_add (lexicon, connectors, G_N_ELEMENTS (connectors), LEX_CONNECTOR);
  lexicon_add (lexicon, abbreviations, G_N_ELEMENTS (abbreviations), LEX_ABBREV);
  return lexicon;
}

static LexFlags
lexicon_lookup (const char *key)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, build_lexicon_cb, NULL);
  return GPOINTER_TO_UINT (g_hash_table_lookup (once.retval, key));
}

/* The text, decoded once. */
typedef struct
{
  gunichar *chars;
  guint8   *flags;
  gsize    *bytes;   /* byte offset of each code point, then the length */
  guint     n;
} Decoded;

typedef struct
{
  guint    start;
  guint    end;        /* end of the word, a possessive "'s" left out */
  guint    after;      /* end with the possessive */
  guint    line;
  LexFlags lex;
  char    *key;        /* folded */
  guint    capital : 1;
  guint    lower : 1;
  guint    all_caps : 1;
  guint    initial : 1;
  guint    covered : 1;  /* overlaps a known mention */
  guint    joined : 1;   /* only spaces on one line since the token before */
  guint    heading : 1;
} Token;

typedef struct
{
  char  *key;
  char  *name;
  char  *last_key;     /* multi-word names: the folded last word */
  guint  count;
  guint  non_initial;  /* single words: mentions not at a sentence start */
  guint  offset;
} Candidate;

static void
candidate_free (gpointer data)
{
  Candidate *candidate = data;

  g_free (candidate->key);
  g_free (candidate->name);
  g_free (candidate->last_key);
  g_free (candidate);
}

static void
token_clear (gpointer data)
{
  Token *token = data;

  g_free (token->key);
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}

static gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

static gboolean
is_opening (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0x00AB || c == '('
         || c == '[' || c == 0x00BF || c == 0x00A1;
}

/* Spaces and list bullets before a word: neither ends a sentence. */
static gboolean
is_blank (const Decoded *d,
          guint          i)
{
  gunichar c = d->chars[i];

  return (d->flags[i] & GLOSA_CHAR_SPACE) || c == '-' || c == '*' || c == 0x2013
         || c == 0x2014 || c == 0x2022 || c == 0x00B7;
}

static void
decode (const char *text,
        gsize       len,
        Decoded    *d)
{
  const guchar *p = (const guchar *) text;
  const guchar *end = p + len;

  d->chars = g_new (gunichar, len + 1);
  d->flags = g_new (guint8, len + 1);
  d->bytes = g_new (gsize, len + 1);
  d->n = 0;
  while (p < end)
    {
      GlosaCharFlags flags;
      gunichar c;

      d->bytes[d->n] = p - (const guchar *) text;
      p += glosa_utf8_decode (p, end, &c);
      glosa_fold_char (c, NULL, &flags);
      d->chars[d->n] = c;
      d->flags[d->n] = flags;
      d->n++;
    }
  d->bytes[d->n] = len;
}

/* Reads the word at @i: letters and digits, joined by apostrophes and
 * hyphens ("O'Neill", "Jean-Pierre"), or dotted capitals ("U.S.",
 * "EE.UU."). Returns where it ends, possessive and acronym dot included. */
static guint
scan_word (const Decoded *d,
           guint          i,
           Token         *token)
{
  guint j = i, part = i;
  gboolean dotted = FALSE;

  token->start = i;
  for (;;)
    {
      gunichar c;

      while (j < d->n && (d->flags[j] & GLOSA_CHAR_WORD))
        j++;
      if (j + 1 >= d->n || !(d->flags[j + 1] & GLOSA_CHAR_WORD))
        break;

      c = d->chars[j];
      if (is_apostrophe (c))
        {
          gboolean possessive = (d->chars[j + 1] == 's' || d->chars[j + 1] == 'S')
                                && (j + 2 >= d->n || !(d->flags[j + 2] & GLOSA_CHAR_WORD));

          if (possessive)
            {
              token->end = j;
              token->after = j + 2;
              return token->after;
            }
        }
      else if (c == '.')
        {
          gboolean capitals = j - part <= 3;

          for (guint k = part; k < j && capitals; k++)
            capitals = (d->flags[k] & GLOSA_CHAR_UPPER) != 0;
          if (!capitals)
            break;
          dotted = TRUE;
        }
      else if (!is_hyphen (c))
        {
          break;
        }
      j++;
      part = j;
    }

  if (dotted && j < d->n && d->chars[j] == '.')
    j++;
  token->end = j;
  token->after = j;
  return j;
}

static gboolean
starts_sentence (const Decoded *d,
                 const Token   *tokens,
                 guint          i)
{
  guint limit = i > 0 ? tokens[i - 1].after : 0;
  guint k = tokens[i].start;
  gboolean quoted = FALSE;
  gunichar c;

  while (k > limit && is_opening (d->chars[k - 1]))
    {
      quoted = TRUE;
      k--;
    }
  while (k > limit && is_blank (d, k - 1))
    {
      if (d->chars[k - 1] == '\n')
        return TRUE;
      k--;
    }
  if (k == limit)
    return i == 0 || quoted;

  c = d->chars[k - 1];
  if (c == '?' || c == '!' || c == ':' || c == 0x2026)
    return TRUE;
  if (c == '.')
    {
      /* "Dr. Smith", "J. Smith": the full stop ends an abbreviation. */
      if (i > 0 && k - 1 == tokens[i - 1].after)
        {
          const Token *prev = &tokens[i - 1];

          if ((prev->lex & LEX_ABBREV) || (prev->end - prev->start == 1 && prev->capital))
            return FALSE;
        }
      return TRUE;
    }
  /* said.” Then */
  if ((c == 0x201D || c == '"' || c == 0x2019 || c == 0x00BB) && k - 1 > limit)
    {
      gunichar before = d->chars[k - 2];

      if (before == '.' || before == '?' || before == '!')
        return TRUE;
    }
  return quoted;
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const GlosaMatch *ma = a, *mb = b;

  return ma->start < mb->start ? -1 : ma->start > mb->start;
}

static void
tokenize (const char    *text,
          const Decoded *d,
          GArray        *matches,
          GArray        *tokens)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (guint));
  guint line = 0, m = 0;

  for (guint i = 0; i < d->n;)
    {
      Token token = { 0 };
      guint prev_after = tokens->len > 0 ? g_array_index (tokens, Token, tokens->len - 1).after : 0;

      if (!g_unichar_isalnum (d->chars[i]))
        {
          line += d->chars[i] == '\n';
          i++;
          continue;
        }

      i = scan_word (d, i, &token);
      token.line = line;
      token.capital = (d->flags[token.start] & GLOSA_CHAR_UPPER) != 0;
      token.lower = (d->flags[token.start] & GLOSA_CHAR_LOWER) != 0;
      token.all_caps = token.capital && token.end - token.start >= 2;
      for (guint k = token.start; k < token.end && token.all_caps; k++)
        token.all_caps = !(d->flags[k] & GLOSA_CHAR_LOWER);

      token.key = glosa_fold_string (text + d->bytes[token.start],
                                     d->bytes[token.end] - d->bytes[token.start]);
      token.lex = lexicon_lookup (token.key);
      /* "US", "IT": capitals make an acronym of a function word. */
      if (token.all_caps)
        token.lex &= ~LEX_STOP;

      while (m < matches->len && g_array_index (matches, GlosaMatch, m).end <= token.start)
        m++;
      token.covered = m < matches->len && g_array_index (matches, GlosaMatch, m).start < token.end;

      /* The full stop of "U.S." may also end the sentence. */
      token.joined = tokens->len > 0 && d->chars[prev_after - 1] != '.';
      for (guint k = prev_after; k < token.start && token.joined; k++)
        token.joined = (d->flags[k] & GLOSA_CHAR_SPACE) && d->chars[k] != '\n';

      g_array_append_val (tokens, token);
    }

  /* A line of three or more words, mostly capitalised, is a heading. */
  /* Per line: words, then capitalised words. */
  g_array_set_size (lines, 2 * (line + 1));
  for (guint i = 0; i < tokens->len; i++)
    {
      Token *token = &g_array_index (tokens, Token, i);
      guint *counts = (guint *) lines->data + 2 * token->line;

      token->initial = starts_sentence (d, (Token *) tokens->data, i);
      counts[0] += token->capital || token->lower;
      counts[1] += token->capital;
    }
  for (guint i = 0; i < tokens->len; i++)
    {
      Token *token = &g_array_index (tokens, Token, i);
      guint *counts = (guint *) lines->data + 2 * token->line;

      token->heading = counts[0] >= 3 && counts[1] * 5 >= counts[0] * 3;
    }
}

static gboolean
is_name_word (const Token *token)
{
  return token->capital && !token->covered && !token->heading && !(token->lex & LEX_STOP);
}

static gboolean
is_connector (const Token *tokens,
              guint        i)
{
  const Token *token = &tokens[i];

  if (!token->lower || token->covered || !(token->lex & LEX_CONNECTOR))
    return FALSE;
  /* "the" only in "Bank of the Republic". */
  if (strcmp (token->key, "the") == 0)
    return i > 0 && strcmp (tokens[i - 1].key, "of") == 0;
  return TRUE;
}

static gboolean
has_demonym_ending (const char *key)
{
  for (gsize i = 0; i < G_N_ELEMENTS (demonym_endings); i++)
    if (g_str_has_suffix (key, demonym_endings[i]))
      return TRUE;
  return FALSE;
}

typedef struct
{
  const char    *text;
  const Decoded *d;
  const Token   *tokens;
  guint          n_tokens;
  GHashTable    *multi;    /* key → Candidate */
  GHashTable    *single;   /* key → Candidate */
  GPtrArray     *order;    /* Candidate, multi-word first seen first */
  GPtrArray     *singles;  /* Candidate, first seen first */
} Finder;

/* The name as written, each run of spaces made one space. */
static char *
name_text (const Finder *f,
           guint         first,
           guint         last)
{
  const Decoded *d = f->d;
  GString *name = g_string_new (NULL);

  for (guint i = first; i <= last; i++)
    {
      const Token *token = &f->tokens[i];

      if (i > first)
        g_string_append_c (name, ' ');
      g_string_append_len (name, f->text + d->bytes[token->start],
                           d->bytes[token->end] - d->bytes[token->start]);
    }
  return g_string_free (name, FALSE);
}

static Candidate *
candidate_get (GHashTable *table,
               GPtrArray  *order,
               char       *key,
               guint       offset)
{
  Candidate *candidate = g_hash_table_lookup (table, key);

  if (candidate != NULL)
    {
      g_free (key);
      return candidate;
    }

  candidate = g_new0 (Candidate, 1);
  candidate->key = key;
  candidate->offset = offset;
  g_hash_table_insert (table, key, candidate);
  g_ptr_array_add (order, candidate);
  return candidate;
}

/* Takes the run of name words and particles first..last. */
static void
add_run (Finder *f,
         guint   first,
         guint   last)
{
  const Token *tokens = f->tokens;
  guint a = first, n_words = 0;
  Candidate *candidate;

  /* It leads into or follows a known mention: it qualifies that actor. */
  if (tokens[first].joined && first > 0 && tokens[first - 1].covered
      && tokens[first - 1].after == tokens[first - 1].end)
    return;
  if (last + 1 < f->n_tokens && tokens[last + 1].joined && tokens[last + 1].covered
      && tokens[last].after == tokens[last].end)
    return;

  /* Titles go, with what completes them: "Secretary of State". */
  while (a <= last && (tokens[a].lex & LEX_TITLE))
    {
      a++;
      if (a <= last && is_connector (tokens, a))
        {
          while (a <= last && is_connector (tokens, a))
            a++;
          a++;
        }
    }
  if (a > last)
    return;

  for (guint i = a; i <= last; i++)
    n_words += !is_connector (tokens, i);

  if (n_words >= 2)
    {
      GString *key = g_string_new (NULL);

      for (guint i = a; i <= last; i++)
        {
          if (i > a)
            g_string_append_c (key, ' ');
          g_string_append (key, tokens[i].key);
        }
      candidate = candidate_get (f->multi, f->order, g_string_free (key, FALSE),
                                 tokens[a].start);
      if (candidate->name == NULL)
        {
          candidate->name = name_text (f, a, last);
          candidate->last_key = g_strdup (tokens[last].key);
        }
      candidate->count++;
      return;
    }

  if (tokens[a].end - tokens[a].start < 2 || has_demonym_ending (tokens[a].key))
    return;
  candidate = candidate_get (f->single, f->singles, g_strdup (tokens[a].key), tokens[a].start);
  if (candidate->name == NULL)
    candidate->name = name_text (f, a, a);
  candidate->count++;
  /* A title before it shows it is a name even at a sentence start. */
  candidate->non_initial += !tokens[a].initial || a > first;
}

static void
find_runs (Finder *f)
{
  const Token *tokens = f->tokens;

  for (guint i = 0; i < f->n_tokens;)
    {
      guint j, last = i;

      if (!is_name_word (&tokens[i]))
        {
          i++;
          continue;
        }

      /* Words joined by spaces only; a possessive ends the name. */
      for (j = i + 1; j < f->n_tokens; j++)
        {
          if (!tokens[j].joined || tokens[j - 1].after != tokens[j - 1].end)
            break;
          if (is_name_word (&tokens[j]))
            last = j;
          else if (!is_connector (tokens, j))
            break;
        }

      add_run (f, i, last);
      i = last + 1;
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  const GlosaName *na = *(GlosaName **) a;
  const GlosaName *nb = *(GlosaName **) b;

  if (na->count != nb->count)
    return na->count > nb->count ? -1 : 1;
  return na->offset < nb->offset ? -1 : na->offset > nb->offset;
}

static GlosaName *
name_from_candidate (Candidate *candidate)
{
  GlosaName *name = g_new (GlosaName, 1);

  name->name = g_steal_pointer (&candidate->name);
  name->count = candidate->count;
  name->offset = candidate->offset;
  return name;
}

/**
 * glosa_name_free:
 * @name: (transfer full): a name
 */
void
glosa_name_free (GlosaName *name)
{
  g_return_if_fail (name != NULL);

  g_free (name->name);
  g_free (name);
}

/**
 * glosa_names_find:
 * @text: UTF-8 text in NFC
 * @len: length of @text in bytes, or -1 if it is NUL-terminated
 * @matches: (element-type GlosaMatch) (nullable): the known mentions in
 *   @text, as glosa_matcher_scan() returns them
 *
 * Finds capitalised names in @text that no known mention covers: names of
 * two or more words, and single words seen at least twice other than at
 * the start of a sentence. Sentence starts, function words, pronouns,
 * months and weekdays (English and Spanish) are not names.
 *
 * Returns: (transfer full) (element-type GlosaName): the candidates, most
 *   mentioned first
 */
GPtrArray *
glosa_names_find (const char *text,
                  gssize      len,
                  GArray     *matches)
{
  g_autoptr(GArray) sorted = NULL;
  g_autoptr(GArray) tokens = NULL;
  g_autoptr(GHashTable) multi = NULL;
  g_autoptr(GHashTable) single = NULL;
  g_autoptr(GHashTable) by_last = NULL;
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(GPtrArray) singles = NULL;
  GPtrArray *names;
  Decoded d;
  Finder f;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  if (len < 0)
    len = strlen (text);

  sorted = g_array_new (FALSE, FALSE, sizeof (GlosaMatch));
  if (matches != NULL)
    g_array_append_vals (sorted, matches->data, matches->len);
  g_array_sort (sorted, compare_matches);

  decode (text, len, &d);
  tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  g_array_set_clear_func (tokens, token_clear);
  tokenize (text, &d, sorted, tokens);

  multi = g_hash_table_new (g_str_hash, g_str_equal);
  single = g_hash_table_new (g_str_hash, g_str_equal);
  order = g_ptr_array_new_with_free_func (candidate_free);
  singles = g_ptr_array_new_with_free_func (candidate_free);
  f = (Finder) { text, &d, (Token *) tokens->data, tokens->len, multi, single, order, singles };
  find_runs (&f);

  /* A surname alone is a mention of the one longer name it ends. */
  by_last = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < order->len; i++)
    {
      Candidate *candidate = g_ptr_array_index (order, i);

      if (g_hash_table_contains (by_last, candidate->last_key))
        g_hash_table_insert (by_last, candidate->last_key, NULL);
      else
        g_hash_table_insert (by_last, candidate->last_key, candidate);
    }

  names = g_ptr_array_new_with_free_func ((GDestroyNotify) glosa_name_free);
  for (guint i = 0; i < singles->len; i++)
    {
      Candidate *candidate = g_ptr_array_index (singles, i);
      Candidate *longer = g_hash_table_lookup (by_last, candidate->key);

      if (longer != NULL)
        longer->count += candidate->count;
      else if (candidate->non_initial >= 2)
        g_ptr_array_add (names, name_from_candidate (candidate));
    }
  for (guint i = 0; i < order->len; i++)
    g_ptr_array_add (names, name_from_candidate (g_ptr_array_index (order, i)));

  g_ptr_array_sort (names, compare_names);

  g_free (d.chars);
  g_free (d.flags);
  g_free (d.bytes);
  return names;
}
