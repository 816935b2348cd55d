/* glosa-project-build.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-project-build"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "glosa-error.h"
#include "glosa-project-private.h"

/* The first filling of a new project, a corpus's every text and their
 * full-text index: hundreds of megabytes for a large corpus. It is written
 * to "<file>.new" without a journal, fsynced and renamed into place, so a
 * crash leaves either no project or a whole one, and the texts are written
 * once instead of through the WAL and again by its checkpoint. The FTS
 * index is built in one pass after the rows (its triggers are off on this
 * connection) and documents_order after them, as a sort instead of row by
 * row. The finished file has the schema the migrations make, and is in
 * WAL mode already: switching an existing file would go through a
 * rollback journal, and a kill then would leave a hot journal that only
 * a writable open can roll back. */

static const char build_pragmas[] =
  "PRAGMA journal_mode = OFF;"
  "PRAGMA synchronous = OFF;"
  "PRAGMA locking_mode = EXCLUSIVE;"
  "PRAGMA temp_store = MEMORY;"
  /* 64 MiB, enough to keep FTS5's segment merges off the disk. */
  "PRAGMA cache_size = -65536;";

static gboolean
io_error (const char  *path,
          int          saved,
          GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_FAILED,
               _("Could not create the project “%s”: %s"), name, g_strerror (saved));
  return FALSE;
}

/* Until fsync returns, the file's pages may be only in memory: the rename
 * must not make a file the disk does not hold yet. */
static gboolean
sync_path (const char  *path,
           const char  *name_for_errors,
           GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  int saved;

  if (fd >= 0 && fsync (fd) == 0)
    {
      close (fd);
      return TRUE;
    }
  saved = errno;
  if (fd >= 0)
    close (fd);
  return io_error (name_for_errors, saved, error);
}

/* @path and the -wal and -shm its WAL mode makes while it is open. */
static void
remove_files (const char *path)
{
  g_unlink (path);
  glosa_project_remove_side_files (path);
}

/* The SQL that created the index @name, to make it again as it was. */
static char *
dup_index_sql (GlosaProject  *self,
               const char    *name,
               GError       **error)
{
  sqlite3_stmt *stmt = glosa_project_prepare (self, "SELECT sql FROM sqlite_master "
                                                    "WHERE type = 'index' AND name = ?", error);
  char *sql = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    sql = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else
    glosa_project_sql_error (self, error);
  sqlite3_finalize (stmt);
  return sql;
}

/* Fills the file open in self->db: the schema, the rows, then the indexes. */
static gboolean
fill (GlosaProject       *self,
      GlosaCorpus        *corpus,
      GlosaRefreshStats  *stats,
      GError            **error)
{
  g_autofree char *order_sql = NULL;

  if (!glosa_project_exec (self, build_pragmas, error)
      || !glosa_project_migrate (self, error)
      || (order_sql = dup_index_sql (self, "documents_order", error)) == NULL)
    return FALSE;
  if (sqlite3_db_config (self->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL) != SQLITE_OK)
    return glosa_project_sql_error (self, error);

  if (!glosa_project_begin (self, error))
    return FALSE;
  if (!glosa_project_exec (self, "DROP INDEX documents_order", error)
      || !glosa_project_write_corpus (self, corpus, stats, error)
      || !glosa_project_exec (self, "INSERT INTO search (search) VALUES ('rebuild')", error)
      || !glosa_project_exec (self, order_sql, error)
      || !glosa_project_commit (self, error))
    {
      glosa_project_rollback (self);
      return FALSE;
    }
  return glosa_project_configure (self, error);
}

/**
 * glosa_project_build:
 * @self: a project whose file does not exist yet, its lock taken, not
 *   connected
 * @corpus: the corpus to fill it with
 * @stats: (out caller-allocates): what was added
 *
 * Creates self->path filled with @corpus, as glosa_project_migrate() and
 * glosa_project_refresh() would, or leaves no file at all. The caller then
 * opens it as an existing project.
 *
 * Returns: %TRUE on success
 */
gboolean
glosa_project_build (GlosaProject       *self,
                     GlosaCorpus        *corpus,
                     GlosaRefreshStats  *stats,
                     GError            **error)
{
  g_autofree char *tmp_path = g_strconcat (self->path, ".new", NULL);
  g_autofree char *dir = g_path_get_dirname (self->path);
  gboolean ok;

  g_assert (self->db == NULL && self->lock_fd >= 0);

  *stats = (GlosaRefreshStats) { 0 };

  /* A build cut short before left these; the lock says no one is at it. */
  remove_files (tmp_path);
  if (sqlite3_open_v2 (tmp_path, &self->db,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                       NULL) != SQLITE_OK)
    ok = glosa_project_sql_error (self, error);
  else
    ok = fill (self, corpus, stats, error);
  /* Every statement was finalized: this closes now. */
  g_clear_pointer (&self->db, sqlite3_close_v2);

  ok = ok && sync_path (tmp_path, self->path, error);
  /* A project deleted without its -wal left one. */
  if (ok)
    glosa_project_remove_side_files (self->path);
  if (ok && g_rename (tmp_path, self->path) < 0)
    ok = io_error (self->path, errno, error);
  /* The rename itself lives in the folder. */
  ok = ok && sync_path (dir, self->path, error);
  if (!ok)
    remove_files (tmp_path);
  return ok;
}
