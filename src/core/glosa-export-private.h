/* glosa-export-private.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "glosa-export.h"

G_BEGIN_DECLS

/* What every format writer reads: the project, its codebook and the
 * annotations to export, by document and text order. */
typedef struct
{
  GlosaProject  *project;
  GlosaCodebook *codebook;
  GPtrArray     *annotations;
  const char    *document;    /* only this document, or %NULL for all */
} GlosaExportContext;

char    *glosa_export_dup_tag_names   (GlosaExportContext *context,
                                       GlosaAnnotation    *annotation,
                                       const char         *separator);
const char *glosa_export_actor_name   (GlosaExportContext *context,
                                       const char         *actor);
const char *glosa_export_issue_label  (GlosaExportContext *context,
                                       const char         *issue);
const char *glosa_export_document_title (GlosaExportContext *context,
                                         const char         *document);
char    *glosa_export_guid            (const char         *kind,
                                       const char         *id);
gboolean glosa_export_is_statement    (GlosaAnnotation    *annotation);
GBytes  *glosa_export_xml_to_bytes    (GString            *xml);

GBytes  *glosa_export_json            (GlosaExportContext *context,
                                       GError            **error);
GBytes  *glosa_export_w3c             (GlosaExportContext *context,
                                       GError            **error);
GBytes  *glosa_export_csv             (GlosaExportContext *context,
                                       GError            **error);
GBytes  *glosa_export_dna_csv         (GlosaExportContext *context,
                                       GError            **error);
GBytes  *glosa_export_markdown        (GlosaExportContext *context,
                                       GError            **error);
GBytes  *glosa_export_graphml         (GlosaExportContext *context,
                                       GError            **error);
GBytes  *glosa_export_qdpx            (GlosaExportContext *context,
                                       GError            **error);

G_END_DECLS
