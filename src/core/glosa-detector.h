/* glosa-detector.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "glosa-codebook.h"
#include "glosa-document.h"
#include "glosa-matcher.h"
#include "glosa-names.h"
#include "glosa-position.h"

G_BEGIN_DECLS

#define GLOSA_TYPE_DETECTOR (glosa_detector_get_type ())

G_DECLARE_FINAL_TYPE (GlosaDetector, glosa_detector, GLOSA, DETECTOR, GObject)

GlosaDetector *glosa_detector_new            (GlosaCodebook *codebook);
GlosaCodebook *glosa_detector_get_codebook   (GlosaDetector *self);
GArray        *glosa_detector_find_mentions  (GlosaDetector *self,
                                              const char    *text);
GPtrArray     *glosa_detector_find_unlisted  (GlosaDetector *self,
                                              const char    *text,
                                              GArray        *mentions);
GPtrArray     *glosa_detector_suggest        (GlosaDetector *self,
                                              GlosaDocument *document,
                                              GArray        *mentions);

G_END_DECLS
