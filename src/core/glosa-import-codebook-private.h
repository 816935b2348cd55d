/* glosa-import-codebook-private.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "glosa-codebook-private.h"
#include "glosa-import.h"

G_BEGIN_DECLS

/* What the codebook imports share (glosa-import-codebook.c and
 * glosa-import-codebook-csv.c), and what the native JSON import uses to
 * merge the codebook an export carries. */

GlosaCodebookData *glosa_import_codebook_data_new  (void);
GlosaCodebookData *glosa_import_codebook_read_csv  (const char         *data,
                                                    gsize               length,
                                                    const char         *display_name,
                                                    GError            **error);
GlosaCodebookData *glosa_import_codebook_read_node (JsonNode           *node,
                                                    const char         *display_name,
                                                    GError            **error);
gboolean           glosa_import_codebook_data      (GlosaProject       *project,
                                                    GlosaCodebookData  *data,
                                                    const char         *display_name,
                                                    GlosaImportStats   *stats,
                                                    char              **json,
                                                    GError            **error);

gboolean           glosa_import_is_codebook        (const char         *data,
                                                    gsize               length);

gboolean           glosa_import_kinds_conflict     (GlosaActor         *ours,
                                                    GlosaActor         *theirs);
gboolean           glosa_import_absorb_entry       (gpointer            to,
                                                    gpointer            from);

G_END_DECLS
