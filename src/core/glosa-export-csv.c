/* glosa-export-csv.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-export-csv"

#include "config.h"

#include "glosa-export-private.h"

/* The two CSV exports: one row per annotation, and DNA's statement table.
 * Both are RFC 4180 (CRLF rows, fields quoted when they need it, quotes
 * doubled), UTF-8, and safe to open in a spreadsheet. */

/* A text cell a spreadsheet would run as a formula (=, +, -, @, or a tab
 * or CR in front of one) starts with an apostrophe instead, as OWASP
 * advises: the text reads the same and nothing is evaluated. */
typedef struct
{
  GString *out;
  gboolean in_row;  /* a field is written: the next needs a comma */
} CsvWriter;

static void
start_field (CsvWriter *writer)
{
  if (writer->in_row)
    g_string_append_c (writer->out, ',');
  writer->in_row = TRUE;
}

static void
append_text (CsvWriter  *writer,
             const char *value)
{
  GString *row = writer->out;
  gboolean neutralise;

  start_field (writer);
  if (value == NULL || *value == '\0')
    return;
  neutralise = strchr ("=+-@\t\r", value[0]) != NULL;
  if (!neutralise && strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (row, value);
      return;
    }
  g_string_append_c (row, '"');
  if (neutralise)
    g_string_append_c (row, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (row, '"');
      g_string_append_c (row, *p);
    }
  g_string_append_c (row, '"');
}

static void
append_number (CsvWriter *writer,
               guint      value)
{
  start_field (writer);
  g_string_append_printf (writer->out, "%u", value);
}

static void
end_row (CsvWriter *writer)
{
  g_string_append (writer->out, "\r\n");
  writer->in_row = FALSE;
}

static void
append_header (CsvWriter          *out,
               const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    append_text (out, names[i]);
  end_row (out);
}

GBytes *
glosa_export_csv (GlosaExportContext  *context,
                  GError             **error)
{
  static const char * const header[] = {
    "id", "document", "document_title", "start", "end", "quote", "tags", "actor", "issue",
    "stance", "note", "author", "created", "modified", NULL
  };
  CsvWriter writer = { g_string_new (NULL), FALSE };
  CsvWriter *out = &writer;

  append_header (out, header);
  for (guint i = 0; i < context->annotations->len; i++)
    {
      GlosaAnnotation *annotation = g_ptr_array_index (context->annotations, i);
      const char *document = glosa_annotation_get_document (annotation);
      g_autofree char *tags = glosa_export_dup_tag_names (context, annotation, "; ");

      append_text (out, glosa_annotation_get_id (annotation));
      append_text (out, document);
      append_text (out, glosa_export_document_title (context, document));
      append_number (out, glosa_annotation_get_start (annotation));
      append_number (out, glosa_annotation_get_end (annotation));
      append_text (out, glosa_annotation_get_quote (annotation));
      append_text (out, tags);
      append_text (out, glosa_export_actor_name (context, glosa_annotation_get_actor (annotation)));
      append_text (out, glosa_export_issue_label (context,
                                                  glosa_annotation_get_issue (annotation)));
      append_text (out, glosa_annotation_get_stance (annotation));
      append_text (out, glosa_annotation_get_note (annotation));
      append_text (out, glosa_annotation_get_author (annotation));
      append_text (out, glosa_annotation_get_created (annotation));
      append_text (out, glosa_annotation_get_modified (annotation));
      end_row (out);
    }
  return g_string_free_to_bytes (writer.out);
}

/* DNA's qualifier: 1 agrees, 0 disagrees; other stances have no value. */
static const char *
agreement (GlosaAnnotation *annotation)
{
  const char *stance = glosa_annotation_get_stance (annotation);

  if (g_strcmp0 (stance, "support") == 0)
    return "1";
  if (g_strcmp0 (stance, "oppose") == 0)
    return "0";
  return NULL;
}

GBytes *
glosa_export_dna_csv (GlosaExportContext  *context,
                      GError             **error)
{
  static const char * const header[] = {
    "statement_id", "date", "actor", "organisation", "concept", "agreement", "start", "stop",
    "text", "coder", "document_id", "document_title", NULL
  };
  CsvWriter writer = { g_string_new (NULL), FALSE };
  CsvWriter *out = &writer;

  append_header (out, header);
  for (guint i = 0; i < context->annotations->len; i++)
    {
      GlosaAnnotation *annotation = g_ptr_array_index (context->annotations, i);
      const char *document_id = glosa_annotation_get_document (annotation);
      GlosaDocument *document = glosa_project_lookup_document (context->project, document_id);
      GlosaActor *actor;
      const char *organisation = NULL;

      if (!glosa_export_is_statement (annotation))
        continue;
      actor = glosa_codebook_lookup_actor (context->codebook,
                                           glosa_annotation_get_actor (annotation));
      if (actor != NULL && glosa_actor_get_affiliation (actor) != NULL)
        organisation = glosa_export_actor_name (context, glosa_actor_get_affiliation (actor));

      append_text (out, glosa_annotation_get_id (annotation));
      append_text (out, document != NULL ? glosa_document_get_date (document) : NULL);
      append_text (out, glosa_export_actor_name (context, glosa_annotation_get_actor (annotation)));
      append_text (out, organisation);
      append_text (out, glosa_export_issue_label (context,
                                                  glosa_annotation_get_issue (annotation)));
      append_text (out, agreement (annotation));
      append_number (out, glosa_annotation_get_start (annotation));
      append_number (out, glosa_annotation_get_end (annotation));
      append_text (out, glosa_annotation_get_quote (annotation));
      append_text (out, glosa_annotation_get_author (annotation));
      append_text (out, document_id);
      append_text (out, glosa_export_document_title (context, document_id));
      end_row (out);
    }
  return g_string_free_to_bytes (writer.out);
}
