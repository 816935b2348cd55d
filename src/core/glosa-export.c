/* glosa-export.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "glosa-error.h"
#include "glosa-export-private.h"

/* Exports: one writer per format, each building the whole file in memory
 * so the file on disk is replaced in one atomic step, never left half
 * written. The writers live in glosa-export-<family>.c. */

typedef GBytes *(*ExportFunc) (GlosaExportContext *context,
                               GError            **error);

static const struct
{
  const char *name;
  const char *label;
  const char *suffix;
  ExportFunc  write;
} formats[GLOSA_EXPORT_N_FORMATS] = {
  [GLOSA_EXPORT_JSON] = { "json", N_("Glosa JSON"), ".json", glosa_export_json },
  [GLOSA_EXPORT_CSV] = { "csv", N_("Spreadsheet (CSV)"), ".csv", glosa_export_csv },
  [GLOSA_EXPORT_MARKDOWN] = { "markdown", N_("Markdown notes"), ".md", glosa_export_markdown },
  [GLOSA_EXPORT_W3C] = { "w3c", N_("W3C Web Annotation (JSON-LD)"), ".jsonld", glosa_export_w3c },
  [GLOSA_EXPORT_QDPX] = { "qdpx", N_("REFI-QDA project"), ".qdpx", glosa_export_qdpx },
  [GLOSA_EXPORT_GRAPHML] = { "graphml", N_("Actor–issue network (GraphML)"), ".graphml",
                             glosa_export_graphml },
  [GLOSA_EXPORT_DNA_CSV] = { "dna-csv", N_("DNA statement table (CSV)"), ".csv",
                             glosa_export_dna_csv },
};

const char *
glosa_export_format_to_string (GlosaExportFormat format)
{
  g_return_val_if_fail (format < GLOSA_EXPORT_N_FORMATS, NULL);

  return formats[format].name;
}

/**
 * glosa_export_format_from_string:
 * @string: (nullable): a format's name, as glosa_export_format_to_string() gives it
 *
 * Returns: %TRUE if @string names a format
 */
