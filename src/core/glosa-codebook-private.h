/* glosa-codebook-private.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "glosa-codebook.h"

G_BEGIN_DECLS

/* Terms (aliases or keywords) grouped by language, in the order they were
 * first given. The unspecified language is kept apart so that
 * `languages` holds only real tags. Every list is NULL-terminated, so it
 * can be handed out as a `const char * const *`. */
typedef struct
{
  GPtrArray *languages;     /* char*, NULL-terminated */
  GPtrArray *lists;         /* GPtrArray* of char*, parallel to languages */
  GPtrArray *unspecified;   /* char*, NULL-terminated */
  GPtrArray *all;           /* cache of glosa_term_set_get_all(), or NULL */
} GlosaTermSet;

void                glosa_term_set_init       (GlosaTermSet       *set);
void                glosa_term_set_clear      (GlosaTermSet       *set);
const char * const *glosa_term_set_get        (GlosaTermSet       *set,
                                               const char         *language);
const char * const *glosa_term_set_get_languages (GlosaTermSet    *set);
const char * const *glosa_term_set_get_all    (GlosaTermSet       *set,
                                               const char         *first);
void                glosa_term_set_invalidate (GlosaTermSet       *set);
gboolean            glosa_term_set_add        (GlosaTermSet       *set,
                                               const char         *language,
                                               const char         *term);
void                glosa_term_set_replace    (GlosaTermSet       *set,
                                               const char         *language,
                                               const char * const *terms);

void                glosa_codebook_set_actor_terms    (gpointer            actor,
                                                       const char         *language,
                                                       const char * const *terms);
void                glosa_codebook_set_issue_terms    (gpointer            issue,
                                                       const char         *language,
                                                       const char * const *terms);
char               *glosa_codebook_normalize_term     (const char *term);
char               *glosa_codebook_normalize_language (const char *language);

/* What one codebook file holds, before it is merged into a codebook. */
typedef struct
{
  char       *name;
  char       *version;
  GPtrArray  *languages;     /* char* */
  GPtrArray  *actors;        /* GlosaActor* */
  GPtrArray  *issues;        /* GlosaIssue* */
  GPtrArray  *removed;       /* char*, ids */
  GPtrArray  *problems;      /* char* */
  GHashTable *id_locations;  /* entry → char* "FILE line L, column C" of its id */
  GHashTable *affiliation_locations;  /* GlosaActor* → the same, of its affiliation */
} GlosaCodebookData;

/* Where each node of a JSON tree was in its text (glosa-codebook-locator.c). */
typedef struct _GlosaCodebookLocator GlosaCodebookLocator;

gboolean              glosa_codebook_check_text           (const char           *data,
                                                           gsize                 length,
                                                           const char           *source,
                                                           GError              **error);
GlosaCodebookLocator *glosa_codebook_locator_new          (JsonParser           *parser,
                                                           const char           *data,
                                                           gsize                 length,
                                                           const char           *source,
                                                           GPtrArray            *problems);
void                  glosa_codebook_locator_free         (GlosaCodebookLocator *self);
gboolean              glosa_codebook_locator_get_position (GlosaCodebookLocator *self,
                                                           JsonNode             *node,
                                                           guint                *line,
                                                           guint                *column);
char                 *glosa_codebook_locator_describe     (GlosaCodebookLocator *self,
                                                           JsonNode             *node);

GlosaCodebookData *glosa_codebook_data_parse (const char         *data,
                                              gsize               length,
                                              const char         *source,
                                              GError            **error);
void               glosa_codebook_data_free  (GlosaCodebookData  *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlosaCodebookData, glosa_codebook_data_free)

void glosa_codebook_apply_data  (GlosaCodebook     *self,
                                 GlosaCodebookData *data);
void glosa_codebook_check       (GlosaCodebook     *codebook,
                                 GHashTable        *locations,
                                 GHashTable        *cut,
                                 GPtrArray         *problems);
void glosa_codebook_add_problem (GPtrArray         *problems,
                                 const char        *where,
                                 const char        *format,
                                 ...) G_GNUC_PRINTF (3, 4);

G_END_DECLS
