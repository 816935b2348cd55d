/* glosa-csv-reader.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-csv-reader"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "glosa-csv-reader.h"
#include "glosa-error.h"

/* A strict RFC 4180 reader: fields separated by commas, records by CRLF or
 * LF; a field in double quotes may hold commas, line breaks and quotes
 * written twice. What a spreadsheet writes is read; anything else (a stray
 * quote, text after a closing quote, a bare CR, bytes that are not UTF-8)
 * is refused with the line it is on, rather than guessed at, because a
 * guess would silently shift every later field. Records are read one at a
 * time from a buffer the caller keeps. */

struct _GlosaCsvReader
{
  const char *pos;
  const char *end;
  char       *display_name;
  guint       line;         /* of pos, from 1 */
  guint       record_line;  /* where the record last returned starts */
};

/**
 * glosa_csv_reader_new:
 * @data: the file's contents, kept by the caller while the reader is used
 * @length: their length in bytes
 * @display_name: the file's name, to start every message with
 *
 * A UTF-8 byte order mark at the start is skipped.
 *
 * Returns: (transfer full): a reader at the first record
 */
GlosaCsvReader *
glosa_csv_reader_new (const char *data,
                      gsize       length,
                      const char *display_name)
{
  GlosaCsvReader *self;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  self = g_new0 (GlosaCsvReader, 1);
  if (data == NULL)
    data = "";
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  self->pos = data;
  self->end = data + length;
  self->display_name = g_strdup (display_name);
  self->line = 1;
  self->record_line = 1;
  return self;
}

void
glosa_csv_reader_free (GlosaCsvReader *self)
{
  if (self == NULL)
    return;
  g_free (self->display_name);
  g_free (self);
}

/**
 * glosa_csv_reader_get_line:
 * @self: a reader
 *
 * Returns: the line, counted from 1, on which the record last returned by
 *   glosa_csv_reader_next() starts
 */
guint
glosa_csv_reader_get_line (GlosaCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->record_line;
}

G_GNUC_PRINTF (5, 6) static gboolean
fail (GlosaCsvReader  *self,
      GError         **error,
      guint            line,
      guint            field,
      const char      *format,
      ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: a file name, a line and a field number, then what is wrong */
  g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_PARSE, _("%s line %u, field %u: %s"),
               self->display_name, line, field, what);
  /* Nothing after a fault can be trusted. */
  self->pos = self->end;
  return FALSE;
}

static gboolean
append (GlosaCsvReader  *self,
        GString         *field,
        const char      *text,
        gsize            length,
        guint            number,
        GError         **error)
{
  if (field->len + length > GLOSA_CSV_MAX_FIELD_SIZE)
    return fail (self, error, self->line, number, _("the field is longer than %u bytes"),
                 GLOSA_CSV_MAX_FIELD_SIZE);
  g_string_append_len (field, text, length);
  return TRUE;
}

/* From just after the opening quote to just after the closing one. */
static gboolean
read_quoted (GlosaCsvReader  *self,
             GString         *field,
             guint            number,
             GError         **error)
{
  guint first_line = self->line;

  for (;;)
    {
      const char *quote = memchr (self->pos, '"', self->end - self->pos);
      const char *stop = quote != NULL ? quote : self->end;

      for (const char *p = self->pos; (p = memchr (p, '\n', stop - p)) != NULL; p++)
        self->line++;
      if (!append (self, field, self->pos, stop - self->pos, number, error))
        return FALSE;
      if (quote == NULL)
        return fail (self, error, first_line, number,
                     _("the quoted field that starts here is not closed"));
      self->pos = quote + 1;
      if (self->pos < self->end && *self->pos == '"')
        {
          if (!append (self, field, "\"", 1, number, error))
            return FALSE;
          self->pos++;
          continue;
        }
      break;
    }

  if (self->pos < self->end && *self->pos != ',' && *self->pos != '\n' && *self->pos != '\r')
    return fail (self, error, self->line, number,
                 _("text follows the closing quote; a quote inside a quoted field is "
                   "written twice (\"\")"));
  return TRUE;
}

static gboolean
read_plain (GlosaCsvReader  *self,
            GString         *field,
            guint            number,
            GError         **error)
{
  const char *p = self->pos;

  while (p < self->end && *p != ',' && *p != '\n' && *p != '\r')
    {
      if (*p == '"')
        return fail (self, error, self->line, number,
                     _("a quote inside a field that does not start with one; put the field in "
                       "quotes and write the quote twice (\"\")"));
      p++;
    }
  if (!append (self, field, self->pos, p - self->pos, number, error))
    return FALSE;
  self->pos = p;
  return TRUE;
}

/**
 * glosa_csv_reader_next:
 * @self: a reader
 * @fields: (out) (transfer full): the fields of the next record, or %NULL
 *   at the end or on error
 * @error: return location for a #GLOSA_ERROR naming the file, line and field
 *
 * Reads one record. An empty line is a record with one empty field. After
 * an error the reader is at its end.
 *
 * Returns: %TRUE if a record was read; %FALSE at the end or on error
 */
gboolean
glosa_csv_reader_next (GlosaCsvReader  *self,
                       GStrv           *fields,
                       GError         **error)
{
  g_autoptr(GPtrArray) record = NULL;
  g_autoptr(GString) field = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *fields = NULL;
  if (self->pos >= self->end)
    return FALSE;

  self->record_line = self->line;
  record = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  field = g_string_new (NULL);
  for (;;)
    {
      guint number = record->len + 1;

      if (record->len >= GLOSA_CSV_MAX_FIELDS)
        return fail (self, error, self->line, number, _("a record has more than %u fields"),
                     GLOSA_CSV_MAX_FIELDS);
      g_string_truncate (field, 0);
      if (self->pos < self->end && *self->pos == '"')
        {
          self->pos++;
          if (!read_quoted (self, field, number, error))
            return FALSE;
        }
      else if (!read_plain (self, field, number, error))
        return FALSE;
      /* A given length makes a NUL byte invalid too. */
      if (!g_utf8_validate_len (field->str, field->len, NULL))
        return fail (self, error, self->line, number, _("the text is not UTF-8"));
      g_ptr_array_add (record, g_strndup (field->str, field->len));

      if (self->pos >= self->end)
        break;
      if (*self->pos == ',')
        {
          self->pos++;
          continue;
        }
      if (*self->pos == '\r')
        {
          if (self->pos + 1 >= self->end || self->pos[1] != '\n')
            return fail (self, error, self->line, number,
                         _("a carriage return that does not end a line"));
          self->pos++;
        }
      self->pos++;
      self->line++;
      break;
    }

  *fields = (GStrv) g_ptr_array_steal (record, NULL);
  return TRUE;
}
