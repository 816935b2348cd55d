/* glosa-project-mentions.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-project-mentions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "glosa-error.h"
#include "glosa-project-private.h"

/* Mentions of every actor in every document, counted in a worker thread
 * and kept in the project (table mention_counts) for the codebook version
 * in meta 'mentions-codebook': reopening with the same codebook reads them
 * back, and after a refresh only the documents whose text changed are
 * counted again. The worker finds those from the documents_order index
 * (which holds each text's hash) without reading the texts of the others,
 * reads the stale ones a batch at a time through a connection of its own,
 * and commits each batch, so the window's connection is never blocked for
 * long and a cancelled count keeps what it did. */

#define BATCH 256

typedef struct
{
  char          *path;
  char          *version;
  gboolean       writable;
  GlosaDetector *detector;
  guint          n_actors;
  guint          counted;     /* documents counted now, not read back */
  GlosaProgressFunc progress;
  gpointer       progress_data;
} Job;

static void
job_free (Job *job)
{
  g_free (job->path);
  g_free (job->version);
  g_clear_object (&job->detector);
  g_free (job);
}

typedef struct
{
  GTask  *task;
  double  fraction;
} Progress;

static gboolean
report_progress_cb (gpointer user_data)
{
  Progress *progress = user_data;
  Job *job = g_task_get_task_data (progress->task);
  GCancellable *cancellable = g_task_get_cancellable (progress->task);

  if (!g_cancellable_is_cancelled (cancellable))
    job->progress (progress->fraction, job->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_free (Progress *progress)
{
  g_object_unref (progress->task);
  g_free (progress);
}

static void
report_progress (GTask  *task,
                 double  fraction)
{
  Job *job = g_task_get_task_data (task);
  Progress *progress;

  if (job->progress == NULL)
    return;
  progress = g_new0 (Progress, 1);
  progress->task = g_object_ref (task);
  progress->fraction = fraction;
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT, report_progress_cb,
                              progress, (GDestroyNotify) progress_free);
}

static gboolean
db_error (sqlite3  *db,
          GError  **error)
{
  g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_FAILED, _("Could not count mentions in the project: %s"),
               sqlite3_errmsg (db));
  return FALSE;
}

static gboolean
db_exec (sqlite3     *db,
         const char  *sql,
         GError     **error)
{
  return sqlite3_exec (db, sql, NULL, NULL, NULL) == SQLITE_OK || db_error (db, error);
}

/* Ends the transaction after an error already reported. */
static gboolean
rollback (sqlite3      *db,
          sqlite3_stmt *stmt)
{
  sqlite3_finalize (stmt);
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

static gboolean
db_fail (sqlite3       *db,
         sqlite3_stmt  *stmt,
         GError       **error)
{
  db_error (db, error);
  return rollback (db, stmt);
}

/* Whether the cache holds counts made with the job's codebook. */
static gboolean
cache_is_ours (Job      *job,
               sqlite3  *db,
               gboolean *ours,
               GError  **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT value FROM meta WHERE key = 'mentions-codebook'", -1, &stmt,
                          NULL) != SQLITE_OK)
    return db_error (db, error);
  *ours = sqlite3_step (stmt) == SQLITE_ROW
          && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), job->version) == 0;
  sqlite3_finalize (stmt);
  return TRUE;
}

/* Empties the cache when it was counted with another codebook. */
static gboolean
claim_cache (Job      *job,
             sqlite3  *db,
             gboolean *valid,
             GError  **error)
{
  sqlite3_stmt *stmt = NULL;

  if (!cache_is_ours (job, db, valid, error))
    return FALSE;
  if (*valid || !job->writable)
    return TRUE;

  if (!db_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (sqlite3_prepare_v2 (db, "INSERT OR REPLACE INTO meta (key, value) "
                              "VALUES ('mentions-codebook', ?)", -1, &stmt, NULL) != SQLITE_OK)
    return db_fail (db, stmt, error);
  sqlite3_bind_text (stmt, 1, job->version, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE
      || sqlite3_exec (db, "DELETE FROM mention_counts", NULL, NULL, NULL) != SQLITE_OK)
    return db_fail (db, stmt, error);
  sqlite3_finalize (stmt);
  *valid = TRUE;
  return db_exec (db, "COMMIT", error);
}

/* The documents without counts for their text, from the index alone. */
static GArray *
stale_documents (sqlite3  *db,
                 gboolean  valid,
                 GError  **error)
{
  g_autoptr(GArray) nums = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *sql = valid ? "SELECT d.num FROM documents d INDEXED BY documents_order "
                            "LEFT JOIN mention_counts m ON m.document = d.num AND m.hash = d.hash "
                            "WHERE m.document IS NULL"
                          : "SELECT d.num FROM documents d INDEXED BY documents_order";
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      db_error (db, error);
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 num = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (nums, num);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      db_error (db, error);
      return NULL;
    }
  return g_steal_pointer (&nums);
}

