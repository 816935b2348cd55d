/* glosa-actor-row.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "glosa-actor.h"

G_BEGIN_DECLS

#define GLOSA_TYPE_ACTOR_ROW (glosa_actor_row_get_type ())

G_DECLARE_FINAL_TYPE (GlosaActorRow, glosa_actor_row, GLOSA, ACTOR_ROW, GtkListBoxRow)

GlosaActorRow *glosa_actor_row_new              (guint          index,
                                                 GlosaActor    *actor);
guint          glosa_actor_row_get_index        (GlosaActorRow *self);
GlosaActor    *glosa_actor_row_get_actor        (GlosaActorRow *self);
guint          glosa_actor_row_get_count        (GlosaActorRow *self);
void           glosa_actor_row_set_count        (GlosaActorRow *self,
                                                 guint          count);
void           glosa_actor_row_set_corpus_count (GlosaActorRow *self,
                                                 guint          mentions,
                                                 guint          documents);
void           glosa_actor_row_set_stepping     (GlosaActorRow *self,
                                                 gboolean       stepping);

G_END_DECLS
