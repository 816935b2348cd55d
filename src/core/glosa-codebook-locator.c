/* glosa-codebook-locator.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-codebook-locator"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "glosa-codebook.h"
#include "glosa-codebook-private.h"
#include "glosa-error.h"
#include "glosa-json.h"

/* Codebooks are written by hand, so every message names the file, line and
 * column. json-glib 1.6 keeps no positions in its tree, but it emits signals
 * while it parses, when json_parser_get_current_line() and _pos() are valid:
 * those give where each object and array starts (the "{" or "["), and
 * roughly where every other value ends (the scanner may already have read
 * the comma after it), so the start of such a value is found again by
 * scanning back in the text. Columns from json-glib count bytes; the ones
 * we report count characters, as text editors do. */

/* Line and column (in characters, from 1) of a byte offset; for errors
 * only, so a plain scan. */
static void
position_of (const char *data,
             gsize       offset,
             guint      *line,
             guint      *column)
{
  const char *line_start = data;

  *line = 1;
  for (const char *p = data; p < data + offset; p++)
    if (*p == '\n')
      {
        (*line)++;
        line_start = p + 1;
      }
  *column = 1 + (guint) g_utf8_strlen (line_start, data + offset - line_start);
}

/**
 * glosa_codebook_check_text:
 * @data: a codebook file's contents
 * @length: their length in bytes
 * @source: the name to start messages with
 * @error: return location for a #GLOSA_ERROR
 *
 * Refuses what json-glib must not see: an oversized file, text that is not
 * UTF-8 (with where it goes wrong), anything that is not strict JSON
 * (including nesting deep enough to overflow json-glib's recursive parser,
 * and half surrogate pairs).
 *
 * Returns: %TRUE if @data may be parsed
 */
gboolean
glosa_codebook_check_text (const char  *data,
                           gsize        length,
                           const char  *source,
                           GError     **error)
{
  const char *end = NULL;
  guint line, column;
  char *message = NULL;

  if (length > GLOSA_CODEBOOK_MAX_SIZE)
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_TOO_LARGE,
                   _("%s: the codebook is larger than %u MB, the most Glosa reads"),
                   source, GLOSA_CODEBOOK_MAX_SIZE >> 20);
      return FALSE;
    }

  if (length >= 2 && ((guchar) data[0] == 0xFF || (guchar) data[0] == 0xFE)
      && ((guchar) data[1] == 0xFF || (guchar) data[1] == 0xFE))
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_PARSE,
                   _("%s: the file is saved as UTF-16; save the codebook as UTF-8"), source);
      return FALSE;
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      position_of (data, end - data, &line, &column);
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_PARSE,
                   _("%s line %u, column %u: %s"), source, line, column,
                   *end == '\0' ? _("the file contains a zero byte; is it really a text file?")
                                : _("the text is not valid UTF-8; save the codebook as UTF-8"));
      return FALSE;
    }

  if (!glosa_json_check (data, length, &line, &column, &message))
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_PARSE,
                   _("%s line %u, column %u: %s"), source, line, column, _(message));
      return FALSE;
    }
  return TRUE;
}

struct _GlosaCodebookLocator
{
  JsonParser *parser;
  const char *data;
  gsize       length;
  const char *source;
  GPtrArray  *problems;       /* borrowed */
  GArray     *line_starts;    /* gsize */
  GHashTable *offsets;        /* node or container → offset + 1 */
  GHashTable *member_counts;  /* JsonObject* → members seen */
  GArray     *open;           /* gsize: '{' and '[' not yet closed */
};

static gsize
offset_at (GlosaCodebookLocator *self,
           JsonParser           *parser)
{
  guint line = json_parser_get_current_line (parser);
  guint pos = json_parser_get_current_pos (parser);
  gsize offset;

  if (line == 0 || line > self->line_starts->len)
    return 0;
  offset = g_array_index (self->line_starts, gsize, line - 1) + (pos > 0 ? pos - 1 : 0);
  return MIN (offset, self->length > 0 ? self->length - 1 : 0);
}

