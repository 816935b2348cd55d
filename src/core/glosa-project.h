/* glosa-project.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "glosa-annotation.h"
#include "glosa-codebook.h"
#include "glosa-corpus.h"
#include "glosa-corpus-mentions.h"
#include "glosa-position.h"
#include "glosa-tag.h"

G_BEGIN_DECLS

/* PRAGMA application_id of every project file: "Glos" in ASCII. */
#define GLOSA_PROJECT_APPLICATION_ID 0x476c6f73

/* PRAGMA user_version: the project format this Glosa writes. Older files
 * are migrated when opened for writing; newer ones are refused. */
#define GLOSA_PROJECT_SCHEMA_VERSION 2

#define GLOSA_PROJECT_SUFFIX ".glosa"

typedef enum
{
  GLOSA_PROJECT_OPEN_DEFAULT   = 0,
  GLOSA_PROJECT_OPEN_CREATE    = 1 << 0,  /* create the file when it does not exist */
  GLOSA_PROJECT_OPEN_READ_ONLY = 1 << 1,  /* never write, even when nobody else is */
} GlosaProjectOpenFlags;

typedef enum
{
  GLOSA_REVIEW_NONE,
  GLOSA_REVIEW_ACCEPTED,
  GLOSA_REVIEW_DISMISSED,
} GlosaReview;

/* What glosa_project_refresh() did. */
typedef struct
{
  guint documents_added;
  guint documents_changed;
  guint documents_unchanged;
  guint documents_missing;     /* gone from the corpus, kept in the project */
  guint annotations_exact;     /* unchanged text, or the quote in place */
  guint annotations_moved;     /* the same quote, elsewhere */
  guint annotations_fuzzy;     /* an edited quote, placed by similarity */
  guint annotations_orphaned;  /* not placed; kept and flagged */
} GlosaRefreshStats;

/* Criteria for the Annotations view; %NULL fields match everything. */
typedef struct
{
  const char *document;
  const char *tag;       /* a tag id; its sub-tags match too */
  const char *actor;
  const char *issue;
  const char *stance;
  const char *author;
  const char *text;      /* in the quote or the note, ignoring case and accents */
  gboolean    orphaned_only;
} GlosaAnnotationFilter;

/* What glosa_project_sort_documents() sorts by. */
typedef enum
{
  GLOSA_DOCUMENT_ORDER_NONE,    /* the documents' own order */
  GLOSA_DOCUMENT_ORDER_TITLE,
  GLOSA_DOCUMENT_ORDER_DATE,
  GLOSA_DOCUMENT_ORDER_SOURCE,
} GlosaDocumentOrder;

/* How far a long task is, from 0 to 1, told in the caller's thread. */
typedef void (*GlosaProgressFunc) (double   fraction,
                                   gpointer user_data);

#define GLOSA_TYPE_PROJECT (glosa_project_get_type ())

G_DECLARE_FINAL_TYPE (GlosaProject, glosa_project, GLOSA, PROJECT, GObject)

/* Opening and saving (glosa-project-open.c) */
char            *glosa_project_get_default_path     (GFile                       *corpus);
GlosaProject    *glosa_project_open                 (GFile                       *file,
                                                     GlosaProjectOpenFlags        flags,
                                                     GError                     **error);
GlosaProject    *glosa_project_open_for_corpus      (GlosaCorpus                 *corpus,
                                                     GFile                       *file,
                                                     GlosaRefreshStats           *stats,
                                                     GError                     **error);
void             glosa_project_open_async           (GFile                       *file,
                                                     GlosaProjectOpenFlags        flags,
                                                     GCancellable                *cancellable,
                                                     GAsyncReadyCallback          callback,
                                                     gpointer                     user_data);
GlosaProject    *glosa_project_open_finish          (GAsyncResult                *result,
                                                     GError                     **error);
void             glosa_project_open_for_corpus_async (GlosaCorpus                *corpus,
                                                     GFile                       *file,
                                                     GCancellable                *cancellable,
                                                     GAsyncReadyCallback          callback,
                                                     gpointer                     user_data);
GlosaProject    *glosa_project_open_for_corpus_finish (GAsyncResult              *result,
                                                     GlosaRefreshStats           *stats,
                                                     GError                     **error);
gboolean         glosa_project_save_as              (GlosaProject                *self,
                                                     GFile                       *file,
                                                     GError                     **error);
GFile           *glosa_project_get_file             (GlosaProject                *self);
gboolean         glosa_project_is_read_only         (GlosaProject                *self);
const char      *glosa_project_get_read_only_reason (GlosaProject                *self);
const char      *glosa_project_get_corpus_path      (GlosaProject                *self);
const char      *glosa_project_get_author           (GlosaProject                *self);
void             glosa_project_set_author           (GlosaProject                *self,
                                                     const char                  *author);

/* Documents, search and codebook (glosa-project-documents.c) */
gboolean         glosa_project_refresh              (GlosaProject                *self,
                                                     GlosaCorpus                 *corpus,
                                                     GlosaRefreshStats           *stats,
                                                     GError                     **error);
GListModel      *glosa_project_get_documents        (GlosaProject                *self);
GlosaDocument   *glosa_project_lookup_document      (GlosaProject                *self,
                                                     const char                  *id);
gboolean         glosa_project_get_document_position (GlosaProject               *self,
                                                     const char                  *id,
                                                     guint                       *position);
gboolean         glosa_project_is_document_missing  (GlosaProject                *self,
                                                     const char                  *id);
