/* glosa-codebook.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "glosa-actor.h"
#include "glosa-issue.h"

G_BEGIN_DECLS

/* The format version this Glosa reads and writes ("glosa_codebook": 1). */
#define GLOSA_CODEBOOK_FORMAT 1

/* A codebook file larger than this is refused before it is read. */
#define GLOSA_CODEBOOK_MAX_SIZE (64 * 1024 * 1024)

/* The name of the codebook a corpus folder may carry. */
#define GLOSA_CODEBOOK_FILE_NAME "codebook.json"

#define GLOSA_CODEBOOK_DEFAULT_RESOURCE "/io/github/glosa/Glosa/codebook/default-codebook.json"

#define GLOSA_TYPE_CODEBOOK (glosa_codebook_get_type ())

G_DECLARE_FINAL_TYPE (GlosaCodebook, glosa_codebook, GLOSA, CODEBOOK, GObject)

void                glosa_codebook_ensure_resources        (void);

GlosaCodebook      *glosa_codebook_new                     (void);
GlosaCodebook      *glosa_codebook_new_default             (GError             **error);
GlosaCodebook      *glosa_codebook_new_from_bytes          (GBytes              *bytes,
                                                            const char          *source,
                                                            GError             **error);
GlosaCodebook      *glosa_codebook_new_from_file           (GFile               *file,
                                                            GCancellable        *cancellable,
                                                            GError             **error);
GlosaCodebook      *glosa_codebook_new_from_resource       (const char          *path,
                                                            GError             **error);
GlosaCodebook      *glosa_codebook_new_for_corpus          (GFile               *corpus_dir,
                                                            GFile               *file,
                                                            GCancellable        *cancellable,
                                                            GError             **error);
void                glosa_codebook_new_for_corpus_async    (GFile               *corpus_dir,
                                                            GFile               *file,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
GlosaCodebook      *glosa_codebook_new_for_corpus_finish   (GAsyncResult        *result,
                                                            GError             **error);

void                glosa_codebook_merge                   (GlosaCodebook       *self,
                                                            GlosaCodebook       *overlay);

const char         *glosa_codebook_get_name                (GlosaCodebook       *self);
void                glosa_codebook_set_name                (GlosaCodebook       *self,
                                                            const char          *name);
const char         *glosa_codebook_get_version             (GlosaCodebook       *self);
const char * const *glosa_codebook_get_languages           (GlosaCodebook       *self);

GListModel         *glosa_codebook_get_actors              (GlosaCodebook       *self);
guint               glosa_codebook_get_n_actors            (GlosaCodebook       *self);
GlosaActor         *glosa_codebook_get_actor               (GlosaCodebook       *self,
                                                            guint                position);
GlosaActor         *glosa_codebook_lookup_actor            (GlosaCodebook       *self,
                                                            const char          *id);
GlosaActor         *glosa_codebook_get_affiliation         (GlosaCodebook       *self,
                                                            GlosaActor          *actor);
gboolean            glosa_codebook_add_actor               (GlosaCodebook       *self,
                                                            GlosaActor          *actor);
gboolean            glosa_codebook_remove_actor            (GlosaCodebook       *self,
                                                            const char          *id);

GListModel         *glosa_codebook_get_issues              (GlosaCodebook       *self);
guint               glosa_codebook_get_n_issues            (GlosaCodebook       *self);
GlosaIssue         *glosa_codebook_get_issue               (GlosaCodebook       *self,
                                                            guint                position);
GlosaIssue         *glosa_codebook_lookup_issue            (GlosaCodebook       *self,
                                                            const char          *id);
gboolean            glosa_codebook_add_issue               (GlosaCodebook       *self,
                                                            GlosaIssue          *issue);
gboolean            glosa_codebook_remove_issue            (GlosaCodebook       *self,
                                                            const char          *id);

const char * const *glosa_codebook_get_problems            (GlosaCodebook       *self);

/* glosa-codebook-writer.c */
char               *glosa_codebook_to_json                 (GlosaCodebook       *codebook);
char               *glosa_codebook_to_overlay_json         (GlosaCodebook       *codebook,
                                                            const char * const  *removed);
char               *glosa_codebook_make_id                 (GlosaCodebook       *codebook,
                                                            const char          *name);

G_END_DECLS