/* Counts @n documents from @nums and writes their counts, in one
 * transaction, or into @fresh for a project that cannot be written. */
static gboolean
count_batch (Job           *job,
             sqlite3       *db,
             const gint64  *nums,
             guint          n,
             GHashTable    *fresh,
             GError       **error)
{
  sqlite3_stmt *read = NULL;
  sqlite3_stmt *write = NULL;
  gboolean ours = TRUE;

  if (sqlite3_prepare_v2 (db, "SELECT hash, text FROM documents WHERE num = ?", -1, &read,
                          NULL) != SQLITE_OK)
    return db_error (db, error);
  /* A count with a newer codebook may have claimed the cache meanwhile:
   * these counts would then be read as its own, and not fit. */
  if (job->writable)
    {
      if (!db_exec (db, "BEGIN IMMEDIATE", error) || !cache_is_ours (job, db, &ours, error))
        return rollback (db, read);
      if (!ours)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The codebook changed while mentions were counted"));
          return rollback (db, read);
        }
      if (sqlite3_prepare_v2 (db, "INSERT OR REPLACE INTO mention_counts (document, hash, counts)"
                                  " VALUES (?, ?, ?)", -1, &write, NULL) != SQLITE_OK)
        {
          sqlite3_finalize (read);
          return db_fail (db, write, error);
        }
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GBytes) packed = NULL;
      const char *text;
      gconstpointer data;
      gsize size;

      sqlite3_bind_int64 (read, 1, nums[i]);
      if (sqlite3_step (read) != SQLITE_ROW)
        {
          sqlite3_reset (read);
          continue;
        }
      text = (const char *) sqlite3_column_text (read, 1);
      packed = glosa_corpus_mentions_pack_text (job->detector, text ? text : "");
      data = g_bytes_get_data (packed, &size);
      if (write == NULL)
        g_hash_table_insert (fresh, g_memdup2 (&nums[i], sizeof nums[i]), g_bytes_ref (packed));
      else
        {
          sqlite3_bind_int64 (write, 1, nums[i]);
          sqlite3_bind_text (write, 2, (const char *) sqlite3_column_text (read, 0), -1,
                             SQLITE_TRANSIENT);
          /* A zero-length blob, not NULL, for a document without mentions. */
          sqlite3_bind_blob (write, 3, size > 0 ? data : "", size, SQLITE_STATIC);
          if (sqlite3_step (write) != SQLITE_DONE)
            {
              sqlite3_finalize (read);
              return db_fail (db, write, error);
            }
          sqlite3_reset (write);
        }
      sqlite3_reset (read);
    }
  sqlite3_finalize (read);
  sqlite3_finalize (write);
  return write == NULL || db_exec (db, "COMMIT", error);
}

/* Every document's counts, in the order of glosa_project_get_documents(). */
static GlosaCorpusMentions *
read_counts (Job         *job,
             sqlite3     *db,
             GHashTable  *fresh,
             GError     **error)
{
  g_autoptr(GlosaCorpusMentions) mentions = glosa_corpus_mentions_new_sized (job->n_actors);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, "SELECT d.num, m.counts FROM documents d INDEXED BY documents_order "
                              "LEFT JOIN mention_counts m ON m.document = d.num AND m.hash = d.hash "
                              "ORDER BY d.missing, d.position, d.num", -1, &stmt, NULL) != SQLITE_OK)
    {
      db_error (db, error);
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 num = sqlite3_column_int64 (stmt, 0);
      GBytes *packed = g_hash_table_lookup (fresh, &num);
      gconstpointer data = packed ? g_bytes_get_data (packed, NULL) : sqlite3_column_blob (stmt, 1);
      gsize size = packed ? g_bytes_get_size (packed) : (gsize) sqlite3_column_bytes (stmt, 1);

      if (!glosa_corpus_mentions_add_packed (mentions, data, size))
        g_warning ("Ignoring damaged mention counts of document %" G_GINT64_FORMAT, num);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      db_error (db, error);
      return NULL;
    }
  return g_steal_pointer (&mentions);
}

