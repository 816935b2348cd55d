/* glosa-search-index.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-search-index"

#include "config.h"

#include <string.h>
#include <sqlite3.h>
#include <glib/gi18n-lib.h>

#include "glosa-document.h"
#include "glosa-error.h"
#include "glosa-search-index.h"

/* Full-text search over titles and texts with SQLite FTS5: the unicode61
 * tokenizer folds case and accents, so "maria" finds "María". The index
 * is in memory for now; the project file will hold it (issue #5). */
struct _GlosaSearchIndex
{
  GObject  parent_instance;

  sqlite3 *db;
};

G_DEFINE_FINAL_TYPE (GlosaSearchIndex, glosa_search_index, G_TYPE_OBJECT)

/* Documents per transaction while building: big enough to amortise the
 * commit, small enough to notice a cancellation soon. */
#define BATCH 2000

static void
glosa_search_index_finalize (GObject *object)
{
  GlosaSearchIndex *self = (GlosaSearchIndex *) object;

  g_clear_pointer (&self->db, sqlite3_close);

  G_OBJECT_CLASS (glosa_search_index_parent_class)->finalize (object);
}

static void
glosa_search_index_class_init (GlosaSearchIndexClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = glosa_search_index_finalize;
}

static void
glosa_search_index_init (GlosaSearchIndex *self)
{
}

static gboolean
sql_error (sqlite3     *db,
           GError     **error)
{
  g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_FAILED, _("The search index failed: %s"),
               sqlite3_errmsg (db));
  return FALSE;
}

static gboolean
exec (sqlite3     *db,
      const char  *sql,
      GError     **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return sql_error (db, error);
  return TRUE;
}

/**
 * glosa_search_index_new:
 * @documents: a #GListModel of #GlosaDocument; row i of the index is item i
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Indexes the titles and texts, in the calling thread.
 *
 * Returns: (transfer full): the index, or %NULL
 */
GlosaSearchIndex *
glosa_search_index_new (GListModel    *documents,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GlosaSearchIndex) self = NULL;
  sqlite3_stmt *insert = NULL;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (documents), NULL);

  self = g_object_new (GLOSA_TYPE_SEARCH_INDEX, NULL);
  if (sqlite3_open_v2 (":memory:", &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      sql_error (self->db, error);
      return NULL;
    }
  if (!exec (self->db, "CREATE VIRTUAL TABLE search USING fts5 (title, text, "
                       "tokenize = 'unicode61 remove_diacritics 2')", error))
    return NULL;
  if (sqlite3_prepare_v2 (self->db, "INSERT INTO search (rowid, title, text) VALUES (?, ?, ?)", -1,
                          &insert, NULL) != SQLITE_OK)
    {
      sql_error (self->db, error);
      return NULL;
    }

  n = g_list_model_get_n_items (documents);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (documents, i);

      if (i % BATCH == 0)
        {
          if ((i > 0 && !exec (self->db, "COMMIT", error))
              || g_cancellable_set_error_if_cancelled (cancellable, error)
              || !exec (self->db, "BEGIN", error))
            goto fail;
        }
      sqlite3_bind_int64 (insert, 1, i);
      sqlite3_bind_text (insert, 2, glosa_document_get_title (document), -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 3, glosa_document_get_text (document), -1, SQLITE_STATIC);
      if (sqlite3_step (insert) != SQLITE_DONE)
        {
          sql_error (self->db, error);
          goto fail;
        }
      sqlite3_reset (insert);
    }
  if (n > 0 && !exec (self->db, "COMMIT", error))
    goto fail;
  sqlite3_finalize (insert);
  return g_steal_pointer (&self);

fail:
  sqlite3_finalize (insert);
  return NULL;
}

static void
build_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;
  GlosaSearchIndex *index = glosa_search_index_new (task_data, cancellable, &error);

  if (index == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, index, g_object_unref);
}

/**
 * glosa_search_index_new_async:
 *
 * Indexes @documents in a worker thread. The model must not change meanwhile.
 */
void
glosa_search_index_new_async (GListModel          *documents,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_LIST_MODEL (documents));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, glosa_search_index_new_async);
  g_task_set_task_data (task, g_object_ref (documents), g_object_unref);
  g_task_run_in_thread (task, build_thread);
}

GlosaSearchIndex *
glosa_search_index_new_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * glosa_search_index_build_query:
 * @text: what the user typed
 *
 * Turns free text into an FTS5 query: every word must occur, the last one
 * as a prefix (so results come while typing), and nothing the user types is
 * read as FTS5 syntax.
 *
 * Returns: (transfer full) (nullable): the query, or %NULL when @text holds
 *   no word
 */
char *
glosa_search_index_build_query (const char *text)
{
  g_autoptr(GString) query = g_string_new (NULL);
  const char *p = text;

  g_return_val_if_fail (text != NULL, NULL);

  while (*p)
    {
      const char *start;

      while (*p && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;
      start = p;
      while (*p && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      /* Words hold only letters and digits, so quoting them is enough. */
      g_string_append_printf (query, "%s\"%.*s\"", query->len ? " " : "", (int) (p - start), start);
    }
  if (query->len == 0)
    return NULL;
  if (!g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (text + strlen (text)))))
    return g_string_free (g_steal_pointer (&query), FALSE);
  g_string_append_c (query, '*');
  return g_string_free (g_steal_pointer (&query), FALSE);
}

/**
 * glosa_search_index_query:
 * @text: what the user typed
 * @error: return location for an error
 *
 * Returns: (transfer full): the positions of the matching documents, as a
 *   set of GUINT_TO_POINTER (position); empty when @text holds no word
 */
GHashTable *
glosa_search_index_query (GlosaSearchIndex  *self,
                          const char        *text,
                          GError           **error)
{
  g_autoptr(GHashTable) found = g_hash_table_new (NULL, NULL);
  g_autofree char *query = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (GLOSA_IS_SEARCH_INDEX (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  query = glosa_search_index_build_query (text);
  if (query == NULL)
    return g_steal_pointer (&found);

  if (sqlite3_prepare_v2 (self->db, "SELECT rowid FROM search WHERE search MATCH ?", -1, &stmt,
                          NULL) != SQLITE_OK)
    {
      sql_error (self->db, error);
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (found, GUINT_TO_POINTER ((guint) sqlite3_column_int64 (stmt, 0)));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      sql_error (self->db, error);
      return NULL;
    }
  return g_steal_pointer (&found);
}
