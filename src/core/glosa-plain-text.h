/* glosa-plain-text.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void     glosa_plain_text_split        (const char  *text,
                                        const char  *file_name,
                                        char       **title,
                                        char       **body);
gboolean glosa_plain_text_is_chrome    (const char  *line,
                                        gsize        length);
char    *glosa_plain_text_name_title   (const char  *file_name);

G_END_DECLS
