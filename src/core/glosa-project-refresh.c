/* glosa-project-refresh.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-project-refresh"

#include "config.h"

#include "glosa-anchor.h"
#include "glosa-project-private.h"

/* Bringing a project's documents up to date with the corpus while keeping
 * every annotation, and the codebook the corpus came with. */

/* Bookkeeping of one refresh. */
typedef struct
{
  char     *hash;
  char     *title;
  gboolean  missing;
} Known;

static void
known_free (Known *known)
{
  g_free (known->hash);
  g_free (known->title);
  g_free (known);
}

static GHashTable *
read_known (GlosaProject  *self,
            GError       **error)
{
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) known_free);
  sqlite3_stmt *stmt = glosa_project_prepare (self,
                                              "SELECT id, hash, title, missing FROM documents",
                                              error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Known *k = g_new0 (Known, 1);

      k->hash = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      k->title = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      k->missing = sqlite3_column_int (stmt, 3);
      g_hash_table_insert (known, g_strdup ((const char *) sqlite3_column_text (stmt, 0)), k);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      glosa_project_sql_error (self, error);
      return NULL;
    }
  return g_steal_pointer (&known);
}

/* Places the annotations of a document whose text changed (or that are
 * orphaned) in its new text, from their quotes and contexts. Those that
 * fit nowhere keep everything and are flagged orphaned. */
static gboolean
reanchor (GlosaProject       *self,
          const char         *document,
          const char         *text,
          GlosaRefreshStats  *stats,
          GError            **error)
{
  sqlite3_stmt *select = glosa_project_prepare (self,
                                                "SELECT id, span_start, quote, prefix, suffix "
                                                "FROM annotations WHERE document = ?", error);
  sqlite3_stmt *place = NULL;
  sqlite3_stmt *orphan = NULL;
  gboolean ok = FALSE;
  int rc;

  if (select == NULL
      || (place = glosa_project_prepare (self,
                                         "UPDATE annotations SET span_start = ?, span_end = ?, "
                                         "  quote = ?, prefix = ?, suffix = ?, orphaned = 0 "
                                         "WHERE id = ?", error)) == NULL
      || (orphan = glosa_project_prepare (self, "UPDATE annotations SET orphaned = 1 WHERE id = ?",
                                          error)) == NULL)
    goto out;

  sqlite3_bind_text (select, 1, document, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (select)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (select, 0);
      g_autofree char *quote = NULL;
      g_autofree char *prefix = NULL;
      g_autofree char *suffix = NULL;
      guint start, end;
      GlosaAnchorResult result;
      sqlite3_stmt *stmt;

      result = glosa_anchor_locate (text, (const char *) sqlite3_column_text (select, 2),
                                    (const char *) sqlite3_column_text (select, 3),
                                    (const char *) sqlite3_column_text (select, 4),
                                    sqlite3_column_int64 (select, 1), &start, &end, NULL);
      if (result == GLOSA_ANCHOR_ORPHANED)
        {
          stmt = orphan;
          sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
        }
      else
        {
          stmt = place;
          glosa_anchor_capture (text, start, end, &quote, &prefix, &suffix);
          sqlite3_bind_int64 (stmt, 1, start);
          sqlite3_bind_int64 (stmt, 2, end);
          sqlite3_bind_text (stmt, 3, quote, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 4, prefix, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 5, suffix, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 6, id, -1, SQLITE_STATIC);
          if (result == GLOSA_ANCHOR_MOVED)
            stats->annotations_moved++;
          else if (result == GLOSA_ANCHOR_FUZZY)
            stats->annotations_fuzzy++;
        }
      g_debug ("Annotation %s in %s: %s", id, document, glosa_anchor_result_to_string (result));
      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          glosa_project_sql_error (self, error);
          goto out;
        }
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
  if (rc != SQLITE_DONE)
    glosa_project_sql_error (self, error);
  else
    ok = TRUE;

out:
  sqlite3_finalize (select);
  sqlite3_finalize (place);
  sqlite3_finalize (orphan);
  return ok;
}

/* The codebook.json beside the corpus, checked; %NULL when there is none. */
static char *
read_corpus_codebook (GlosaCorpus  *corpus,
                      gboolean     *found,
                      GError      **error)
{
  GFile *root = glosa_corpus_get_root (corpus);
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GlosaCodebook) codebook = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  *found = FALSE;
  dir = g_file_query_file_type (root, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY
        ? g_object_ref (root) : g_file_get_parent (root);
  if (dir == NULL)
    return NULL;
  file = g_file_get_child (dir, GLOSA_CODEBOOK_FILE_NAME);
  if (!g_file_query_exists (file, NULL))
    return NULL;
  /* new_from_file bounds the size and names the file in its errors. */
  codebook = glosa_codebook_new_from_file (file, NULL, error);
  if (codebook == NULL || !g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;
  *found = TRUE;
  return g_steal_pointer (&contents);
}

static gboolean
count_annotations (GlosaProject       *self,
                   GlosaRefreshStats  *stats,
                   GError            **error)
{
  sqlite3_stmt *stmt = glosa_project_prepare (self,
                                              "SELECT COUNT (*), TOTAL (orphaned) FROM annotations",
                                              error);
  gint64 total, orphaned;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_finalize (stmt);
      return glosa_project_sql_error (self, error);
    }
  total = sqlite3_column_int64 (stmt, 0);
  orphaned = sqlite3_column_int64 (stmt, 1);
  sqlite3_finalize (stmt);
  stats->annotations_orphaned = orphaned;
  stats->annotations_exact = total - orphaned - stats->annotations_moved - stats->annotations_fuzzy;
  return TRUE;
}

/* Below this many documents a second thread costs more than it saves. */
#define HASH_THREAD_MIN 256

