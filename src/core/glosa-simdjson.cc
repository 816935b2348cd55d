/* glosa-simdjson.cc
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What Glosa takes from simdjson, behind a C interface: its UTF-8
 * validator, and its parser for the common case of a JSON line, an object
 * whose every value is a string. json-glib parses a few hundred MB/s and
 * simdjson several GB/s, which is most of the time a large JSONL corpus
 * takes to read. Anything else (another shape, any doubt) is refused, and
 * the caller reads it with json-glib as before, so that what a corpus
 * yields, and every message about it, does not depend on which parser
 * read a line. */

#define G_LOG_DOMAIN "glosa-simdjson"

#include "config.h"

#include <cstring>
#include <new>
#include <simdjson.h>

#include "glosa-simdjson.h"

/* simdjson's working memory is several times the size of what it parses:
 * a line longer than any article goes to json-glib instead. */
#define MAX_LENGTH (4 * 1024 * 1024)

struct _GlosaSimdjson
{
  simdjson::dom::parser parser;
};

/**
 * glosa_simdjson_new:
 *
 * A parser, to reuse for many lines, on one thread at a time.
 *
 * Returns: (transfer full): a new parser
 */
GlosaSimdjson *
glosa_simdjson_new (void)
{
  return new (std::nothrow) GlosaSimdjson ();
}

void
glosa_simdjson_free (GlosaSimdjson *self)
{
  delete self;
}

/* json-glib keeps names and values as C strings, which end at a NUL that
 * "\u0000" makes; and of a name given twice it keeps one. Lines with
 * either go to json-glib, to be read exactly as it reads them. The bound
 * on members is more than a corpus line has, and few enough to compare
 * names pairwise. */
static bool
is_plain (simdjson::dom::object object)
{
  std::string_view names[GLOSA_SIMDJSON_MAX_MEMBERS];
  size_t n = 0;

  for (auto member : object)
    {
      std::string_view value;

      if (n == GLOSA_SIMDJSON_MAX_MEMBERS || member.value.get_string ().get (value) != simdjson::SUCCESS
          || member.key.find ('\0') != std::string_view::npos
          || std::memchr (value.data (), '\0', value.size ()) != nullptr)
        return false;
      for (size_t i = 0; i < n; i++)
        if (names[i] == member.key)
          return false;
      names[n++] = member.key;
    }
  return true;
}

/**
 * glosa_simdjson_read_object:
 * @self: a parser
 * @data: one JSON value, UTF-8
 * @length: its length in bytes
 * @readable: how many bytes from @data may be read (at least @length):
 *   simdjson reads up to SIMDJSON_PADDING bytes past the value, and copies
 *   it when they are not there
 * @func: called for each member, in order
 * @user_data: for @func
 *
 * Reads @data if it is an object whose values are all strings, none with
 * a NUL, no name given twice, and at most 4 MB long. Otherwise @func is
 * never called.
 *
 * Returns: whether @data was such an object
 */
gboolean
glosa_simdjson_read_object (GlosaSimdjson       *self,
                            const char          *data,
                            gsize                length,
                            gsize                readable,
                            GlosaSimdjsonMember  func,
                            gpointer             user_data)
{
  simdjson::dom::element root;
  simdjson::dom::object object;

  g_return_val_if_fail (self != nullptr, FALSE);
  g_return_val_if_fail (readable >= length, FALSE);

  if (length > MAX_LENGTH
      || self->parser.parse (data, length, readable - length < simdjson::SIMDJSON_PADDING)
        .get (root) != simdjson::SUCCESS
      || root.get_object ().get (object) != simdjson::SUCCESS || !is_plain (object))
    return FALSE;
  for (auto member = object.begin (); member != object.end (); ++member)
    func (member.key_c_str (), member.value ().get_c_str ().value_unsafe (),
          member.value ().get_string_length ().value_unsafe (), user_data);
  return TRUE;
}

/**
 * glosa_simdjson_validate_utf8:
 * @data: bytes
 * @length: how many
 *
 * Returns: whether @data is valid UTF-8 (NUL bytes included)
 */
gboolean
glosa_simdjson_validate_utf8 (const char *data,
                              gsize       length)
{
  g_return_val_if_fail (data != nullptr || length == 0, FALSE);

  return simdjson::validate_utf8 (data, length);
}
