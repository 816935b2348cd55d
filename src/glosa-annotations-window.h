/* glosa-annotations-window.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "glosa-codebook.h"
#include "glosa-project.h"

G_BEGIN_DECLS

#define GLOSA_TYPE_ANNOTATIONS_WINDOW (glosa_annotations_window_get_type ())

G_DECLARE_FINAL_TYPE (GlosaAnnotationsWindow, glosa_annotations_window, GLOSA, ANNOTATIONS_WINDOW,
                      AdwWindow)

typedef enum
{
  GLOSA_ANNOTATIONS_FILTER_TAG,
  GLOSA_ANNOTATIONS_FILTER_ACTOR,
  GLOSA_ANNOTATIONS_FILTER_ISSUE,
  GLOSA_ANNOTATIONS_FILTER_STANCE,
  GLOSA_ANNOTATIONS_FILTER_AUTHOR,
  GLOSA_ANNOTATIONS_N_FILTERS,
} GlosaAnnotationsFilterKind;

GlosaAnnotationsWindow *glosa_annotations_window_new        (GtkWindow                  *parent,
                                                             GlosaProject               *project,
                                                             GlosaCodebook              *codebook);
gboolean                glosa_annotations_window_set_filter (GlosaAnnotationsWindow     *self,
                                                             GlosaAnnotationsFilterKind  kind,
                                                             const char                 *value);
void                    glosa_annotations_window_set_text   (GlosaAnnotationsWindow     *self,
                                                             const char                 *text);
guint                   glosa_annotations_window_get_n_shown (GlosaAnnotationsWindow    *self);
void                    glosa_annotations_window_activate   (GlosaAnnotationsWindow     *self,
                                                             guint                       position);

G_END_DECLS
