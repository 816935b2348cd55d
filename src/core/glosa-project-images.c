/* glosa-project-images.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-project-images"

#include "config.h"

#include "glosa-json.h"
#include "glosa-project-private.h"

/* Rows as JSON images, the form the undo journal records (glosa_project_
 * perform()), and images written back to the file. Optional fields are
 * JSON null, so "not set" survives the round trip. */

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gint64
member_int (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return 0;
  return json_node_get_int (node);
}

JsonObject *
glosa_project_annotation_image (GlosaAnnotation *annotation)
{
  JsonObject *image = json_object_new ();
  JsonArray *tags = json_array_new ();
  const char * const *ids = glosa_annotation_get_tags (annotation);

  for (guint i = 0; ids[i] != NULL; i++)
    json_array_add_string_element (tags, ids[i]);
  json_object_set_string_member (image, "id", glosa_annotation_get_id (annotation));
  json_object_set_string_member (image, "document", glosa_annotation_get_document (annotation));
  json_object_set_int_member (image, "start", glosa_annotation_get_start (annotation));
  json_object_set_int_member (image, "end", glosa_annotation_get_end (annotation));
  json_object_set_string_member (image, "quote", glosa_annotation_get_quote (annotation));
  json_object_set_string_member (image, "prefix", glosa_annotation_get_prefix (annotation));
  json_object_set_string_member (image, "suffix", glosa_annotation_get_suffix (annotation));
  json_object_set_array_member (image, "tags", tags);
  glosa_json_object_set_string (image, "actor", glosa_annotation_get_actor (annotation));
  glosa_json_object_set_string (image, "issue", glosa_annotation_get_issue (annotation));
  glosa_json_object_set_string (image, "stance", glosa_annotation_get_stance (annotation));
  glosa_json_object_set_string (image, "note", glosa_annotation_get_note (annotation));
  glosa_json_object_set_string (image, "author", glosa_annotation_get_author (annotation));
  glosa_json_object_set_string (image, "created", glosa_annotation_get_created (annotation));
  glosa_json_object_set_string (image, "modified", glosa_annotation_get_modified (annotation));
  json_object_set_boolean_member (image, "orphaned", glosa_annotation_get_orphaned (annotation));
  return image;
}

/* Returns: (transfer full) (nullable): the annotation, or %NULL if the
 * image lacks what every annotation has */
GlosaAnnotation *
glosa_project_annotation_from_image (JsonObject *image)
{
  g_autoptr(GlosaAnnotation) annotation = NULL;
  g_autoptr(GPtrArray) tags = g_ptr_array_new_null_terminated (0, NULL, TRUE);
  JsonNode *tags_node = json_object_get_member (image, "tags");
  gint64 start = member_int (image, "start");
  gint64 end = member_int (image, "end");

  if (member_string (image, "id") == NULL || member_string (image, "document") == NULL
      || start < 0 || end < start || end > G_MAXUINT)
    return NULL;

  annotation = g_object_new (GLOSA_TYPE_ANNOTATION,
                             "id", member_string (image, "id"),
                             "document", member_string (image, "document"),
                             NULL);
  glosa_annotation_set_span (annotation, start, end);
  glosa_annotation_set_anchor (annotation,
                               member_string (image, "quote") ?: "",
                               member_string (image, "prefix") ?: "",
                               member_string (image, "suffix") ?: "");
  if (tags_node != NULL && JSON_NODE_HOLDS_ARRAY (tags_node))
    {
      JsonArray *array = json_node_get_array (tags_node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element)
              && json_node_get_value_type (element) == G_TYPE_STRING)
            g_ptr_array_add (tags, (gpointer) json_node_get_string (element));
        }
    }
  glosa_annotation_set_tags (annotation, (const char * const *) tags->pdata);
  glosa_annotation_set_actor (annotation, member_string (image, "actor"));
  glosa_annotation_set_issue (annotation, member_string (image, "issue"));
  glosa_annotation_set_stance (annotation, member_string (image, "stance"));
  glosa_annotation_set_note (annotation, member_string (image, "note"));
  glosa_annotation_set_author (annotation, member_string (image, "author"));
  glosa_annotation_set_times (annotation, member_string (image, "created"),
                              member_string (image, "modified"));
  if (json_object_has_member (image, "orphaned"))
    glosa_annotation_set_orphaned (annotation, json_object_get_boolean_member (image, "orphaned"));
  return g_steal_pointer (&annotation);
}

