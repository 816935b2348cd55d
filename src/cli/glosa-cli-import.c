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

/* `import`: merges another coder's Glosa JSON export, or a REFI-QDA
 * project from another tool, into a project. */

/* "actors" or "issues": what a codebook import did with them. */
static void
add_entry_counts (JsonBuilder *builder,
                  const char  *name,
                  guint        added,
                  guint        updated,
                  guint        unchanged)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  glosa_json_builder_add_int (builder, "added", added);
  glosa_json_builder_add_int (builder, "updated", updated);
  glosa_json_builder_add_int (builder, "unchanged", unchanged);
  json_builder_end_object (builder);
}

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
  json_builder_set_member_name (builder, "documents");
  json_builder_begin_object (builder);
  glosa_json_builder_add_int (builder, "added", stats->documents_added);
  json_builder_end_object (builder);
  add_entry_counts (builder, "actors", stats->actors_added, stats->actors_updated,
                    stats->actors_unchanged);
  add_entry_counts (builder, "issues", stats->issues_added, stats->issues_updated,
                    stats->issues_unchanged);
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
  /* Translators: a count of documents */
  g_print (_("Documents: %u added\n"), stats->documents_added);
  /* Translators: counts of codebook actors, then of issues */
  g_print (_("Actors: %u added, %u updated, %u unchanged\n"), stats->actors_added,
           stats->actors_updated, stats->actors_unchanged);
  g_print (_("Issues: %u added, %u updated, %u unchanged\n"), stats->issues_added,
           stats->issues_updated, stats->issues_unchanged);
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
  g_auto(GlosaImportStats) stats = { 0 };
  gboolean json = FALSE;
  int status;
  GOptionEntry entries[] = {
    { "project", 0, 0, G_OPTION_ARG_FILENAME, &project_path, N_("The project file"), N_("FILE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the summary as JSON"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("INPUT — merge a Glosa JSON export or a REFI-QDA project "
                                    "into a project"));
  g_option_context_set_summary (context,
                                _("INPUT is another coder’s Glosa export (glosa-cli export "
                                  "--format json),\nor a REFI-QDA project (.qdpx) from Glosa or "
                                  "another QDA tool.\n\n"
                                  "Adds their annotations and tags. An annotation already in "
                                  "the project is replaced\nwhen the imported one was modified "
                                  "later. From a JSON export, annotations on\ndocuments the "
                                  "project lacks are skipped; a .qdpx brings its text sources, "
                                  "which\nbecome documents unless the project has the same "
                                  "text. Annotations beyond\ntheir text are skipped and "
                                  "reported. The import is one action: Undo in Glosa\ntakes "
                                  "back its annotations and tags whole (added documents "
                                  "stay).\n\n"
                                  "INPUT may also be a codebook: JSON in the codebook format, or "
                                  "CSV with the columns\nname,kind,aliases (actors) or "
                                  "label,keywords (issues). Its entries are merged into\nthe "
                                  "project’s codebook by id: new ones added, ours gain the "
                                  "aliases they lack.\n\n"
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
  project_file = g_file_new_for_commandline_arg (project_path);
  project = glosa_project_open (project_file, GLOSA_PROJECT_OPEN_DEFAULT, &error);
  if (project == NULL)
    return glosa_cli_fail (error);
  if (!glosa_import_file (project, input, NULL, &stats, &error))
    return glosa_cli_fail (error);
  if (json)
    print_json (&stats);
  else
    print_text (&stats);
  return GLOSA_CLI_EXIT_OK;
}
