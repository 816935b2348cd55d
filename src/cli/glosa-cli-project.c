/* glosa-cli-project.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-cli-project"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "glosa-cli.h"
#include "glosa-export.h"
#include "glosa-error.h"
#include "glosa-project.h"

/* The project commands: `project` creates or refreshes a project from a
 * corpus, `annotate` adds one annotation, `annotations` lists them. The
 * JSON shapes are public (README.md, "Command-line reference"). */

static int
usage_error (const char *message)
{
  g_printerr ("glosa-cli: %s\n", message);
  return GLOSA_CLI_EXIT_USAGE;
}

int
glosa_cli_project (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) corpus_file = NULL;
  g_autoptr(GFile) project_file = NULL;
  g_autoptr(GlosaCorpus) corpus = NULL;
  g_autoptr(GlosaProject) project = NULL;
  g_autofree char *project_path = NULL;
  g_autofree char *path = NULL;
  GlosaRefreshStats stats;
  gboolean json = FALSE;
  gboolean created;
  int status;
  const GOptionEntry entries[] = {
    { "project", 0, 0, G_OPTION_ARG_FILENAME, &project_path,
      N_("The project file (default: the corpus’s own, in the user data folder)"), N_("FILE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print JSON: {\"project\",\"created\",\"documents\":{\"added\",\"changed\",\"unchanged\","
         "\"missing\"},\"annotations\":{\"exact\",\"moved\",\"fuzzy\",\"orphaned\"}}"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("CORPUS — create or refresh the project of a corpus"));
  g_option_context_set_summary (context,
                                _("Copies the corpus’s documents into a project file, or brings an "
                                  "existing project\nup to date: annotations in changed documents "
                                  "are placed again from their quotes;\nthose that cannot be are "
                                  "kept and flagged orphaned.\n\n"
                                  "Exit status: 0 on success, 1 on failure, 2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = glosa_cli_parse (context, &argc, &argv, 1)) >= 0)
    return status;

  corpus_file = g_file_new_for_commandline_arg (argv[1]);
  if ((corpus = glosa_corpus_load (corpus_file, NULL, &error)) == NULL)
    return glosa_cli_fail (error);
  if (project_path != NULL)
    project_file = g_file_new_for_commandline_arg (project_path);
  else
    {
      GFile *root = glosa_corpus_get_root (corpus);
      g_autofree char *default_path = glosa_project_get_default_path (root);

      project_file = g_file_new_for_path (default_path);
    }
  path = g_file_get_path (project_file);
  created = !g_file_query_exists (project_file, NULL);

  if ((project = glosa_project_open_for_corpus (corpus, project_file, &stats, &error)) == NULL)
    return glosa_cli_fail (error);
  if (glosa_project_is_read_only (project))
    {
      g_printerr ("glosa-cli: %s\n", glosa_project_get_read_only_reason (project));
      return GLOSA_CLI_EXIT_FAILED;
    }

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "project");
      json_builder_add_string_value (builder, path);
      json_builder_set_member_name (builder, "created");
      json_builder_add_boolean_value (builder, created);
      json_builder_set_member_name (builder, "documents");
      json_builder_begin_object (builder);
      glosa_json_builder_add_int (builder, "added", stats.documents_added);
      glosa_json_builder_add_int (builder, "changed", stats.documents_changed);
      glosa_json_builder_add_int (builder, "unchanged", stats.documents_unchanged);
      glosa_json_builder_add_int (builder, "missing", stats.documents_missing);
      json_builder_end_object (builder);
      json_builder_set_member_name (builder, "annotations");
      json_builder_begin_object (builder);
      glosa_json_builder_add_int (builder, "exact", stats.annotations_exact);
      glosa_json_builder_add_int (builder, "moved", stats.annotations_moved);
      glosa_json_builder_add_int (builder, "fuzzy", stats.annotations_fuzzy);
      glosa_json_builder_add_int (builder, "orphaned", stats.annotations_orphaned);
      json_builder_end_object (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      glosa_cli_print_json (root);
      return GLOSA_CLI_EXIT_OK;
    }

  g_print (created ? _("Created %s\n") : _("Refreshed %s\n"), path);
  g_print (_("Documents: %u added, %u changed, %u unchanged, %u missing\n"), stats.documents_added,
           stats.documents_changed, stats.documents_unchanged, stats.documents_missing);
  g_print (_("Annotations: %u in place, %u moved, %u re-anchored by similarity, %u orphaned\n"),
           stats.annotations_exact, stats.annotations_moved, stats.annotations_fuzzy,
           stats.annotations_orphaned);
  return GLOSA_CLI_EXIT_OK;
}

static gboolean
parse_offset (const char *value,
              guint      *offset)
{
  guint64 number;

  if (value == NULL || !g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT, &number, NULL))
    return FALSE;
  *offset = number;
  return TRUE;
}

/* Opens a project that must exist: for writing, or only for reading. */
static GlosaProject *
open_project (const char  *path,
              gboolean     read_only,
              GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GlosaProject) project = NULL;
  GlosaProjectOpenFlags flags = GLOSA_PROJECT_OPEN_DEFAULT;

  if (read_only)
    flags = GLOSA_PROJECT_OPEN_READ_ONLY;
  project = glosa_project_open (file, flags, error);
  if (project == NULL)
    return NULL;
  if (!read_only && glosa_project_is_read_only (project))
    {
      g_set_error_literal (error, GLOSA_ERROR, GLOSA_ERROR_READ_ONLY,
                           glosa_project_get_read_only_reason (project));
      return NULL;
    }
  return g_steal_pointer (&project);
}

