/* glosa-import.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "glosa-actor.h"
#include "glosa-error.h"
#include "glosa-import-codebook-private.h"
#include "glosa-import-private.h"
#include "glosa-json.h"
#include "glosa-project-private.h"

/* Merging another coder's Glosa JSON export (glosa-export-json.c) into a
 * project. The file is checked whole before anything is written, and what
 * it changes is one journal entry, so a bad file changes nothing and a good
 * one is undone in one step. */

#define GLOSA_IMPORT_JSON_VERSION 1

static const char * const stances[] = { "support", "oppose", "neutral", "mixed", NULL };

typedef struct
{
  GlosaProject     *project;
  const char       *display_name;
  GlosaImportStats *stats;
  GHashTable       *tag_ids;   /* imported id → id in the project */
  GHashTable       *documents; /* id → GlosaDocument the import adds */
  GPtrArray        *ops;
} Import;

void
glosa_import_stats_clear (GlosaImportStats *stats)
{
  g_return_if_fail (stats != NULL);

  g_clear_pointer (&stats->problems, g_ptr_array_unref);
  memset (stats, 0, sizeof *stats);
}

/* Every importer starts with empty counts and a list to report into. */
void
glosa_import_stats_init (GlosaImportStats *stats)
{
  memset (stats, 0, sizeof *stats);
  stats->problems = g_ptr_array_new_with_free_func (g_free);
}

static GlosaDocument *
find_document (Import     *import,
               const char *id)
{
  GlosaDocument *document = g_hash_table_lookup (import->documents, id);

  return document != NULL ? document : glosa_project_lookup_document (import->project, id);
}

G_GNUC_PRINTF (3, 4) static void
problem (Import     *import,
         const char *id,
         const char *format,
         ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: an annotation's id, then why it was not imported */
  g_ptr_array_add (import->stats->problems, g_strdup_printf (_("Annotation %s: %s"), id, reason));
}

static gboolean
invalid (Import      *import,
         const char  *what,
         guint        index,
         const char  *expected,
         GError     **error)
{
  /* Translators: a file name, "tag" or "annotation", its number, and what
   * was expected there */
  g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_INVALID, _("%s: %s %u: expected %s"),
               import->display_name, what, index + 1, expected);
  return FALSE;
}

static gboolean
is_type (JsonObject *object,
         const char *name,
         GType       type,
         gboolean    nullable)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return nullable;
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static JsonArray *
get_array (JsonObject *object,
           const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static const char *
get_string (JsonObject *object,
            const char *name)
{
  return is_type (object, name, G_TYPE_STRING, FALSE)
           ? json_object_get_string_member (object, name) : NULL;
}

static gboolean
check_tag (Import      *import,
           JsonNode    *node,
           guint        index,
           GError     **error)
{
  static const char * const optional[] = { "colour", "parent", "description" };
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (import, _("tag"), index, _("an object"), error);
  object = json_node_get_object (node);
  if (get_string (object, "id") == NULL || get_string (object, "name") == NULL
      || *get_string (object, "name") == '\0')
    return invalid (import, _("tag"), index, _("a string “id” and a non-empty “name”"), error);
  for (guint i = 0; i < G_N_ELEMENTS (optional); i++)
    if (!is_type (object, optional[i], G_TYPE_STRING, TRUE))
      return invalid (import, _("tag"), index, _("strings or null"), error);
  return TRUE;
}

static gboolean
check_annotation (Import      *import,
                  JsonNode    *node,
                  guint        index,
                  GError     **error)
{
  static const char * const required[] = { "id", "document", "quote", "created", "modified" };
  static const char * const optional[] = {
    "prefix", "suffix", "actor", "issue", "stance", "note", "author"
  };
  JsonObject *object;
  JsonArray *tags;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (import, _("annotation"), index, _("an object"), error);
  object = json_node_get_object (node);
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    if (get_string (object, required[i]) == NULL)
      return invalid (import, _("annotation"), index,
                      _("strings for “id”, “document”, “quote”, “created” and “modified”"),
                      error);
  for (guint i = 0; i < G_N_ELEMENTS (optional); i++)
    if (!is_type (object, optional[i], G_TYPE_STRING, TRUE))
      return invalid (import, _("annotation"), index, _("strings or null"), error);
  if (!is_type (object, "start", G_TYPE_INT64, FALSE)
      || !is_type (object, "end", G_TYPE_INT64, FALSE))
    return invalid (import, _("annotation"), index, _("whole numbers for “start” and “end”"),
                    error);
  if (!is_type (object, "orphaned", G_TYPE_BOOLEAN, TRUE))
    return invalid (import, _("annotation"), index, _("true or false for “orphaned”"), error);
  if (json_object_has_member (object, "tags"))
    {
      if ((tags = get_array (object, "tags")) == NULL)
        return invalid (import, _("annotation"), index, _("an array for “tags”"), error);
      for (guint i = 0; i < json_array_get_length (tags); i++)
        {
          JsonNode *tag = json_array_get_element (tags, i);

          if (!JSON_NODE_HOLDS_VALUE (tag) || json_node_get_value_type (tag) != G_TYPE_STRING)
            return invalid (import, _("annotation"), index, _("tag ids as strings"), error);
        }
    }
  return TRUE;
}

static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (a != NULL && *a != '\0' ? a : NULL, b != NULL && *b != '\0' ? b : NULL) == 0;
}

