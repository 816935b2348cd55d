/* test-csv.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-csv"

#include "config.h"

#include "glosa-csv-reader.h"
#include "glosa-error.h"

/* The strict RFC 4180 reader: what spreadsheets write is read exactly, and
 * anything else is refused with the line it is on. */

/* Every record of @data, each as "line:field|field|…". */
static GPtrArray *
read_all (const char  *data,
          gsize        length,
          GError     **error)
{
  g_autoptr(GlosaCsvReader) reader = glosa_csv_reader_new (data, length, "test.csv");
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_free);
  GStrv fields;

  while (glosa_csv_reader_next (reader, &fields, error))
    {
      g_autofree char *joined = g_strjoinv ("|", fields);

      g_ptr_array_add (records, g_strdup_printf ("%u:%s", glosa_csv_reader_get_line (reader),
                                                 joined));
      g_strfreev (fields);
    }
  g_assert_null (fields);
  return error != NULL && *error != NULL ? NULL : g_steal_pointer (&records);
}

static void
assert_records (const char         *data,
                const char * const *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = read_all (data, strlen (data), &error);

  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, g_strv_length ((char **) expected));
  for (guint i = 0; i < records->len; i++)
    g_assert_cmpstr (g_ptr_array_index (records, i), ==, expected[i]);
}

static void
test_plain (void)
{
  assert_records ("name,kind\r\nPetro,person\r\n", (const char *[]) {
                    "1:name|kind", "2:Petro|person", NULL });
  /* LF alone, no newline at the end, empty fields, an empty line. */
  assert_records ("a,b\nc,\n\n,d", (const char *[]) { "1:a|b", "2:c|", "3:", "4:|d", NULL });
  assert_records ("", (const char *[]) { NULL });
  /* Spaces are part of a field: trimming is the caller's choice. */
  assert_records (" a , b ", (const char *[]) { "1: a | b ", NULL });
}

static void
test_quoted (void)
{
  /* Commas, doubled quotes, and line breaks (LF and CRLF, kept as written)
   * inside quotes; the next record's line counts them. */
  assert_records ("\"Petro, Gustavo\",\"say \"\"no\"\"\"\r\n"
                  "\"two\nlines\",\"three\r\nlines\r\nhere\"\r\n"
                  "next,\"\"\r\n",
                  (const char *[]) {
                    "1:Petro, Gustavo|say \"no\"",
                    "2:two\nlines|three\r\nlines\r\nhere",
                    "6:next|",
                    NULL });
  /* A byte order mark is skipped; emoji and accents are kept. */
  assert_records ("\xEF\xBB\xBF" "name\n\"🌿 Márquez\"\n=1+2\n", (const char *[]) {
                    "1:name", "2:🌿 Márquez", "3:=1+2", NULL });
}

/* @length -1 for the whole string. */
static void
assert_refused (const char *data,
                gssize      length,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = read_all (data, length < 0 ? strlen (data) : (gsize) length,
                                           &error);

  g_assert_null (records);
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_PARSE);
  if (!g_str_has_prefix (error->message, message))
    g_error ("expected “%s…”, got “%s”", message, error->message);
}

static void
test_refused (void)
{
  g_autoptr(GString) big = g_string_new ("name\n\"");
  g_autoptr(GString) wide = g_string_new (NULL);

  assert_refused ("a,b\nc,\"open\nstill open", -1, "test.csv line 2, field 2: the quoted field");
  assert_refused ("a,b\nc,d\"e\n", -1, "test.csv line 2, field 2: a quote inside a field");
  assert_refused ("\"a\"b,c\n", -1, "test.csv line 1, field 1: text follows the closing quote");
  assert_refused ("a,b\rc,d\n", -1, "test.csv line 1, field 2: a carriage return");
  assert_refused ("a\n\"x\ny\"\nb\xff\n", -1, "test.csv line 4, field 1: the text is not UTF-8");
  assert_refused ("a\nb\0c\n", 6, "test.csv line 2, field 1: the text is not UTF-8");

  /* A field over the bound, quoted or not, and too many fields. */
  for (guint i = 0; i <= GLOSA_CSV_MAX_FIELD_SIZE; i += 8)
    g_string_append (big, "abcdefgh");
  g_string_append (big, "\"\n");
  assert_refused (big->str, big->len, "test.csv line 2, field 1: the field is longer than");
  g_string_erase (big, 0, 6);
  g_string_prepend (big, "name\n");
  g_string_truncate (big, big->len - 2);
  assert_refused (big->str, big->len, "test.csv line 2, field 1: the field is longer than");
  for (guint i = 0; i <= GLOSA_CSV_MAX_FIELDS; i++)
    g_string_append (wide, i ? ",x" : "x");
  assert_refused (wide->str, wide->len, "test.csv line 1, field 257: a record has more than");
}

/* After an error, the reader stays at its end. */
static void
test_stops_after_error (void)
{
  const char *data = "\"a\"b\nc,d\n";
  g_autoptr(GlosaCsvReader) reader = glosa_csv_reader_new (data, strlen (data), "test.csv");
  g_autoptr(GError) error = NULL;
  GStrv fields;

  g_assert_false (glosa_csv_reader_next (reader, &fields, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (glosa_csv_reader_next (reader, &fields, &error));
  g_assert_no_error (error);
  g_assert_null (fields);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/plain", test_plain);
  g_test_add_func ("/csv/quoted", test_quoted);
  g_test_add_func ("/csv/refused", test_refused);
  g_test_add_func ("/csv/stops-after-error", test_stops_after_error);
  return g_test_run ();
}
