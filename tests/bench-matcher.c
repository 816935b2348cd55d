/* bench-matcher.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-matcher"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glosa-matcher.h"

/* Measures how fast the matcher scans, with 10 and with 10,000 aliases,
 * over deterministic English and Spanish text. With --write-dir it also
 * writes the text and the alias lists, so that other tools (rg -F -i -o -f,
 * grep -F -i -o -f) can be timed on the same input. --text and --aliases
 * time a given text (read whole first) with given aliases, one a line. */

static const char *real_aliases[] = {
  "Petro", "Gustavo Petro", "Trump", "Donald Trump", "Colombia", "Plan Colombia",
  "United States", "U.S.", "UNODC", "Bogotá",
};

static const char *english[] = {
  "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with",
  "be", "by", "on", "not", "he", "this", "are", "or", "his", "from", "at", "which",
  "but", "have", "an", "had", "they", "you", "were", "their", "one", "all", "we",
  "can", "her", "has", "there", "been", "if", "more", "when", "will", "would", "who",
  "so", "no", "policy", "drug", "coca", "eradication", "cultivation", "government",
  "meeting", "president", "strategy", "cooperation", "security", "development",
  "certification", "hectares", "trafficking", "rural", "substitution", "pressure",
  "said", "officials", "agreement", "decline", "growth", "measures", "results",
  "us", "trump", "rueda", "colombian", "petroleum", "petrol", "american", "united",
};

static const char *spanish[] = {
  "el", "la", "de", "que", "y", "en", "los", "del", "se", "las", "por", "un", "para",
  "con", "no", "una", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ya", "o",
  "este", "sí", "porque", "esta", "entre", "cuando", "muy", "sin", "sobre", "también",
  "política", "erradicación", "cultivos", "gobierno", "reunión", "presidente",
  "estrategia", "cooperación", "seguridad", "desarrollo", "certificación",
  "hectáreas", "narcotráfico", "sustitución", "presión", "dijo", "funcionarios",
  "acuerdo", "disminución", "crecimiento", "medidas", "resultados", "año", "señaló",
  "rueda", "país", "región", "campaña", "administración", "según", "después",
};

static const char *syllables[] = {
  "Mar", "tín", "Ro", "drí", "guez", "Ca", "mi", "lo", "Sán", "chez", "Gó", "mez",
  "Ló", "pez", "Her", "nán", "dez", "Pé", "rez", "Gar", "cí", "a", "Tor", "res",
  "Ra", "mí", "Ji", "mé", "nez", "Mu", "ñoz", "Al", "var", "Or", "te", "ga", "Cas",
  "ti", "llo", "Ve", "ga", "Ríos", "Ma", "ri", "na", "Luis", "An", "drés", "Pa",
};

static char *
synthetic_name (GRand *rand)
{
  GString *name = g_string_new (NULL);
  guint n_words = g_rand_int_range (rand, 1, 4);

  for (guint w = 0; w < n_words; w++)
    {
      g_autofree char *word = NULL;
      GString *raw = g_string_new (NULL);
      guint n_syl = g_rand_int_range (rand, 2, 4);

      for (guint s = 0; s < n_syl; s++)
        g_string_append (raw, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
      /* Syllables carry capitals: keep only the first, as in a name. */
      word = g_utf8_strdown (raw->str, -1);
      g_string_free (raw, TRUE);
      if (w > 0)
        g_string_append_c (name, ' ');
      g_string_append_unichar (name, g_unichar_toupper (g_utf8_get_char (word)));
      g_string_append (name, g_utf8_next_char (word));
    }
  return g_string_free (name, FALSE);
}

static GPtrArray *
make_aliases (GRand *rand,
              guint  n)
{
  GPtrArray *aliases = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (real_aliases) && aliases->len < n; i++)
    {
      g_ptr_array_add (aliases, g_strdup (real_aliases[i]));
      g_hash_table_add (seen, (gpointer) real_aliases[i]);
    }
  while (aliases->len < n)
    {
      char *name = synthetic_name (rand);

      if (g_hash_table_contains (seen, name))
        {
          g_free (name);
          continue;
        }
      g_hash_table_add (seen, name);
      g_ptr_array_add (aliases, name);
    }
  return aliases;
}

static char *
make_text (GRand     *rand,
           GPtrArray *names,
           gsize      size,
           gsize     *len)
{
  GString *text = g_string_sized_new (size + 1024);

  while (text->len < size)
    {
      const char **words = g_rand_boolean (rand) ? english : spanish;
      guint n_words = words == english ? G_N_ELEMENTS (english) : G_N_ELEMENTS (spanish);
      guint sentence = g_rand_int_range (rand, 8, 26);

      for (guint i = 0; i < sentence; i++)
        {
          guint dice = g_rand_int_range (rand, 0, 100);

          if (i > 0)
            g_string_append_c (text, ' ');
          if (dice < 3)
            {
              /* A name, sometimes possessive. */
              guint which = g_rand_int_range (rand, 0, names->len);

              g_string_append (text, g_ptr_array_index (names, which));
              if (dice == 0)
                g_string_append (text, "’s");
            }
          else
            {
              const char *word = words[g_rand_int_range (rand, 0, n_words)];

              if (i == 0)
                {
                  g_string_append_unichar (text, g_unichar_toupper (g_utf8_get_char (word)));
                  g_string_append (text, g_utf8_next_char (word));
                }
              else
                {
                  g_string_append (text, word);
                }
              if (dice < 8)
                g_string_append_c (text, ',');
            }
        }
      g_string_append (text, g_rand_int_range (rand, 0, 8) == 0 ? ".\n\n" : ". ");
    }

  *len = text->len;
  return g_string_free (text, FALSE);
}

