/* glosa-project-documents.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-project-documents"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "glosa-error.h"
#include "glosa-project-private.h"
#include "glosa-search-index.h"

/* The documents a project keeps (their texts copied in, so a project
 * outlives its corpus folder), full-text search, and the codebook the
 * corpus came with; bringing them up to date with the corpus is in
 * glosa-project-refresh.c. */

static char *
metadata_json (GlosaDocument *document)
{
  g_autoptr(JsonNode) node = NULL;

  if (!glosa_document_has_metadata (document))
    return NULL;
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, glosa_document_get_metadata (document));
  return json_to_string (node, FALSE);
}

static char *
warnings_json (GlosaDocument *document)
{
  const char * const *warnings = glosa_document_get_warnings (document);
  g_autoptr(JsonNode) node = NULL;
  JsonArray *array;

  if (warnings[0] == NULL)
    return NULL;
  array = json_array_new ();
  for (guint i = 0; warnings[i] != NULL; i++)
    json_array_add_string_element (array, warnings[i]);
  node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, array);
  return json_to_string (node, FALSE);
}

static const char * const write_sql[GLOSA_N_WRITES] = {
  "INSERT INTO documents (position, author, date, source, url, language, path, metadata,"
  "  warnings, id, title, text, hash, added, updated)"
  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?15, ?15)",
  "UPDATE documents SET position = ?, author = ?, date = ?, source = ?, url = ?,"
  "  language = ?, path = ?, metadata = ?, warnings = ?, missing = 0, title = ?11,"
  "  text = ?12, hash = ?13, updated = ?15 WHERE id = ?10",
  "UPDATE documents SET position = ?, author = ?, date = ?, source = ?, url = ?,"
  "  language = ?, path = ?, metadata = ?, warnings = ?, missing = 0 WHERE id = ?10",
};

void
glosa_project_writer_clear (sqlite3_stmt **stmts)
{
  for (guint i = 0; i < GLOSA_N_WRITES; i++)
    g_clear_pointer (&stmts[i], sqlite3_finalize);
}

/* Inserts or updates one document row, as @which says: the text and
 * title are only written when they changed, which spares the FTS index a
 * rewrite. @stmts caches the statements across calls;
 * glosa_project_writer_clear() frees them. */
gboolean
glosa_project_write_document (GlosaProject   *self,
                              sqlite3_stmt  **stmts,
                              GlosaDocument  *document,
                              guint           position,
                              GlosaWrite      which,
                              const char     *now,
                              GError        **error)
{
  g_autofree char *metadata = metadata_json (document);
  g_autofree char *warnings = warnings_json (document);
  sqlite3_stmt *stmt;
  int rc;

  if (stmts[which] == NULL
      && (stmts[which] = glosa_project_prepare (self, write_sql[which], error)) == NULL)
    return FALSE;
  stmt = stmts[which];
  sqlite3_bind_int (stmt, 1, position);
  sqlite3_bind_text (stmt, 2, glosa_document_get_author (document), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, glosa_document_get_date (document), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, glosa_document_get_source (document), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, glosa_document_get_url (document), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, glosa_document_get_language (document), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, glosa_document_get_path (document), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, metadata, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, warnings, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, glosa_document_get_id (document), -1, SQLITE_STATIC);
  if (which != GLOSA_WRITE_UPDATE_FIELDS)
    {
      sqlite3_bind_text (stmt, 11, glosa_document_get_title (document), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 12, glosa_document_get_text (document), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 13, glosa_document_get_hash (document), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 15, now, -1, SQLITE_STATIC);
    }
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    glosa_project_sql_error (self, error);
  sqlite3_reset (stmt);
  /* The bound strings belong to the caller's objects. */
  sqlite3_clear_bindings (stmt);
  return rc == SQLITE_DONE;
}

/* After rows changed outside the journal's images: every model anew. */
gboolean
glosa_project_reload (GlosaProject  *self,
                      GError       **error)
{
  if (!glosa_project_store_load (self, error))
    return FALSE;
  g_signal_emit (self, glosa_project_signals[GLOSA_PROJECT_SIGNAL_RELOADED], 0);
  return glosa_project_load_undo_state (self, error);
}

/**
 * glosa_project_add_documents:
 * @documents: (element-type GlosaDocument): documents with ids the
 *   project does not have, and NFC texts
 * @label: the action's name, untranslated, as glosa_project_perform() has it
 * @ops: (element-type GlosaOp): coding on them and on the rest, as for
 *   glosa_project_perform()
 *
 * What an import that brings its own texts does: adds @documents after
 * the others (full-text search follows through the triggers) and performs
 * @ops, in one transaction. Only @ops are journaled: undo takes back the
 * coding and leaves the texts, as a refresh would.
 *
 * Returns: %TRUE on success; on error nothing changed
 */