/* Tags carry no modification time, so when the file's version of a tag we
 * have differs, ours is kept, never silently replaced, and each difference
 * is named once. @theirs's parent is compared once mapped to our ids. */
static void
report_kept_tag (Import     *import,
                 JsonObject *theirs,
                 GlosaTag   *ours)
{
  const char *parent = get_string (theirs, "parent");
  const char *mapped = parent != NULL ? g_hash_table_lookup (import->tag_ids, parent) : NULL;
  const char *colour = get_string (theirs, "colour");
  const char *our_colour = glosa_tag_has_colour (ours) ? glosa_tag_get_colour (ours) : NULL;
  g_autoptr(GPtrArray) fields = g_ptr_array_new_null_terminated (4, NULL, TRUE);
  g_autofree char *list = NULL;

  if (!g_str_equal (get_string (theirs, "name"), glosa_tag_get_name (ours)))
    g_ptr_array_add (fields, _("name"));
  if ((colour == NULL) != (our_colour == NULL)
      || (colour != NULL && g_ascii_strcasecmp (colour, our_colour) != 0))
    g_ptr_array_add (fields, _("colour"));
  if (!same_text (mapped != NULL ? mapped : parent, glosa_tag_get_parent (ours)))
    g_ptr_array_add (fields, _("parent"));
  if (!same_text (get_string (theirs, "description"), glosa_tag_get_description (ours)))
    g_ptr_array_add (fields, _("description"));
  if (fields->len == 0)
    return;
  list = g_strjoinv (", ", (char **) fields->pdata);
  /* Translators: a tag id, then a list such as "name, colour" */
  g_ptr_array_add (import->stats->problems,
                   g_strdup_printf (_("Tag %s: kept this project’s %s; the file’s differ"),
                                    glosa_tag_get_id (ours), list));
}

/* Tags are merged by id, then by name: a tag the other coder made under a
 * name we already have is ours, so their annotations get our id. */
static void
merge_tags (Import    *import,
            JsonArray *tags)
{
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();   /* JsonObject*, GlosaTag* pairs */

  for (guint i = 0; tags != NULL && i < json_array_get_length (tags); i++)
    {
      JsonObject *object = json_array_get_object_element (tags, i);
      const char *id = get_string (object, "id");
      const char *name = get_string (object, "name");
      GlosaTag *ours = glosa_project_lookup_tag (import->project, id);

      if (ours == NULL)
        ours = glosa_project_lookup_tag_by_name (import->project, name);
      if (ours != NULL)
        {
          g_hash_table_insert (import->tag_ids, (gpointer) id, (gpointer) glosa_tag_get_id (ours));
          g_ptr_array_add (kept, object);
          g_ptr_array_add (kept, ours);
          import->stats->tags_unchanged++;
        }
      else if (g_hash_table_contains (import->tag_ids, id) || g_hash_table_contains (names, name))
        g_ptr_array_add (import->stats->problems,
                         g_strdup_printf (_("Tag %s: the file has it twice"), id));
      else
        {
          g_hash_table_insert (import->tag_ids, (gpointer) id, (gpointer) id);
          g_hash_table_add (names, (gpointer) name);
          g_ptr_array_add (added, object);
        }
    }

  for (guint i = 0; i < kept->len; i += 2)
    report_kept_tag (import, kept->pdata[i], kept->pdata[i + 1]);

  /* Parents are mapped once every tag is known; the parent column is a
   * deferred reference, so the order of the new rows does not matter. */
  for (guint i = 0; i < added->len; i++)
    {
      JsonObject *object = g_ptr_array_index (added, i);
      JsonObject *image = json_object_new ();
      const char *parent = get_string (object, "parent");
      const char *colour = get_string (object, "colour");
      const char *mapped = parent != NULL ? g_hash_table_lookup (import->tag_ids, parent) : NULL;
      g_autoptr(GlosaTag) tag = NULL;

      json_object_set_string_member (image, "id", get_string (object, "id"));
      json_object_set_string_member (image, "name", get_string (object, "name"));
      if (colour != NULL && glosa_colour_is_valid (colour))
        json_object_set_string_member (image, "colour", colour);
      if (mapped != NULL && !g_str_equal (mapped, get_string (object, "id")))
        json_object_set_string_member (image, "parent", mapped);
      if (get_string (object, "description") != NULL)
        json_object_set_string_member (image, "description", get_string (object, "description"));
      /* Round-trip through a tag, so the row is exactly what the project writes. */
      tag = glosa_project_tag_from_image (image);
      json_object_unref (image);
      g_ptr_array_add (import->ops, glosa_op_new (GLOSA_OP_TAG, glosa_tag_get_id (tag), NULL,
                                                  glosa_project_tag_image (tag)));
      import->stats->tags_added++;
    }
}

