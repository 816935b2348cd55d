/* glosa-project-store.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-project-store"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "glosa-error.h"
#include "glosa-json.h"
#include "glosa-project-private.h"

/* The in-memory mirror of the file: tags, annotations and reviews, the
 * documents' ids and order, and the list models views bind. It is loaded
 * on opening and after a refresh; afterwards each committed change arrives
 * as a row image (glosa-project-images.c) applied here, with signals.
 * Documents themselves are read when asked for, and their texts later
 * still (glosa_document_new_lazy()): a project of 100,000 articles opens
 * without reading them. */

static void
store_models_init (GlosaProject *self)
{
  self->document_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->document_nums = g_hash_table_new (NULL, NULL);
  self->looked_up = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->missing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->tags_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  /* Keys are the annotations' own ids, which never change. */
  self->annotations = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->reviews = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) json_object_unref);
}

/* Shared by the project's lazy documents, which may outlive it: cleared
 * when it goes, after which they read no text. One link for all, not a
 * weak reference each, which GObject keeps in a list. */
struct _GlosaProjectLink
{
  gatomicrefcount  ref;
  GlosaProject    *project;
};

static GlosaProjectLink *
link_ref (GlosaProjectLink *link)
{
  g_atomic_ref_count_inc (&link->ref);
  return link;
}

static void
link_unref (GlosaProjectLink *link)
{
  if (g_atomic_ref_count_dec (&link->ref))
    g_free (link);
}

static void fetch_documents (const gint64 *nums,
                             guint         n_nums,
                             GPtrArray    *documents,
                             gpointer      user_data);

void
glosa_project_store_init (GlosaProject *self)
{
  self->documents = glosa_document_list_new (fetch_documents, self);
  self->link = g_new0 (GlosaProjectLink, 1);
  g_atomic_ref_count_init (&self->link->ref);
  self->link->project = self;
  self->tags = g_list_store_new (GLOSA_TYPE_TAG);
  self->all_annotations = g_list_store_new (GLOSA_TYPE_ANNOTATION);
  self->annotation_models = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  store_models_init (self);
}

static void
store_hashes_clear (GlosaProject *self)
{
  g_clear_pointer (&self->document_index, g_hash_table_unref);
  g_clear_pointer (&self->document_nums, g_hash_table_unref);
  g_clear_pointer (&self->looked_up, g_hash_table_unref);
  g_clear_pointer (&self->missing, g_hash_table_unref);
  g_clear_pointer (&self->tags_by_id, g_hash_table_unref);
  g_clear_pointer (&self->annotations, g_hash_table_unref);
  g_clear_pointer (&self->reviews, g_hash_table_unref);
}

void
glosa_project_store_clear (GlosaProject *self)
{
  store_hashes_clear (self);
  /* Views may hold the list longer than the project. */
  if (self->documents != NULL)
    glosa_document_list_detach (self->documents);
  g_clear_object (&self->documents);
  if (self->link != NULL)
    {
      self->link->project = NULL;
      g_clear_pointer (&self->link, link_unref);
    }
  g_clear_object (&self->tags);
  g_clear_object (&self->all_annotations);
  g_clear_pointer (&self->annotation_models, g_hash_table_unref);
}

gboolean
glosa_project_document_position (GlosaProject *self,
                                 const char   *id,
                                 guint        *position)
{
  guint found = GPOINTER_TO_UINT (g_hash_table_lookup (self->document_index, id));

  if (found == 0)
    return FALSE;
  if (position != NULL)
    *position = found - 1;
  return TRUE;
}

gboolean
glosa_project_document_at_num (GlosaProject *self,
                               gint64        num,
                               guint        *position)
{
  guint found = GPOINTER_TO_UINT (g_hash_table_lookup (self->document_nums,
                                                       GINT_TO_POINTER ((int) num)));

  if (found == 0)
    return FALSE;
  if (position != NULL)
    *position = found - 1;
  return TRUE;
}

/* All annotations: by document, as the documents list orders them (unknown
 * documents last), then in text order. */
