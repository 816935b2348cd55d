/* glosa-import-codebook-csv.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-import-codebook-csv"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "glosa-csv-reader.h"
#include "glosa-error.h"
#include "glosa-import-codebook-private.h"

/* A codebook as a spreadsheet, saved as CSV: one actor or one issue a row,
 * read into what a codebook file would hold (GlosaCodebookData) so that the
 * same merge takes it into a project. What a row gets wrong skips that row
 * with a problem naming its line; what breaks the file refuses all of it. */

/* The columns a codebook spreadsheet may have. The header row says which
 * ones it has, in any order, and whether the rows are actors or issues. */
typedef enum
{
  COLUMN_ID,
  COLUMN_NAME,
  COLUMN_KIND,
  COLUMN_ALIASES,
  COLUMN_AFFILIATION,
  COLUMN_DESCRIPTION,
  COLUMN_COLOUR,
  COLUMN_LABEL,
  COLUMN_KEYWORDS,
  N_COLUMNS
} Column;

static const char * const column_names[N_COLUMNS] = {
  "id", "name", "kind", "aliases", "affiliation", "description", "colour", "label", "keywords",
};

static const gboolean actor_columns[N_COLUMNS] = {
  [COLUMN_ID] = TRUE, [COLUMN_NAME] = TRUE, [COLUMN_KIND] = TRUE, [COLUMN_ALIASES] = TRUE,
  [COLUMN_AFFILIATION] = TRUE, [COLUMN_DESCRIPTION] = TRUE, [COLUMN_COLOUR] = TRUE,
};

static const gboolean issue_columns[N_COLUMNS] = {
  [COLUMN_ID] = TRUE, [COLUMN_LABEL] = TRUE, [COLUMN_KEYWORDS] = TRUE,
  [COLUMN_DESCRIPTION] = TRUE,
};

/* Terms in one cell are separated by semicolons. */
#define CSV_TERM_SEPARATOR ";"

typedef struct
{
  const char        *display_name;
  gboolean           actors;
  int                index[N_COLUMNS];  /* the field of each column, or -1 */
  guint              n_fields;
  GlosaCodebookData *result;            /* its id_locations say "FILE line N" */
  GPtrArray         *entries;           /* result's actors or issues */
  GHashTable        *by_id;             /* id → entry, borrowed */
} CsvImport;

static gboolean
read_header (CsvImport  *csv,
             GStrv       fields,
             GError    **error)
{
  const gboolean *allowed;

  for (guint c = 0; c < N_COLUMNS; c++)
    csv->index[c] = -1;
  csv->n_fields = g_strv_length (fields);
  for (guint i = 0; i < csv->n_fields; i++)
    {
      g_autofree char *lower = g_ascii_strdown (g_strstrip (fields[i]), -1);
      /* The parser takes both spellings too. */
      const char *name = g_str_equal (lower, "color") ? "colour" : lower;
      guint c;

      if (!g_strv_contains (column_names, name))
        {
          g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_INVALID,
                       _("%s line 1: “%s” is not a codebook column; actors have name, kind, "
                         "aliases, id, affiliation, description, colour; issues have label, "
                         "keywords, id, description"), csv->display_name, fields[i]);
          return FALSE;
        }
      for (c = 0; !g_str_equal (column_names[c], name); c++)
        ;
      if (csv->index[c] >= 0)
        {
          g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_INVALID,
                       _("%s line 1: the column “%s” is named twice"), csv->display_name, name);
          return FALSE;
        }
      csv->index[c] = i;
    }

  if ((csv->index[COLUMN_NAME] >= 0) == (csv->index[COLUMN_LABEL] >= 0))
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_INVALID,
                   _("%s line 1: the first line must name the columns, with “name” for a list "
                     "of actors (name,kind,aliases) or “label” for a list of issues "
                     "(label,keywords)"), csv->display_name);
      return FALSE;
    }
  csv->actors = csv->index[COLUMN_NAME] >= 0;
  csv->entries = csv->actors ? csv->result->actors : csv->result->issues;
  allowed = csv->actors ? actor_columns : issue_columns;
  for (guint c = 0; c < N_COLUMNS; c++)
    if (csv->index[c] >= 0 && !allowed[c])
      {
        g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_INVALID,
                     csv->actors ? _("%s line 1: a list of actors has no column “%s”")
                                 : _("%s line 1: a list of issues has no column “%s”"),
                     csv->display_name, column_names[c]);
        return FALSE;
      }
  return TRUE;
}

