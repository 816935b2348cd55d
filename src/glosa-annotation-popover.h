/* glosa-annotation-popover.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "glosa-codebook.h"
#include "glosa-project.h"

G_BEGIN_DECLS

#define GLOSA_TYPE_ANNOTATION_POPOVER (glosa_annotation_popover_get_type ())

G_DECLARE_FINAL_TYPE (GlosaAnnotationPopover, glosa_annotation_popover, GLOSA, ANNOTATION_POPOVER,
                      GtkPopover)

GlosaAnnotationPopover *glosa_annotation_popover_new             (void);
void                    glosa_annotation_popover_edit            (GlosaAnnotationPopover *self,
                                                                  GlosaProject           *project,
                                                                  GlosaCodebook          *codebook,
                                                                  GlosaAnnotation        *annotation,
                                                                  gboolean                is_new,
                                                                  const char             *quote);
void                    glosa_annotation_popover_add_tag_by_name (GlosaAnnotationPopover *self,
                                                                  const char             *name);
void                    glosa_annotation_popover_set_note        (GlosaAnnotationPopover *self,
                                                                  const char             *note);
void                    glosa_annotation_popover_set_stance      (GlosaAnnotationPopover *self,
                                                                  const char             *stance);
gboolean                glosa_annotation_popover_save            (GlosaAnnotationPopover *self);
void                    glosa_annotation_popover_delete          (GlosaAnnotationPopover *self);
GlosaAnnotation        *glosa_annotation_popover_get_annotation  (GlosaAnnotationPopover *self);

G_END_DECLS
