/* glosa-project.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-project"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "glosa-error.h"
#include "glosa-project-private.h"

/* A project: one SQLite file (.glosa) holding the documents' texts, the
 * codebook, tags, annotations, reviewed suggestions, a full-text index and
 * the undo journal. See README.md, "Projects", for the schema. This file
 * has the object and what the others share; opening and locking are in
 * glosa-project-open.c.
 *
 * Within a process, opening the same file again returns the same object,
 * so two windows share one project and one undo history. Not thread-safe:
 * use a project from one thread at a time. */

G_DEFINE_FINAL_TYPE (GlosaProject, glosa_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_READ_ONLY,
  PROP_READ_ONLY_REASON,
  PROP_CORPUS_PATH,
  PROP_AUTHOR,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
guint glosa_project_signals[GLOSA_PROJECT_N_SIGNALS];

static void
glosa_project_finalize (GObject *object)
{
  GlosaProject *self = (GlosaProject *) object;

  glosa_project_registry_remove (self);
  glosa_project_store_clear (self);
  g_clear_pointer (&self->db, sqlite3_close);
  glosa_project_release_lock (self);
  g_clear_object (&self->file);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->corpus_path, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->read_only_reason, g_free);
  g_clear_pointer (&self->undo_label, g_free);
  g_clear_pointer (&self->redo_label, g_free);

  G_OBJECT_CLASS (glosa_project_parent_class)->finalize (object);
}

static void
glosa_project_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  GlosaProject *self = GLOSA_PROJECT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_READ_ONLY_REASON:
      g_value_set_string (value, self->read_only_reason);
      break;
    case PROP_CORPUS_PATH:
      g_value_set_string (value, self->corpus_path);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, glosa_project_get_author (self));
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, glosa_project_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, glosa_project_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, glosa_project_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, glosa_project_get_redo_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
glosa_project_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  GlosaProject *self = GLOSA_PROJECT (object);

  switch (prop_id)
    {
    case PROP_AUTHOR:
      glosa_project_set_author (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
glosa_project_class_init (GlosaProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = glosa_project_finalize;
  object_class->get_property = glosa_project_get_property;
  object_class->set_property = glosa_project_set_property;

  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, ro);
  properties[PROP_READ_ONLY] = g_param_spec_boolean ("read-only", NULL, NULL, FALSE, ro);
  properties[PROP_READ_ONLY_REASON] = g_param_spec_string ("read-only-reason", NULL, NULL,
                                                           NULL, ro);
  properties[PROP_CORPUS_PATH] = g_param_spec_string ("corpus-path", NULL, NULL, NULL, ro);
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, ro);
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, ro);
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GlosaProject::annotation-added:
   * @annotation: the project's own object, now in its models
   */
  glosa_project_signals[GLOSA_PROJECT_SIGNAL_ANNOTATION_ADDED] =
    g_signal_new ("annotation-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSA_TYPE_ANNOTATION);
  /**
   * GlosaProject::annotation-changed:
   * @annotation: the project's own object, already updated (its properties
   *   notified)
   */
  glosa_project_signals[GLOSA_PROJECT_SIGNAL_ANNOTATION_CHANGED] =
    g_signal_new ("annotation-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSA_TYPE_ANNOTATION);
  /**
   * GlosaProject::annotation-removed:
   * @annotation: the object that was removed from the models
   */
  glosa_project_signals[GLOSA_PROJECT_SIGNAL_ANNOTATION_REMOVED] =
    g_signal_new ("annotation-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSA_TYPE_ANNOTATION);
  /**
   * GlosaProject::reviews-changed:
   *
   * A suggestion was accepted or dismissed, or that was undone.
   */
  glosa_project_signals[GLOSA_PROJECT_SIGNAL_REVIEWS_CHANGED] =
    g_signal_new ("reviews-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * GlosaProject::reloaded:
   *
   * A refresh replaced the documents and re-placed annotations: every
   * model was rebuilt with new objects.
   */
  glosa_project_signals[GLOSA_PROJECT_SIGNAL_RELOADED] =
    g_signal_new ("reloaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
glosa_project_init (GlosaProject *self)
{
  self->lock_fd = -1;
  glosa_project_store_init (self);
}

static char *
display_name (const char *path)
{
  return g_filename_display_name (path);
}

gboolean
glosa_project_sql_error (GlosaProject  *self,
                         GError       **error)
{
  g_autofree char *name = display_name (self->path);
  /* A message may quote the damaged file's own bytes ("near …: syntax error"). */
  g_autofree char *message = g_utf8_make_valid (sqlite3_errmsg (self->db), -1);
  int code = sqlite3_errcode (self->db);

  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
    g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_DAMAGED, _("The project “%s” is damaged: %s"),
                 name, message);
  else if (code == SQLITE_READONLY)
    g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_READ_ONLY,
                 _("The project “%s” cannot be written: %s"),
                 name, message);
  else if (code == SQLITE_FULL)
    g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_FAILED,
                 _("The project “%s” could not be saved: the disk is full"), name);
  else if (sqlite3_extended_errcode (self->db) == SQLITE_IOERR_WRITE)
    /* SQLite reports only ENOSPC as full; a quota or a file size limit
     * comes as a bare "disk I/O error", which says nothing to act on. */
    g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_FAILED,
                 _("The project “%s” could not be saved: writing to the disk failed (the disk "
                   "may be full, or a size limit or quota reached)"), name);
  else
    g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_FAILED,
                 _("The project “%s” could not be used: %s"),
                 name, message);
  return FALSE;
}

