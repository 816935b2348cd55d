/* glosa-tag-manager.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "glosa-project.h"

G_BEGIN_DECLS

#define GLOSA_TYPE_TAG_MANAGER (glosa_tag_manager_get_type ())

G_DECLARE_FINAL_TYPE (GlosaTagManager, glosa_tag_manager, GLOSA, TAG_MANAGER, AdwWindow)

GlosaTagManager *glosa_tag_manager_new        (GtkWindow       *parent,
                                               GlosaProject    *project);
gboolean         glosa_tag_manager_rename     (GlosaTagManager *self,
                                               const char      *id,
                                               const char      *name);
guint            glosa_tag_manager_get_n_rows (GlosaTagManager *self);
const char      *glosa_tag_manager_get_error  (GlosaTagManager *self);

G_END_DECLS
