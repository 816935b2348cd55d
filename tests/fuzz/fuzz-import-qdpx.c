/* fuzz-import-qdpx.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fuzz-import-qdpx"

#include "config.h"

#include <glib/gstdio.h>

#include "fuzz-common.h"

/* The REFI-QDA importer: the bytes are a .qdpx file (a zip holding
 * project.qde and Sources/), imported into a fresh copy of a small
 * project; see fuzz_check_import() for what must hold. */

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_auto(GlosaImportStats) stats = { 0 };
  g_autoptr(GlosaProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *input = NULL;
  gboolean imported;

  if (size > FUZZ_MAX_INPUT)
    return 0;

  project = fuzz_open_fresh_project ("import.glosa", &path);
  input = fuzz_write_file ("import.qdpx", data, size);
  file = g_file_new_for_path (input);
  imported = glosa_import_qdpx (project, file, NULL, &stats, &error);
  fuzz_check_import (project, imported, error, &stats, "import.qdpx");
  g_unlink (input);
  return 0;
}
