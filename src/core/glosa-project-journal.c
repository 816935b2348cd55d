/* glosa-project-journal.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-project-journal"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "glosa-error.h"
#include "glosa-json.h"
#include "glosa-project-private.h"

/* Undo and redo. Every coding action goes through glosa_project_perform():
 * in one transaction it writes the new rows and records, in the journal
 * table, the image of each row before and after. Undo writes the befores
 * (last first) and marks the entry undone; redo writes the afters again.
 * Both are one transaction each. Being in the file, the history survives
 * a restart (glosa_project_start_session() trims it); being row images,
 * not commands, replaying needs no knowledge of what the action was.
 *
 * Undone entries always have the highest ids: a new action first deletes
 * them, as every editor forgets the redo branch on a new edit. */

static const char * const kind_names[] = { "annotation", "tag", "review" };

GlosaOp *
glosa_op_new (GlosaOpKind  kind,
              const char  *id,
              JsonObject  *before,
              JsonObject  *after)
{
  GlosaOp *op = g_new0 (GlosaOp, 1);

  op->kind = kind;
  op->id = g_strdup (id);
  op->before = before;
  op->after = after;
  return op;
}

void
glosa_op_free (GlosaOp *op)
{
  g_free (op->id);
  g_clear_pointer (&op->before, json_object_unref);
  g_clear_pointer (&op->after, json_object_unref);
  g_free (op);
}

GPtrArray *
glosa_op_list_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) glosa_op_free);
}

static char *
ops_to_json (GPtrArray *ops)
{
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < ops->len; i++)
    {
      GlosaOp *op = g_ptr_array_index (ops, i);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "kind", kind_names[op->kind]);
      json_object_set_string_member (object, "id", op->id);
      if (op->before != NULL)
        json_object_set_object_member (object, "before", json_object_ref (op->before));
      else
        json_object_set_null_member (object, "before");
      if (op->after != NULL)
        json_object_set_object_member (object, "after", json_object_ref (op->after));
      else
        json_object_set_null_member (object, "after");
      json_array_add_object_element (array, object);
    }
  json_node_take_array (root, array);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static JsonObject *
image_member (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_object_ref (json_node_get_object (node));
}

static GPtrArray *
ops_from_json (const char  *json,
               GError     **error)
{
  g_autoptr(GPtrArray) ops = glosa_op_list_new ();
  g_autoptr(JsonNode) root = glosa_json_parse (json, strlen (json), "journal", 1, error);
  JsonArray *array;

  if (root == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (root))
    goto damaged;
  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object;
      const char *kind;
      const char *id;
      guint k;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        goto damaged;
      object = json_node_get_object (node);
      kind = json_object_get_string_member_with_default (object, "kind", "");
      id = json_object_get_string_member_with_default (object, "id", NULL);
      for (k = 0; k < G_N_ELEMENTS (kind_names) && !g_str_equal (kind, kind_names[k]); k++)
        ;
      if (k == G_N_ELEMENTS (kind_names) || id == NULL)
        goto damaged;
      g_ptr_array_add (ops, glosa_op_new (k, id, image_member (object, "before"),
                                          image_member (object, "after")));
    }
  return g_steal_pointer (&ops);

damaged:
  g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_DAMAGED,
               _("The undo history of this project is damaged."));
  return NULL;
}

static char *
top_label (GlosaProject *self,
           const char   *sql)
{
  sqlite3_stmt *stmt = glosa_project_prepare (self, sql, NULL);
  char *label = NULL;

  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    label = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return label;
}

/**
 * glosa_project_load_undo_state:
 *
 * Reads what undo and redo would do now. A read-only project offers
 * neither.
 */
gboolean
glosa_project_load_undo_state (GlosaProject  *self,
                               GError       **error)
{
  g_autofree char *undo = NULL;
  g_autofree char *redo = NULL;

  if (!self->read_only)
    {
      undo = top_label (self,
                        "SELECT label FROM journal WHERE undone = 0 ORDER BY id DESC LIMIT 1");
      redo = top_label (self, "SELECT label FROM journal WHERE undone = 1 ORDER BY id ASC LIMIT 1");
    }
  if (g_strcmp0 (undo, self->undo_label) == 0 && g_strcmp0 (redo, self->redo_label) == 0)
    return TRUE;
  g_free (self->undo_label);
  self->undo_label = g_steal_pointer (&undo);
  g_free (self->redo_label);
  self->redo_label = g_steal_pointer (&redo);
  glosa_project_notify_undo (self);
  return TRUE;
}

/* Inside the caller's transaction: refreshing a changed document moves
 * annotations outside the journal, so old images no longer fit. */
gboolean
glosa_project_clear_journal (GlosaProject  *self,
                             GError       **error)
{
  return glosa_project_exec (self, "DELETE FROM journal", error);
}

