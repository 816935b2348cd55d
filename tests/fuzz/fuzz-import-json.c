/* fuzz-import-json.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fuzz-import-json"

#include "config.h"

#include "fuzz-common.h"
#include "glosa-json.h"

/* The native JSON importer, into a fresh copy of a small project: besides
 * what every importer promises (fuzz_check_import()), an accepted file
 * accounts for each of its annotations exactly once. */

static guint
count_annotations (const uint8_t *data,
                   size_t         size)
{
  g_autoptr(JsonNode) root = glosa_json_parse ((const char *) data, size, NULL, 1, NULL);
  JsonObject *object;

  /* The import succeeded, so this is an object with an "annotations" array. */
  FUZZ_CHECK (root != NULL);
  object = json_node_get_object (root);
  return json_array_get_length (json_object_get_array_member (object, "annotations"));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_auto(GlosaImportStats) stats = { 0 };
  g_autoptr(GlosaProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gboolean imported;

  if (size > FUZZ_MAX_INPUT)
    return 0;

  project = fuzz_open_fresh_project ("import.glosa", &path);
  imported = glosa_import_json (project, (const char *) data, size, "import.json", &stats, &error);
  if (imported)
    FUZZ_CHECK (stats.annotations_added + stats.annotations_updated + stats.annotations_unchanged
                + stats.annotations_skipped == count_annotations (data, size));
  fuzz_check_import (project, imported, error, &stats, "import.json");
  return 0;
}
