/* glosa-subset-model.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define GLOSA_TYPE_SUBSET_MODEL (glosa_subset_model_get_type ())

G_DECLARE_FINAL_TYPE (GlosaSubsetModel, glosa_subset_model, GLOSA, SUBSET_MODEL, GObject)

GlosaSubsetModel *glosa_subset_model_new           (GListModel       *model);
void              glosa_subset_model_set_positions (GlosaSubsetModel *self,
                                                    GArray           *positions);
gboolean          glosa_subset_model_find          (GlosaSubsetModel *self,
                                                    guint             position,
                                                    guint            *found);
GListModel       *glosa_subset_model_get_model     (GlosaSubsetModel *self);

G_END_DECLS
