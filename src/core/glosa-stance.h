/* glosa-stance.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  GLOSA_STANCE_NEUTRAL,
  GLOSA_STANCE_SUPPORT,
  GLOSA_STANCE_OPPOSE,
  GLOSA_STANCE_MIXED,
} GlosaStance;

#define GLOSA_TYPE_STANCE (glosa_stance_get_type ())

GType        glosa_stance_get_type    (void) G_GNUC_CONST;
const char  *glosa_stance_to_string   (GlosaStance  stance);
gboolean     glosa_stance_from_string (const char  *string,
                                       GlosaStance *stance);
const char  *glosa_stance_get_label   (GlosaStance  stance);

G_END_DECLS
