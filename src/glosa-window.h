/* glosa-window.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "glosa-corpus.h"

G_BEGIN_DECLS

#define GLOSA_TYPE_WINDOW (glosa_window_get_type ())

G_DECLARE_FINAL_TYPE (GlosaWindow, glosa_window, GLOSA, WINDOW, AdwApplicationWindow)

GlosaWindow *glosa_window_new        (GtkApplication *application);
void         glosa_window_open       (GlosaWindow    *self,
                                      GFile          *file);
GlosaCorpus *glosa_window_get_corpus (GlosaWindow    *self);
const char  *glosa_window_get_page   (GlosaWindow    *self);

void         glosa_window_bench_mark_start (void);

G_END_DECLS