static int
compare_all (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  GlosaProject *self = user_data;
  GlosaAnnotation *x = (GlosaAnnotation *) a;
  GlosaAnnotation *y = (GlosaAnnotation *) b;
  guint px = G_MAXUINT, py = G_MAXUINT;
  int cmp;

  glosa_project_document_position (self, glosa_annotation_get_document (x), &px);
  glosa_project_document_position (self, glosa_annotation_get_document (y), &py);
  if (px != py)
    return px < py ? -1 : 1;
  if ((cmp = g_strcmp0 (glosa_annotation_get_document (x), glosa_annotation_get_document (y))) != 0)
    return cmp;
  return glosa_annotation_compare (x, y);
}

static int
compare_tags (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  int cmp = g_utf8_collate (glosa_tag_get_name ((GlosaTag *) a),
                            glosa_tag_get_name ((GlosaTag *) b));

  return cmp ? cmp : g_strcmp0 (glosa_tag_get_id ((GlosaTag *) a),
                                glosa_tag_get_id ((GlosaTag *) b));
}

static int
compare_tags_indirect (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  return compare_tags (*(gpointer *) a, *(gpointer *) b, user_data);
}

/* ---- loading ---- */

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* What a lazy document needs to fetch its text later. */
typedef struct
{
  GlosaProjectLink *link;
  gint64            num;
} TextSource;

static void
text_source_free (TextSource *source)
{
  link_unref (source->link);
  g_free (source);
}

/* Reads with the project's own connection: call it from the thread that
 * uses the project (workers that read every text open their own). */
static char *
fetch_text (GlosaDocument *document,
            gpointer       user_data)
{
  TextSource *source = user_data;
  GlosaProject *self = source->link->project;
  sqlite3_stmt *stmt;
  char *text = NULL;

  if (self == NULL || self->db == NULL)
    return NULL;
  stmt = glosa_project_prepare (self, "SELECT text FROM documents WHERE num = ?", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, source->num);
  /* A damaged file may hold any bytes; a text is valid UTF-8 everywhere else. */
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = column_text (stmt, 0) ? g_utf8_make_valid (column_text (stmt, 0), -1) : NULL;
  else
    g_warning ("Could not read the text of %s: %s", glosa_document_get_id (document),
               sqlite3_errmsg (self->db));
  sqlite3_finalize (stmt);
  return text;
}

static void
copy_json_fields (GlosaDocument *document,
                  const char    *metadata,
                  const char    *warnings)
{
  if (metadata != NULL)
    {
      g_autoptr(JsonNode) node = glosa_json_parse (metadata, strlen (metadata), "metadata",
                                                   1, NULL);

      if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObject *object = json_node_get_object (node);
          g_autoptr(GList) members = json_object_get_members (object);

          for (GList *l = members; l != NULL; l = l->next)
            json_object_set_member (glosa_document_get_metadata (document), l->data,
                                    json_node_copy (json_object_get_member (object, l->data)));
        }
    }
  if (warnings != NULL)
    {
      g_autoptr(JsonNode) node = glosa_json_parse (warnings, strlen (warnings), "warnings",
                                                   1, NULL);

      if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
        {
          JsonArray *array = json_node_get_array (node);

          for (guint i = 0; i < json_array_get_length (array); i++)
            if (json_node_get_value_type (json_array_get_element (array, i)) == G_TYPE_STRING)
              glosa_document_add_warning (document, json_array_get_string_element (array, i));
        }
    }
}

#define DOCUMENT_COLUMNS "num, id, title, author, date, source, url, language, path, hash, " \
                         "metadata, warnings, missing"

