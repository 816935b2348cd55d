/* glosa-export-markdown.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-export-markdown"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "glosa-export-private.h"

/* Markdown notes, for reading: a section per article, its annotations in
 * text order, each quote a block quote followed by what was coded. */

/* Every line of @text after @lead, so a multi-line quote stays one block
 * quote and a multi-line note stays inside its list item. */
static void
append_lines (GString    *out,
              const char *first_lead,
              const char *lead,
              const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_string_append (out, i == 0 ? first_lead : lead);
      g_string_append (out, lines[i]);
      g_string_append_c (out, '\n');
    }
}

static void
append_statement (GString            *out,
                  GlosaExportContext *context,
                  GlosaAnnotation    *annotation)
{
  const char *actor = glosa_export_actor_name (context, glosa_annotation_get_actor (annotation));
  const char *issue = glosa_export_issue_label (context, glosa_annotation_get_issue (annotation));
  const char *stance_name = glosa_annotation_get_stance (annotation);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *line = NULL;
  GlosaStance stance;

  if (actor != NULL)
    g_ptr_array_add (parts, g_strdup_printf ("**%s**", actor));
  if (stance_name != NULL && glosa_stance_from_string (stance_name, &stance))
    g_ptr_array_add (parts, g_strdup (glosa_stance_get_label (stance)));
  if (issue != NULL)
    g_ptr_array_add (parts, g_strdup_printf ("*%s*", issue));
  if (parts->len == 0)
    return;
  g_ptr_array_add (parts, NULL);
  line = g_strjoinv (" ", (char **) parts->pdata);
  g_string_append_printf (out, "- %s\n", line);
}

static void
append_annotation (GString            *out,
                   GlosaExportContext *context,
                   GlosaAnnotation    *annotation)
{
  g_autofree char *tags = glosa_export_dup_tag_names (context, annotation, ", ");
  const char *note = glosa_annotation_get_note (annotation);

  append_lines (out, "> ", "> ", glosa_annotation_get_quote (annotation));
  g_string_append_c (out, '\n');
  if (*tags != '\0')
    g_string_append_printf (out, "- %s %s\n", _("Tags:"), tags);
  append_statement (out, context, annotation);
  if (note != NULL)
    {
      g_autofree char *lead = g_strdup_printf ("- %s ", _("Note:"));

      append_lines (out, lead, "  ", note);
    }
  g_string_append_printf (out, "- *%s, %s%s*\n", glosa_annotation_get_author (annotation) ?: "—",
                          glosa_annotation_get_created (annotation) ?: "",
                          glosa_annotation_get_orphaned (annotation)
                          ? _(" (orphaned: its text changed)") : "");
  g_string_append_c (out, '\n');
}

static void
append_heading (GString            *out,
                GlosaExportContext *context,
                const char         *document_id)
{
  GlosaDocument *document = glosa_project_lookup_document (context->project, document_id);
  g_autofree char *title = g_strdup (glosa_export_document_title (context, document_id));

  g_strdelimit (title, "\r\n", ' ');
  g_string_append_printf (out, "## %s\n\n", title);
  g_string_append_printf (out, "`%s`", document_id);
  if (document != NULL && glosa_document_get_date (document) != NULL)
    g_string_append_printf (out, " · %s", glosa_document_get_date (document));
  if (document != NULL && glosa_document_get_source (document) != NULL)
    g_string_append_printf (out, " · %s", glosa_document_get_source (document));
  g_string_append (out, "\n\n");
}

GBytes *
glosa_export_markdown (GlosaExportContext  *context,
                       GError             **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *current = NULL;

  g_string_append_printf (out, "# %s\n\n", _("Annotations"));
  for (guint i = 0; i < context->annotations->len; i++)
    {
      GlosaAnnotation *annotation = g_ptr_array_index (context->annotations, i);
      const char *document = glosa_annotation_get_document (annotation);

      if (g_strcmp0 (current, document) != 0)
        append_heading (out, context, document);
      current = document;
      append_annotation (out, context, annotation);
    }
  return g_string_free_to_bytes (g_steal_pointer (&out));
}
