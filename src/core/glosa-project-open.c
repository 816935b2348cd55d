/* glosa-project-open.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-project-open"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "glosa-error.h"
#include "glosa-project-private.h"

/* Opening, creating and saving projects: the writer's lock, the registry
 * that gives a second window of this process the same project, and where
 * a corpus's project lives.
 *
 * One writer at a time: the writer holds an flock() on "<file>.lock"
 * (advisory, released by the kernel even when the process is killed);
 * whoever comes second, another process or a READ_ONLY open, reads only
 * and is told why. The lock file is unlinked on close. */

/* How long a statement waits for another connection's lock. Readers never
 * block the writer in WAL mode, so this only covers a checkpoint. */
#define BUSY_TIMEOUT_MS 5000

static char *
display_name (const char *path)
{
  return g_filename_display_name (path);
}

/* Open writable projects of this process, by path; values are borrowed and
 * removed in finalize. */
static GHashTable *registry;
G_LOCK_DEFINE_STATIC (registry);

static char *
lock_path_for (const char *path)
{
  return g_strconcat (path, ".lock", NULL);
}

/* Takes the writer's lock on "<path>.lock", or returns -1 with errno set
 * (EWOULDBLOCK: someone else has it). The file is unlinked on release, so
 * a lock taken on a file that was unlinked meanwhile is retried. */
static int
take_lock (const char *path)
{
  g_autofree char *lock_path = lock_path_for (path);

  for (;;)
    {
      struct stat held, named;
      int fd = g_open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
      int saved;

      if (fd < 0)
        return -1;
      if (flock (fd, LOCK_EX | LOCK_NB) < 0)
        {
          saved = errno;
          close (fd);
          errno = saved;
          return -1;
        }
      if (fstat (fd, &held) == 0 && g_stat (lock_path, &named) == 0
          && held.st_dev == named.st_dev && held.st_ino == named.st_ino)
        return fd;
      close (fd);
    }
}

void
glosa_project_release_lock (GlosaProject *self)
{
  g_autofree char *lock_path = NULL;

  if (self->lock_fd < 0)
    return;
  lock_path = lock_path_for (self->path);
  g_unlink (lock_path);
  close (self->lock_fd);
  self->lock_fd = -1;
}

/* Removes the -wal and -shm of @path, before a new file is renamed to it:
 * SQLite would read them as the new file's. */
void
glosa_project_remove_side_files (const char *path)
{
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *side = g_strconcat (path, i == 0 ? "-wal" : "-shm", NULL);

      g_unlink (side);
    }
}

void
glosa_project_registry_remove (GlosaProject *self)
{
  G_LOCK (registry);
  if (registry != NULL && self->path != NULL && g_hash_table_lookup (registry, self->path) == self)
    g_hash_table_remove (registry, self->path);
  G_UNLOCK (registry);
}

static void
registry_add (GlosaProject *self)
{
  G_LOCK (registry);
  if (registry == NULL)
    registry = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_replace (registry, g_strdup (self->path), self);
  G_UNLOCK (registry);
}

static GlosaProject *
registry_lookup (const char *path)
{
  GlosaProject *found = NULL;

  G_LOCK (registry);
  if (registry != NULL)
    found = g_hash_table_lookup (registry, path);
  if (found != NULL)
    g_object_ref (found);
  G_UNLOCK (registry);
  return found;
}


/**
 * glosa_project_get_default_path:
 * @corpus: a corpus folder or file
 *
 * Where the project of @corpus lives unless the user saved it elsewhere:
 * the user data folder, glosa/projects/, named after the SHA-256 of the
 * corpus's absolute path.
 *
 * Returns: (transfer full) (type filename): the path
 */
char *
glosa_project_get_default_path (GFile *corpus)
{
  g_autofree char *key = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (corpus), NULL);

  key = g_file_get_path (corpus);
  if (key == NULL)
    key = g_file_get_uri (corpus);
  digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);
  name = g_strdup_printf ("%.16s%s", digest, GLOSA_PROJECT_SUFFIX);
  return g_build_filename (g_get_user_data_dir (), "glosa", "projects", name, NULL);
}

/* Opens the connection and brings the file to the current schema; the
 * checks of glosa_project_inspect() have passed, and the lock is decided. */