gboolean
glosa_project_exec (GlosaProject  *self,
                    const char    *sql,
                    GError       **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return glosa_project_sql_error (self, error);
  return TRUE;
}

/* Returns: (transfer full): a statement to finalize, or %NULL */
sqlite3_stmt *
glosa_project_prepare (GlosaProject  *self,
                       const char    *sql,
                       GError       **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      glosa_project_sql_error (self, error);
      return NULL;
    }
  return stmt;
}

gboolean
glosa_project_check_writable (GlosaProject  *self,
                              GError       **error)
{
  g_autofree char *name = NULL;

  if (!self->read_only)
    return TRUE;
  name = display_name (self->path);
  if (self->read_only_reason != NULL)
    g_set_error_literal (error, GLOSA_ERROR, GLOSA_ERROR_READ_ONLY, self->read_only_reason);
  else
    g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_READ_ONLY,
                 _("The project “%s” was opened read-only."), name);
  return FALSE;
}

/* Every user action is one IMMEDIATE transaction: the write lock is taken
 * up front, so an action never fails half-way for want of it. */
gboolean
glosa_project_begin (GlosaProject  *self,
                     GError       **error)
{
  return glosa_project_check_writable (self, error)
         && glosa_project_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
glosa_project_commit (GlosaProject  *self,
                      GError       **error)
{
  if (glosa_project_exec (self, "COMMIT", error))
    return TRUE;
  glosa_project_rollback (self);
  return FALSE;
}

void
glosa_project_rollback (GlosaProject *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Returns: (transfer full): the time now, ISO 8601 UTC to the second */
char *
glosa_project_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

char *
glosa_project_dup_meta (GlosaProject *self,
                        const char   *key)
{
  sqlite3_stmt *stmt = glosa_project_prepare (self, "SELECT value FROM meta WHERE key = ?", NULL);
  char *value = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

gboolean
glosa_project_set_meta (GlosaProject  *self,
                        const char    *key,
                        const char    *value,
                        GError       **error)
{
  sqlite3_stmt *stmt = glosa_project_prepare (self,
                                              "INSERT INTO meta (key, value) VALUES (?, ?)"
                                              " ON CONFLICT (key) DO UPDATE"
                                              " SET value = excluded.value", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return glosa_project_sql_error (self, error);
  if (g_str_equal (key, "corpus") && g_strcmp0 (value, self->corpus_path) != 0)
    {
      g_free (self->corpus_path);
      self->corpus_path = g_strdup (value);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS_PATH]);
    }
  return TRUE;
}

/* After Save As: the file changed, and the copy is writable. */
void
glosa_project_notify_location (GlosaProject *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY_REASON]);
  g_object_thaw_notify (G_OBJECT (self));
}

void
glosa_project_notify_undo (GlosaProject *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
}

/**
 * glosa_project_get_file:
 *
 * Returns: (transfer none): the project file
 */
GFile *
glosa_project_get_file (GlosaProject *self)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);

  return self->file;
}

gboolean
glosa_project_is_read_only (GlosaProject *self)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), TRUE);

  return self->read_only;
}

/**
 * glosa_project_get_read_only_reason:
 *
 * Returns: (nullable): why the project is read-only though writing was
 *   asked for, as a sentence to show; %NULL otherwise
 */
const char *
glosa_project_get_read_only_reason (GlosaProject *self)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);

  return self->read_only_reason;
}

/**
 * glosa_project_get_corpus_path:
 *
 * Returns: (nullable) (type filename): the corpus the project was last
 *   refreshed from
 */
const char *
glosa_project_get_corpus_path (GlosaProject *self)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);

  return self->corpus_path;
}

/**
 * glosa_project_get_author:
 *
 * Returns: the name new annotations are signed with: the one set, or else
 *   the user's real name, or else the login name
 */
const char *
glosa_project_get_author (GlosaProject *self)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);

  if (self->author == NULL)
    {
      const char *real = g_get_real_name ();

      /* GLib says "Unknown" when the system does not know. */
      if (real == NULL || *real == '\0' || g_str_equal (real, "Unknown"))
        real = g_get_user_name ();
      self->author = g_strdup (real);
    }
  return self->author;
}

/**
 * glosa_project_set_author:
 * @author: (nullable): a name, or %NULL for the user's own
 *
 * Sets who new annotations are by. It belongs to the person, not the
 * file, so it is not saved in the project: the app keeps it in its
 * settings.
 */
void
glosa_project_set_author (GlosaProject *self,
                          const char   *author)
{
  g_return_if_fail (GLOSA_IS_PROJECT (self));

  if (author != NULL && *author == '\0')
    author = NULL;
  if (author != NULL && g_strcmp0 (author, self->author) == 0)
    return;
  g_free (self->author);
  self->author = g_strdup (author);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}