gboolean
glosa_export_format_from_string (const char        *string,
                                 GlosaExportFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  for (guint i = 0; string != NULL && i < G_N_ELEMENTS (formats); i++)
    if (g_str_equal (string, formats[i].name))
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

const char *
glosa_export_format_get_label (GlosaExportFormat format)
{
  g_return_val_if_fail (format < GLOSA_EXPORT_N_FORMATS, NULL);

  return _(formats[format].label);
}

const char *
glosa_export_format_get_suffix (GlosaExportFormat format)
{
  g_return_val_if_fail (format < GLOSA_EXPORT_N_FORMATS, NULL);

  return formats[format].suffix;
}

char *
glosa_export_dup_tag_names (GlosaExportContext *context,
                            GlosaAnnotation    *annotation,
                            const char         *separator)
{
  const char * const *tags = glosa_annotation_get_tags (annotation);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; tags[i] != NULL; i++)
    {
      GlosaTag *tag = glosa_project_lookup_tag (context->project, tags[i]);

      if (i > 0)
        g_string_append (names, separator);
      g_string_append (names, tag != NULL ? glosa_tag_get_name (tag) : tags[i]);
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* Ids the codebook no longer knows are still exported, as themselves. */
const char *
glosa_export_actor_name (GlosaExportContext *context,
                         const char         *actor)
{
  GlosaActor *found;

  if (actor == NULL)
    return NULL;
  found = glosa_codebook_lookup_actor (context->codebook, actor);
  return found != NULL ? glosa_actor_get_name (found) : actor;
}

const char *
glosa_export_issue_label (GlosaExportContext *context,
                          const char         *issue)
{
  GlosaIssue *found;

  if (issue == NULL)
    return NULL;
  found = glosa_codebook_lookup_issue (context->codebook, issue);
  return found != NULL ? glosa_issue_get_label (found) : issue;
}

const char *
glosa_export_document_title (GlosaExportContext *context,
                             const char         *document)
{
  GlosaDocument *found = glosa_project_lookup_document (context->project, document);

  return found != NULL ? glosa_document_get_title (found) : document;
}

/* A name-based UUID (version 5 layout, SHA-1 of kind and id): formats
 * that want GUIDs get the same one for the same thing on every export. */
char *
glosa_export_guid (const char *kind,
                   const char *id)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize length = sizeof digest;

  g_checksum_update (checksum, (const guchar *) "glosa:", -1);
  g_checksum_update (checksum, (const guchar *) kind, -1);
  g_checksum_update (checksum, (const guchar *) ":", -1);
  g_checksum_update (checksum, (const guchar *) id, -1);
  g_checksum_get_digest (checksum, digest, &length);
  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;
  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
                          "%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

/* A coded statement in DNA's sense: an actor speaking on an issue. */
gboolean
glosa_export_is_statement (GlosaAnnotation *annotation)
{
  return glosa_annotation_get_actor (annotation) != NULL
         && glosa_annotation_get_issue (annotation) != NULL;
}

/* g_markup_escape_text() writes control characters as references such as
 * "&#x1;", which XML 1.0 forbids even escaped; a pasted note can hold one.
 * They become U+FFFD, so the file stays valid. A "&#x1;" typed by a user
 * was escaped to "&amp;#x1;" and is not touched. */
GBytes *
glosa_export_xml_to_bytes (GString *xml)
{
  g_autoptr(GRegex) forbidden = NULL;
  char *fixed;

  forbidden = g_regex_new ("&#x([0-8bcef]|1[0-9a-f]);", G_REGEX_CASELESS, 0, NULL);
  fixed = g_regex_replace_literal (forbidden, xml->str, xml->len, 0, "\xef\xbf\xbd", 0, NULL);
  g_string_free (xml, TRUE);
  return g_bytes_new_take (fixed, strlen (fixed));
}

/**
 * glosa_export_to_bytes:
 * @document: (nullable): export only this document's annotations
 *
 * Returns: (transfer full): the exported file's contents, or %NULL on error
 */
GBytes *
glosa_export_to_bytes (GlosaProject       *project,
                       GlosaExportFormat   format,
                       const char         *document,
                       GError            **error)
{
  g_autoptr(GlosaCodebook) codebook = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  GlosaAnnotationFilter filter = { 0 };
  GlosaExportContext context;

  g_return_val_if_fail (GLOSA_IS_PROJECT (project), NULL);
  g_return_val_if_fail (format < GLOSA_EXPORT_N_FORMATS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (document != NULL && glosa_project_lookup_document (project, document) == NULL)
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_NOT_FOUND,
                   _("There is no document “%s” in this project."), document);
      return NULL;
    }
  if ((codebook = glosa_project_load_codebook (project, error)) == NULL)
    return NULL;
  filter.document = document;
  annotations = glosa_project_filter_annotations (project, &filter);

  context = (GlosaExportContext) { project, codebook, annotations, document };
  return formats[format].write (&context, error);
}

/**
 * glosa_export_to_file:
 * @document: (nullable): export only this document's annotations
 *
 * Writes the export to @output atomically: readers see the old file or the
 * whole new one.
 */
gboolean
glosa_export_to_file (GlosaProject       *project,
                      GlosaExportFormat   format,
                      const char         *document,
                      GFile              *output,
                      GCancellable       *cancellable,
                      GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (GLOSA_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (output), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((bytes = glosa_export_to_bytes (project, format, document, error)) == NULL)
    return FALSE;
  return g_file_replace_contents (output, g_bytes_get_data (bytes, NULL),
                                  g_bytes_get_size (bytes), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, cancellable, error);
}

static void
replace_contents_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * glosa_export_to_file_async:
 * @document: (nullable): export only this document's annotations
 *
 * Like glosa_export_to_file(), for the window. The export is built at once
 * on the calling thread, since the project is not to be read from another;
 * that takes milliseconds. Only the writing, which may be slow on a network
 * folder, runs asynchronously.
 */
void
glosa_export_to_file_async (GlosaProject        *project,
                            GlosaExportFormat    format,
                            const char          *document,
                            GFile               *output,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  g_return_if_fail (GLOSA_IS_PROJECT (project));
  g_return_if_fail (G_IS_FILE (output));

  task = g_task_new (project, cancellable, callback, user_data);
  g_task_set_source_tag (task, glosa_export_to_file_async);
  if ((bytes = glosa_export_to_bytes (project, format, document, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_file_replace_contents_bytes_async (output, bytes, NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION, cancellable,
                                       replace_contents_cb, g_steal_pointer (&task));
}

gboolean
glosa_export_to_file_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == glosa_export_to_file_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
