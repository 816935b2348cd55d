/* glosa-cli-import.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-cli-import"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-cli.h"
#include "glosa-import.h"
#include "glosa-project.h"

/* `import`: merges another coder's Glosa JSON export into a project. */

static void
print_json (const GlosaImportStats *stats)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "annotations");
  json_builder_begin_object (builder);
  glosa_json_builder_add_int (builder, "added", stats->annotations_added);
  glosa_json_builder_add_int (builder, "updated", stats->annotations_updated);
  glosa_json_builder_add_int (builder, "unchanged", stats->annotations_unchanged);
  glosa_json_builder_add_int (builder, "skipped", stats->annotations_skipped);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "tags");
  json_builder_begin_object (builder);
  glosa_json_builder_add_int (builder, "added", stats->tags_added);
  glosa_json_builder_add_int (builder, "unchanged", stats->tags_unchanged);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "problems");
  json_builder_begin_array (builder);
  for (guint i = 0; i < stats->problems->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (stats->problems, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  glosa_cli_print_builder (builder);
}

static void
print_text (const GlosaImportStats *stats)
{
  /* Translators: counts of annotations */
  g_print (_("Annotations: %u added, %u updated, %u unchanged, %u skipped\n"),
           stats->annotations_added, stats->annotations_updated,
           stats->annotations_unchanged, stats->annotations_skipped);
  /* Translators: counts of tags */
  g_print (_("Tags: %u added, %u unchanged\n"), stats->tags_added, stats->tags_unchanged);
  for (guint i = 0; i < stats->problems->len; i++)
    g_print ("%s\n", (const char *) g_ptr_array_index (stats->problems, i));
}

int
glosa_cli_import (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaProject) project = NULL;
  g_autoptr(GFile) project_file = NULL;
  g_autoptr(GFile) input = NULL;
  g_autofree char *project_path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_auto(GlosaImportStats) stats = { 0 };
  gboolean json = FALSE;
  gsize length;
  int status;
  GOptionEntry entries[] = {
    { "project", 0, 0, G_OPTION_ARG_FILENAME, &project_path, N_("The project file"), N_("FILE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the summary as JSON"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("INPUT — merge a Glosa JSON export into a project"));
  g_option_context_set_summary (context,
                                _("Adds the annotations and tags of another coder’s export "
                                  "(glosa-cli export --format json).\nAn annotation already in "
                                  "the project is replaced when the imported one was modified\n"
                                  "later. Annotations on documents the project lacks, or beyond "
                                  "their text, are skipped.\nThe import is one action: Undo in "
                                  "Glosa takes it back whole.\n\n"
                                  "Exit status: 0 on success, 1 on failure (nothing is changed), "
                                  "2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = glosa_cli_parse (context, &argc, &argv, 1)) >= 0)
    return status;
  if (project_path == NULL)
    {
      g_printerr ("glosa-cli: %s\n", _("--project is required"));
      return GLOSA_CLI_EXIT_USAGE;
    }

  input = g_file_new_for_commandline_arg (argv[1]);
  name = g_file_get_basename (input);
  if (!g_file_load_contents (input, NULL, &contents, &length, NULL, &error))
    return glosa_cli_fail (error);
  project_file = g_file_new_for_commandline_arg (project_path);
  project = glosa_project_open (project_file, GLOSA_PROJECT_OPEN_DEFAULT, &error);
  if (project == NULL)
    return glosa_cli_fail (error);
  if (!glosa_import_json (project, contents, length, name, &stats, &error))
    return glosa_cli_fail (error);
  if (json)
    print_json (&stats);
  else
    print_text (&stats);
  return GLOSA_CLI_EXIT_OK;
}
