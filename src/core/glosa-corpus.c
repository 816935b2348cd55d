/* glosa-corpus.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-corpus"

#include "config.h"

#include "glosa-corpus.h"

/* The loaded articles, as a list model of GlosaDocument in a stable order
 * (by path, then by position in the file), with what went wrong on the way. */
struct _GlosaCorpus
{
  GObject     parent_instance;

  GFile      *root;
  char       *name;
  GPtrArray  *documents;
  GPtrArray  *warnings;
  GHashTable *by_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GlosaCorpus, glosa_corpus, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
glosa_corpus_get_item_type (GListModel *model)
{
  return GLOSA_TYPE_DOCUMENT;
}

static guint
glosa_corpus_get_n_items (GListModel *model)
{
  return GLOSA_CORPUS (model)->documents->len;
}

static gpointer
glosa_corpus_get_item (GListModel *model,
                       guint       position)
{
  GlosaCorpus *self = GLOSA_CORPUS (model);

  if (position >= self->documents->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->documents, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = glosa_corpus_get_item_type;
  iface->get_n_items = glosa_corpus_get_n_items;
  iface->get_item = glosa_corpus_get_item;
}

static void
glosa_corpus_finalize (GObject *object)
{
  GlosaCorpus *self = (GlosaCorpus *) object;

  g_clear_object (&self->root);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);

  G_OBJECT_CLASS (glosa_corpus_parent_class)->finalize (object);
}

static void
glosa_corpus_class_init (GlosaCorpusClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = glosa_corpus_finalize;
}

static void
glosa_corpus_init (GlosaCorpus *self)
{
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * glosa_corpus_new_indexed:
 * @root: the folder or file the corpus was read from
 * @documents: (element-type GlosaDocument) (transfer none): its documents,
 *   with unique ids
 * @warnings: (element-type GlosaCorpusWarning) (transfer none): what went
 *   wrong while reading it
 * @by_id: (transfer full) (nullable): @documents by their ids, keyed by
 *   the documents' own id strings, when the caller has them already (the
 *   loader does, having made ids unique). Ids must not change afterwards,
 *   as for a corpus made without it.
 *
 * Returns: (transfer full): a new corpus
 */
GlosaCorpus *
glosa_corpus_new_indexed (GFile      *root,
                          GPtrArray  *documents,
                          GPtrArray  *warnings,
                          GHashTable *by_id)
{
  g_autoptr(GHashTable) index = by_id;
  GlosaCorpus *self;

  g_return_val_if_fail (G_IS_FILE (root), NULL);
  g_return_val_if_fail (documents != NULL, NULL);
  g_return_val_if_fail (warnings != NULL, NULL);
  g_return_val_if_fail (index == NULL || g_hash_table_size (index) == documents->len, NULL);

  self = g_object_new (GLOSA_TYPE_CORPUS, NULL);
  self->root = g_object_ref (root);
  self->name = g_file_get_basename (root);
  if (self->name != NULL)
    {
      char *display = g_filename_display_name (self->name);

      g_free (self->name);
      self->name = display;
    }
  self->documents = g_ptr_array_ref (documents);
  self->warnings = g_ptr_array_ref (warnings);
  if (index != NULL)
    {
      g_hash_table_unref (self->by_id);
      self->by_id = g_steal_pointer (&index);
      return self;
    }
  for (guint i = 0; i < documents->len; i++)
    {
      GlosaDocument *document = g_ptr_array_index (documents, i);

      /* The loader makes ids unique; a clash here is a programming error. */
      if (!g_hash_table_insert (self->by_id, (gpointer) glosa_document_get_id (document), document))
        g_critical ("Duplicate document id “%s”", glosa_document_get_id (document));
    }
  return self;
}

/**
 * glosa_corpus_new:
 * @root: the folder or file the corpus was read from
 * @documents: (element-type GlosaDocument) (transfer none): its documents,
 *   with unique ids
 * @warnings: (element-type GlosaCorpusWarning) (transfer none): what went
 *   wrong while reading it
 *
 * Returns: (transfer full): a new corpus
 */
GlosaCorpus *
glosa_corpus_new (GFile     *root,
                  GPtrArray *documents,
                  GPtrArray *warnings)
{
  return glosa_corpus_new_indexed (root, documents, warnings, NULL);
}

GFile *
glosa_corpus_get_root (GlosaCorpus *self)
{
  g_return_val_if_fail (GLOSA_IS_CORPUS (self), NULL);

  return self->root;
}

/**
 * glosa_corpus_get_name:
 *
 * Returns: the corpus's name for display: its folder's or file's name
 */
const char *
glosa_corpus_get_name (GlosaCorpus *self)
{
  g_return_val_if_fail (GLOSA_IS_CORPUS (self), NULL);

  return self->name ? self->name : "";
}

/**
 * glosa_corpus_lookup:
 * @id: a document id
 *
 * Returns: (transfer none) (nullable): the document with that id
 */
GlosaDocument *
glosa_corpus_lookup (GlosaCorpus *self,
                     const char  *id)
{
  g_return_val_if_fail (GLOSA_IS_CORPUS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

/**
 * glosa_corpus_get_warnings:
 *
 * Returns: (transfer none) (element-type GlosaCorpusWarning): files that
 *   were skipped and why
 */
GPtrArray *
glosa_corpus_get_warnings (GlosaCorpus *self)
{
  g_return_val_if_fail (GLOSA_IS_CORPUS (self), NULL);

  return self->warnings;
}

/**
 * glosa_corpus_count_document_warnings:
 *
 * Returns: how many documents were repaired while loading
 */
guint
glosa_corpus_count_document_warnings (GlosaCorpus *self)
{
  guint n = 0;

  g_return_val_if_fail (GLOSA_IS_CORPUS (self), 0);

  for (guint i = 0; i < self->documents->len; i++)
    if (glosa_document_get_warnings (g_ptr_array_index (self->documents, i))[0] != NULL)
      n++;
  return n;
}
