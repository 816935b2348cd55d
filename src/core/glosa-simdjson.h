/* glosa-simdjson.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * GlosaSimdjsonMember:
 * @name: the member's name, NUL-terminated
 * @value: its string value, NUL-terminated
 * @value_length: its length in bytes
 * @user_data: the data given to glosa_simdjson_read_object()
 *
 * One member of a flat object; both strings last until the next read.
 */
typedef void (*GlosaSimdjsonMember) (const char *name,
                                     const char *value,
                                     gsize       value_length,
                                     gpointer    user_data);

/* The most members an object may have to be read here. */
#define GLOSA_SIMDJSON_MAX_MEMBERS 64

typedef struct _GlosaSimdjson GlosaSimdjson;

GlosaSimdjson *glosa_simdjson_new           (void);
void           glosa_simdjson_free          (GlosaSimdjson       *self);
gboolean       glosa_simdjson_read_object   (GlosaSimdjson       *self,
                                             const char          *data,
                                             gsize                length,
                                             gsize                readable,
                                             GlosaSimdjsonMember  func,
                                             gpointer             user_data);
gboolean       glosa_simdjson_validate_utf8 (const char          *data,
                                             gsize                length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlosaSimdjson, glosa_simdjson_free)

G_END_DECLS
