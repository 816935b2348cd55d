/* glosa-cli-export.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-cli-export"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-cli.h"
#include "glosa-export.h"
#include "glosa-project.h"

/* `export`: a project's annotations in one of the formats of
 * glosa-export.h, written atomically to a file. */

static int
usage_error (const char *message)
{
  g_printerr ("glosa-cli: %s\n", message);
  return GLOSA_CLI_EXIT_USAGE;
}

static const char * const descriptions[GLOSA_EXPORT_N_FORMATS] = {
  [GLOSA_EXPORT_JSON] = N_("Glosa’s own JSON: annotations, tags and codebook"),
  [GLOSA_EXPORT_CSV] = N_("one row per annotation, for spreadsheets"),
  [GLOSA_EXPORT_MARKDOWN] = N_("notes to read, by article and text order"),
  [GLOSA_EXPORT_W3C] = N_("W3C Web Annotation JSON-LD (an AnnotationCollection)"),
  [GLOSA_EXPORT_QDPX] = N_("REFI-QDA project, for other QDA tools"),
  [GLOSA_EXPORT_GRAPHML] = N_("actor–issue, congruence and conflict networks"),
  [GLOSA_EXPORT_DNA_CSV] = N_("DNA statement table, one row per coded statement"),
};

/* The list of formats for --help and for the error an unknown one gets. */
static char *
dup_format_list (gboolean described)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < GLOSA_EXPORT_N_FORMATS; i++)
    {
      const char *name = glosa_export_format_to_string (i);

      if (described)
        g_string_append_printf (list, "  %-9s %s\n", name, _(descriptions[i]));
      else
        g_string_append_printf (list, "%s%s", list->len > 0 ? ", " : "", name);
    }
  return g_string_free (g_steal_pointer (&list), FALSE);
}

int
glosa_cli_export (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaProject) project = NULL;
  g_autoptr(GFile) project_file = NULL;
  g_autoptr(GFile) output_file = NULL;
  g_autofree char *project_path = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *output_path = NULL;
  g_autofree char *document = NULL;
  g_autofree char *names = dup_format_list (FALSE);
  g_autofree char *described = dup_format_list (TRUE);
  g_autofree char *option_help = NULL;
  g_autofree char *summary = NULL;
  GlosaExportFormat format;
  int status;
  GOptionEntry entries[] = {
    { "project", 0, 0, G_OPTION_ARG_FILENAME, &project_path, N_("The project file"), N_("FILE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name, NULL, N_("F") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output_path,
      N_("The file to write; an existing one is replaced in one step"), N_("OUT") },
    { "document", 0, 0, G_OPTION_ARG_STRING, &document,
      N_("Only this document’s annotations"), N_("ID") },
    { NULL }
  };

  option_help = g_strdup_printf (_("The format: %s"), names);
  entries[1].description = option_help;
  summary = g_strdup_printf (_("Writes a project’s annotations in another format:\n%s\n"
                               "The project is opened read-only, so this works while Glosa has "
                               "it open.\n\n"
                               "Exit status: 0 on success, 1 on failure, 2 on a usage error "
                               "(including an\nunknown format)."), described);

  context = g_option_context_new (_("— export a project’s annotations"));
  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = glosa_cli_parse (context, &argc, &argv, 0)) >= 0)
    return status;
  if (project_path == NULL || format_name == NULL || output_path == NULL)
    return usage_error (_("--project, --format and --output are required"));
  if (!glosa_export_format_from_string (format_name, &format))
    {
      g_autofree char *message = g_strdup_printf (_("unknown export format “%s”; "
                                                    "choose one of %s"), format_name, names);

      return usage_error (message);
    }

  project_file = g_file_new_for_commandline_arg (project_path);
  project = glosa_project_open (project_file, GLOSA_PROJECT_OPEN_READ_ONLY, &error);
  if (project == NULL)
    return glosa_cli_fail (error);
  output_file = g_file_new_for_commandline_arg (output_path);
  if (!glosa_export_to_file (project, format, document, output_file, NULL, &error))
    return glosa_cli_fail (error);
  return GLOSA_CLI_EXIT_OK;
}
