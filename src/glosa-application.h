/* glosa-application.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define GLOSA_TYPE_APPLICATION (glosa_application_get_type ())

G_DECLARE_FINAL_TYPE (GlosaApplication, glosa_application, GLOSA, APPLICATION, AdwApplication)

GlosaApplication *glosa_application_new       (void);
GSettings        *glosa_application_get_settings (GlosaApplication *self);
void              glosa_ui_init               (void);

G_END_DECLS