static gboolean
connect (GlosaProject  *self,
         gboolean       create,
         GError       **error)
{
  int flags = self->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;

  if (create)
    flags |= SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2 (self->path, &self->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    return glosa_project_sql_error (self, error);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  if (!glosa_project_configure (self, error) || !glosa_project_migrate (self, error))
    return FALSE;
  if (!self->read_only && !glosa_project_start_session (self, error))
    return FALSE;
  /* A first build has set it already, in the file it built. */
  g_free (self->corpus_path);
  self->corpus_path = glosa_project_dup_meta (self, "corpus");
  return glosa_project_store_load (self, error) && glosa_project_load_undo_state (self, error);
}

/* Brings a writable project up to date with @corpus, if there is one. */
static GlosaProject *
refreshed (GlosaProject       *self,
           GlosaCorpus        *corpus,
           GlosaRefreshStats  *stats,
           GError            **error)
{
  g_autoptr(GlosaProject) project = self;

  if (corpus != NULL && !project->read_only
      && !glosa_project_refresh (project, corpus, stats, error))
    return NULL;
  return g_steal_pointer (&project);
}

/* @shared: whether to take an object this process already has open for
 * writing, and to register the new one. @corpus: (nullable): what to fill
 * a new project with, or refresh an existing writable one from, into
 * @stats. */
static GlosaProject *
open_project (GFile                  *file,
              GlosaProjectOpenFlags   flags,
              gboolean                shared,
              GlosaCorpus            *corpus,
              GlosaRefreshStats      *stats,
              GError                **error)
{
  g_autoptr(GlosaProject) self = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  GlosaRefreshStats local;
  gboolean exists;
  gboolean built = FALSE;

  if (stats == NULL)
    stats = &local;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_UNSUPPORTED,
                   _("“%s” is not a local file; projects must be on this computer."), uri);
      return NULL;
    }
  name = display_name (path);

  if (shared && !(flags & GLOSA_PROJECT_OPEN_READ_ONLY) && (self = registry_lookup (path)) != NULL)
    return refreshed (g_steal_pointer (&self), corpus, stats, error);

  exists = g_file_test (path, G_FILE_TEST_EXISTS);
  if (!exists && (!(flags & GLOSA_PROJECT_OPEN_CREATE) || (flags & GLOSA_PROJECT_OPEN_READ_ONLY)))
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_NOT_FOUND, _("There is no project “%s”."), name);
      return NULL;
    }
  /* Before anything, even a lock file, is written beside it. */
  if (exists && !glosa_project_inspect (path, flags & GLOSA_PROJECT_OPEN_CREATE, error))
    return NULL;

  self = g_object_new (GLOSA_TYPE_PROJECT, NULL);
  self->path = g_steal_pointer (&path);
  self->file = g_file_new_for_path (self->path);

  if (flags & GLOSA_PROJECT_OPEN_READ_ONLY)
    self->read_only = TRUE;
  else
    {
      g_autofree char *dir = g_path_get_dirname (self->path);

      if (!exists && g_mkdir_with_parents (dir, 0755) < 0)
        {
          int saved = errno;

          g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_FAILED,
                       _("Could not create the project “%s”: %s"),
                       name, g_strerror (saved));
          return NULL;
        }
      self->lock_fd = take_lock (self->path);
      if (self->lock_fd < 0)
        {
          int saved = errno;

          if (!exists)
            {
              g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_FAILED,
                           _("Could not create the project “%s”: %s"), name, g_strerror (saved));
              return NULL;
            }
          self->read_only = TRUE;
          if (saved == EWOULDBLOCK)
            self->read_only_reason =
              g_strdup_printf (_("“%s” is open in another window or program, so it was opened "
                                 "read-only. Close it there to make changes here."), name);
          else
            self->read_only_reason =
              g_strdup_printf (_("“%s” cannot be written (%s), so it was opened read-only."),
                               name, g_strerror (saved));
        }
      /* Someone may have created it between the test and the lock. */
      else if (!exists && g_file_test (self->path, G_FILE_TEST_EXISTS))
        {
          exists = TRUE;
          if (!glosa_project_inspect (self->path, TRUE, error))
            return NULL;
        }
      else if (!exists && corpus != NULL)
        {
          if (!glosa_project_build (self, corpus, stats, error))
            return NULL;
          exists = built = TRUE;
        }
    }

  if (!connect (self, !exists, error))
    {
      /* A file this call created and could not finish is not a project. */
      g_clear_pointer (&self->db, sqlite3_close);
      if (!exists)
        g_unlink (self->path);
      return NULL;
    }
  if (!built && (self = refreshed (g_steal_pointer (&self), corpus, stats, error)) == NULL)
    return NULL;
  if (shared && !(flags & GLOSA_PROJECT_OPEN_READ_ONLY))
    registry_add (self);
  return g_steal_pointer (&self);
}

/**
 * glosa_project_open:
 * @file: a .glosa file
 * @flags: whether to create it, and whether to only read
 * @error: return location for a #GLOSA_ERROR
 *
 * Opens a project. A file that is not a Glosa project, comes from a newer
 * Glosa, or is damaged is refused (#GLOSA_ERROR_DAMAGED or
 * #GLOSA_ERROR_UNSUPPORTED) before anything is written to it.
 *
 * When another process has the project open for writing, this one opens it
 * read-only: glosa_project_is_read_only() says so and
 * glosa_project_get_read_only_reason() says why, for a message. Opening a
 * file this process already has open for writing returns that object.
 *
 * Blocks on disk: fine for the CLI and tests; a window uses
 * glosa_project_open_async().
 *
 * Returns: (transfer full): the project, or %NULL on error
 */