static void
merge_annotation (Import     *import,
                  JsonObject *object,
                  GHashTable *seen)
{
  g_autoptr(GlosaAnnotation) annotation = NULL;
  g_autoptr(GPtrArray) tags = g_ptr_array_new_null_terminated (0, NULL, TRUE);
  const char *id = get_string (object, "id");
  const char *document_id = get_string (object, "document");
  const char *stance = get_string (object, "stance");
  gint64 start = json_object_get_int_member (object, "start");
  gint64 end = json_object_get_int_member (object, "end");
  JsonArray *tag_ids = get_array (object, "tags");
  GlosaDocument *document;
  GlosaAnnotation *ours;

  if (!g_hash_table_add (seen, (gpointer) id))
    {
      problem (import, id, _("the file has it twice"));
      import->stats->annotations_skipped++;
      return;
    }
  if ((document = find_document (import, document_id)) == NULL)
    {
      problem (import, id, _("the document “%s” is not in this project"), document_id);
      import->stats->annotations_skipped++;
      return;
    }
  if (start < 0 || end <= start || end > glosa_document_get_chars (document))
    {
      problem (import, id,
               _("the span %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT " is outside the document "
                 "“%s”, which has %u characters"),
               start, end, document_id, glosa_document_get_chars (document));
      import->stats->annotations_skipped++;
      return;
    }
  if (stance != NULL && !g_strv_contains (stances, stance))
    {
      problem (import, id, _("“%s” is not a stance"), stance);
      import->stats->annotations_skipped++;
      return;
    }

  annotation = glosa_project_annotation_from_image (object);
  for (guint i = 0; tag_ids != NULL && i < json_array_get_length (tag_ids); i++)
    {
      const char *tag = json_array_get_string_element (tag_ids, i);
      const char *mapped = g_hash_table_lookup (import->tag_ids, tag);

      if (mapped == NULL)
        mapped = glosa_project_lookup_tag (import->project, tag) != NULL ? tag : NULL;
      if (mapped != NULL)
        g_ptr_array_add (tags, (gpointer) mapped);
      else
        problem (import, id, _("the tag %s is not in the file or the project; left out"), tag);
    }
  glosa_annotation_set_tags (annotation, (const char * const *) tags->pdata);

  ours = glosa_project_lookup_annotation (import->project, id);
  if (ours == NULL)
    {
      g_ptr_array_add (import->ops,
                       glosa_op_new (GLOSA_OP_ANNOTATION, id, NULL,
                                     glosa_project_annotation_image (annotation)));
      import->stats->annotations_added++;
    }
  /* Times are ISO 8601 in UTC, so they compare as strings. */
  else if (g_strcmp0 (glosa_annotation_get_modified (annotation),
                      glosa_annotation_get_modified (ours)) > 0)
    {
      if (!g_str_equal (glosa_annotation_get_document (ours), document_id))
        {
          problem (import, id, _("it is on another document in this project"));
          import->stats->annotations_skipped++;
          return;
        }
      g_ptr_array_add (import->ops,
                       glosa_op_new (GLOSA_OP_ANNOTATION, id, glosa_project_annotation_image (ours),
                                     glosa_project_annotation_image (annotation)));
      import->stats->annotations_updated++;
    }
  else
    import->stats->annotations_unchanged++;
}

/**
 * glosa_import_json:
 * @data: a Glosa JSON export (glosa_export_to_bytes() with %GLOSA_EXPORT_JSON)
 * @display_name: the file's name, for messages
 * @stats: (out caller-allocates): what was merged; clear it with
 *   glosa_import_stats_clear()
 * @error: return location for a #GError
 *
 * Merges the annotations and tags of @data into @project as one undoable
 * action. An annotation with an id the project has replaces it when its
 * modification time is later. Annotations on documents the project lacks,
 * or with spans beyond the text, are skipped with a reason in @stats.
 * The codebook in @data is merged into the project's by id
 * (glosa_import_codebook()); that part is not undone with the rest.
 *
 * Returns: %TRUE on success; on error the project is unchanged
 */