/* Inside the caller's transaction: one entry for @ops. */
gboolean
glosa_project_write_journal (GlosaProject  *self,
                             const char    *label,
                             GPtrArray     *ops,
                             GError       **error)
{
  g_autofree char *json = ops_to_json (ops);
  g_autofree char *now = glosa_project_now ();
  sqlite3_stmt *stmt;
  int rc;

  if (!glosa_project_exec (self, "DELETE FROM journal WHERE undone = 1", error))
    return FALSE;
  stmt = glosa_project_prepare (self, "INSERT INTO journal (session, label, ops, created) "
                                      "VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->session);
  sqlite3_bind_text (stmt, 2, label, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, json, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, now, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return glosa_project_sql_error (self, error);
  return TRUE;
}

/**
 * glosa_project_perform:
 * @label: what the action is, untranslated (marked with N_()): the undo
 *   menu shows it translated
 * @ops: (element-type GlosaOp): the rows it changes, in an order that
 *   keeps references valid when written forwards and, for undo, backwards
 *
 * Does one coding action: one transaction, one journal entry, then the
 * objects are updated and signals emitted. On error nothing changed.
 */
gboolean
glosa_project_perform (GlosaProject  *self,
                       const char    *label,
                       GPtrArray     *ops,
                       GError       **error)
{
  if (!glosa_project_begin (self, error))
    return FALSE;
  for (guint i = 0; i < ops->len; i++)
    {
      GlosaOp *op = g_ptr_array_index (ops, i);

      if (!glosa_project_write_op (self, op->kind, op->id, op->after, error))
        goto fail;
    }
  if (!glosa_project_write_journal (self, label, ops, error)
      || !glosa_project_commit (self, error))
    goto fail;

  for (guint i = 0; i < ops->len; i++)
    {
      GlosaOp *op = g_ptr_array_index (ops, i);

      glosa_project_apply_op (self, op->kind, op->id, op->after);
    }
  return glosa_project_load_undo_state (self, error);

fail:
  glosa_project_rollback (self);
  return FALSE;
}

static gboolean
replay (GlosaProject  *self,
        gboolean       undo,
        GError       **error)
{
  g_autoptr(GPtrArray) ops = NULL;
  sqlite3_stmt *stmt;
  gint64 entry = 0;
  guint n;

  if (!glosa_project_begin (self, error))
    return FALSE;
  stmt = glosa_project_prepare (self, undo ? "SELECT id, ops FROM journal WHERE undone = 0 "
                                             "ORDER BY id DESC LIMIT 1"
                                           : "SELECT id, ops FROM journal WHERE undone = 1 "
                                             "ORDER BY id ASC LIMIT 1", error);
  if (stmt == NULL)
    goto fail;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      entry = sqlite3_column_int64 (stmt, 0);
      ops = ops_from_json ((const char *) sqlite3_column_text (stmt, 1), error);
      sqlite3_finalize (stmt);
      if (ops == NULL)
        goto fail;
    }
  else
    {
      sqlite3_finalize (stmt);
      g_set_error_literal (error, GLOSA_ERROR, GLOSA_ERROR_NOT_FOUND,
                           undo ? _("There is nothing to undo.") : _("There is nothing to redo."));
      goto fail;
    }

  n = ops->len;
  for (guint i = 0; i < n; i++)
    {
      GlosaOp *op = g_ptr_array_index (ops, undo ? n - 1 - i : i);

      if (!glosa_project_write_op (self, op->kind, op->id, undo ? op->before : op->after, error))
        goto fail;
    }
  stmt = glosa_project_prepare (self, "UPDATE journal SET undone = ? WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int (stmt, 1, undo);
  sqlite3_bind_int64 (stmt, 2, entry);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      sqlite3_finalize (stmt);
      glosa_project_sql_error (self, error);
      goto fail;
    }
  sqlite3_finalize (stmt);
  if (!glosa_project_commit (self, error))
    goto fail;

  for (guint i = 0; i < n; i++)
    {
      GlosaOp *op = g_ptr_array_index (ops, undo ? n - 1 - i : i);

      glosa_project_apply_op (self, op->kind, op->id, undo ? op->before : op->after);
    }
  return glosa_project_load_undo_state (self, error);

fail:
  glosa_project_rollback (self);
  return FALSE;
}

gboolean
glosa_project_can_undo (GlosaProject *self)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), FALSE);

  return self->undo_label != NULL;
}

gboolean
glosa_project_can_redo (GlosaProject *self)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), FALSE);

  return self->redo_label != NULL;
}

/**
 * glosa_project_get_undo_label:
 *
 * Returns: (nullable): what undo would revert, translated, such as
 *   "Add Annotation"; %NULL when there is nothing to undo
 */
const char *
glosa_project_get_undo_label (GlosaProject *self)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);

  return self->undo_label ? _(self->undo_label) : NULL;
}

/**
 * glosa_project_get_redo_label:
 *
 * Returns: (nullable): what redo would do again, translated
 */
const char *
glosa_project_get_redo_label (GlosaProject *self)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);

  return self->redo_label ? _(self->redo_label) : NULL;
}

/**
 * glosa_project_undo:
 * @error: return location for a #GError
 *
 * Reverts the last coding action, in one transaction, even one from
 * before the app was restarted.
 *
 * Returns: %TRUE if something was undone
 */
gboolean
glosa_project_undo (GlosaProject  *self,
                    GError       **error)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return replay (self, TRUE, error);
}

/**
 * glosa_project_redo:
 * @error: return location for a #GError
 *
 * Does again the last undone action, in one transaction.
 *
 * Returns: %TRUE if something was redone
 */
gboolean
glosa_project_redo (GlosaProject  *self,
                    GError       **error)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return replay (self, FALSE, error);
}