GlosaProject *
glosa_project_open (GFile                  *file,
                    GlosaProjectOpenFlags   flags,
                    GError                **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return open_project (file, flags, TRUE, NULL, NULL, error);
}

/**
 * glosa_project_open_for_corpus:
 * @corpus: a loaded corpus
 * @file: (nullable): the project file, or %NULL for the corpus's default
 *   one (glosa_project_get_default_path())
 * @stats: (out caller-allocates) (optional): what the refresh did
 * @error: return location for a #GError
 *
 * Opens the project of @corpus, creating it the first time, and brings it
 * up to date with the files (glosa_project_refresh()). A project that is
 * only readable is returned as it is, without a refresh.
 *
 * Returns: (transfer full): the project, or %NULL on error
 */
GlosaProject *
glosa_project_open_for_corpus (GlosaCorpus        *corpus,
                               GFile              *file,
                               GlosaRefreshStats  *stats,
                               GError            **error)
{
  g_autoptr(GFile) default_file = NULL;

  g_return_val_if_fail (GLOSA_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (stats != NULL)
    *stats = (GlosaRefreshStats) { 0 };
  if (file == NULL)
    {
      g_autofree char *path = glosa_project_get_default_path (glosa_corpus_get_root (corpus));

      file = default_file = g_file_new_for_path (path);
    }
  return open_project (file, GLOSA_PROJECT_OPEN_CREATE, TRUE, corpus, stats, error);
}

typedef struct
{
  GlosaCorpus           *corpus;
  GFile                 *file;
  GlosaProjectOpenFlags  flags;
  GlosaRefreshStats      stats;
} OpenTask;

static void
open_task_free (OpenTask *data)
{
  g_clear_object (&data->corpus);
  g_clear_object (&data->file);
  g_free (data);
}

/* The new object is not shared with anything until it is complete, so
 * building it in a worker thread is safe; it is registered last. */
static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenTask *data = task_data;
  g_autoptr(GlosaProject) project = NULL;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  project = open_project (data->file, data->flags, FALSE, data->corpus, &data->stats, &error);
  if (project == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (!(data->flags & GLOSA_PROJECT_OPEN_READ_ONLY))
    registry_add (project);
  g_task_return_pointer (task, g_steal_pointer (&project), g_object_unref);
}

static void
start_open (GlosaCorpus            *corpus,
            GFile                  *file,
            GlosaProjectOpenFlags   flags,
            GCancellable           *cancellable,
            GAsyncReadyCallback     callback,
            gpointer                user_data,
            gpointer                source_tag)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  g_autoptr(GlosaProject) existing = NULL;
  g_autofree char *path = g_file_get_path (file);
  OpenTask *data = g_new0 (OpenTask, 1);
  GError *error = NULL;

  g_task_set_source_tag (task, source_tag);
  data->corpus = corpus ? g_object_ref (corpus) : NULL;
  data->file = g_object_ref (file);
  data->flags = flags;
  g_task_set_task_data (task, data, (GDestroyNotify) open_task_free);

  /* A project this process has open lives in this thread: refresh it here. */
  if (path != NULL && !(flags & GLOSA_PROJECT_OPEN_READ_ONLY)
      && (existing = registry_lookup (path)) != NULL)
    {
      if (corpus != NULL && !existing->read_only
          && !glosa_project_refresh (existing, corpus, &data->stats, &error))
        g_task_return_error (task, error);
      else
        g_task_return_pointer (task, g_steal_pointer (&existing), g_object_unref);
      return;
    }
  g_task_run_in_thread (task, open_thread);
}

/**
 * glosa_project_open_async:
 * @file: a .glosa file
 * @flags: whether to create it, and whether to only read
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the project is open
 * @user_data: data for @callback
 *
 * glosa_project_open() in a worker thread.
 */
void
glosa_project_open_async (GFile                  *file,
                          GlosaProjectOpenFlags   flags,
                          GCancellable           *cancellable,
                          GAsyncReadyCallback     callback,
                          gpointer                user_data)
{
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  start_open (NULL, file, flags, cancellable, callback, user_data, glosa_project_open_async);
}

/**
 * glosa_project_open_finish:
 *
 * Returns: (transfer full): the project, or %NULL on error
 */
GlosaProject *
glosa_project_open_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == glosa_project_open_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * glosa_project_open_for_corpus_async:
 * @corpus: a loaded corpus; its documents are read from the worker thread
 * @file: (nullable): the project file, or %NULL for the corpus's default
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the project is open and up to date
 * @user_data: data for @callback
 *
 * glosa_project_open_for_corpus() in a worker thread, the way a window
 * opens a corpus: the first time the project is created, later it is
 * refreshed.
 */