gboolean
glosa_import_json (GlosaProject      *project,
                   const char        *data,
                   gsize              length,
                   const char        *display_name,
                   GlosaImportStats  *stats,
                   GError           **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GlosaCodebookData) codebook = NULL;
  g_autofree char *codebook_json = NULL;
  Import import = { .display_name = display_name };
  JsonObject *object;
  JsonNode *codebook_node;
  JsonArray *tags;
  JsonArray *annotations;
  gint64 version;

  g_return_val_if_fail (GLOSA_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);
  g_return_val_if_fail (stats != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  glosa_import_stats_init (stats);
  if (!glosa_project_check_writable (project, error))
    return FALSE;
  if ((root = glosa_json_parse (data, length, display_name, 1, error)) == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_OBJECT (root)
      || !is_type ((object = json_node_get_object (root)), "glosa_export", G_TYPE_INT64, FALSE))
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_UNSUPPORTED,
                   _("%s is not a Glosa JSON export: export it with the “json” format."),
                   display_name);
      return FALSE;
    }
  version = json_object_get_int_member (object, "glosa_export");
  if (version != GLOSA_IMPORT_JSON_VERSION)
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_UNSUPPORTED,
                   _("%s is a Glosa export of version %" G_GINT64_FORMAT ", which this Glosa "
                     "cannot read."), display_name, version);
      return FALSE;
    }
  tags = get_array (object, "tags");
  annotations = get_array (object, "annotations");
  if ((json_object_has_member (object, "tags") && tags == NULL) || annotations == NULL)
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_INVALID,
                   _("%s: expected arrays for “tags” and “annotations”"), display_name);
      return FALSE;
    }
  for (guint i = 0; tags != NULL && i < json_array_get_length (tags); i++)
    if (!check_tag (&import, json_array_get_element (tags, i), i, error))
      return FALSE;
  for (guint i = 0; i < json_array_get_length (annotations); i++)
    if (!check_annotation (&import, json_array_get_element (annotations, i), i, error))
      return FALSE;
  /* The codebook is merged by id too, and checked before anything is
   * written; its layer is stored last, in a transaction of its own. */
  codebook_node = json_object_get_member (object, "codebook");
  if (codebook_node != NULL && !JSON_NODE_HOLDS_NULL (codebook_node)
      && ((codebook = glosa_import_codebook_read_node (codebook_node, display_name,
                                                       error)) == NULL
          || !glosa_import_codebook_data (project, codebook, display_name, stats,
                                          &codebook_json, error)))
    return FALSE;

  return glosa_import_merge (project, display_name, NULL, tags, annotations, stats, error)
         && (codebook_json == NULL
             || glosa_project_set_codebook_json (project, codebook_json, error));
}

/**
 * glosa_import_merge:
 * @documents: (element-type GlosaDocument) (nullable): documents to add
 *   with the annotations, whose ids the project does not have
 * @tags: (nullable): tags as a Glosa JSON export has them, checked
 * @annotations: annotations as a Glosa JSON export has them, checked
 * @stats: counts are added here (glosa_import_stats_init() first)
 *
 * What every importer ends with: tags merged by id, then by name;
 * annotations added, or replacing ours when modified later; all of it,
 * with @documents, in one transaction and one undoable action.
 *
 * Returns: %TRUE on success; on error the project is unchanged
 */
gboolean
glosa_import_merge (GlosaProject      *project,
                    const char        *display_name,
                    GPtrArray         *documents,
                    JsonArray         *tags,
                    JsonArray         *annotations,
                    GlosaImportStats  *stats,
                    GError           **error)
{
  g_autoptr(GHashTable) tag_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) added = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) ops = glosa_op_list_new ();
  Import import = { project, display_name, stats, tag_ids, added, ops };

  for (guint i = 0; documents != NULL && i < documents->len; i++)
    {
      GlosaDocument *document = g_ptr_array_index (documents, i);

      g_hash_table_insert (added, (gpointer) glosa_document_get_id (document), document);
    }
  merge_tags (&import, tags);
  for (guint i = 0; i < json_array_get_length (annotations); i++)
    merge_annotation (&import, json_array_get_object_element (annotations, i), seen);

  if (documents != NULL && documents->len > 0)
    {
      if (!glosa_project_add_documents (project, documents, N_("Import Annotations"), ops,
                                        error))
        return FALSE;
      stats->documents_added += documents->len;
      return TRUE;
    }
  if (ops->len == 0)
    return TRUE;
  return glosa_project_perform (project, N_("Import Annotations"), ops, error);
}
