/* glosa-export.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "glosa-project.h"

G_BEGIN_DECLS

typedef enum
{
  GLOSA_EXPORT_JSON,      /* Glosa's own: annotations, tags and codebook */
  GLOSA_EXPORT_CSV,       /* one row per annotation */
  GLOSA_EXPORT_MARKDOWN,  /* notes to read, by article */
  GLOSA_EXPORT_W3C,       /* W3C Web Annotation JSON-LD */
  GLOSA_EXPORT_QDPX,      /* REFI-QDA project */
  GLOSA_EXPORT_GRAPHML,   /* actor–issue and actor–actor networks */
  GLOSA_EXPORT_DNA_CSV,   /* Discourse Network Analyzer statements */
} GlosaExportFormat;

#define GLOSA_EXPORT_N_FORMATS (GLOSA_EXPORT_DNA_CSV + 1)

const char *glosa_export_format_to_string   (GlosaExportFormat  format);
gboolean    glosa_export_format_from_string (const char        *string,
                                             GlosaExportFormat *format);
const char *glosa_export_format_get_label   (GlosaExportFormat  format);
const char *glosa_export_format_get_suffix  (GlosaExportFormat  format);

GBytes     *glosa_export_to_bytes           (GlosaProject      *project,
                                             GlosaExportFormat  format,
                                             const char        *document,
                                             GError           **error);
gboolean    glosa_export_to_file            (GlosaProject      *project,
                                             GlosaExportFormat  format,
                                             const char        *document,
                                             GFile             *output,
                                             GCancellable      *cancellable,
                                             GError           **error);
void        glosa_export_to_file_async      (GlosaProject      *project,
                                             GlosaExportFormat  format,
                                             const char        *document,
                                             GFile             *output,
                                             GCancellable      *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer           user_data);
gboolean    glosa_export_to_file_finish     (GAsyncResult      *result,
                                             GError           **error);

void        glosa_export_add_annotation_json (JsonBuilder       *builder,
                                              GlosaAnnotation   *annotation,
                                              GlosaProject      *tag_names);

G_END_DECLS
