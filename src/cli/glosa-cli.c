/* glosa-cli.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "glosa-cli.h"

/* glosa-cli: the core without a display, for scripts and CI. Each command
 * lives in its own file; this one only dispatches. */

typedef struct
{
  const char *name;
  int       (*run) (int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
  { "info", glosa_cli_info, N_("List the documents of a corpus and what was repaired or skipped") },
  { "actors", glosa_cli_actors, N_("List the actors each document mentions, and unlisted names") },
  { "positions", glosa_cli_positions, N_("Suggest actors’ positions on the issues, with evidence") },
  { "project", glosa_cli_project, N_("Create or refresh the project file of a corpus") },
  { "annotate", glosa_cli_annotate, N_("Add one annotation to a project and print its id") },
  { "annotations", glosa_cli_annotations, N_("List a project’s annotations") },
  { "export", glosa_cli_export, N_("Export a project’s annotations (CSV, JSON, W3C, …)") },
  { "import", glosa_cli_import, N_("Merge a Glosa JSON export, a REFI-QDA project or a codebook into a project") },
  { "bench", glosa_cli_bench, N_("Time one stage of the benchmark (see build-aux/bench)") },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: glosa-cli COMMAND [OPTION…] ARGUMENTS"));
  fprintf (out, "%s\n", _("Commands:"));
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-12s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “glosa-cli COMMAND --help” for the options of a command."));
}

/**
 * glosa_cli_parse:
 * @context: the command's options
 * @argc: (inout): argument count
 * @argv: (inout): arguments, the command name first
 * @n_positional: how many arguments must remain after the options
 *
 * Returns: -1 to go on, or an exit status
 */
int
glosa_cli_parse (GOptionContext   *context,
                 int              *argc,
                 char           ***argv,
                 int               n_positional)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("glosa-cli: %s\n", error->message);
      return GLOSA_CLI_EXIT_USAGE;
    }
  if (*argc - 1 != n_positional)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr ("%s", help);
      return GLOSA_CLI_EXIT_USAGE;
    }
  return -1;
}

int
glosa_cli_fail (const GError *error)
{
  g_printerr ("glosa-cli: %s\n", error->message);
  return GLOSA_CLI_EXIT_FAILED;
}

void
glosa_cli_print_json (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *json = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);
  g_print ("%s\n", json);
}

/**
 * glosa_cli_load_detected:
 * @corpus_arg: the CORPUS argument
 * @codebook_arg: (nullable): the --codebook argument
 *
 * Loads a corpus and its codebook: the default one, extended by the
 * corpus's own codebook.json and then by @codebook_arg. Problems in the
 * codebook are printed on stderr; they do not stop the command.
 */
gboolean
glosa_cli_load_detected (const char     *corpus_arg,
                         const char     *codebook_arg,
                         GlosaCorpus   **corpus,
                         GlosaDetector **detector,
                         GError        **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (corpus_arg);
  g_autoptr(GFile) codebook_file = codebook_arg ? g_file_new_for_commandline_arg (codebook_arg) : NULL;
  g_autoptr(GFile) root = NULL;
  g_autoptr(GlosaCodebook) codebook = NULL;
  g_autoptr(GlosaCorpus) loaded = NULL;
  const char * const *problems;

  loaded = glosa_corpus_load (file, NULL, error);
  if (loaded == NULL)
    return FALSE;
  root = g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY
         ? g_object_ref (file) : g_file_get_parent (file);
  codebook = glosa_codebook_new_for_corpus (root, codebook_file, NULL, error);
  if (codebook == NULL)
    return FALSE;
  problems = glosa_codebook_get_problems (codebook);
  for (guint i = 0; problems[i] != NULL; i++)
    g_printerr (_("glosa-cli: codebook: %s\n"), problems[i]);

  *corpus = g_steal_pointer (&loaded);
  *detector = glosa_detector_new (codebook);
  return TRUE;
}

void
glosa_cli_print_builder (JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);

  glosa_cli_print_json (root);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      print_usage (stderr);
      return GLOSA_CLI_EXIT_USAGE;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return GLOSA_CLI_EXIT_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("glosa-cli %s\n", PACKAGE_VERSION);
      return GLOSA_CLI_EXIT_OK;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  g_printerr (_("glosa-cli: unknown command “%s”\n\n"), argv[1]);
  print_usage (stderr);
  return GLOSA_CLI_EXIT_USAGE;
}