/* Hashing every text is about a tenth of a first build and most of a
 * refresh that finds nothing changed: a second thread hashes the second
 * half while the first is written. Only documents with their text in
 * memory: a lazy text may come from a connection of this thread. */
typedef struct
{
  GListModel *model;
  guint       start;
  guint       end;
} HashRange;

static gpointer
hash_range_thread (gpointer data)
{
  HashRange *range = data;

  for (guint i = range->start; i < range->end; i++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (range->model, i);

      if (glosa_document_has_text (document))
        glosa_document_get_hash (document);
    }
  return NULL;
}

/**
 * glosa_project_write_corpus:
 *
 * What glosa_project_refresh() writes, inside the caller's transaction;
 * glosa_project_build() runs it on a new file too.
 */
gboolean
glosa_project_write_corpus (GlosaProject       *self,
                            GlosaCorpus        *corpus,
                            GlosaRefreshStats  *stats,
                            GError            **error)
{
  g_autoptr(GHashTable) known = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *now = glosa_project_now ();
  g_autofree char *codebook = NULL;
  g_autofree char *corpus_path = NULL;
  sqlite3_stmt *stmts[GLOSA_N_WRITES] = { NULL };
  GThread *hasher = NULL;
  HashRange range;
  GHashTableIter iter;
  gpointer key, value;
  gboolean has_codebook;
  gboolean ok = FALSE;
  guint n;

  codebook = read_corpus_codebook (corpus, &has_codebook, error);
  if ((codebook == NULL && error != NULL && *error != NULL)
      || (known = read_known (self, error)) == NULL)
    return FALSE;
  corpus_path = g_file_get_path (glosa_corpus_get_root (corpus));

  n = g_list_model_get_n_items (G_LIST_MODEL (corpus));
  range = (HashRange) { G_LIST_MODEL (corpus), n / 2, n };
  if (n >= HASH_THREAD_MIN)
    hasher = g_thread_new ("glosa-hash", hash_range_thread, &range);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (G_LIST_MODEL (corpus), i);
      const char *id = glosa_document_get_id (document);
      gpointer known_id = NULL;
      Known *k = NULL;
      GlosaWrite which;
      gboolean changed;

      /* The second half is the hasher's until it is done. */
      if (i == range.start && hasher != NULL)
        g_clear_pointer (&hasher, g_thread_join);
      if (g_hash_table_lookup_extended (known, id, &known_id, (gpointer *) &k))
        g_hash_table_add (seen, known_id);
      changed = k != NULL && !g_str_equal (k->hash, glosa_document_get_hash (document));
      if (k == NULL)
        which = GLOSA_WRITE_INSERT;
      else if (changed || g_strcmp0 (k->title, glosa_document_get_title (document)) != 0)
        which = GLOSA_WRITE_UPDATE_TEXT;
      else
        which = GLOSA_WRITE_UPDATE_FIELDS;
      if (!glosa_project_write_document (self, stmts, document, i, which, now, error))
        goto out;
      if (k == NULL)
        stats->documents_added++;
      else if (changed)
        stats->documents_changed++;
      else
        stats->documents_unchanged++;
      /* A document that changed, or came back, may hold orphans to place. */
      if ((changed || (k != NULL && k->missing))
          && !reanchor (self, id, glosa_document_get_text (document), stats, error))
        goto out;
    }

  g_hash_table_iter_init (&iter, known);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      sqlite3_stmt *stmt;
      int rc;

      if (g_hash_table_contains (seen, key))
        continue;
      stats->documents_missing++;
      if ((stmt = glosa_project_prepare (self, "UPDATE documents SET missing = 1 WHERE id = ?",
                                         error)) == NULL)
        goto out;
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        {
          glosa_project_sql_error (self, error);
          goto out;
        }
    }

  ok = glosa_project_set_meta (self, "corpus", corpus_path, error)
       && glosa_project_set_meta (self, "refreshed", now, error)
       && (has_codebook
           ? glosa_project_set_meta (self, "corpus-codebook", codebook, error)
           : glosa_project_exec (self, "DELETE FROM meta WHERE key = 'corpus-codebook'", error))
       && (stats->documents_changed == 0 || glosa_project_clear_journal (self, error))
       && count_annotations (self, stats, error);

out:
  if (hasher != NULL)
    g_thread_join (hasher);
  glosa_project_writer_clear (stmts);
  return ok;
}

/**
 * glosa_project_refresh:
 * @corpus: the corpus, freshly loaded
 * @stats: (out caller-allocates) (optional): what changed
 * @error: return location for a #GError
 *
 * Brings the project up to date with @corpus in one transaction, keeping
 * every annotation: documents with the same text keep their spans; changed
 * ones get the new text and their annotations are placed again
 * (glosa_anchor_locate()), those that cannot be are flagged orphaned;
 * documents gone from the corpus stay, marked missing; new ones are added.
 * The corpus's codebook.json is stored too. When a text changed the undo
 * history is cleared: its spans would no longer fit.
 *
 * Afterwards every model holds new objects and ::reloaded is emitted.
 *
 * Returns: %TRUE on success; on error nothing changed
 */
gboolean
glosa_project_refresh (GlosaProject       *self,
                       GlosaCorpus        *corpus,
                       GlosaRefreshStats  *stats,
                       GError            **error)
{
  GlosaRefreshStats local = { 0 };

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (GLOSA_IS_CORPUS (corpus), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (stats == NULL)
    stats = &local;
  *stats = (GlosaRefreshStats) { 0 };
  if (!glosa_project_begin (self, error)
      || !glosa_project_write_corpus (self, corpus, stats, error)
      || !glosa_project_commit (self, error))
    {
      glosa_project_rollback (self);
      return FALSE;
    }
  return glosa_project_reload (self, error);
}