GlosaCorpus     *glosa_project_dup_corpus           (GlosaProject                *self);
GHashTable      *glosa_project_search               (GlosaProject                *self,
                                                     const char                  *text,
                                                     GError                     **error);
char            *glosa_project_dup_codebook_json    (GlosaProject                *self);
gboolean         glosa_project_set_codebook_json    (GlosaProject                *self,
                                                     const char                  *json,
                                                     GError                     **error);
GlosaCodebook   *glosa_project_load_codebook        (GlosaProject                *self,
                                                     GError                     **error);
gboolean         glosa_project_has_codebook_layers  (GlosaProject                *self);

/* Sorting documents without reading them (glosa-project-sort.c) */
GArray          *glosa_project_sort_documents       (GlosaProject                *self,
                                                     GlosaDocumentOrder           order,
                                                     GError                     **error);
void             glosa_project_sort_documents_async (GlosaProject                *self,
                                                     GlosaDocumentOrder           order,
                                                     GCancellable                *cancellable,
                                                     GAsyncReadyCallback          callback,
                                                     gpointer                     user_data);
GArray          *glosa_project_sort_documents_finish (GlosaProject               *self,
                                                     GAsyncResult                *result,
                                                     GError                     **error);

/* Mentions in the whole corpus, cached (glosa-project-mentions.c) */
void             glosa_project_count_mentions_async (GlosaProject                *self,
                                                     GlosaDetector               *detector,
                                                     GCancellable                *cancellable,
                                                     GlosaProgressFunc            progress,
                                                     gpointer                     progress_data,
                                                     GAsyncReadyCallback          callback,
                                                     gpointer                     user_data);
GlosaCorpusMentions *glosa_project_count_mentions_finish (GlosaProject           *self,
                                                     GAsyncResult                *result,
                                                     guint                       *n_counted,
                                                     GError                     **error);

/* Tags (glosa-project-tags.c) */
GListModel      *glosa_project_get_tags             (GlosaProject                *self);
GlosaTag        *glosa_project_lookup_tag           (GlosaProject                *self,
                                                     const char                  *id);
GlosaTag        *glosa_project_lookup_tag_by_name   (GlosaProject                *self,
                                                     const char                  *name);
GlosaTag        *glosa_project_create_tag           (GlosaProject                *self,
                                                     const char                  *name,
                                                     const char                  *parent,
                                                     GError                     **error);
gboolean         glosa_project_rename_tag           (GlosaProject                *self,
                                                     const char                  *id,
                                                     const char                  *name,
                                                     GError                     **error);
gboolean         glosa_project_set_tag_colour       (GlosaProject                *self,
                                                     const char                  *id,
                                                     const char                  *colour,
                                                     GError                     **error);
gboolean         glosa_project_set_tag_parent       (GlosaProject                *self,
                                                     const char                  *id,
                                                     const char                  *parent,
                                                     GError                     **error);
gboolean         glosa_project_set_tag_description  (GlosaProject                *self,
                                                     const char                  *id,
                                                     const char                  *description,
                                                     GError                     **error);
gboolean         glosa_project_merge_tags           (GlosaProject                *self,
                                                     const char                  *from,
                                                     const char                  *into,
                                                     GError                     **error);
gboolean         glosa_project_delete_tag           (GlosaProject                *self,
                                                     const char                  *id,
                                                     GError                     **error);
guint            glosa_project_count_tag_uses       (GlosaProject                *self,
                                                     const char                  *id);

/* Annotations and suggestions (glosa-project-annotations.c) */
GListModel      *glosa_project_get_annotations      (GlosaProject                *self,
                                                     const char                  *document);
GlosaAnnotation *glosa_project_lookup_annotation    (GlosaProject                *self,
                                                     const char                  *id);
GlosaAnnotation *glosa_project_add_annotation       (GlosaProject                *self,
                                                     GlosaAnnotation             *draft,
                                                     GError                     **error);
gboolean         glosa_project_update_annotation    (GlosaProject                *self,
                                                     GlosaAnnotation             *edited,
                                                     GError                     **error);
gboolean         glosa_project_remove_annotation    (GlosaProject                *self,
                                                     const char                  *id,
                                                     GError                     **error);
gboolean         glosa_project_annotation_matches   (GlosaProject                *self,
                                                     GlosaAnnotation             *annotation,
                                                     const GlosaAnnotationFilter *filter);
GPtrArray       *glosa_project_filter_annotations   (GlosaProject                *self,
                                                     const GlosaAnnotationFilter *filter);
GlosaReview      glosa_project_get_review           (GlosaProject                *self,
                                                     GlosaPosition               *position);
GlosaAnnotation *glosa_project_accept_position      (GlosaProject                *self,
                                                     GlosaPosition               *position,
                                                     GError                     **error);
gboolean         glosa_project_dismiss_position     (GlosaProject                *self,
                                                     GlosaPosition               *position,
                                                     GError                     **error);

/* Undo and redo (glosa-project-journal.c) */
gboolean         glosa_project_can_undo             (GlosaProject                *self);
gboolean         glosa_project_can_redo             (GlosaProject                *self);
const char      *glosa_project_get_undo_label       (GlosaProject                *self);
const char      *glosa_project_get_redo_label       (GlosaProject                *self);
gboolean         glosa_project_undo                 (GlosaProject                *self,
                                                     GError                     **error);
gboolean         glosa_project_redo                 (GlosaProject                *self,
                                                     GError                     **error);

G_END_DECLS