static GlosaCorpusMentions *
count (Job           *job,
       GTask         *task,
       sqlite3       *db,
       GCancellable  *cancellable,
       GError       **error)
{
  g_autoptr(GHashTable) fresh = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       (GDestroyNotify) g_bytes_unref);
  g_autoptr(GArray) stale = NULL;
  gboolean valid = FALSE;

  if (!claim_cache (job, db, &valid, error) || (stale = stale_documents (db, valid, error)) == NULL)
    return NULL;
  for (guint i = 0; i < stale->len; i += BATCH)
    {
      guint n = MIN (BATCH, stale->len - i);

      if (g_cancellable_set_error_if_cancelled (cancellable, error)
          || !count_batch (job, db, &g_array_index (stale, gint64, i), n, fresh, error))
        return NULL;
      job->counted += n;
      report_progress (task, (double) job->counted / stale->len);
    }
  return read_counts (job, db, fresh, error);
}

static void
count_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  GlosaCorpusMentions *mentions = NULL;
  sqlite3 *db = NULL;
  int flags = job->writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;

  if (sqlite3_open_v2 (job->path, &db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    db_error (db, &error);
  else
    {
      sqlite3_busy_timeout (db, 5000);
      mentions = count (job, task, db, cancellable, &error);
    }
  sqlite3_close (db);
  if (mentions == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, mentions, g_object_unref);
}

/**
 * glosa_project_count_mentions_async:
 * @detector: finds the actors, with the codebook in use
 * @cancellable: (nullable): stops the count; what was counted is kept
 * @progress: (nullable) (scope notified): told the fraction done, in this
 *   thread, unless @cancellable was cancelled
 * @progress_data: data for @progress; it must live as long as the call
 *
 * Counts every actor's mentions in every document, in a worker thread,
 * reading the counts kept from before for the same codebook and counting
 * only the documents that have none.
 */
void
glosa_project_count_mentions_async (GlosaProject        *self,
                                    GlosaDetector       *detector,
                                    GCancellable        *cancellable,
                                    GlosaProgressFunc    progress,
                                    gpointer             progress_data,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (GLOSA_IS_PROJECT (self));
  g_return_if_fail (GLOSA_IS_DETECTOR (detector));

  job = g_new0 (Job, 1);
  job->path = g_strdup (self->path);
  job->version = glosa_corpus_mentions_codebook_version (glosa_detector_get_codebook (detector));
  job->writable = !self->read_only;
  job->detector = g_object_ref (detector);
  job->n_actors = glosa_codebook_get_n_actors (glosa_detector_get_codebook (detector));
  job->progress = progress;
  job->progress_data = progress_data;
  /* Not the project as source: a task keeps its source alive, and the
   * project's lock with it, until the callback has run. */
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, glosa_project_count_mentions_async);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, count_thread);
}

/**
 * glosa_project_count_mentions_finish:
 * @self: the project the count was started on
 * @n_counted: (out) (optional): how many documents were counted now,
 *   rather than read from the project
 *
 * Returns: (transfer full): the counts, by position in
 *   glosa_project_get_documents(), or %NULL on error
 */
GlosaCorpusMentions *
glosa_project_count_mentions_finish (GlosaProject  *self,
                                     GAsyncResult  *result,
                                     guint         *n_counted,
                                     GError       **error)
{
  GlosaCorpusMentions *mentions;

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == glosa_project_count_mentions_async,
                        NULL);

  if ((mentions = g_task_propagate_pointer (G_TASK (result), error)) == NULL)
    return NULL;
  if (n_counted != NULL)
    *n_counted = ((Job *) g_task_get_task_data (G_TASK (result)))->counted;
  /* A refresh since changed the documents: the owner counts again. */
  if (glosa_corpus_mentions_get_n_documents (mentions)
      != g_list_model_get_n_items (glosa_project_get_documents (self)))
    g_debug ("Mention counts of %u documents for %u", glosa_corpus_mentions_get_n_documents (mentions),
             g_list_model_get_n_items (glosa_project_get_documents (self)));
  return mentions;
}