int
glosa_cli_annotate (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaProject) project = NULL;
  g_autoptr(GlosaAnnotation) draft = NULL;
  g_autofree char *project_path = NULL;
  g_autofree char *document = NULL;
  g_autofree char *start_arg = NULL;
  g_autofree char *end_arg = NULL;
  g_autofree char *actor = NULL;
  g_autofree char *issue = NULL;
  g_autofree char *stance = NULL;
  g_autofree char *note = NULL;
  g_autofree char *author = NULL;
  g_auto(GStrv) tags = NULL;
  GlosaAnnotation *annotation;
  guint start, end;
  int status;
  const GOptionEntry entries[] = {
    { "project", 0, 0, G_OPTION_ARG_FILENAME, &project_path, N_("The project file"), N_("FILE") },
    { "document", 0, 0, G_OPTION_ARG_STRING, &document, N_("The document’s id"), N_("ID") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start_arg,
      N_("The first character, counted in Unicode code points from 0"), N_("N") },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end_arg, N_("The character after the last"), N_("N") },
    { "tag", 0, 0, G_OPTION_ARG_STRING_ARRAY, &tags,
      N_("A tag, by name; repeat for more. A new name creates the tag"), N_("NAME") },
    { "actor", 0, 0, G_OPTION_ARG_STRING, &actor, N_("The actor, a codebook id"), N_("ID") },
    { "issue", 0, 0, G_OPTION_ARG_STRING, &issue, N_("The issue, a codebook id"), N_("ID") },
    { "stance", 0, 0, G_OPTION_ARG_STRING, &stance, N_("support, oppose, neutral or mixed"),
     N_("S") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note"), N_("TEXT") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("Who wrote it (default: your name)"),
     N_("NAME") },
    { NULL }
  };

  context = g_option_context_new (_("— add one annotation to a project"));
  g_option_context_set_summary (context,
                                _("Adds an annotation, commits it to disk, and only then prints "
                                  "its id alone on\nstdout: a printed id is in the project even if "
                                  "the computer crashes next.\n\n"
                                  "Exit status: 0 on success, 1 on failure, 2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = glosa_cli_parse (context, &argc, &argv, 0)) >= 0)
    return status;
  if (project_path == NULL || document == NULL || start_arg == NULL || end_arg == NULL)
    return usage_error (_("--project, --document, --start and --end are required"));
  if (!parse_offset (start_arg, &start) || !parse_offset (end_arg, &end))
    return usage_error (_("--start and --end must be whole numbers of characters"));
  if (start >= end)
    return usage_error (_("--end must be greater than --start"));
  draft = glosa_annotation_new (document, start, end);
  if (!glosa_annotation_set_stance (draft, stance))
    return usage_error (_("--stance must be support, oppose, neutral or mixed"));

  if ((project = open_project (project_path, FALSE, &error)) == NULL)
    return glosa_cli_fail (error);
  if (author != NULL)
    glosa_project_set_author (project, author);
  if (glosa_project_lookup_document (project, document) == NULL)
    {
      g_set_error (&error, GLOSA_ERROR, GLOSA_ERROR_NOT_FOUND,
                   _("There is no document “%s” in this project."), document);
      return glosa_cli_fail (error);
    }
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      GlosaTag *tag = glosa_project_lookup_tag_by_name (project, g_strstrip (tags[i]));

      if (tag == NULL && (tag = glosa_project_create_tag (project, tags[i], NULL, &error)) == NULL)
        return glosa_cli_fail (error);
      glosa_annotation_add_tag (draft, glosa_tag_get_id (tag));
    }
  glosa_annotation_set_actor (draft, actor);
  glosa_annotation_set_issue (draft, issue);
  glosa_annotation_set_note (draft, note);

  if ((annotation = glosa_project_add_annotation (project, draft, &error)) == NULL)
    return glosa_cli_fail (error);
  /* Committed (synchronous = FULL): now the id may be promised. */
  g_print ("%s\n", glosa_annotation_get_id (annotation));
  fflush (stdout);
  return GLOSA_CLI_EXIT_OK;
}