gboolean
glosa_project_add_documents (GlosaProject  *self,
                             GPtrArray     *documents,
                             const char    *label,
                             GPtrArray     *ops,
                             GError       **error)
{
  g_autofree char *now = glosa_project_now ();
  sqlite3_stmt *stmts[GLOSA_N_WRITES] = { NULL };
  sqlite3_stmt *stmt;
  gint64 next;

  if (!glosa_project_begin (self, error))
    return FALSE;
  if ((stmt = glosa_project_prepare (self, "SELECT COALESCE (MAX (position) + 1, 0) "
                                           "FROM documents", error)) == NULL)
    goto fail;
  next = sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_finalize (stmt);
  for (guint i = 0; i < documents->len; i++)
    if (!glosa_project_write_document (self, stmts, g_ptr_array_index (documents, i), next + i,
                                       GLOSA_WRITE_INSERT, now, error))
      goto fail;
  glosa_project_writer_clear (stmts);
  for (guint i = 0; i < ops->len; i++)
    {
      GlosaOp *op = g_ptr_array_index (ops, i);

      if (!glosa_project_write_op (self, op->kind, op->id, op->after, error))
        goto fail;
    }
  if ((ops->len > 0 && !glosa_project_write_journal (self, label, ops, error))
      || !glosa_project_commit (self, error))
    goto fail;
  return glosa_project_reload (self, error);

fail:
  glosa_project_writer_clear (stmts);
  glosa_project_rollback (self);
  return FALSE;
}

/**
 * glosa_project_dup_document_hashes:
 *
 * Returns: (transfer full) (element-type utf8 utf8): the SHA-256 of every
 *   document's text (glosa_document_get_hash()) → its id, read without
 *   the texts
 */
GHashTable *
glosa_project_dup_document_hashes (GlosaProject *self)
{
  g_autoptr(GHashTable) hashes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt = glosa_project_prepare (self, "SELECT hash, id FROM documents", NULL);

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (hashes, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);
  return g_steal_pointer (&hashes);
}

/**
 * glosa_project_get_documents:
 *
 * The documents in corpus order, then those no longer in the corpus (with
 * a warning saying so). Positions here are what glosa_project_search()
 * returns. Documents are read from the file as the model is asked for
 * them, and their texts when glosa_document_get_text() is first called;
 * the model stays the same object across reloads.
 *
 * Returns: (transfer none): a #GListModel of #GlosaDocument
 */
GListModel *
glosa_project_get_documents (GlosaProject *self)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->documents);
}

/**
 * glosa_project_lookup_document:
 *
 * Returns: (transfer none) (nullable): the document with @id
 */
GlosaDocument *
glosa_project_lookup_document (GlosaProject *self,
                               const char   *id)
{
  GlosaDocument *document;

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if ((document = g_hash_table_lookup (self->looked_up, id)) != NULL)
    return document;
  if (!glosa_project_document_position (self, id, NULL)
      || (document = glosa_project_read_document (self, id)) == NULL)
    return NULL;
  /* Kept until the next reload, so the pointer stays good; only documents
   * asked for by id are, those of annotations, not the whole corpus. */
  g_hash_table_insert (self->looked_up, g_strdup (id), document);
  return document;
}

/**
 * glosa_project_get_document_position:
 * @position: (out) (optional): where glosa_project_get_documents() has it
 *
 * Returns: whether the project has a document @id
 */
gboolean
glosa_project_get_document_position (GlosaProject *self,
                                     const char   *id,
                                     guint        *position)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return glosa_project_document_position (self, id, position);
}

/**
 * glosa_project_is_document_missing:
 *
 * Returns: %TRUE if the document @id was in the corpus once but was not at
 *   the last refresh
 */
gboolean
glosa_project_is_document_missing (GlosaProject *self,
                                   const char   *id)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return g_hash_table_contains (self->missing, id);
}

/**
 * glosa_project_dup_corpus:
 *
 * The project's documents as a corpus, for code written for one, in the
 * order of glosa_project_get_documents(). It reads every document (not
 * their texts, which stay lazy): a window works from the model instead.
 *
 * Returns: (transfer full): a new corpus
 */
GlosaCorpus *
glosa_project_dup_corpus (GlosaProject *self)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GFile) root = NULL;
  GListModel *model;

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);

  /* The project's documents were repaired when first read. */
  warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) glosa_corpus_warning_free);
  model = G_LIST_MODEL (self->documents);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (documents, g_list_model_get_item (model, i));
  root = self->corpus_path ? g_file_new_for_path (self->corpus_path) : g_object_ref (self->file);
  return glosa_corpus_new (root, documents, warnings);
}

