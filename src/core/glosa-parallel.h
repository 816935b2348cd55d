/* glosa-parallel.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * GlosaParallelFunc:
 * @index: the item to work on
 * @user_data: the data given to glosa_parallel_for()
 *
 * Returns: %FALSE to stop: items not yet started are not started
 */
typedef gboolean (*GlosaParallelFunc) (guint    index,
                                       gpointer user_data);

void glosa_parallel_for (guint             n_items,
                         GlosaParallelFunc func,
                         gpointer          user_data);

G_END_DECLS