static void
write_aliases (const char *dir,
               const char *name,
               GPtrArray  *aliases,
               guint       n)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (lines, "%s\n", (const char *) g_ptr_array_index (aliases, i));
  if (!g_file_set_contents (path, lines->str, lines->len, &error))
    g_printerr ("%s\n", error->message);
}

static GPtrArray *
read_aliases (const char  *path,
              GError     **error)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *aliases;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;
  lines = g_strsplit (contents, "\n", -1);
  aliases = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; lines[i]; i++)
    if (lines[i][0] != '\0')
      g_ptr_array_add (aliases, g_strdup (lines[i]));
  return aliases;
}

static void
bench (const char *label,
       GPtrArray  *aliases,
       guint       n,
       const char *text,
       gsize       len)
{
  g_autoptr(GlosaMatcher) matcher = glosa_matcher_new ();
  gint64 start, compiled;
  double best = G_MAXDOUBLE;
  guint n_matches = 0;

  start = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    glosa_matcher_add (matcher, g_ptr_array_index (aliases, i), i);
  glosa_matcher_compile (matcher);
  compiled = g_get_monotonic_time ();

  for (guint round = 0; round < 5; round++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(GArray) matches = glosa_matcher_scan (matcher, text, len);
      double seconds = (g_get_monotonic_time () - t0) / 1e6;

      best = MIN (best, seconds);
      n_matches = matches->len;
    }

  printf ("%-14s %6u aliases  compile %7.1f ms  scan %7.3f s  %8.1f MB/s  %u matches\n",
          label, n, (compiled - start) / 1e3, best, len / 1e6 / best, n_matches);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *write_dir = NULL;
  g_autofree char *text_path = NULL;
  g_autofree char *aliases_path = NULL;
  int size_mb = 50;
  GOptionEntry entries[] = {
    { "size", 's', 0, G_OPTION_ARG_INT, &size_mb, "Text size in MB (default 50)", "MB" },
    { "write-dir", 'w', 0, G_OPTION_ARG_FILENAME, &write_dir,
      "Write text.txt, aliases-10.txt and aliases-10000.txt here", "DIR" },
    { "text", 't', 0, G_OPTION_ARG_FILENAME, &text_path, "Scan this text instead", "FILE" },
    { "aliases", 'a', 0, G_OPTION_ARG_FILENAME, &aliases_path,
      "With --text: these aliases, one a line", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— time the mention matcher");
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260204);
  g_autoptr(GPtrArray) aliases = NULL;
  g_autoptr(GPtrArray) in_text = NULL;
  g_autofree char *text = NULL;
  gsize len;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || size_mb <= 0)
    {
      g_printerr ("%s\n", error ? error->message : "--size must be positive");
      return EXIT_FAILURE;
    }

  if (text_path != NULL)
    {
      gint64 t0;

      if (aliases_path == NULL)
        aliases = make_aliases (rand, 10000);
      else
        aliases = read_aliases (aliases_path, &error);
      t0 = g_get_monotonic_time ();
      if (aliases == NULL || !g_file_get_contents (text_path, &text, &len, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
      printf ("text: %.1f MB from %s, read in %.3f s\n", len / 1e6, text_path,
              (g_get_monotonic_time () - t0) / 1e6);
      bench ("glosa-matcher", aliases, aliases->len, text, len);
      return EXIT_SUCCESS;
    }

  aliases = make_aliases (rand, 10000);
  /* The text names the real actors and a few hundred of the others. */
  in_text = g_ptr_array_new ();
  for (guint i = 0; i < 500; i++)
    g_ptr_array_add (in_text, g_ptr_array_index (aliases, i < 40 ? i % 10 : i * 19 % 10000));
  text = make_text (rand, in_text, (gsize) size_mb * 1000 * 1000, &len);

  if (write_dir != NULL)
    {
      g_autofree char *path = g_build_filename (write_dir, "text.txt", NULL);

      g_mkdir_with_parents (write_dir, 0755);
      if (!g_file_set_contents (path, text, len, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
      write_aliases (write_dir, "aliases-10.txt", aliases, 10);
      write_aliases (write_dir, "aliases-10000.txt", aliases, 10000);
    }

  printf ("text: %.1f MB of English and Spanish\n", len / 1e6);
  bench ("glosa-matcher", aliases, 10, text, len);
  bench ("glosa-matcher", aliases, 10000, text, len);
  return EXIT_SUCCESS;
}