JsonObject *
glosa_project_tag_image (GlosaTag *tag)
{
  JsonObject *image = json_object_new ();

  json_object_set_string_member (image, "id", glosa_tag_get_id (tag));
  json_object_set_string_member (image, "name", glosa_tag_get_name (tag));
  glosa_json_object_set_string (image, "colour",
                      glosa_tag_has_colour (tag) ? glosa_tag_get_colour (tag) : NULL);
  glosa_json_object_set_string (image, "parent", glosa_tag_get_parent (tag));
  glosa_json_object_set_string (image, "description", glosa_tag_get_description (tag));
  return image;
}

GlosaTag *
glosa_project_tag_from_image (JsonObject *image)
{
  const char *colour = member_string (image, "colour");
  GlosaTag *tag;

  if (member_string (image, "id") == NULL || member_string (image, "name") == NULL)
    return NULL;
  tag = glosa_tag_new (member_string (image, "id"), member_string (image, "name"));
  if (colour != NULL && glosa_colour_is_valid (colour))
    glosa_tag_set_colour (tag, colour);
  glosa_tag_set_parent (tag, member_string (image, "parent"));
  glosa_tag_set_description (tag, member_string (image, "description"));
  return tag;
}

/* The row of SELECT key, document, actor, issue, stance, evidence,
 * span_start, span_end, verdict, annotation, created FROM reviews. */
JsonObject *
glosa_project_review_from_row (sqlite3_stmt *stmt)
{
  static const char * const names[] = {
    "key", "document", "actor", "issue", "stance", "evidence", "start", "end", "verdict",
    "annotation", "created",
  };
  JsonObject *image = json_object_new ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (sqlite3_column_type (stmt, i) == SQLITE_INTEGER)
      json_object_set_int_member (image, names[i], sqlite3_column_int64 (stmt, i));
    else
      glosa_json_object_set_string (image, names[i], (const char *) sqlite3_column_text (stmt, i));
  return image;
}

/* ---- writing images to the file ---- */

