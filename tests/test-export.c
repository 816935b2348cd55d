/* test-export.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-export"

#include "config.h"

#include "glosa-export.h"
#include "project-fixture.h"

/* The export module's API: format names, what each writer is given, atomic
 * writing and errors. Whether the files are right is checked from outside,
 * by real readers, in test-export.py. */

static char *
export_string (GlosaProject      *project,
               GlosaExportFormat  format,
               const char        *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = glosa_export_to_bytes (project, format, document, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_format_names (void)
{
  GlosaExportFormat format;

  for (guint i = 0; i < GLOSA_EXPORT_N_FORMATS; i++)
    {
      const char *name = glosa_export_format_to_string (i);

      g_assert_true (glosa_export_format_from_string (name, &format));
      g_assert_cmpint (format, ==, i);
      g_assert_nonnull (glosa_export_format_get_label (i));
      g_assert_true (g_str_has_prefix (glosa_export_format_get_suffix (i), "."));
    }
  g_assert_true (glosa_export_format_from_string ("dna-csv", &format));
  g_assert_cmpint (format, ==, GLOSA_EXPORT_DNA_CSV);
  g_assert_false (glosa_export_format_from_string ("docx", &format));
  g_assert_false (glosa_export_format_from_string ("CSV", &format));
  g_assert_false (glosa_export_format_from_string (NULL, &format));
}

/* Cells a spreadsheet would evaluate start with an apostrophe; quotes are
 * doubled inside a quoted field; rows end in CRLF. */
static void
test_csv_cells (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *csv = NULL;
  g_auto(GStrv) rows = NULL;

  add (f->project, DOC0, 0, 3, "=1+1");
  add (f->project, DOC0, 4, 9, "say \"hi\"");
  add (f->project, DOC0, 10, 12, "plain");
  csv = export_string (f->project, GLOSA_EXPORT_CSV, NULL);
  rows = g_strsplit (csv, "\r\n", -1);

  g_assert_true (g_str_has_prefix (rows[0], "id,document,document_title,start,end,quote,tags,"));
  g_assert_cmpuint (g_strv_length (rows), ==, 5);
  g_assert_cmpstr (rows[4], ==, "");
  g_assert_nonnull (strstr (rows[1], ",\"'=1+1\","));
  g_assert_nonnull (strstr (rows[2], ",\"say \"\"hi\"\"\","));
  g_assert_nonnull (strstr (rows[3], ",plain,"));
}

static void
test_document_only (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) none = NULL;

  add (f->project, DOC0, 0, 3, "in zero");
  add (f->project, DOC1, 0, 3, "in one");

  for (guint i = 0; i < GLOSA_EXPORT_N_FORMATS; i++)
    {
      g_autofree char *all = export_string (f->project, i, NULL);
      g_autofree char *one = export_string (f->project, i, DOC1);

      if (i == GLOSA_EXPORT_QDPX)
        continue;  /* compressed: its contents are checked by test-export.py */
      if (i != GLOSA_EXPORT_GRAPHML && i != GLOSA_EXPORT_DNA_CSV)
        {
          g_assert_nonnull (strstr (all, "in zero"));
          g_assert_nonnull (strstr (one, "in one"));
        }
      g_assert_null (strstr (one, "in zero"));
    }

  none = glosa_export_to_bytes (f->project, GLOSA_EXPORT_CSV, "no-such.txt", &error);
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_NOT_FOUND);
  g_assert_null (none);
}

/* The same project exports to the same bytes: GUIDs and ids are derived,
 * not drawn at random. */
static void
test_stable (Fixture       *f,
             gconstpointer  data)
{
  add (f->project, DOC0, 0, 3, "note");

  for (guint i = 0; i < GLOSA_EXPORT_N_FORMATS; i++)
    {
      g_autofree char *first = NULL;
      g_autofree char *second = NULL;

      if (i == GLOSA_EXPORT_QDPX)
        continue;  /* the zip stamps entries with the time */
      first = export_string (f->project, i, NULL);
      second = export_string (f->project, i, NULL);
      g_assert_cmpstr (first, ==, second);
    }
}

