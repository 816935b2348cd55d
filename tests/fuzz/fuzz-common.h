/* fuzz-common.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <glib.h>

#include "glosa-import.h"
#include "glosa-project.h"

G_BEGIN_DECLS

/* Inputs longer than this are skipped: every reader has a size bound of its
 * own, far above what a fuzzer can usefully mutate. */
#define FUZZ_MAX_INPUT (1024 * 1024)

/* A broken property is a crash, so libFuzzer keeps the input. */
#define FUZZ_CHECK(cond)                                                    \
  G_STMT_START {                                                            \
    if (G_UNLIKELY (!(cond)))                                               \
      {                                                                     \
        fprintf (stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, \
                 #cond);                                                    \
        abort ();                                                           \
      }                                                                     \
  } G_STMT_END

int         LLVMFuzzerInitialize   (int           *argc,
                                    char        ***argv);
int         LLVMFuzzerTestOneInput (const uint8_t *data,
                                    size_t         size);

void        fuzz_init              (void);
const char *fuzz_tmpdir            (void);
char       *fuzz_write_file        (const char    *name,
                                    const void    *data,
                                    gsize          size);
gboolean    fuzz_file_equals       (const char    *path,
                                    const void    *data,
                                    gsize          size);
void        fuzz_remove_project    (const char    *path);
GlosaProject *fuzz_open_fresh_project (const char *name,
                                     char      **path);
GBytes     *fuzz_export_json       (GlosaProject  *project);
void        fuzz_check_import      (GlosaProject           *project,
                                    gboolean                imported,
                                    const GError           *error,
                                    const GlosaImportStats *stats,
                                    const char             *display_name);

G_END_DECLS