static void
bind_member (sqlite3_stmt *stmt,
             int           index,
             JsonObject   *image,
             const char   *name)
{
  JsonNode *node = json_object_get_member (image, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    sqlite3_bind_null (stmt, index);
  else if (json_node_get_value_type (node) == G_TYPE_STRING)
    sqlite3_bind_text (stmt, index, json_node_get_string (node), -1, SQLITE_TRANSIENT);
  else if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    sqlite3_bind_int (stmt, index, json_node_get_boolean (node));
  else
    sqlite3_bind_int64 (stmt, index, json_node_get_int (node));
}

/* Runs @sql with the members @names of @image bound in order (or @id alone
 * when @image is %NULL). */
static gboolean
run_bound (GlosaProject        *self,
           const char          *sql,
           const char          *id,
           JsonObject          *image,
           const char * const  *names,
           GError             **error)
{
  sqlite3_stmt *stmt = glosa_project_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (image == NULL)
    sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  else
    for (guint i = 0; names[i] != NULL; i++)
      bind_member (stmt, i + 1, image, names[i]);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return glosa_project_sql_error (self, error);
  return TRUE;
}

static gboolean
write_annotation_tags (GlosaProject  *self,
                       const char    *id,
                       JsonObject    *image,
                       GError       **error)
{
  static const char * const none[] = { NULL };
  JsonNode *node = json_object_get_member (image, "tags");
  JsonArray *tags;
  sqlite3_stmt *stmt;

  if (!run_bound (self, "DELETE FROM annotation_tags WHERE annotation = ?", id, NULL, none, error))
    return FALSE;
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return TRUE;
  tags = json_node_get_array (node);
  stmt = glosa_project_prepare (self,
                                "INSERT OR IGNORE INTO annotation_tags (annotation, tag, position) "
                                "VALUES (?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (tags); i++)
    {
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, json_array_get_string_element (tags, i), -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, i);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          sqlite3_finalize (stmt);
          return glosa_project_sql_error (self, error);
        }
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  return TRUE;
}

/* Upserts, not INSERT OR REPLACE: a replace deletes the row first, which
 * would cascade to the annotation's tags. */
static const char upsert_annotation[] =
  "INSERT INTO annotations (id, document, span_start, span_end, quote, prefix, suffix,"
  "  actor, issue, stance, note, author, created, modified, orphaned)"
  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
  " ON CONFLICT (id) DO UPDATE SET document = excluded.document,"
  "  span_start = excluded.span_start, span_end = excluded.span_end,"
  "  quote = excluded.quote, prefix = excluded.prefix, suffix = excluded.suffix,"
  "  actor = excluded.actor, issue = excluded.issue, stance = excluded.stance,"
  "  note = excluded.note, author = excluded.author, created = excluded.created,"
  "  modified = excluded.modified, orphaned = excluded.orphaned";

static const char upsert_tag[] =
  "INSERT INTO tags (id, name, colour, parent, description) VALUES (?, ?, ?, ?, ?)"
  " ON CONFLICT (id) DO UPDATE SET name = excluded.name, colour = excluded.colour,"
  "  parent = excluded.parent, description = excluded.description";

static const char upsert_review[] =
  "INSERT INTO reviews (key, document, actor, issue, stance, evidence, span_start,"
  "  span_end, verdict, annotation, created)"
  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
  " ON CONFLICT (key) DO UPDATE SET document = excluded.document,"
  "  actor = excluded.actor, issue = excluded.issue, stance = excluded.stance,"
  "  evidence = excluded.evidence, span_start = excluded.span_start,"
  "  span_end = excluded.span_end, verdict = excluded.verdict,"
  "  annotation = excluded.annotation, created = excluded.created";

/**
 * glosa_project_write_op:
 * @image: (nullable): the row as it must be, or %NULL to delete it
 *
 * Writes one image inside the caller's transaction.
 */
gboolean
glosa_project_write_op (GlosaProject  *self,
                        GlosaOpKind    kind,
                        const char    *id,
                        JsonObject    *image,
                        GError       **error)
{
  static const char * const annotation[] = {
    "id", "document", "start", "end", "quote", "prefix", "suffix", "actor", "issue", "stance",
    "note", "author", "created", "modified", "orphaned", NULL
  };
  static const char * const tag[] = { "id", "name", "colour", "parent", "description", NULL };
  static const char * const review[] = {
    "key", "document", "actor", "issue", "stance", "evidence", "start", "end", "verdict",
    "annotation", "created", NULL
  };

  switch (kind)
    {
    case GLOSA_OP_ANNOTATION:
      if (image == NULL)
        return run_bound (self, "DELETE FROM annotations WHERE id = ?", id, NULL, NULL, error);
      return run_bound (self, upsert_annotation, id, image, annotation, error)
             && write_annotation_tags (self, id, image, error);
    case GLOSA_OP_TAG:
      if (image == NULL)
        return run_bound (self, "DELETE FROM tags WHERE id = ?", id, NULL, NULL, error);
      return run_bound (self, upsert_tag, id, image, tag, error);
    case GLOSA_OP_REVIEW:
      if (image == NULL)
        return run_bound (self, "DELETE FROM reviews WHERE key = ?", id, NULL, NULL, error);
      return run_bound (self, upsert_review, id, image, review, error);
    default:
      g_assert_not_reached ();
    }
}
