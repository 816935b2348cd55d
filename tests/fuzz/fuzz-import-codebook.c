/* fuzz-import-codebook.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fuzz-import-codebook"

#include "config.h"

#include "fuzz-common.h"

/* The codebook importer, CSV (or JSON when the input starts with "{"),
 * into a fresh copy of a small project. Besides what every importer
 * promises (fuzz_check_import()), the codebook it stores must load. */

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_auto(GlosaImportStats) stats = { 0 };
  g_autoptr(GlosaProject) project = NULL;
  g_autoptr(GlosaCodebook) codebook = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gboolean json = size > 0 && data[0] == '{';
  const char *name = json ? "codebook.json" : "codebook.csv";
  gboolean imported;

  if (size > FUZZ_MAX_INPUT)
    return 0;

  project = fuzz_open_fresh_project ("import.glosa", &path);
  imported = glosa_import_codebook (project, (const char *) data, size, name,
                                    json ? GLOSA_CODEBOOK_FORMAT_JSON : GLOSA_CODEBOOK_FORMAT_CSV,
                                    &stats, &error);
  fuzz_check_import (project, imported, error, &stats, name);
  if (imported)
    {
      codebook = glosa_project_load_codebook (project, &error);
      FUZZ_CHECK (codebook != NULL);
    }
  return 0;
}
