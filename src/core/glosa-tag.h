/* glosa-tag.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define GLOSA_TYPE_TAG (glosa_tag_get_type ())

G_DECLARE_FINAL_TYPE (GlosaTag, glosa_tag, GLOSA, TAG, GObject)

GlosaTag   *glosa_tag_new             (const char *id,
                                       const char *name);
GlosaTag   *glosa_tag_copy            (GlosaTag   *self);
const char *glosa_tag_get_id          (GlosaTag   *self);
const char *glosa_tag_get_name        (GlosaTag   *self);
void        glosa_tag_set_name        (GlosaTag   *self,
                                       const char *name);
const char *glosa_tag_get_colour      (GlosaTag   *self);
gboolean    glosa_tag_has_colour      (GlosaTag   *self);
void        glosa_tag_set_colour      (GlosaTag   *self,
                                       const char *colour);
const char *glosa_tag_get_parent      (GlosaTag   *self);
void        glosa_tag_set_parent      (GlosaTag   *self,
                                       const char *parent);
const char *glosa_tag_get_description (GlosaTag   *self);
void        glosa_tag_set_description (GlosaTag   *self,
                                       const char *description);
void        glosa_tag_assign          (GlosaTag   *self,
                                       GlosaTag   *other);

G_END_DECLS
