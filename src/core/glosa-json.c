/* glosa-json.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-json"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "glosa-error.h"
#include "glosa-json.h"

/* json-glib accepts comments, single quotes and hex numbers, and crashes on
 * very deep nesting, so every JSON we read first passes this strict RFC 8259
 * syntax check: one pass, no allocation, a line and column on failure. */

typedef struct
{
  const guchar *p;
  const guchar *end;
  const guchar *start;
  const char   *message;
} Checker;

static void
skip_ws (Checker *c)
{
  while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r'))
    c->p++;
}

static gboolean
fail (Checker    *c,
      const char *message)
{
  c->message = message;
  return FALSE;
}

static gboolean
is_digit (Checker *c)
{
  return c->p < c->end && *c->p >= '0' && *c->p <= '9';
}

static gboolean
check_number (Checker *c)
{
  if (c->p < c->end && *c->p == '-')
    c->p++;
  if (!is_digit (c))
    return fail (c, N_("a number must start with a digit"));
  if (*c->p == '0')
    {
      c->p++;
      if (is_digit (c))
        return fail (c, N_("a number cannot have leading zeros"));
    }
  else
    while (is_digit (c))
      c->p++;
  if (c->p < c->end && *c->p == '.')
    {
      c->p++;
      if (!is_digit (c))
        return fail (c, N_("a digit must follow the decimal point"));
      while (is_digit (c))
        c->p++;
    }
  if (c->p < c->end && (*c->p == 'e' || *c->p == 'E'))
    {
      c->p++;
      if (c->p < c->end && (*c->p == '+' || *c->p == '-'))
        c->p++;
      if (!is_digit (c))
        return fail (c, N_("a digit must follow the exponent"));
      while (is_digit (c))
        c->p++;
    }
  return TRUE;
}

/* Reads "XXXX" after "\\u" into @unit. */
static gboolean
read_hex4 (Checker *c,
           guint   *unit)
{
  *unit = 0;
  for (int i = 0; i < 4; i++, c->p++)
    {
      if (c->p >= c->end || !g_ascii_isxdigit (*c->p))
        return fail (c, N_("\\u must be followed by four hexadecimal digits"));
      *unit = *unit * 16 + g_ascii_xdigit_value (*c->p);
    }
  return TRUE;
}

/* @c is at the "u" of "\\uXXXX". Half a UTF-16 surrogate pair stands for
 * no character, and json-glib fails on it vaguely (and leaks). */
static gboolean
check_unicode_escape (Checker *c)
{
  const guchar *escape = c->p - 1;
  guint unit;

  c->p++;
  if (!read_hex4 (c, &unit))
    return FALSE;
  if (unit >= 0xD800 && unit <= 0xDBFF)
    {
      if (c->end - c->p >= 2 && c->p[0] == '\\' && c->p[1] == 'u')
        {
          c->p += 2;
          if (!read_hex4 (c, &unit))
            return FALSE;
          if (unit >= 0xDC00 && unit <= 0xDFFF)
            return TRUE;
        }
      unit = 0xDC00;
    }
  if (unit >= 0xDC00 && unit <= 0xDFFF)
    {
      c->p = escape;
      return fail (c, N_("this \\u escape is half of a surrogate pair and stands for no character"));
    }
  return TRUE;
}

static gboolean
check_string (Checker *c)
{
  g_assert (*c->p == '"');
  c->p++;
  while (c->p < c->end)
    {
      guchar ch = *c->p;

      if (ch == '"')
        {
          c->p++;
          return TRUE;
        }
      if (ch < 0x20)
        return fail (c, N_("control characters must be escaped inside a string"));
      if (ch == '\\')
        {
          c->p++;
          if (c->p >= c->end)
            break;
          switch (*c->p)
            {
            case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
              c->p++;
              break;
            case 'u':
              if (!check_unicode_escape (c))
                return FALSE;
              break;
            default:
              return fail (c, N_("unknown escape sequence in a string"));
            }
          continue;
        }
      c->p++;
    }
  return fail (c, N_("the string is not closed"));
}

static gboolean
check_literal (Checker    *c,
               const char *word)
{
  gsize n = strlen (word);

  if ((gsize) (c->end - c->p) < n || memcmp (c->p, word, n) != 0)
    return fail (c, N_("expected a value (object, array, string, number, true, false or null)"));
  c->p += n;
  return TRUE;
}

static gboolean
check_scalar (Checker *c)
{
  switch (*c->p)
    {
    case '"':
      return check_string (c);
    case 't':
      return check_literal (c, "true");
    case 'f':
      return check_literal (c, "false");
    case 'n':
      return check_literal (c, "null");
    default:
      if (*c->p == '-' || (*c->p >= '0' && *c->p <= '9'))
        return check_number (c);
      return fail (c, N_("expected a value (object, array, string, number, true, false or null)"));
    }
}

