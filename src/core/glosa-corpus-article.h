/* glosa-corpus-article.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "glosa-document.h"
#include "glosa-simdjson.h"

G_BEGIN_DECLS

void           glosa_corpus_article_add_warnings (GlosaDocument  *document,
                                                  GPtrArray      *repairs);
GlosaDocument *glosa_corpus_article_from_object  (JsonObject     *object,
                                                  const char     *display_path,
                                                  GPtrArray      *file_repairs,
                                                  char          **reason);
GlosaDocument *glosa_corpus_article_from_line    (GlosaSimdjson  *parser,
                                                  const char     *data,
                                                  gsize           length,
                                                  gsize           readable,
                                                  const char     *display_path,
                                                  GPtrArray      *file_repairs,
                                                  gboolean       *parsed,
                                                  char          **reason);

G_END_DECLS