static GlosaDocument *
document_from_row (GlosaProject *self,
                   sqlite3_stmt *stmt)
{
  TextSource *source = g_new0 (TextSource, 1);
  g_autoptr(GlosaDocument) document = NULL;

  source->link = link_ref (self->link);
  source->num = sqlite3_column_int64 (stmt, 0);
  document = glosa_document_new_lazy (column_text (stmt, 1), column_text (stmt, 2),
                                      column_text (stmt, 9), fetch_text, source,
                                      (GDestroyNotify) text_source_free);
  glosa_document_set_author (document, column_text (stmt, 3));
  glosa_document_set_date (document, column_text (stmt, 4));
  glosa_document_set_source (document, column_text (stmt, 5));
  glosa_document_set_url (document, column_text (stmt, 6));
  glosa_document_set_language (document, column_text (stmt, 7));
  glosa_document_set_path (document, column_text (stmt, 8));
  copy_json_fields (document, column_text (stmt, 10), column_text (stmt, 11));
  if (sqlite3_column_int (stmt, 12))
    glosa_document_add_warning (document, _("This file is no longer in the corpus; the project "
                                            "keeps its text for its annotations."));
  return g_steal_pointer (&document);
}

/* GlosaDocumentListFetch: one statement for a page of documents. */
static void
fetch_documents (const gint64 *nums,
                 guint         n_nums,
                 GPtrArray    *documents,
                 gpointer      user_data)
{
  GlosaProject *self = user_data;
  sqlite3_stmt *stmt;

  if (self->db == NULL)
    return;
  stmt = glosa_project_prepare (self, "SELECT " DOCUMENT_COLUMNS " FROM documents WHERE num = ?",
                                NULL);
  if (stmt == NULL)
    return;
  for (guint i = 0; i < n_nums; i++)
    {
      sqlite3_bind_int64 (stmt, 1, nums[i]);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        break;
      g_ptr_array_add (documents, document_from_row (self, stmt));
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
}

/* Only the order and the ids: documents are read when a view asks. */
static gboolean
load_documents (GlosaProject  *self,
                GArray        *nums,
                GError       **error)
{
  sqlite3_stmt *stmt = glosa_project_prepare (self,
                                              "SELECT num, id, missing FROM documents "
                                              "ORDER BY missing, position, num",
                                              error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 num = sqlite3_column_int64 (stmt, 0);
      guint position = nums->len;

      g_array_append_val (nums, num);
      g_hash_table_insert (self->document_index, g_strdup (column_text (stmt, 1)),
                           GUINT_TO_POINTER (position + 1));
      g_hash_table_insert (self->document_nums, GINT_TO_POINTER ((int) num),
                           GUINT_TO_POINTER (position + 1));
      if (sqlite3_column_int (stmt, 2))
        g_hash_table_add (self->missing, g_strdup (column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return glosa_project_sql_error (self, error);
  return TRUE;
}

/**
 * glosa_project_read_document:
 * @id: a document id
 *
 * Returns: (transfer full) (nullable): the document, read now, its text
 *   left in the file until asked for
 */
GlosaDocument *
glosa_project_read_document (GlosaProject *self,
                             const char   *id)
{
  sqlite3_stmt *stmt = glosa_project_prepare (self, "SELECT " DOCUMENT_COLUMNS
                                                    " FROM documents WHERE id = ?", NULL);
  GlosaDocument *document = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    document = document_from_row (self, stmt);
  sqlite3_finalize (stmt);
  return document;
}

static gboolean
load_tags (GlosaProject  *self,
           GPtrArray     *tags,
           GError       **error)
{
  sqlite3_stmt *stmt = glosa_project_prepare (self,
                                              "SELECT id, name, colour, parent, description"
                                              " FROM tags", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GlosaTag *tag = glosa_tag_new (column_text (stmt, 0), column_text (stmt, 1));
      const char *colour = column_text (stmt, 2);

      if (colour != NULL && glosa_colour_is_valid (colour))
        glosa_tag_set_colour (tag, colour);
      glosa_tag_set_parent (tag, column_text (stmt, 3));
      glosa_tag_set_description (tag, column_text (stmt, 4));
      g_ptr_array_add (tags, tag);
      g_hash_table_insert (self->tags_by_id, (gpointer) glosa_tag_get_id (tag), tag);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return glosa_project_sql_error (self, error);
  g_ptr_array_sort_with_data (tags, compare_tags_indirect, NULL);
  return TRUE;
}

static int
compare_all_indirect (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  return compare_all (*(gpointer *) a, *(gpointer *) b, user_data);
}

static gboolean
damaged_row (GlosaProject  *self,
             GError       **error)
{
  g_autofree char *name = g_filename_display_name (self->path);

  g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_DAMAGED,
               _("“%s” is damaged: a row has lost its id."), name);
  return FALSE;
}

static gboolean
load_annotations (GlosaProject  *self,
                  GError       **error)
{
  sqlite3_stmt *stmt = glosa_project_prepare (self,
                                              "SELECT id, document, span_start, span_end, quote, "
                                              "prefix, suffix, actor, issue, stance, note, author, "
                                              "created, modified, orphaned FROM annotations",
                                              error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GlosaAnnotation *annotation = g_object_new (GLOSA_TYPE_ANNOTATION,
                                                  "id", column_text (stmt, 0),
                                                  "document", column_text (stmt, 1),
                                                  NULL);
      gint64 start = sqlite3_column_int64 (stmt, 2);
      gint64 end = sqlite3_column_int64 (stmt, 3);
      gboolean impossible;

      /* Damage may leave a key that is empty or not text: the annotation
       * refuses it, and nothing could find the annotation again. */
      if (glosa_annotation_get_id (annotation) == NULL
          || glosa_annotation_get_document (annotation) == NULL)
        {
          g_object_unref (annotation);
          sqlite3_finalize (stmt);
          return damaged_row (self, error);
        }
      /* A damaged file may hold any numbers: a span no text can have is
       * kept as an orphan, to be placed again from its quote. */
      impossible = start < 0 || end < start || end > G_MAXUINT;

      glosa_annotation_set_span (annotation, impossible ? 0 : start, impossible ? 0 : end);
      glosa_annotation_set_anchor (annotation, column_text (stmt, 4), column_text (stmt, 5),
                                   column_text (stmt, 6));
      glosa_annotation_set_actor (annotation, column_text (stmt, 7));
      glosa_annotation_set_issue (annotation, column_text (stmt, 8));
      glosa_annotation_set_stance (annotation, column_text (stmt, 9));
      glosa_annotation_set_note (annotation, column_text (stmt, 10));
      glosa_annotation_set_author (annotation, column_text (stmt, 11));
      glosa_annotation_set_times (annotation, column_text (stmt, 12), column_text (stmt, 13));
      glosa_annotation_set_orphaned (annotation, impossible || sqlite3_column_int (stmt, 14));
      g_hash_table_insert (self->annotations, (gpointer) glosa_annotation_get_id (annotation),
                           annotation);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return glosa_project_sql_error (self, error);

  stmt = glosa_project_prepare (self, "SELECT annotation, tag FROM annotation_tags "
                                      "ORDER BY annotation, position", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GlosaAnnotation *annotation = g_hash_table_lookup (self->annotations, column_text (stmt, 0));

      if (annotation != NULL)
        glosa_annotation_add_tag (annotation, column_text (stmt, 1));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return glosa_project_sql_error (self, error);
  return TRUE;
}

static gboolean
load_reviews (GlosaProject  *self,
              GError       **error)
{
  sqlite3_stmt *stmt = glosa_project_prepare (self,
                                              "SELECT key, document, actor, issue, stance,"
                                              " evidence, span_start, span_end, verdict,"
                                              " annotation, created FROM reviews", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (self->reviews, g_strdup (column_text (stmt, 0)),
                         glosa_project_review_from_row (stmt));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return glosa_project_sql_error (self, error);
  return TRUE;
}

static void
splice_all (GListStore *store,
            GPtrArray  *items)
{
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata,
                       items->len);
}

/**
 * glosa_project_store_load:
 *
 * Reads everything from the file. On a reload (after a refresh) the list
 * models stay the same objects, so views bound to them stay bound; their
 * contents are replaced.
 */
/* The keys the loaders hash: NOT NULL in the schema, so missing only in a
 * damaged file, where they would crash the hash tables. Each is an index
 * lookup. */
static gboolean
check_keys (GlosaProject  *self,
            GError       **error)
{
  sqlite3_stmt *stmt = glosa_project_prepare (self,
    "SELECT 1 FROM documents WHERE id IS NULL"
    " UNION ALL SELECT 1 FROM tags WHERE id IS NULL OR name IS NULL"
    " UNION ALL SELECT 1 FROM annotations WHERE id IS NULL OR document IS NULL"
    " UNION ALL SELECT 1 FROM annotation_tags WHERE annotation IS NULL OR tag IS NULL"
    " UNION ALL SELECT 1 FROM reviews WHERE key IS NULL LIMIT 1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc == SQLITE_ROW)
    return damaged_row (self, error);
  return rc == SQLITE_DONE || glosa_project_sql_error (self, error);
}

gboolean
glosa_project_store_load (GlosaProject  *self,
                          GError       **error)
{
  g_autoptr(GArray) nums = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;

  store_hashes_clear (self);
  store_models_init (self);
  if (!check_keys (self, error)
      || !load_documents (self, nums, error) || !load_tags (self, tags, error)
      || !load_annotations (self, error) || !load_reviews (self, error))
    return FALSE;

  glosa_document_list_set_nums (self->documents, nums);
  splice_all (self->tags, tags);
  g_hash_table_iter_init (&iter, self->annotations);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (all, value);
  g_ptr_array_sort_with_data (all, compare_all_indirect, self);
  splice_all (self->all_annotations, all);

  g_hash_table_iter_init (&iter, self->annotation_models);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(GPtrArray) some = g_ptr_array_new ();

      for (guint i = 0; i < all->len; i++)
        if (g_str_equal (glosa_annotation_get_document (g_ptr_array_index (all, i)), key))
          g_ptr_array_add (some, g_ptr_array_index (all, i));
      splice_all (value, some);
    }
  return TRUE;
}

/**
 * glosa_project_get_annotations:
 * @document: (nullable): a document id, or %NULL for every annotation
 *
 * The annotations of one document in text order, or all of them by
 * document; the project keeps the model up to date as annotations are
 * added, changed, removed, undone or re-placed, so a view can bind it.
 *
 * Returns: (transfer none): a #GListModel of #GlosaAnnotation, owned by
 *   the project
 */
GListModel *
glosa_project_get_annotations (GlosaProject *self,
                               const char   *document)
{
  GListStore *store;
  g_autoptr(GPtrArray) some = NULL;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);

  if (document == NULL)
    return G_LIST_MODEL (self->all_annotations);
  if ((store = g_hash_table_lookup (self->annotation_models, document)) != NULL)
    return G_LIST_MODEL (store);

  store = g_list_store_new (GLOSA_TYPE_ANNOTATION);
  some = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, self->annotations);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (g_str_equal (glosa_annotation_get_document (value), document))
      g_ptr_array_add (some, value);
  g_ptr_array_sort_with_data (some, compare_all_indirect, self);
  splice_all (store, some);
  g_hash_table_insert (self->annotation_models, g_strdup (document), store);
  return G_LIST_MODEL (store);
}

/* ---- applying images to the objects ---- */

static void
model_remove (GListStore *store,
              gpointer    item)
{
  guint position;

  if (store != NULL && g_list_store_find (store, item, &position))
    g_list_store_remove (store, position);
}

/* Keeps @item where it is if it is still in order, so a view does not see
 * a remove and an add for a change of note. */
static void
model_resort (GListStore       *store,
              gpointer          item,
              GCompareDataFunc  compare,
              gpointer          user_data)
{
  GListModel *model = G_LIST_MODEL (store);
  guint position;
  guint n;
  g_autoptr(GObject) before = NULL;
  g_autoptr(GObject) after = NULL;

  if (store == NULL || !g_list_store_find (store, item, &position))
    return;
  n = g_list_model_get_n_items (model);
  before = position > 0 ? g_list_model_get_item (model, position - 1) : NULL;
  after = position + 1 < n ? g_list_model_get_item (model, position + 1) : NULL;
  if ((before == NULL || compare (before, item, user_data) <= 0)
      && (after == NULL || compare (item, after, user_data) <= 0))
    return;
  g_object_ref (item);
  g_list_store_remove (store, position);
  g_list_store_insert_sorted (store, item, compare, user_data);
  g_object_unref (item);
}

static void
apply_annotation (GlosaProject *self,
                  const char   *id,
                  JsonObject   *image)
{
  GlosaAnnotation *existing = g_hash_table_lookup (self->annotations, id);
  g_autoptr(GlosaAnnotation) fresh = image ? glosa_project_annotation_from_image (image) : NULL;
  GListStore *model;

  if (fresh == NULL)
    {
      g_autoptr(GlosaAnnotation) gone = NULL;

      if (existing == NULL)
        return;
      gone = g_object_ref (existing);
      model_remove (self->all_annotations, gone);
      model_remove (g_hash_table_lookup (self->annotation_models,
                                         glosa_annotation_get_document (gone)), gone);
      g_hash_table_remove (self->annotations, id);
      g_signal_emit (self, glosa_project_signals[GLOSA_PROJECT_SIGNAL_ANNOTATION_REMOVED], 0, gone);
      return;
    }

  if (existing != NULL)
    {
      glosa_annotation_assign (existing, fresh);
      model_resort (self->all_annotations, existing, compare_all, self);
      model_resort (g_hash_table_lookup (self->annotation_models,
                                         glosa_annotation_get_document (existing)),
                    existing, compare_all, self);
      g_signal_emit (self, glosa_project_signals[GLOSA_PROJECT_SIGNAL_ANNOTATION_CHANGED], 0,
                     existing);
      return;
    }

  g_hash_table_insert (self->annotations, (gpointer) glosa_annotation_get_id (fresh),
                       g_object_ref (fresh));
  g_list_store_insert_sorted (self->all_annotations, fresh, compare_all, self);
  model = g_hash_table_lookup (self->annotation_models, glosa_annotation_get_document (fresh));
  if (model != NULL)
    g_list_store_insert_sorted (model, fresh, compare_all, self);
  g_signal_emit (self, glosa_project_signals[GLOSA_PROJECT_SIGNAL_ANNOTATION_ADDED], 0, fresh);
}

static void
apply_tag (GlosaProject *self,
           const char   *id,
           JsonObject   *image)
{
  GlosaTag *existing = g_hash_table_lookup (self->tags_by_id, id);
  g_autoptr(GlosaTag) fresh = image ? glosa_project_tag_from_image (image) : NULL;

  if (fresh == NULL)
    {
      if (existing != NULL)
        {
          g_hash_table_remove (self->tags_by_id, id);
          model_remove (self->tags, existing);
        }
      return;
    }
  if (existing != NULL)
    {
      glosa_tag_assign (existing, fresh);
      model_resort (self->tags, existing, compare_tags, NULL);
      return;
    }
  g_hash_table_insert (self->tags_by_id, (gpointer) glosa_tag_get_id (fresh), fresh);
  g_list_store_insert_sorted (self->tags, fresh, compare_tags, NULL);
}

/**
 * glosa_project_apply_op:
 * @image: (nullable): the row as it now is in the file, or %NULL if gone
 *
 * Brings the objects and models in line with a committed image.
 */
void
glosa_project_apply_op (GlosaProject *self,
                        GlosaOpKind   kind,
                        const char   *id,
                        JsonObject   *image)
{
  switch (kind)
    {
    case GLOSA_OP_ANNOTATION:
      apply_annotation (self, id, image);
      break;
    case GLOSA_OP_TAG:
      apply_tag (self, id, image);
      break;
    case GLOSA_OP_REVIEW:
      if (image != NULL)
        g_hash_table_replace (self->reviews, g_strdup (id), json_object_ref (image));
      else
        g_hash_table_remove (self->reviews, id);
      g_signal_emit (self, glosa_project_signals[GLOSA_PROJECT_SIGNAL_REVIEWS_CHANGED], 0);
      break;
    default:
      g_assert_not_reached ();
    }
}