/* A failed export leaves the file that was there alone. */
static void
test_to_file (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "out.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  add (f->project, DOC0, 0, 3, "written");
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_false (glosa_export_to_file (f->project, GLOSA_EXPORT_CSV, "nope", file, NULL, &error));
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_NOT_FOUND);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_clear_pointer (&contents, g_free);
  g_clear_error (&error);

  g_assert_true (glosa_export_to_file (f->project, GLOSA_EXPORT_CSV, NULL, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "written"));
}

static void
async_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_to_file_async (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "out.jsonld", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  add (f->project, DOC0, 0, 3, "async");
  glosa_export_to_file_async (f->project, GLOSA_EXPORT_W3C, NULL, file, NULL, async_done_cb,
                              &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (glosa_export_to_file_finish (result, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"AnnotationCollection\""));

  g_clear_object (&result);
  glosa_export_to_file_async (f->project, GLOSA_EXPORT_W3C, "nope", file, NULL, async_done_cb,
                              &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (glosa_export_to_file_finish (result, &error));
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_NOT_FOUND);
}

/* W3C: an orphaned annotation keeps only its quote selector, since its
 * offsets point at text that is no longer there. */
static void
test_w3c_orphaned (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *corpus_path = g_build_filename (f->dir, "corpus", NULL);
  g_autofree char *doc_path = g_build_filename (corpus_path, DOC1, NULL);
  g_autoptr(GlosaCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *w3c = NULL;
  GlosaRefreshStats stats;
  JsonArray *items;

  add (f->project, DOC0, 0, 3, "kept");
  add (f->project, DOC1, 0, 20, "lost");
  g_assert_true (g_file_set_contents (doc_path, "Entirely different words now.\n", -1, NULL));
  corpus = load_corpus (corpus_path);
  g_assert_true (glosa_project_refresh (f->project, corpus, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.annotations_orphaned, ==, 1);

  w3c = export_string (f->project, GLOSA_EXPORT_W3C, NULL);
  g_assert_true (json_parser_load_from_data (parser, w3c, -1, &error));
  g_assert_no_error (error);
  items = json_object_get_array_member (
    json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "first"),
    "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      JsonObject *target = json_object_get_object_member (item, "target");
      JsonArray *body = json_object_get_array_member (item, "body");
      const char *note = json_object_get_string_member (json_array_get_object_element (body, 0),
                                                        "value");
      guint n_selectors = json_array_get_length (json_object_get_array_member (target,
                                                                               "selector"));

      g_assert_cmpuint (n_selectors, ==, g_str_equal (note, "lost") ? 1 : 2);
    }
}

/* An empty project still gives well-formed files. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  for (guint i = 0; i < GLOSA_EXPORT_N_FORMATS; i++)
    {
      g_autofree char *out = export_string (f->project, i, NULL);

      g_assert_nonnull (out);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/format-names", test_format_names);
  g_test_add ("/export/csv-cells", Fixture, NULL, fixture_set_up, test_csv_cells,
              fixture_tear_down);
  g_test_add ("/export/document-only", Fixture, NULL, fixture_set_up, test_document_only,
              fixture_tear_down);
  g_test_add ("/export/stable", Fixture, NULL, fixture_set_up, test_stable, fixture_tear_down);
  g_test_add ("/export/to-file", Fixture, NULL, fixture_set_up, test_to_file, fixture_tear_down);
  g_test_add ("/export/to-file-async", Fixture, NULL, fixture_set_up, test_to_file_async,
              fixture_tear_down);
  g_test_add ("/export/w3c-orphaned", Fixture, NULL, fixture_set_up, test_w3c_orphaned,
              fixture_tear_down);
  g_test_add ("/export/empty", Fixture, NULL, fixture_set_up, test_empty, fixture_tear_down);
  return g_test_run ();
}