static void
print_annotation (GlosaProject    *project,
                  GlosaAnnotation *annotation)
{
  const char * const *tags = glosa_annotation_get_tags (annotation);
  g_autoptr(GString) line = g_string_new (NULL);

  g_string_append_printf (line, "%s  %s [%u–%u]", glosa_annotation_get_id (annotation),
                          glosa_annotation_get_document (annotation),
                          glosa_annotation_get_start (annotation),
                          glosa_annotation_get_end (annotation));
  if (glosa_annotation_get_orphaned (annotation))
    g_string_append_printf (line, " %s", _("(orphaned)"));
  for (guint i = 0; tags[i] != NULL; i++)
    {
      GlosaTag *tag = glosa_project_lookup_tag (project, tags[i]);

      g_string_append_printf (line, " #%s", tag ? glosa_tag_get_name (tag) : tags[i]);
    }
  if (glosa_annotation_get_actor (annotation) || glosa_annotation_get_issue (annotation))
    g_string_append_printf (line, "  %s %s %s", glosa_annotation_get_actor (annotation) ?: "—",
                            glosa_annotation_get_stance (annotation) ?: "—",
                            glosa_annotation_get_issue (annotation) ?: "—");
  g_print ("%s\n  “%s”\n", line->str, glosa_annotation_get_quote (annotation));
  if (glosa_annotation_get_note (annotation) != NULL)
    g_print ("  %s\n", glosa_annotation_get_note (annotation));
}

int
glosa_cli_annotations (int    argc,
                       char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaProject) project = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *project_path = NULL;
  g_autofree char *document = NULL;
  g_autofree char *tag_name = NULL;
  g_autofree char *actor = NULL;
  g_autofree char *issue = NULL;
  g_autofree char *stance = NULL;
  g_autofree char *author = NULL;
  g_autofree char *text = NULL;
  gboolean orphaned = FALSE;
  gboolean json = FALSE;
  int status;
  const GOptionEntry entries[] = {
    { "project", 0, 0, G_OPTION_ARG_FILENAME, &project_path, N_("The project file"), N_("FILE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print JSON: {\"annotations\":[{\"id\",\"document\",\"start\",\"end\",\"quote\","
         "\"tags\",\"actor\",\"issue\",\"stance\",\"note\",\"author\",\"created\",\"modified\","
         "\"orphaned\"}]}"),
      NULL },
    { "document", 0, 0, G_OPTION_ARG_STRING, &document, N_("Only in this document"), N_("ID") },
    { "tag", 0, 0, G_OPTION_ARG_STRING, &tag_name, N_("Only with this tag or a sub-tag"),
     N_("NAME") },
    { "actor", 0, 0, G_OPTION_ARG_STRING, &actor, N_("Only with this actor"), N_("ID") },
    { "issue", 0, 0, G_OPTION_ARG_STRING, &issue, N_("Only on this issue"), N_("ID") },
    { "stance", 0, 0, G_OPTION_ARG_STRING, &stance, N_("Only with this stance"), N_("S") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("Only by this author"), N_("NAME") },
    { "text", 0, 0, G_OPTION_ARG_STRING, &text,
      N_("Only with TEXT in the quote or note, ignoring case and accents"), N_("TEXT") },
    { "orphaned", 0, 0, G_OPTION_ARG_NONE, &orphaned,
      N_("Only those that could not be placed after their document changed"), NULL },
    { NULL }
  };
  GlosaAnnotationFilter filter = { 0 };

  context = g_option_context_new (_("— list a project’s annotations"));
  g_option_context_set_summary (context,
                                _("Lists annotations by document and position. Opens the project "
                                  "read-only, so it works\nwhile Glosa has the project open.\n\n"
                                  "Exit status: 0 on success, 1 on failure, 2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = glosa_cli_parse (context, &argc, &argv, 0)) >= 0)
    return status;
  if (project_path == NULL)
    return usage_error (_("--project is required"));

  if ((project = open_project (project_path, TRUE, &error)) == NULL)
    return glosa_cli_fail (error);
  filter = (GlosaAnnotationFilter) { document, NULL, actor, issue, stance, author, text, orphaned };
  if (tag_name != NULL)
    {
      GlosaTag *tag = glosa_project_lookup_tag_by_name (project, tag_name);

      if (tag == NULL)
        {
          g_set_error (&error, GLOSA_ERROR, GLOSA_ERROR_NOT_FOUND,
                       _("There is no tag named “%s”."), tag_name);
          return glosa_cli_fail (error);
        }
      filter.tag = glosa_tag_get_id (tag);
    }
  found = glosa_project_filter_annotations (project, &filter);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "annotations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < found->len; i++)
    {
      if (json)
        glosa_export_add_annotation_json (builder, g_ptr_array_index (found, i), project);
      else
        print_annotation (project, g_ptr_array_index (found, i));
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  if (json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);

      glosa_cli_print_json (root);
    }
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "%u annotation\n", "%u annotations\n", found->len),
             found->len);
  return GLOSA_CLI_EXIT_OK;
}