static void
container_start_cb (JsonParser           *parser,
                    GlosaCodebookLocator *self)
{
  gsize offset = offset_at (self, parser);

  g_array_append_val (self->open, offset);
}

static void
container_end (GlosaCodebookLocator *self,
               gpointer              container)
{
  gsize offset;

  if (self->open->len == 0)
    return;
  offset = g_array_index (self->open, gsize, self->open->len - 1);
  g_array_set_size (self->open, self->open->len - 1);
  g_hash_table_insert (self->offsets, container, GSIZE_TO_POINTER (offset + 1));
}

static void
object_end_cb (JsonParser           *parser,
               JsonObject           *object,
               GlosaCodebookLocator *self)
{
  container_end (self, object);
}

static void
array_end_cb (JsonParser           *parser,
              JsonArray            *array,
              GlosaCodebookLocator *self)
{
  container_end (self, array);
}

static void
record_value (GlosaCodebookLocator *self,
              JsonParser           *parser,
              JsonNode             *node)
{
  /* Objects and arrays were placed by their start signal. */
  if (node != NULL && (JSON_NODE_HOLDS_VALUE (node) || JSON_NODE_HOLDS_NULL (node)))
    g_hash_table_insert (self->offsets, node, GSIZE_TO_POINTER (offset_at (self, parser) + 1));
}

static void
object_member_cb (JsonParser           *parser,
                  JsonObject           *object,
                  const char           *name,
                  GlosaCodebookLocator *self)
{
  JsonNode *node = json_object_get_member (object, name);
  guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (self->member_counts, object)) + 1;

  record_value (self, parser, node);

  /* json-glib keeps the last of two members with one name, silently. */
  if (seen > json_object_get_size (object))
    {
      g_autofree char *where = glosa_codebook_locator_describe (self, node);

      g_ptr_array_add (self->problems,
                       g_strdup_printf (_("%s: “%s” appears twice in the same object; "
                                          "only the last one is used"), where, name));
      seen = json_object_get_size (object);
    }
  g_hash_table_insert (self->member_counts, object, GUINT_TO_POINTER (seen));
}

static void
array_element_cb (JsonParser           *parser,
                  JsonArray            *array,
                  int                   index,
                  GlosaCodebookLocator *self)
{
  record_value (self, parser, json_array_get_element (array, index));
}

/* Where a scalar value starts, given an offset at or just after its end. */
static gsize
scalar_start (GlosaCodebookLocator *self,
              gsize                 p)
{
  const char *d = self->data;

  while (p > 0 && (d[p] == ' ' || d[p] == '\t' || d[p] == '\r' || d[p] == '\n'
                   || d[p] == ',' || d[p] == ']' || d[p] == '}'))
    p--;

  if (d[p] == '"')
    {
      for (gsize q = p; q > 0; q--)
        {
          gsize backslashes = 0;

          if (d[q - 1] != '"')
            continue;
          while (q - 1 - backslashes > 0 && d[q - 2 - backslashes] == '\\')
            backslashes++;
          if (backslashes % 2 == 0)
            return q - 1;
        }
      return p;
    }

  while (p > 0 && (g_ascii_isalnum (d[p - 1]) || d[p - 1] == '.' || d[p - 1] == '-'
                   || d[p - 1] == '+'))
    p--;
  return p;
}

static void
line_and_column (GlosaCodebookLocator *self,
                 gsize                 offset,
                 guint                *line,
                 guint                *column)
{
  guint lo = 0, hi = self->line_starts->len;
  gsize start;

  /* The last line that starts at or before @offset. */
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->line_starts, gsize, mid) <= offset)
        lo = mid;
      else
        hi = mid;
    }
  start = g_array_index (self->line_starts, gsize, lo);
  *line = lo + 1;
  *column = 1 + (guint) g_utf8_strlen (self->data + start, offset - start);
}

