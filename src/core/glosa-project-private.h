/* glosa-project-private.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>
#include <json-glib/json-glib.h>

#include "glosa-document-list.h"
#include "glosa-project.h"

G_BEGIN_DECLS

/* What the files of GlosaProject share: glosa-project.c is the object,
 * -open.c opens, locks and saves, -schema.c checks and migrates, -store.c
 * mirrors the file in objects and list models, -images.c turns rows into
 * JSON images and back, -journal.c records and replays actions, and
 * -tags.c, -annotations.c and -documents.c are the public operations;
 * -refresh.c brings the documents up to date with the corpus and -build.c
 * fills a new project from one. */
/* What lazy documents reach their project through (glosa-project-store.c). */
typedef struct _GlosaProjectLink GlosaProjectLink;

struct _GlosaProject
{
  GObject      parent_instance;

  sqlite3     *db;
  GFile       *file;
  char        *path;
  char        *corpus_path;
  char        *author;
  char        *read_only_reason;
  int          lock_fd;
  gint64       session;
  gboolean     read_only;

  /* The top of the journal, kept so the UI can ask cheaply. */
  char        *undo_label;
  char        *redo_label;

  /* Everything below mirrors the file; only -store.c changes it. */
  /* Documents are read lazily: only their ids and order are in memory. */
  GlosaDocumentList *documents;    /* present by corpus order, then missing */
  GlosaProjectLink *link;
  GHashTable  *looked_up;          /* id → GlosaDocument asked for by id, kept */
  GHashTable  *document_index;     /* id → position in documents + 1 */
  GHashTable  *document_nums;      /* rowid (gint64) → position + 1, for search */
  GHashTable  *missing;            /* ids of documents no longer in the corpus */
  GListStore  *tags;               /* GlosaTag, by name */
  GHashTable  *tags_by_id;         /* id → GlosaTag (borrowed from tags) */
  GHashTable  *annotations;        /* id → GlosaAnnotation (owned) */
  GListStore  *all_annotations;    /* by document, then text order */
  GHashTable  *annotation_models;  /* document id → GListStore */
  GHashTable  *reviews;            /* key → JsonObject image */
};

typedef enum
{
  GLOSA_OP_ANNOTATION,
  GLOSA_OP_TAG,
  GLOSA_OP_REVIEW,
} GlosaOpKind;

/* One row of one table before and after an action, as JSON images; %NULL
 * means the row does not exist. Undo writes the befores, last first; redo
 * writes the afters. */
typedef struct
{
  GlosaOpKind  kind;
  char        *id;
  JsonObject  *before;
  JsonObject  *after;
} GlosaOp;

enum {
  GLOSA_PROJECT_SIGNAL_ANNOTATION_ADDED,
  GLOSA_PROJECT_SIGNAL_ANNOTATION_CHANGED,
  GLOSA_PROJECT_SIGNAL_ANNOTATION_REMOVED,
  GLOSA_PROJECT_SIGNAL_REVIEWS_CHANGED,
  GLOSA_PROJECT_SIGNAL_RELOADED,
  GLOSA_PROJECT_N_SIGNALS
};

extern guint glosa_project_signals[GLOSA_PROJECT_N_SIGNALS];

/* glosa-project.c */
gboolean    glosa_project_sql_error         (GlosaProject   *self,
                                             GError        **error);
gboolean    glosa_project_exec              (GlosaProject   *self,
                                             const char     *sql,
                                             GError        **error);
sqlite3_stmt *glosa_project_prepare         (GlosaProject   *self,
                                             const char     *sql,
                                             GError        **error);
gboolean    glosa_project_check_writable    (GlosaProject   *self,
                                             GError        **error);
gboolean    glosa_project_begin             (GlosaProject   *self,
                                             GError        **error);
gboolean    glosa_project_commit            (GlosaProject   *self,
                                             GError        **error);
void        glosa_project_rollback          (GlosaProject   *self);
char       *glosa_project_now               (void);
char       *glosa_project_dup_meta          (GlosaProject   *self,
                                             const char     *key);
gboolean    glosa_project_set_meta          (GlosaProject   *self,
                                             const char     *key,
                                             const char     *value,
                                             GError        **error);
void        glosa_project_notify_undo       (GlosaProject   *self);
void        glosa_project_notify_location   (GlosaProject   *self);

