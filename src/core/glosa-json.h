/* glosa-json.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Deeper nesting than this is refused before json-glib sees it: its
 * recursive parser overflows the stack on deep input. */
#define GLOSA_JSON_MAX_DEPTH 512

gboolean  glosa_json_check (const char  *data,
                            gsize        length,
                            guint       *line,
                            guint       *column,
                            char       **message);
JsonNode *glosa_json_parse (const char  *data,
                            gsize        length,
                            const char  *display_name,
                            guint        first_line,
                            GError     **error);
JsonNode *glosa_json_parse_with (JsonParser  *parser,
                                 const char  *data,
                                 gsize        length,
                                 const char  *display_name,
                                 guint        first_line,
                                 GError     **error);

void      glosa_json_builder_add_string (JsonBuilder *builder,
                                         const char  *name,
                                         const char  *value);
void      glosa_json_builder_add_int    (JsonBuilder *builder,
                                         const char  *name,
                                         gint64       value);
void      glosa_json_object_set_string  (JsonObject  *object,
                                         const char  *name,
                                         const char  *value);

G_END_DECLS
