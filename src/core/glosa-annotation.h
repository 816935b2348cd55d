/* glosa-annotation.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "glosa-stance.h"

G_BEGIN_DECLS

#define GLOSA_TYPE_ANNOTATION (glosa_annotation_get_type ())

G_DECLARE_FINAL_TYPE (GlosaAnnotation, glosa_annotation, GLOSA, ANNOTATION, GObject)

GlosaAnnotation    *glosa_annotation_new          (const char         *document,
                                                   guint               start,
                                                   guint               end);
GlosaAnnotation    *glosa_annotation_copy         (GlosaAnnotation    *self);
void                glosa_annotation_assign       (GlosaAnnotation    *self,
                                                   GlosaAnnotation    *other);
const char         *glosa_annotation_get_id       (GlosaAnnotation    *self);
const char         *glosa_annotation_get_document (GlosaAnnotation    *self);
guint               glosa_annotation_get_start    (GlosaAnnotation    *self);
guint               glosa_annotation_get_end      (GlosaAnnotation    *self);
void                glosa_annotation_set_span     (GlosaAnnotation    *self,
                                                   guint               start,
                                                   guint               end);
const char         *glosa_annotation_get_quote    (GlosaAnnotation    *self);
const char         *glosa_annotation_get_prefix   (GlosaAnnotation    *self);
const char         *glosa_annotation_get_suffix   (GlosaAnnotation    *self);
void                glosa_annotation_set_anchor   (GlosaAnnotation    *self,
                                                   const char         *quote,
                                                   const char         *prefix,
                                                   const char         *suffix);
const char * const *glosa_annotation_get_tags     (GlosaAnnotation    *self);
void                glosa_annotation_set_tags     (GlosaAnnotation    *self,
                                                   const char * const *tags);
gboolean            glosa_annotation_has_tag      (GlosaAnnotation    *self,
                                                   const char         *tag);
void                glosa_annotation_add_tag      (GlosaAnnotation    *self,
                                                   const char         *tag);
void                glosa_annotation_remove_tag   (GlosaAnnotation    *self,
                                                   const char         *tag);
const char         *glosa_annotation_get_actor    (GlosaAnnotation    *self);
void                glosa_annotation_set_actor    (GlosaAnnotation    *self,
                                                   const char         *actor);
const char         *glosa_annotation_get_issue    (GlosaAnnotation    *self);
void                glosa_annotation_set_issue    (GlosaAnnotation    *self,
                                                   const char         *issue);
const char         *glosa_annotation_get_stance   (GlosaAnnotation    *self);
gboolean            glosa_annotation_set_stance   (GlosaAnnotation    *self,
                                                   const char         *stance);
const char         *glosa_annotation_get_note     (GlosaAnnotation    *self);
void                glosa_annotation_set_note     (GlosaAnnotation    *self,
                                                   const char         *note);
const char         *glosa_annotation_get_author   (GlosaAnnotation    *self);
void                glosa_annotation_set_author   (GlosaAnnotation    *self,
                                                   const char         *author);
const char         *glosa_annotation_get_created  (GlosaAnnotation    *self);
const char         *glosa_annotation_get_modified (GlosaAnnotation    *self);
void                glosa_annotation_set_times    (GlosaAnnotation    *self,
                                                   const char         *created,
                                                   const char         *modified);
gboolean            glosa_annotation_get_orphaned (GlosaAnnotation    *self);
void                glosa_annotation_set_orphaned (GlosaAnnotation    *self,
                                                   gboolean            orphaned);
gboolean            glosa_annotation_equal        (GlosaAnnotation    *a,
                                                   GlosaAnnotation    *b);
int                 glosa_annotation_compare      (GlosaAnnotation    *a,
                                                   GlosaAnnotation    *b);

G_END_DECLS
