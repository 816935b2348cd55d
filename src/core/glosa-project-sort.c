/* glosa-project-sort.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-project-sort"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "glosa-error.h"
#include "glosa-project-private.h"

/* The documents in another order, decided by one query that reads a single
 * column, so a list of 100,000 articles is sorted without building any of
 * them. The keys are those GtkStringSorter compares (its ignore-case
 * default): g_utf8_collate_key() of the case-folded string, so the order
 * follows the user's locale as before ("é" beside "e" where the locale says
 * so) rather than SQLite's ASCII-only NOCASE. Missing values sort last, as
 * GtkStringSorter put them; ties keep the documents' own order. The query
 * can run in a worker thread on a connection of its own (a title sort of
 * 100,000 articles computes 100,000 keys), leaving the window's thread free. */

#define MAX_KEYS 8192

/* SQL glosa_sort_key(text): the collation key as a blob, computed once a
 * row, and once a value for the values that repeat (sources, dates): the
 * sort then compares bytes. NULL for no text. */
static void
sort_key_func (sqlite3_context  *context,
               int               argc,
               sqlite3_value   **argv)
{
  GHashTable *keys = sqlite3_user_data (context);
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  char *key;

  g_assert (argc == 1);

  if (text == NULL || *text == '\0' || !g_utf8_validate (text, -1, NULL))
    {
      sqlite3_result_null (context);
      return;
    }
  if ((key = g_hash_table_lookup (keys, text)) == NULL)
    {
      g_autofree char *folded = g_utf8_casefold (text, -1);

      key = g_utf8_collate_key (folded, -1);
      /* Titles hardly repeat: remembering them all would only cost. */
      if (g_hash_table_size (keys) >= MAX_KEYS)
        {
          sqlite3_result_blob (context, key, strlen (key), g_free);
          return;
        }
      g_hash_table_insert (keys, g_strdup (text), key);
    }
  sqlite3_result_blob (context, key, strlen (key), SQLITE_TRANSIENT);
}

static const char *
order_column (GlosaDocumentOrder order)
{
  switch (order)
    {
    case GLOSA_DOCUMENT_ORDER_TITLE:
      return "title";
    case GLOSA_DOCUMENT_ORDER_DATE:
      return "date";
    case GLOSA_DOCUMENT_ORDER_SOURCE:
      return "source";
    case GLOSA_DOCUMENT_ORDER_NONE:
    default:
      return NULL;
    }
}

/* The row numbers of every document in the order of @column, on @db;
 * the function exists for this query alone, with its table of keys. */
static gboolean
query_order (sqlite3     *db,
             const char  *column,
             GArray      *nums,
             char       **message)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_create_function_v2 (db, "glosa_sort_key", 1,
                                  SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, keys,
                                  sort_key_func, NULL, NULL, NULL) != SQLITE_OK)
    {
      *message = g_utf8_make_valid (sqlite3_errmsg (db), -1);
      return FALSE;
    }
  /* Ties in the documents' own order (the store's: missing, position, num). */
  sql = g_strdup_printf ("SELECT num FROM documents ORDER BY glosa_sort_key(%s) NULLS LAST, "
                         "missing, position, num", column);
  if ((rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL)) == SQLITE_OK)
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        gint64 num = sqlite3_column_int64 (stmt, 0);

        g_array_append_val (nums, num);
      }
  if (rc != SQLITE_DONE)
    *message = g_utf8_make_valid (sqlite3_errmsg (db), -1);
  sqlite3_finalize (stmt);
  sqlite3_create_function_v2 (db, "glosa_sort_key", 1, SQLITE_UTF8, NULL, NULL, NULL, NULL, NULL);
  return rc == SQLITE_DONE;
}

static void
set_sort_error (GError     **error,
                const char  *path,
                const char  *message)
{
  g_autofree char *name = g_filename_display_basename (path);

  g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_FAILED,
               _("The articles of “%s” could not be sorted: %s"), name, message);
}

/* Row numbers to positions in the project's list, which must hold the
 * same documents. */
