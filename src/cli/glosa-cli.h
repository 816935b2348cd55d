/* glosa-cli.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "glosa-corpus-loader.h"
#include "glosa-detector.h"
#include "glosa-json.h"

G_BEGIN_DECLS

/* Exit statuses, documented in the README. */
#define GLOSA_CLI_EXIT_OK      0
#define GLOSA_CLI_EXIT_FAILED  1
#define GLOSA_CLI_EXIT_USAGE   2

int  glosa_cli_info        (int          argc,
                            char       **argv);
int  glosa_cli_actors      (int          argc,
                            char       **argv);
int  glosa_cli_positions   (int          argc,
                            char       **argv);
int  glosa_cli_project     (int          argc,
                            char       **argv);
int  glosa_cli_annotate    (int          argc,
                            char       **argv);
int  glosa_cli_annotations (int          argc,
                            char       **argv);
int  glosa_cli_export      (int          argc,
                            char       **argv);
int  glosa_cli_import      (int          argc,
                            char       **argv);
int  glosa_cli_bench       (int          argc,
                            char       **argv);
double glosa_cli_bench_copy_floor (const char  *path,
                                   GError     **error);

int  glosa_cli_parse       (GOptionContext *context,
                            int            *argc,
                            char         ***argv,
                            int             n_positional);
int  glosa_cli_fail        (const GError   *error);
void glosa_cli_print_json  (JsonNode       *root);
void glosa_cli_print_builder (JsonBuilder  *builder);

/* The --codebook option, the same for every command that detects. */
#define GLOSA_CLI_CODEBOOK_ENTRY(path)                                                       \
  { "codebook", 0, 0, G_OPTION_ARG_FILENAME, &(path),                                        \
    N_("Extend the default codebook (and the corpus’s codebook.json) with FILE"), N_("FILE") }
gboolean glosa_cli_load_detected (const char     *corpus_arg,
                                  const char     *codebook_arg,
                                  GlosaCorpus   **corpus,
                                  GlosaDetector **detector,
                                  GError        **error);

G_END_DECLS
