/* glosa-import.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "glosa-project.h"

G_BEGIN_DECLS

/* What glosa_import_json() did. */
typedef struct
{
  guint      annotations_added;
  guint      annotations_updated;    /* the imported one was modified later */
  guint      annotations_unchanged;  /* ours is as new or newer */
  guint      annotations_skipped;    /* refused: see problems */
  guint      tags_added;
  guint      tags_unchanged;         /* the same id, or the same name, is already there */
  GPtrArray *problems;               /* (element-type utf8): one line each, translated */
} GlosaImportStats;

void     glosa_import_stats_clear (GlosaImportStats  *stats);

gboolean glosa_import_json        (GlosaProject      *project,
                                   const char        *data,
                                   gsize              length,
                                   const char        *display_name,
                                   GlosaImportStats  *stats,
                                   GError           **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GlosaImportStats, glosa_import_stats_clear)

G_END_DECLS