/* glosa-project-open.c */
void        glosa_project_registry_remove   (GlosaProject   *self);
void        glosa_project_release_lock      (GlosaProject   *self);
void        glosa_project_remove_side_files (const char     *path);

/* The statements glosa_project_write_document() runs. */
typedef enum
{
  GLOSA_WRITE_INSERT,
  GLOSA_WRITE_UPDATE_TEXT,      /* every field, the text, title and hash too */
  GLOSA_WRITE_UPDATE_FIELDS,    /* all but those */
  GLOSA_N_WRITES
} GlosaWrite;

/* glosa-project-documents.c */
gboolean    glosa_project_add_documents     (GlosaProject   *self,
                                             GPtrArray      *documents,
                                             const char     *label,
                                             GPtrArray      *ops,
                                             GError        **error);
GHashTable *glosa_project_dup_document_hashes (GlosaProject *self);
gboolean    glosa_project_write_document    (GlosaProject   *self,
                                             sqlite3_stmt  **stmts,
                                             GlosaDocument  *document,
                                             guint           position,
                                             GlosaWrite      which,
                                             const char     *now,
                                             GError        **error);
void        glosa_project_writer_clear      (sqlite3_stmt  **stmts);
gboolean    glosa_project_reload            (GlosaProject   *self,
                                             GError        **error);

/* glosa-project-refresh.c */
gboolean    glosa_project_write_corpus      (GlosaProject       *self,
                                             GlosaCorpus        *corpus,
                                             GlosaRefreshStats  *stats,
                                             GError            **error);

/* glosa-project-build.c */
gboolean    glosa_project_build             (GlosaProject       *self,
                                             GlosaCorpus        *corpus,
                                             GlosaRefreshStats  *stats,
                                             GError            **error);

/* glosa-project-schema.c */
gboolean    glosa_project_inspect           (const char     *path,
                                             gboolean        creating,
                                             GError        **error);
gboolean    glosa_project_configure         (GlosaProject   *self,
                                             GError        **error);
gboolean    glosa_project_migrate           (GlosaProject   *self,
                                             GError        **error);
gboolean    glosa_project_start_session     (GlosaProject   *self,
                                             GError        **error);

/* glosa-project-images.c */
JsonObject *glosa_project_annotation_image  (GlosaAnnotation *annotation);
GlosaAnnotation *glosa_project_annotation_from_image (JsonObject *image);
JsonObject *glosa_project_tag_image         (GlosaTag       *tag);
GlosaTag   *glosa_project_tag_from_image    (JsonObject     *image);
JsonObject *glosa_project_review_from_row   (sqlite3_stmt   *stmt);
gboolean    glosa_project_write_op          (GlosaProject   *self,
                                             GlosaOpKind     kind,
                                             const char     *id,
                                             JsonObject     *image,
                                             GError        **error);

/* glosa-project-store.c */
void        glosa_project_store_init        (GlosaProject   *self);
void        glosa_project_store_clear       (GlosaProject   *self);
gboolean    glosa_project_store_load        (GlosaProject   *self,
                                             GError        **error);
void        glosa_project_apply_op          (GlosaProject   *self,
                                             GlosaOpKind     kind,
                                             const char     *id,
                                             JsonObject     *image);
gboolean    glosa_project_document_position (GlosaProject   *self,
                                             const char     *id,
                                             guint          *position);
GlosaDocument *glosa_project_read_document  (GlosaProject   *self,
                                             const char     *id);
gboolean    glosa_project_document_at_num   (GlosaProject   *self,
                                             gint64          num,
                                             guint          *position);

/* glosa-project-journal.c */
GlosaOp    *glosa_op_new                    (GlosaOpKind     kind,
                                             const char     *id,
                                             JsonObject     *before,
                                             JsonObject     *after);
void        glosa_op_free                   (GlosaOp        *op);
GPtrArray  *glosa_op_list_new               (void);
gboolean    glosa_project_write_journal     (GlosaProject   *self,
                                             const char     *label,
                                             GPtrArray      *ops,
                                             GError        **error);
gboolean    glosa_project_perform           (GlosaProject   *self,
                                             const char     *label,
                                             GPtrArray      *ops,
                                             GError        **error);
gboolean    glosa_project_load_undo_state   (GlosaProject   *self,
                                             GError        **error);
gboolean    glosa_project_clear_journal     (GlosaProject   *self,
                                             GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlosaOp, glosa_op_free)

G_END_DECLS