/**
 * glosa_project_search:
 * @text: what the user typed
 * @error: return location for a #GError
 *
 * Full-text search over titles and texts, with the same rules as
 * #GlosaSearchIndex (every word, the last as a prefix, case and accents
 * ignored), from the index in the project file.
 *
 * Returns: (transfer full): positions in glosa_project_get_documents() of
 *   the matches, as GUINT_TO_POINTER (position); empty when @text holds no
 *   word
 */
GHashTable *
glosa_project_search (GlosaProject  *self,
                      const char    *text,
                      GError       **error)
{
  g_autoptr(GHashTable) found = g_hash_table_new (NULL, NULL);
  g_autofree char *query = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  query = glosa_search_index_build_query (text);
  if (query == NULL)
    return g_steal_pointer (&found);
  if ((stmt = glosa_project_prepare (self, "SELECT rowid FROM search WHERE search MATCH ?",
                                     error)) == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gpointer num = GINT_TO_POINTER (sqlite3_column_int (stmt, 0));
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (self->document_nums, num));

      if (position > 0)
        g_hash_table_add (found, GUINT_TO_POINTER (position - 1));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      glosa_project_sql_error (self, error);
      return NULL;
    }
  return g_steal_pointer (&found);
}

/**
 * glosa_project_dup_codebook_json:
 *
 * Returns: (transfer full) (nullable): the project's own codebook layer
 *   (Add as Actor, imports: what glosa_project_set_codebook_json() stored),
 *   as JSON text
 */
char *
glosa_project_dup_codebook_json (GlosaProject *self)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);

  return glosa_project_dup_meta (self, "codebook");
}

/**
 * glosa_project_set_codebook_json:
 * @json: (nullable): a codebook, as JSON text, or %NULL to remove it
 * @error: return location for a #GError
 *
 * Stores the project's own codebook layer, in one transaction, after
 * checking it parses. It is laid over the corpus's codebook.json, and a
 * refresh keeps it.
 *
 * Returns: %TRUE on success
 */
gboolean
glosa_project_set_codebook_json (GlosaProject  *self,
                                 const char    *json,
                                 GError       **error)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (json != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
      g_autoptr(GlosaCodebook) codebook = NULL;

      codebook = glosa_codebook_new_from_bytes (bytes, GLOSA_CODEBOOK_FILE_NAME, error);
      if (codebook == NULL)
        return FALSE;
    }
  if (!glosa_project_begin (self, error))
    return FALSE;
  if (!(json ? glosa_project_set_meta (self, "codebook", json, error)
             : glosa_project_exec (self, "DELETE FROM meta WHERE key = 'codebook'", error))
      || !glosa_project_commit (self, error))
    {
      glosa_project_rollback (self);
      return FALSE;
    }
  return TRUE;
}

/**
 * glosa_project_load_codebook:
 * @error: return location for a #GError
 *
 * The codebook to use with this project: the default one, overlaid by the
 * corpus's codebook.json as of the last refresh, overlaid by the project's
 * own layer; it works when the corpus folder is gone.
 *
 * Returns: (transfer full): the codebook, or %NULL on error
 */
GlosaCodebook *
glosa_project_load_codebook (GlosaProject  *self,
                             GError       **error)
{
  static const char * const layers[] = { "corpus-codebook", "codebook" };
  g_autoptr(GlosaCodebook) codebook = NULL;

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((codebook = glosa_codebook_new_default (error)) == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (layers); i++)
    {
      g_autofree char *json = glosa_project_dup_meta (self, layers[i]);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GlosaCodebook) overlay = NULL;
      gsize length;

      if (json == NULL)
        continue;
      length = strlen (json);
      bytes = g_bytes_new_take (g_steal_pointer (&json), length);
      overlay = glosa_codebook_new_from_bytes (bytes, GLOSA_CODEBOOK_FILE_NAME, error);
      if (overlay == NULL)
        return NULL;
      glosa_codebook_merge (codebook, overlay);
    }
  return g_steal_pointer (&codebook);
}

/**
 * glosa_project_has_codebook_layers:
 *
 * Returns: %TRUE if the project's codebook is more than the default one
 */
gboolean
glosa_project_has_codebook_layers (GlosaProject *self)
{
  g_autofree char *corpus = NULL;
  g_autofree char *own = NULL;

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), FALSE);

  corpus = glosa_project_dup_meta (self, "corpus-codebook");
  own = glosa_project_dup_meta (self, "codebook");
  return corpus != NULL || own != NULL;
}
