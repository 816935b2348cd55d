/* glosa-actor.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  GLOSA_ACTOR_KIND_PERSON,
  GLOSA_ACTOR_KIND_ORGANISATION,
  GLOSA_ACTOR_KIND_GOVERNMENT,
  GLOSA_ACTOR_KIND_COUNTRY,
  GLOSA_ACTOR_KIND_MEDIA,
  GLOSA_ACTOR_KIND_OTHER,
} GlosaActorKind;

#define GLOSA_TYPE_ACTOR_KIND (glosa_actor_kind_get_type ())

GType        glosa_actor_kind_get_type    (void) G_GNUC_CONST;
const char  *glosa_actor_kind_to_string   (GlosaActorKind  kind);
gboolean     glosa_actor_kind_from_string (const char     *string,
                                           GlosaActorKind *kind);
const char  *glosa_actor_kind_get_label   (GlosaActorKind  kind);

gboolean     glosa_colour_is_valid        (const char     *colour);
const char  *glosa_colour_for_id          (const char     *id);

#define GLOSA_TYPE_ACTOR (glosa_actor_get_type ())

G_DECLARE_FINAL_TYPE (GlosaActor, glosa_actor, GLOSA, ACTOR, GObject)

GlosaActor         *glosa_actor_new             (const char         *id,
                                                 const char         *name,
                                                 GlosaActorKind      kind);
const char         *glosa_actor_get_id          (GlosaActor         *self);
const char         *glosa_actor_get_name        (GlosaActor         *self);
void                glosa_actor_set_name        (GlosaActor         *self,
                                                 const char         *name);
GlosaActorKind      glosa_actor_get_kind        (GlosaActor         *self);
void                glosa_actor_set_kind        (GlosaActor         *self,
                                                 GlosaActorKind      kind);
const char         *glosa_actor_get_affiliation (GlosaActor         *self);
void                glosa_actor_set_affiliation (GlosaActor         *self,
                                                 const char         *affiliation);
const char         *glosa_actor_get_description (GlosaActor         *self);
void                glosa_actor_set_description (GlosaActor         *self,
                                                 const char         *description);
const char         *glosa_actor_get_colour      (GlosaActor         *self);
gboolean            glosa_actor_has_colour      (GlosaActor         *self);
void                glosa_actor_set_colour      (GlosaActor         *self,
                                                 const char         *colour);

const char * const *glosa_actor_get_languages   (GlosaActor         *self);
const char * const *glosa_actor_get_aliases     (GlosaActor         *self,
                                                 const char         *language);
const char * const *glosa_actor_get_all_aliases (GlosaActor         *self);
gboolean            glosa_actor_add_alias       (GlosaActor         *self,
                                                 const char         *language,
                                                 const char         *alias);
void                glosa_actor_set_aliases     (GlosaActor         *self,
                                                 const char         *language,
                                                 const char * const *aliases);

G_END_DECLS
