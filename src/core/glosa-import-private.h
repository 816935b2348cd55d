/* glosa-import-private.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <libxml/tree.h>

#include "glosa-import.h"

G_BEGIN_DECLS

/* What the importers share: glosa-import.c holds the one merge every
 * format ends with; for glosa-import-qdpx.c, -qdpx-archive.c reads a
 * REFI-QDA zip safely and -qdpx-xml.c its project.qde and texts. */

/* Bounds on a .qdpx: counted as bytes are inflated, never taken from the
 * zip's headers. A source text has the corpus loader's bound. */
#define GLOSA_QDPX_MAX_ENTRIES      200000
#define GLOSA_QDPX_MAX_QDE_SIZE     (256 * 1024 * 1024)
#define GLOSA_QDPX_MAX_TOTAL_SIZE   (G_GINT64_CONSTANT (512) * 1024 * 1024)

void     glosa_import_stats_init   (GlosaImportStats  *stats);
gboolean glosa_import_merge        (GlosaProject      *project,
                                    const char        *display_name,
                                    GPtrArray         *documents,
                                    JsonArray         *tags,
                                    JsonArray         *annotations,
                                    GlosaImportStats  *stats,
                                    GError           **error);

/* glosa-import-qdpx-archive.c: the entries of a .qdpx an import reads */
typedef struct
{
  GBytes     *qde;      /* project.qde */
  gint64      qde_time; /* its modification time, Unix seconds; 0 if unknown */
  GHashTable *sources;  /* "Sources/<name>.txt" → GBytes */
} GlosaQdpxArchive;

gboolean glosa_qdpx_archive_read   (GlosaQdpxArchive  *archive,
                                    GInputStream      *stream,
                                    const char        *display_name,
                                    GCancellable      *cancellable,
                                    GError           **error);
void     glosa_qdpx_archive_clear  (GlosaQdpxArchive  *archive);

/* glosa-import-qdpx-xml.c */
gboolean glosa_qdpx_is_element     (xmlNode           *node,
                                    const char        *name);
xmlNode *glosa_qdpx_first_child    (xmlNode           *node,
                                    const char        *name);
char    *glosa_qdpx_get_attribute  (xmlNode           *node,
                                    const char        *name);
char    *glosa_qdpx_child_text     (xmlNode           *node,
                                    const char        *name);
char    *glosa_qdpx_get_guid       (xmlNode           *node,
                                    const char        *name);
char    *glosa_qdpx_get_time       (xmlNode           *node,
                                    const char        *name);
xmlDoc  *glosa_qdpx_parse          (GBytes            *qde,
                                    const char        *display_name,
                                    GError           **error);

/* A source's text as a document holds it (NFC, "\n" line ends), and where
 * offsets counted in the source as written land in it. */
typedef struct
{
  char   *text;
  guint   chars;
  guint   original;  /* code points in the source as written */
  GArray *shifts;    /* private; %NULL when nothing moved */
} GlosaQdpxText;

gboolean glosa_qdpx_text_read      (GlosaQdpxText     *text,
                                    GlosaQdpxArchive  *archive,
                                    xmlNode           *node,
                                    const char        *what,
                                    char             **problem);
gint64   glosa_qdpx_text_map       (GlosaQdpxText     *text,
                                    gint64             offset);
void     glosa_qdpx_text_clear     (GlosaQdpxText     *text);

/* glosa-import-qdpx.c */
gboolean glosa_import_qdpx_stream  (GlosaProject      *project,
                                    GInputStream      *stream,
                                    const char        *display_name,
                                    GCancellable      *cancellable,
                                    GlosaImportStats  *stats,
                                    GError           **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GlosaQdpxArchive, glosa_qdpx_archive_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GlosaQdpxText, glosa_qdpx_text_clear)

G_END_DECLS