void
glosa_project_open_for_corpus_async (GlosaCorpus         *corpus,
                                     GFile               *file,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GFile) default_file = NULL;

  g_return_if_fail (GLOSA_IS_CORPUS (corpus));
  g_return_if_fail (file == NULL || G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  if (file == NULL)
    {
      g_autofree char *path = glosa_project_get_default_path (glosa_corpus_get_root (corpus));

      file = default_file = g_file_new_for_path (path);
    }
  start_open (corpus, file, GLOSA_PROJECT_OPEN_CREATE, cancellable, callback, user_data,
              glosa_project_open_for_corpus_async);
}

/**
 * glosa_project_open_for_corpus_finish:
 * @stats: (out caller-allocates) (optional): what the refresh did
 *
 * Returns: (transfer full): the project, or %NULL on error
 */
GlosaProject *
glosa_project_open_for_corpus_finish (GAsyncResult       *result,
                                      GlosaRefreshStats  *stats,
                                      GError            **error)
{
  OpenTask *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                        == glosa_project_open_for_corpus_async, NULL);

  data = g_task_get_task_data (G_TASK (result));
  if (stats != NULL)
    *stats = data->stats;
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * glosa_project_save_as:
 * @file: where to save a copy
 * @error: return location for a #GError
 *
 * Copies the project to @file with SQLite's backup API (a consistent
 * snapshot, journal included) and continues in the copy: from now on this
 * object reads and writes @file, which it has locked. The copy is written
 * beside @file and renamed over it, so @file is either the old file or the
 * complete copy. Works on a read-only project too: the copy is writable.
 *
 * Returns: %TRUE on success
 */
gboolean
glosa_project_save_as (GlosaProject  *self,
                       GFile         *file,
                       GError       **error)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *old_path = NULL;
  g_autoptr(GlosaProject) other = NULL;
  sqlite3 *copy = NULL;
  sqlite3 *db = NULL;
  sqlite3_backup *backup;
  gboolean was_read_only;
  int lock_fd = -1;
  int rc;

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_UNSUPPORTED,
                   _("Projects can only be saved on this computer."));
      return FALSE;
    }
  name = display_name (path);
  if (g_str_equal (path, self->path))
    return TRUE;
  if ((other = registry_lookup (path)) != NULL || (lock_fd = take_lock (path)) < 0)
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_EXISTS,
                   _("“%s” is open in another window or program; choose another name."), name);
      return FALSE;
    }

  tmp_path = g_strdup_printf ("%s.tmp-%d", path, (int) getpid ());
  g_unlink (tmp_path);
  rc = sqlite3_open_v2 (tmp_path, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (copy, "main", self->db, "main");
      if (backup != NULL)
        {
          sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
        }
      rc = sqlite3_errcode (copy);
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (copy, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
    }
  if (rc != SQLITE_OK)
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_FAILED,
                   _("Could not save the project as “%s”: %s"),
                   name, copy ? sqlite3_errmsg (copy) : sqlite3_errstr (rc));
      sqlite3_close (copy);
      g_unlink (tmp_path);
      close (lock_fd);
      return FALSE;
    }
  /* Closing the last connection checkpoints and removes the -wal. */
  sqlite3_close (copy);

  /* Leftovers of a file we replace would be read as part of the copy. */
  glosa_project_remove_side_files (path);
  if (g_rename (tmp_path, path) < 0)
    {
      int saved = errno;

      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_FAILED,
                   _("Could not save the project as “%s”: %s"),
                   name, g_strerror (saved));
      g_unlink (tmp_path);
      close (lock_fd);
      return FALSE;
    }

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_FAILED,
                   _("Could not open the saved project “%s”: %s"),
                   name, sqlite3_errmsg (db));
      sqlite3_close (db);
      close (lock_fd);
      return FALSE;
    }

  /* Continue in the copy. */
  glosa_project_registry_remove (self);
  sqlite3_close (self->db);
  glosa_project_release_lock (self);
  self->db = db;
  self->lock_fd = lock_fd;
  old_path = g_steal_pointer (&self->path);
  self->path = g_steal_pointer (&path);
  g_set_object (&self->file, file);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  was_read_only = self->read_only;
  self->read_only = FALSE;
  g_clear_pointer (&self->read_only_reason, g_free);
  registry_add (self);
  glosa_project_notify_location (self);
  g_debug ("Continuing in %s, saved from %s", self->path, old_path);

  /* A project that was only read had no session and offered no undo. */
  return glosa_project_configure (self, error)
         && (!was_read_only || glosa_project_start_session (self, error))
         && glosa_project_load_undo_state (self, error);
}