/* The cell of @column, trimmed; "" when the file has no such column. */
static const char *
cell (CsvImport *csv,
      GStrv      fields,
      Column     column)
{
  return csv->index[column] >= 0 ? g_strstrip (fields[csv->index[column]]) : "";
}

static gboolean
is_blank (GStrv fields)
{
  for (guint i = 0; fields[i] != NULL; i++)
    if (*g_strstrip (fields[i]) != '\0')
      return FALSE;
  return TRUE;
}

/* The row's name (or label), normalised, and the id it gives or else the
 * one Glosa makes from the name; FALSE, reported, if the row has neither. */
static gboolean
read_name_and_id (CsvImport   *csv,
                  GStrv        fields,
                  const char  *where,
                  char       **name,
                  char       **id)
{
  const char *given = cell (csv, fields, COLUMN_ID);

  *id = NULL;
  *name = glosa_codebook_normalize_term (cell (csv, fields,
                                               csv->actors ? COLUMN_NAME : COLUMN_LABEL));
  if (*name == NULL)
    {
      glosa_codebook_add_problem (csv->result->problems, where,
                                  csv->actors ? _("no name; the row is skipped")
                                              : _("no label; the row is skipped"));
      return FALSE;
    }
  for (const char *p = given; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      {
        glosa_codebook_add_problem (csv->result->problems, where,
                                    _("the id contains a control character; the row is "
                                      "skipped"));
        return FALSE;
      }
  *id = *given != '\0' ? g_strdup (given) : glosa_codebook_make_id (NULL, *name);
  return TRUE;
}

static GlosaActor *
read_actor (CsvImport  *csv,
            GStrv       fields,
            const char *where)
{
  g_autofree char *name = NULL;
  const char *kind_name = cell (csv, fields, COLUMN_KIND);
  const char *colour = cell (csv, fields, COLUMN_COLOUR);
  const char *affiliation = cell (csv, fields, COLUMN_AFFILIATION);
  const char *description = cell (csv, fields, COLUMN_DESCRIPTION);
  GlosaActorKind kind = GLOSA_ACTOR_KIND_OTHER;
  g_auto(GStrv) aliases = NULL;
  g_autofree char *id = NULL;
  GlosaActor *actor;

  if (!read_name_and_id (csv, fields, where, &name, &id))
    return NULL;
  if (*kind_name != '\0' && !glosa_actor_kind_from_string (kind_name, &kind))
    {
      glosa_codebook_add_problem (csv->result->problems, where,
                                  _("actor “%s”: “%s” is not a kind of actor; use person, "
                                    "organisation, government, country, media or other; the row "
                                    "is skipped"), id, kind_name);
      return NULL;
    }
  if (*colour != '\0' && !glosa_colour_is_valid (colour))
    {
      glosa_codebook_add_problem (csv->result->problems, where,
                                  _("actor “%s”: the colour “%s” is not written as #rrggbb; the "
                                    "row is skipped"), id, colour);
      return NULL;
    }

  actor = glosa_actor_new (id, name, kind);
  aliases = g_strsplit (cell (csv, fields, COLUMN_ALIASES), CSV_TERM_SEPARATOR, -1);
  glosa_actor_set_aliases (actor, NULL, (const char * const *) aliases);
  if (*affiliation != '\0')
    glosa_actor_set_affiliation (actor, affiliation);
  if (*description != '\0')
    glosa_actor_set_description (actor, description);
  if (*colour != '\0')
    glosa_actor_set_colour (actor, colour);
  return actor;
}

static GlosaIssue *
read_issue (CsvImport  *csv,
            GStrv       fields,
            const char *where)
{
  g_autofree char *label = NULL;
  const char *description = cell (csv, fields, COLUMN_DESCRIPTION);
  g_auto(GStrv) keywords = NULL;
  g_autofree char *id = NULL;
  GlosaIssue *issue;

  if (!read_name_and_id (csv, fields, where, &label, &id))
    return NULL;

  issue = glosa_issue_new (id, label);
  keywords = g_strsplit (cell (csv, fields, COLUMN_KEYWORDS), CSV_TERM_SEPARATOR, -1);
  glosa_issue_set_keywords (issue, NULL, (const char * const *) keywords);
  if (*description != '\0')
    glosa_issue_set_description (issue, description);
  return issue;
}

/* A row whose id an earlier row has adds to that entry, so a spreadsheet
 * may give one alias per row. */
static void
add_row (CsvImport  *csv,
         gpointer    entry,
         const char *where)
{
  const char *id = csv->actors ? glosa_actor_get_id (entry) : glosa_issue_get_id (entry);
  gpointer earlier = g_hash_table_lookup (csv->by_id, id);

  if (earlier == NULL)
    {
      g_ptr_array_add (csv->entries, entry);
      g_hash_table_insert (csv->by_id, (gpointer) id, entry);
      g_hash_table_insert (csv->result->id_locations, entry, g_strdup (where));
      return;
    }
  if (csv->actors && glosa_import_kinds_conflict (earlier, entry))
    glosa_codebook_add_problem (csv->result->problems, where,
                                _("actor “%s” is of kind %s on %s; the row is skipped"), id,
                                glosa_actor_kind_to_string (glosa_actor_get_kind (earlier)),
                                (const char *) g_hash_table_lookup (csv->result->id_locations,
                                                                    earlier));
  else
    glosa_import_absorb_entry (earlier, entry);
  g_object_unref (entry);
}

static gboolean
read_csv (CsvImport   *csv,
          const char  *data,
          gsize        length,
          GError     **error)
{
  g_autoptr(GlosaCsvReader) reader = glosa_csv_reader_new (data, length, csv->display_name);
  g_auto(GStrv) header = NULL;
  g_autoptr(GError) local_error = NULL;
  GStrv fields;

  if (!glosa_csv_reader_next (reader, &header, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, GLOSA_ERROR, GLOSA_ERROR_INVALID, _("%s is empty"),
                     csv->display_name);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!read_header (csv, header, error))
    return FALSE;

  while (glosa_csv_reader_next (reader, &fields, &local_error))
    {
      g_auto(GStrv) row = fields;
      guint line = glosa_csv_reader_get_line (reader);
      g_autofree char *where = NULL;
      gpointer entry;

      if (is_blank (row))
        continue;
      if (g_strv_length (row) != csv->n_fields)
        {
          g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_INVALID,
                       _("%s line %u: %u fields, but the first line names %u columns"),
                       csv->display_name, line, g_strv_length (row), csv->n_fields);
          return FALSE;
        }
      /* Translators: a file name and a line number */
      where = g_strdup_printf (_("%s line %u"), csv->display_name, line);
      entry = csv->actors ? (gpointer) read_actor (csv, row, where)
                          : (gpointer) read_issue (csv, row, where);
      if (entry != NULL)
        add_row (csv, entry, where);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/**
 * glosa_import_codebook_read_csv:
 * @data: a CSV file whose first line names its columns (docs/codebook.md)
 * @length: its length in bytes
 * @display_name: the file's name, for messages
 * @error: return location for a #GLOSA_ERROR naming the file and line
 *
 * Returns: (transfer full): the actors or issues of @data, with the rows
 *   skipped as problems; %NULL if the file is malformed
 */
GlosaCodebookData *
glosa_import_codebook_read_csv (const char  *data,
                                gsize        length,
                                const char  *display_name,
                                GError     **error)
{
  g_autoptr(GlosaCodebookData) result = glosa_import_codebook_data_new ();
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  CsvImport csv = { .display_name = display_name, .result = result, .by_id = by_id };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_csv (&csv, data, length, error))
    return NULL;
  return g_steal_pointer (&result);
}
