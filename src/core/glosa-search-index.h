/* glosa-search-index.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define GLOSA_TYPE_SEARCH_INDEX (glosa_search_index_get_type ())

G_DECLARE_FINAL_TYPE (GlosaSearchIndex, glosa_search_index, GLOSA, SEARCH_INDEX, GObject)

GlosaSearchIndex *glosa_search_index_new          (GListModel           *documents,
                                                   GCancellable         *cancellable,
                                                   GError              **error);
void              glosa_search_index_new_async    (GListModel           *documents,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
GlosaSearchIndex *glosa_search_index_new_finish   (GAsyncResult         *result,
                                                   GError              **error);
GHashTable       *glosa_search_index_query        (GlosaSearchIndex     *self,
                                                   const char           *text,
                                                   GError              **error);
char             *glosa_search_index_build_query  (const char           *text);

G_END_DECLS
