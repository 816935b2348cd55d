/* test-import.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-import"

#include "config.h"

#include "glosa-export.h"
#include "glosa-import.h"
#include "project-fixture.h"

/* The import module's API: one undo step, and nothing changed on error.
 * The merge rules and the round trip through files are checked with the
 * CLI in test-import.py. */

static char *
export_json (GlosaProject *project)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = glosa_export_to_bytes (project, GLOSA_EXPORT_JSON, NULL, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
import (GlosaProject     *project,
        const char       *json,
        GlosaImportStats *stats)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (glosa_import_json (project, json, strlen (json), "test.json", stats, &error));
  g_assert_no_error (error);
}

/* Deleting what was exported and importing it back restores it exactly,
 * and one undo takes the whole import back. */
static void
test_one_undo_step (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(GlosaImportStats) stats = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  GlosaTag *policy = tag (f->project, "Policy", NULL);
  GlosaAnnotation *annotation;

  annotation = add (f->project, DOC0, 0, 3, "first");
  first = g_strdup (glosa_annotation_get_id (annotation));
  annotation = add (f->project, DOC1, 4, 9, "second");
  second = g_strdup (glosa_annotation_get_id (annotation));
  before = export_json (f->project);

  g_assert_true (glosa_project_remove_annotation (f->project, first, &error));
  g_assert_true (glosa_project_remove_annotation (f->project, second, &error));
  g_assert_true (glosa_project_delete_tag (f->project, glosa_tag_get_id (policy), &error));
  g_assert_no_error (error);
  empty = export_json (f->project);

  import (f->project, before, &stats);
  g_assert_cmpuint (stats.annotations_added, ==, 2);
  g_assert_cmpuint (stats.tags_added, ==, 1);
  g_assert_cmpuint (stats.problems->len, ==, 0);
  after = export_json (f->project);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (glosa_project_get_undo_label (f->project), ==, "Import Annotations");

  g_assert_true (glosa_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, g_free);
  after = export_json (f->project);
  g_assert_cmpstr (after, ==, empty);
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  static const char * const bad[] = {
    "[1, 2",
    "{\"glosa_export\": 1}",
    "{\"glosa_export\": 2, \"annotations\": []}",
    "{\"glosa_export\": 1, \"annotations\": [{\"id\": \"x\"}]}",
    "{\"glosa_export\": 1, \"annotations\": [], \"tags\": [{\"id\": 1, \"name\": \"a\"}]}",
  };
  g_autofree char *before = NULL;

  add (f->project, DOC0, 0, 3, "kept");
  before = export_json (f->project);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(GlosaImportStats) stats = { 0 };
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      g_assert_false (glosa_import_json (f->project, bad[i], strlen (bad[i]), "bad.json",
                                         &stats, &error));
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, "bad.json"));
      after = export_json (f->project);
      g_assert_cmpstr (after, ==, before);
      g_assert_cmpstr (glosa_project_get_undo_label (f->project), ==, "Add Annotation");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/import/one-undo-step", Fixture, NULL, fixture_set_up, test_one_undo_step,
              fixture_tear_down);
  g_test_add ("/import/refused", Fixture, NULL, fixture_set_up, test_refused, fixture_tear_down);
  return g_test_run ();
}
