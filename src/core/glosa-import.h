/* glosa-import.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "glosa-project.h"

G_BEGIN_DECLS

/* What an import did. */
typedef struct
{
  guint      annotations_added;
  guint      annotations_updated;    /* the imported one was modified later */
  guint      annotations_unchanged;  /* ours is as new or newer */
  guint      annotations_skipped;    /* refused: see problems */
  guint      tags_added;
  guint      tags_unchanged;         /* the same id, or the same name, is already there */
  guint      documents_added;        /* texts the project lacked (REFI-QDA sources) */
  guint      actors_added;           /* codebook entries: new ids */
  guint      actors_updated;         /* ours gained aliases or empty fields */
  guint      actors_unchanged;
  guint      issues_added;
  guint      issues_updated;         /* ours gained keywords or empty fields */
  guint      issues_unchanged;
  GPtrArray *problems;               /* (element-type utf8): one line each, translated */
} GlosaImportStats;

void     glosa_import_stats_clear (GlosaImportStats  *stats);

gboolean glosa_import_json        (GlosaProject      *project,
                                   const char        *data,
                                   gsize              length,
                                   const char        *display_name,
                                   GlosaImportStats  *stats,
                                   GError           **error);

gboolean glosa_import_qdpx        (GlosaProject      *project,
                                   GFile             *file,
                                   GCancellable      *cancellable,
                                   GlosaImportStats  *stats,
                                   GError           **error);

/* How a codebook file to import is written (docs/codebook.md). */
typedef enum
{
  GLOSA_CODEBOOK_FORMAT_JSON,
  GLOSA_CODEBOOK_FORMAT_CSV,
} GlosaCodebookFormat;

gboolean glosa_import_codebook    (GlosaProject         *project,
                                   const char           *data,
                                   gsize                 length,
                                   const char           *display_name,
                                   GlosaCodebookFormat   format,
                                   GlosaImportStats     *stats,
                                   GError              **error);
gboolean glosa_import_codebook_entries (GlosaProject      *project,
                                        GlosaCodebook     *codebook,
                                        GlosaImportStats  *stats,
                                        GError           **error);

gboolean glosa_import_file        (GlosaProject      *project,
                                   GFile             *file,
                                   GCancellable      *cancellable,
                                   GlosaImportStats  *stats,
                                   GError           **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GlosaImportStats, glosa_import_stats_clear)

G_END_DECLS