/**
 * glosa_codebook_locator_get_position:
 * @self: a locator
 * @node: a node of the tree being parsed
 * @line: (out): 1-based line
 * @column: (out): 1-based column, in characters
 *
 * Returns: %TRUE if @node was seen while parsing
 */
gboolean
glosa_codebook_locator_get_position (GlosaCodebookLocator *self,
                                     JsonNode             *node,
                                     guint                *line,
                                     guint                *column)
{
  gpointer key = node;
  gpointer value;
  gsize offset;

  if (node == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_OBJECT (node))
    key = json_node_get_object (node);
  else if (JSON_NODE_HOLDS_ARRAY (node))
    key = json_node_get_array (node);

  value = g_hash_table_lookup (self->offsets, key);
  if (value == NULL)
    return FALSE;

  offset = GPOINTER_TO_SIZE (value) - 1;
  if (key == node)
    offset = scalar_start (self, offset);
  line_and_column (self, offset, line, column);
  return TRUE;
}

/**
 * glosa_codebook_locator_describe:
 * @self: a locator
 * @node: (nullable): a node of the tree being parsed
 *
 * Returns: (transfer full): "FILE line L, column C", or just "FILE" if
 *   @node was never seen
 */
char *
glosa_codebook_locator_describe (GlosaCodebookLocator *self,
                                 JsonNode             *node)
{
  guint line, column;

  if (!glosa_codebook_locator_get_position (self, node, &line, &column))
    return g_strdup (self->source);
  return g_strdup_printf (_("%s line %u, column %u"), self->source, line, column);
}


/**
 * glosa_codebook_locator_new:
 * @parser: the parser that is about to parse @data
 * @data: the text, already passed by glosa_codebook_check_text()
 * @length: its length in bytes
 * @source: the name to start messages with
 * @problems: where to add a message for each member that appears twice
 *
 * Follows @parser's signals to learn where each node is. @data, @source and
 * @problems must outlive the locator.
 *
 * Returns: (transfer full): a new locator
 */
GlosaCodebookLocator *
glosa_codebook_locator_new (JsonParser *parser,
                            const char *data,
                            gsize       length,
                            const char *source,
                            GPtrArray  *problems)
{
  GlosaCodebookLocator *self;
  gsize zero = 0;

  g_return_val_if_fail (JSON_IS_PARSER (parser), NULL);
  g_return_val_if_fail (data != NULL, NULL);

  self = g_new0 (GlosaCodebookLocator, 1);
  self->parser = g_object_ref (parser);
  self->data = data;
  self->length = length;
  self->source = source;
  self->problems = problems;
  self->offsets = g_hash_table_new (NULL, NULL);
  self->member_counts = g_hash_table_new (NULL, NULL);
  self->open = g_array_new (FALSE, FALSE, sizeof (gsize));

  self->line_starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_array_append_val (self->line_starts, zero);
  for (const char *p = memchr (data, '\n', length); p != NULL;
       p = memchr (p + 1, '\n', length - (gsize) (p + 1 - data)))
    {
      gsize start = (gsize) (p + 1 - data);

      g_array_append_val (self->line_starts, start);
    }

  g_signal_connect (parser, "object-start", G_CALLBACK (container_start_cb), self);
  g_signal_connect (parser, "array-start", G_CALLBACK (container_start_cb), self);
  g_signal_connect (parser, "object-end", G_CALLBACK (object_end_cb), self);
  g_signal_connect (parser, "array-end", G_CALLBACK (array_end_cb), self);
  g_signal_connect (parser, "object-member", G_CALLBACK (object_member_cb), self);
  g_signal_connect (parser, "array-element", G_CALLBACK (array_element_cb), self);

  return self;
}

void
glosa_codebook_locator_free (GlosaCodebookLocator *self)
{
  if (self == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->parser, self);
  g_object_unref (self->parser);
  g_array_unref (self->line_starts);
  g_hash_table_unref (self->offsets);
  g_hash_table_unref (self->member_counts);
  g_array_unref (self->open);
  g_free (self);
}