static GArray *
positions_of_nums (GlosaProject  *self,
                   GArray        *nums,
                   GError       **error)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));
  g_autoptr(GArray) positions = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);

  for (guint i = 0; i < nums->len; i++)
    {
      guint position;

      if (!glosa_project_document_at_num (self, g_array_index (nums, gint64, i), &position))
        break;
      g_array_append_val (positions, position);
    }
  if (positions->len != n || nums->len != n)
    {
      set_sort_error (error, self->path, _("the articles changed meanwhile"));
      return NULL;
    }
  return g_steal_pointer (&positions);
}

/**
 * glosa_project_sort_documents:
 * @order: what to sort by
 * @error: return location for a #GError
 *
 * Sorts the documents of glosa_project_get_documents() by @order without
 * reading them.
 *
 * Returns: (transfer full) (element-type guint): for each place in the
 *   sorted list, the document's position in glosa_project_get_documents();
 *   %NULL on error
 */
GArray *
glosa_project_sort_documents (GlosaProject        *self,
                              GlosaDocumentOrder   order,
                              GError             **error)
{
  g_autoptr(GArray) nums = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *message = NULL;
  const char *column = order_column (order);

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (column == NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));
      GArray *positions = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);

      for (guint i = 0; i < n; i++)
        g_array_append_val (positions, i);
      return positions;
    }
  if (!query_order (self->db, column, nums, &message))
    {
      set_sort_error (error, self->path, message);
      return NULL;
    }
  return positions_of_nums (self, nums, error);
}

typedef struct
{
  char               *path;
  GlosaDocumentOrder  order;
} Job;

static void
job_free (Job *job)
{
  g_free (job->path);
  g_free (job);
}

static void
sort_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GArray) nums = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *message = NULL;
  GError *error = NULL;
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (job->path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL)
      != SQLITE_OK)
    message = g_utf8_make_valid (sqlite3_errmsg (db), -1);
  else
    {
      sqlite3_busy_timeout (db, 5000);
      query_order (db, order_column (job->order), nums, &message);
    }
  sqlite3_close (db);
  if (message != NULL)
    {
      set_sort_error (&error, job->path, message);
      g_task_return_error (task, error);
    }
  else
    g_task_return_pointer (task, g_steal_pointer (&nums), (GDestroyNotify) g_array_unref);
}

/**
 * glosa_project_sort_documents_async:
 * @order: what to sort by
 * @cancellable: (nullable): stops waiting for the sort
 *
 * Sorts as glosa_project_sort_documents() does, the query in a thread on
 * a connection of its own.
 */
void
glosa_project_sort_documents_async (GlosaProject        *self,
                                    GlosaDocumentOrder   order,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (GLOSA_IS_PROJECT (self));

  job = g_new0 (Job, 1);
  job->path = g_strdup (self->path);
  job->order = order;
  /* Not the project as source: a task keeps its source alive, and the
   * project's lock with it, until the callback has run. */
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, glosa_project_sort_documents_async);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  if (order_column (order) == NULL)
    g_task_return_pointer (task, NULL, NULL);
  else
    g_task_run_in_thread (task, sort_thread);
}

/**
 * glosa_project_sort_documents_finish:
 * @self: the project the sort was started on
 *
 * Returns: (transfer full) (element-type guint): as
 *   glosa_project_sort_documents(); %NULL on error, or when the documents
 *   changed since the sort began
 */
GArray *
glosa_project_sort_documents_finish (GlosaProject  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  g_autoptr(GArray) nums = NULL;
  g_autoptr(GError) failed = NULL;
  Job *job;

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                        == glosa_project_sort_documents_async, NULL);

  job = g_task_get_task_data (G_TASK (result));
  nums = g_task_propagate_pointer (G_TASK (result), &failed);
  if (failed != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&failed));
      return NULL;
    }
  if (nums == NULL)
    return glosa_project_sort_documents (self, job->order, error);
  return positions_of_nums (self, nums, error);
}