/* An explicit stack of open containers keeps deep input off the C stack. */
static gboolean
check_document (Checker *c)
{
  char stack[GLOSA_JSON_MAX_DEPTH];
  guint depth = 0;

  skip_ws (c);
  if (c->p >= c->end)
    return fail (c, N_("the file holds no JSON value"));

  for (;;)
    {
      /* Expecting a value here. */
      skip_ws (c);
      if (c->p >= c->end)
        return fail (c, N_("the JSON ends before it is complete"));

      if (*c->p == '[' || *c->p == '{')
        {
          char open = (char) *c->p;

          if (depth == G_N_ELEMENTS (stack))
            return fail (c, N_("arrays and objects are nested too deeply"));
          stack[depth++] = open;
          c->p++;
          skip_ws (c);
          if (c->p < c->end && *c->p == (open == '[' ? ']' : '}'))
            {
              c->p++;
              depth--;
              goto after_value;
            }
          if (open == '{')
            goto member_key;
          continue;
        }

      if (!check_scalar (c))
        return FALSE;

    after_value:
      skip_ws (c);
      if (depth == 0)
        {
          if (c->p < c->end)
            return fail (c, N_("unexpected text after the JSON value"));
          return TRUE;
        }
      if (c->p >= c->end)
        return fail (c, N_("the JSON ends before it is complete"));
      if (*c->p == ',')
        {
          c->p++;
          if (stack[depth - 1] == '[')
            continue;
          skip_ws (c);
          goto member_key;
        }
      if (*c->p == (stack[depth - 1] == '[' ? ']' : '}'))
        {
          c->p++;
          depth--;
          goto after_value;
        }
      return fail (c, stack[depth - 1] == '['
                        ? N_("expected “,” or “]” in an array")
                        : N_("expected “,” or “}” in an object"));

    member_key:
      if (c->p >= c->end || *c->p != '"')
        return fail (c, N_("expected a member name in double quotes"));
      if (!check_string (c))
        return FALSE;
      skip_ws (c);
      if (c->p >= c->end || *c->p != ':')
        return fail (c, N_("expected “:” after a member name"));
      c->p++;
    }
}

/**
 * glosa_json_check:
 * @data: the JSON text, UTF-8
 * @length: its length in bytes
 * @line: (out): 1-based line of the first error
 * @column: (out): 1-based column, in characters, of the first error
 * @message: (out) (transfer none): what is wrong, untranslated (use `_()`)
 *
 * Returns: %TRUE if @data is one valid JSON value (RFC 8259)
 */
gboolean
glosa_json_check (const char  *data,
                  gsize        length,
                  guint       *line,
                  guint       *column,
                  char       **message)
{
  Checker c = { (const guchar *) data, (const guchar *) data + length, (const guchar *) data, NULL };
  const guchar *line_start;
  guint l = 1;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (check_document (&c))
    return TRUE;

  line_start = c.start;
  for (const guchar *q = c.start; q < c.p && q < c.end; q++)
    if (*q == '\n')
      {
        l++;
        line_start = q + 1;
      }
  if (line)
    *line = l;
  if (column)
    *column = 1 + (guint) g_utf8_strlen ((const char *) line_start, c.p - line_start);
  if (message)
    *message = (char *) c.message;
  return FALSE;
}

/**
 * glosa_json_parse:
 * @data: the JSON text
 * @length: its length in bytes
 * @display_name: (nullable): the file name to start error messages with
 * @first_line: the line of @data within its file, for JSONL (1 otherwise)
 * @error: return location for a #GLOSA_ERROR_PARSE error
 *
 * Strictly checks, then parses one JSON value.
 *
 * Returns: (transfer full): the root node
 */
JsonNode *
glosa_json_parse (const char  *data,
                  gsize        length,
                  const char  *display_name,
                  guint        first_line,
                  GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();

  return glosa_json_parse_with (parser, data, length, display_name, first_line, error);
}

/**
 * glosa_json_parse_with:
 * @parser: a #JsonParser to reuse
 *
 * Like glosa_json_parse(), with @parser: a mutable one skips the hashing
 * that sealing every node costs, for many values read once.
 *
 * Returns: (transfer full): the root node
 */
JsonNode *
glosa_json_parse_with (JsonParser  *parser,
                       const char  *data,
                       gsize        length,
                       const char  *display_name,
                       guint        first_line,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  guint line = 0, column = 0;
  char *message = NULL;

  g_return_val_if_fail (JSON_IS_PARSER (parser), NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!glosa_json_check (data, length, &line, &column, &message))
    {
      if (display_name != NULL)
        g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_PARSE, _("%s line %u, column %u: %s"),
                     display_name, first_line + line - 1, column, _(message));
      else
        g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_PARSE, _("Line %u, column %u: %s"),
                     first_line + line - 1, column, _(message));
      return NULL;
    }

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_PARSE, "%s%s%s",
                   display_name ? display_name : "", display_name ? ": " : "",
                   local_error->message);
      return NULL;
    }

  return json_node_ref (json_parser_get_root (parser));
}

/**
 * glosa_json_object_set_string:
 * @name: the member's name
 * @value: (nullable): its value; %NULL is set as null
 *
 * Like glosa_json_builder_add_string(), for an object built by hand.
 */
void
glosa_json_object_set_string (JsonObject *object,
                              const char *name,
                              const char *value)
{
  g_return_if_fail (object != NULL);
  g_return_if_fail (name != NULL);

  if (value != NULL)
    json_object_set_string_member (object, name, value);
  else
    json_object_set_null_member (object, name);
}

/**
 * glosa_json_builder_add_string:
 * @name: the member's name
 * @value: (nullable): its value; %NULL is written as null
 *
 * Adds a member to the object being built: the public JSON formats write
 * absent fields as null rather than leave them out.
 */
void
glosa_json_builder_add_string (JsonBuilder *builder,
                               const char  *name,
                               const char  *value)
{
  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (name != NULL);

  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
glosa_json_builder_add_int (JsonBuilder *builder,
                            const char  *name,
                            gint64       value)
{
  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (name != NULL);

  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}
