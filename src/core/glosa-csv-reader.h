/* glosa-csv-reader.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* No field of a CSV file Glosa reads may be longer than this, in bytes. */
#define GLOSA_CSV_MAX_FIELD_SIZE (1024 * 1024)

/* Nor may a record have more fields than this. */
#define GLOSA_CSV_MAX_FIELDS 256

typedef struct _GlosaCsvReader GlosaCsvReader;

GlosaCsvReader *glosa_csv_reader_new      (const char      *data,
                                           gsize            length,
                                           const char      *display_name);
void            glosa_csv_reader_free     (GlosaCsvReader  *self);
gboolean        glosa_csv_reader_next     (GlosaCsvReader  *self,
                                           GStrv           *fields,
                                           GError         **error);
guint           glosa_csv_reader_get_line (GlosaCsvReader  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlosaCsvReader, glosa_csv_reader_free)

G_END_DECLS
