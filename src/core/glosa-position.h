/* glosa-position.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "glosa-stance.h"

G_BEGIN_DECLS

typedef enum
{
  GLOSA_ORIGIN_SUGGESTED,  /* found by the detector, not yet reviewed */
  GLOSA_ORIGIN_CODEBOOK,   /* stated in the codebook */
  GLOSA_ORIGIN_USER,       /* coded or accepted by a person */
} GlosaOrigin;

const char *glosa_origin_to_string (GlosaOrigin origin);

#define GLOSA_TYPE_POSITION (glosa_position_get_type ())

G_DECLARE_FINAL_TYPE (GlosaPosition, glosa_position, GLOSA, POSITION, GObject)

GlosaPosition      *glosa_position_new            (const char    *document,
                                                   const char    *actor,
                                                   const char    *issue,
                                                   GlosaStance    stance,
                                                   GlosaOrigin    origin);
const char         *glosa_position_get_document   (GlosaPosition *self);
const char         *glosa_position_get_actor      (GlosaPosition *self);
const char         *glosa_position_get_issue      (GlosaPosition *self);
GlosaStance         glosa_position_get_stance     (GlosaPosition *self);
GlosaOrigin         glosa_position_get_origin     (GlosaPosition *self);
guint               glosa_position_get_start      (GlosaPosition *self);
guint               glosa_position_get_end        (GlosaPosition *self);
const char         *glosa_position_get_evidence   (GlosaPosition *self);
void                glosa_position_set_evidence   (GlosaPosition *self,
                                                   guint          start,
                                                   guint          end,
                                                   const char    *evidence);
double              glosa_position_get_confidence (GlosaPosition *self);
void                glosa_position_set_confidence (GlosaPosition *self,
                                                   double         confidence);
const char * const *glosa_position_get_cues       (GlosaPosition *self);
void                glosa_position_add_cue        (GlosaPosition *self,
                                                   const char    *cue);

G_END_DECLS
