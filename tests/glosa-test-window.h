/* glosa-test-window.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "glosa-application.h"
#include "glosa-window-private.h"

G_BEGIN_DECLS

/* What the window tests that code into projects share. */
extern GlosaApplication *glosa_test_app;
extern char             *glosa_test_data_dir;

void         glosa_test_window_init  (int          *argc,
                                      char       ***argv,
                                      const char   *name);
int          glosa_test_window_run   (void);
void         glosa_test_wait_until   (gboolean    (*done) (GlosaWindow *window),
                                      GlosaWindow  *window);
void         glosa_test_wait_for_draw (GtkWidget   *widget);
gboolean     glosa_test_project_open (GlosaWindow  *window);
GlosaWindow *glosa_test_open_corpus  (void);
GlosaWindow *glosa_test_open_path    (const char   *path);
void         glosa_test_remove_tree  (const char   *path);
void         glosa_test_close_window (GlosaWindow  *window);

G_END_DECLS
