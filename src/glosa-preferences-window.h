/* glosa-preferences-window.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define GLOSA_TYPE_PREFERENCES_WINDOW (glosa_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (GlosaPreferencesWindow, glosa_preferences_window, GLOSA, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GlosaPreferencesWindow *glosa_preferences_window_new (GtkWindow *parent,
                                                      GSettings *settings);

G_END_DECLS
