/* glosa-document-list.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-document-list"

#include "config.h"

#include "glosa-document-list.h"

/* A list of documents that lives in a database: it knows their row
 * numbers only, and reads documents (without their texts) a page at a
 * time as a view asks for them. A bounded number of pages stay cached, the
 * most recently used, so scrolling back is cheap and memory stays flat
 * however long the list.
 *
 * A list can show another's documents in another order (a sort decided
 * elsewhere, by the database): it reads them through that list's source,
 * a page of its own order at a time, so a sorted list stays as lazy as
 * the unsorted one. */

#define PAGE_SIZE 64
#define MAX_PAGES 64

struct _GlosaDocumentList
{
  GObject                 parent_instance;

  GlosaDocumentListFetch  fetch;      /* NULL once detached */
  gpointer                user_data;
  GlosaDocumentList      *base;       /* read through, for a sorted view */
  GArray                 *nums;       /* gint64 row numbers, unsorted */
  GArray                 *order;      /* guint: list position → unsorted one; NULL for none */
  GArray                 *ranks;      /* guint: the inverse of order */
  guint                   n_read;     /* documents read, ever */
  GHashTable             *pages;      /* page number → GPtrArray of GlosaDocument */
  GQueue                  recent;     /* page numbers, most recently used first */
};

static GType
glosa_document_list_get_item_type (GListModel *model)
{
  return GLOSA_TYPE_DOCUMENT;
}

static guint
glosa_document_list_get_n_items (GListModel *model)
{
  return GLOSA_DOCUMENT_LIST (model)->nums->len;
}

/* The list whose fetch reads this one's documents. */
static GlosaDocumentList *
reader (GlosaDocumentList *self)
{
  return self->base ? self->base : self;
}

static GPtrArray *
load_page (GlosaDocumentList *self,
           guint              page)
{
  GlosaDocumentList *source = reader (self);
  guint start = page * PAGE_SIZE;
  guint n = MIN (PAGE_SIZE, self->nums->len - start);
  GPtrArray *documents = g_ptr_array_new_full (n, g_object_unref);
  g_autoptr(GArray) sorted = NULL;
  const gint64 *nums = &g_array_index (self->nums, gint64, start);

  if (self->order != NULL)
    {
      sorted = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
      for (guint i = start; i < start + n; i++)
        g_array_append_val (sorted, g_array_index (self->nums, gint64,
                                                   g_array_index (self->order, guint, i)));
      nums = (const gint64 *) sorted->data;
    }
  source->fetch (nums, n, documents, source->user_data);
  self->n_read += n;
  if (documents->len != n)
    {
      /* A row that vanished under us: a view must still get a document. */
      g_warning ("Read %u of %u documents", documents->len, n);
      g_ptr_array_set_size (documents, 0);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (documents, glosa_document_new ("?", NULL, ""));
    }
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), documents);
  g_queue_push_head (&self->recent, GUINT_TO_POINTER (page));
  while (self->recent.length > MAX_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->recent));
  return documents;
}

static gpointer
glosa_document_list_get_item (GListModel *model,
                              guint       position)
{
  GlosaDocumentList *self = GLOSA_DOCUMENT_LIST (model);
  guint page = position / PAGE_SIZE;
  GPtrArray *documents;

  if (position >= self->nums->len || reader (self)->fetch == NULL)
    return NULL;
  documents = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (documents == NULL)
    documents = load_page (self, page);
  else if (g_queue_peek_head (&self->recent) != GUINT_TO_POINTER (page))
    {
      g_queue_remove (&self->recent, GUINT_TO_POINTER (page));
      g_queue_push_head (&self->recent, GUINT_TO_POINTER (page));
    }
  return g_object_ref (g_ptr_array_index (documents, position % PAGE_SIZE));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = glosa_document_list_get_item_type;
  iface->get_n_items = glosa_document_list_get_n_items;
  iface->get_item = glosa_document_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (GlosaDocumentList, glosa_document_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
clear_cache (GlosaDocumentList *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->recent);
}

static void base_changed_cb (GlosaDocumentList *self);

static void
glosa_document_list_finalize (GObject *object)
{
  GlosaDocumentList *self = (GlosaDocumentList *) object;

  if (self->base != NULL)
    g_signal_handlers_disconnect_by_func (self->base, base_changed_cb, self);
  g_clear_object (&self->base);
  clear_cache (self);
  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_pointer (&self->nums, g_array_unref);
  g_clear_pointer (&self->order, g_array_unref);
  g_clear_pointer (&self->ranks, g_array_unref);

  G_OBJECT_CLASS (glosa_document_list_parent_class)->finalize (object);
}

static void
glosa_document_list_class_init (GlosaDocumentListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = glosa_document_list_finalize;
}

static void
glosa_document_list_init (GlosaDocumentList *self)
{
  self->nums = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_queue_init (&self->recent);
}

/* All gone, then all new, not one change: a GtkSingleSelection would look
 * for its item among every new one, reading them all. */
static void
replace (GlosaDocumentList *self,
         GArray            *nums,
         GArray            *order)
{
  guint removed = self->nums->len;

  clear_cache (self);
  g_array_set_size (self->nums, 0);
  g_clear_pointer (&self->order, g_array_unref);
  g_clear_pointer (&self->ranks, g_array_unref);
  if (removed > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, 0);
  g_array_append_vals (self->nums, nums->data, nums->len);
  if (order != NULL)
    {
      self->order = g_array_ref (order);
      self->ranks = g_array_sized_new (FALSE, FALSE, sizeof (guint), order->len);
      g_array_set_size (self->ranks, order->len);
      for (guint i = 0; i < order->len; i++)
        g_array_index (self->ranks, guint, g_array_index (order, guint, i)) = i;
    }
  if (nums->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, nums->len);
}

/* The base list was reloaded or detached: show it unsorted; whoever
 * sorted sorts again. */
static void
base_changed_cb (GlosaDocumentList *self)
{
  replace (self, self->base->nums, NULL);
}

/**
 * glosa_document_list_new:
 * @fetch: reads documents by row number
 * @user_data: data for @fetch; it must outlive the list, or be detached
 *
 * Returns: (transfer full): an empty list
 */
GlosaDocumentList *
glosa_document_list_new (GlosaDocumentListFetch fetch,
                         gpointer               user_data)
{
  GlosaDocumentList *self;

  g_return_val_if_fail (fetch != NULL, NULL);

  self = g_object_new (GLOSA_TYPE_DOCUMENT_LIST, NULL);
  self->fetch = fetch;
  self->user_data = user_data;
  return self;
}

/**
 * glosa_document_list_set_nums:
 * @nums: (element-type gint64) (transfer none): the row numbers, in list order
 *
 * Replaces the contents, the cached documents dropped: items-changed
 * says all were removed, then that the new ones were added.
 */
void
glosa_document_list_set_nums (GlosaDocumentList *self,
                              GArray            *nums)
{
  g_return_if_fail (GLOSA_IS_DOCUMENT_LIST (self));
  g_return_if_fail (nums != NULL);
  g_return_if_fail (self->base == NULL);

  replace (self, nums, NULL);
}

/**
 * glosa_document_list_detach:
 *
 * Forgets the source, when its owner goes: the list empties.
 */
void
glosa_document_list_detach (GlosaDocumentList *self)
{
  g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_if_fail (GLOSA_IS_DOCUMENT_LIST (self));

  if (self->base != NULL)
    g_signal_handlers_disconnect_by_func (self->base, base_changed_cb, self);
  g_clear_object (&self->base);
  replace (self, none, NULL);
  self->fetch = NULL;
  self->user_data = NULL;
}

/**
 * glosa_document_list_get_n_cached:
 *
 * Returns: how many documents the list holds in memory now
 */
guint
glosa_document_list_get_n_cached (GlosaDocumentList *self)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_return_val_if_fail (GLOSA_IS_DOCUMENT_LIST (self), 0);

  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    n += ((GPtrArray *) value)->len;
  return n;
}

/**
 * glosa_document_list_get_n_read:
 *
 * Returns: how many documents the list has read since it was made
 */
guint
glosa_document_list_get_n_read (GlosaDocumentList *self)
{
  g_return_val_if_fail (GLOSA_IS_DOCUMENT_LIST (self), 0);

  return self->n_read;
}

/**
 * glosa_document_list_new_sorted:
 * @base: the list whose documents to show
 *
 * A list of @base's documents that glosa_document_list_set_order() can
 * sort. It reads them through @base's source, and follows @base: when
 * @base changes, it shows @base's documents again, unsorted.
 *
 * Returns: (transfer full): the documents of @base, in its order
 */
GlosaDocumentList *
glosa_document_list_new_sorted (GlosaDocumentList *base)
{
  GlosaDocumentList *self;

  g_return_val_if_fail (GLOSA_IS_DOCUMENT_LIST (base), NULL);
  g_return_val_if_fail (base->base == NULL, NULL);

  self = g_object_new (GLOSA_TYPE_DOCUMENT_LIST, NULL);
  self->base = g_object_ref (base);
  g_array_append_vals (self->nums, base->nums->data, base->nums->len);
  g_signal_connect_swapped (base, "items-changed", G_CALLBACK (base_changed_cb), self);
  return self;
}

/**
 * glosa_document_list_set_order:
 * @order: (nullable) (element-type guint) (transfer none): for each
 *   position, the position of the document to show there in the unsorted
 *   list (a permutation), or %NULL for the unsorted order; kept, so not
 *   to be changed afterwards
 *
 * Sorts the list, the cached documents dropped: items-changed says all
 * were removed, then that all were added.
 */
void
glosa_document_list_set_order (GlosaDocumentList *self,
                               GArray            *order)
{
  g_autoptr(GArray) nums = NULL;
  g_autofree guint8 *seen = NULL;

  g_return_if_fail (GLOSA_IS_DOCUMENT_LIST (self));
  g_return_if_fail (order == NULL || order->len == self->nums->len);

  /* Nothing to tell a view, which would drop its rows for nothing. */
  if (order == NULL && self->order == NULL)
    return;
  if (order != NULL)
    {
      seen = g_new0 (guint8, order->len);
      for (guint i = 0; i < order->len; i++)
        {
          guint at = g_array_index (order, guint, i);

          g_return_if_fail (at < order->len && !seen[at]);
          seen[at] = 1;
        }
    }
  /* replace() empties self->nums before copying from its argument. */
  nums = g_array_copy (self->nums);
  replace (self, nums, order);
}

/**
 * glosa_document_list_get_unsorted_position:
 * @position: a position in the list
 *
 * Returns: where the document at @position is in the unsorted list
 */
guint
glosa_document_list_get_unsorted_position (GlosaDocumentList *self,
                                           guint              position)
{
  g_return_val_if_fail (GLOSA_IS_DOCUMENT_LIST (self), position);
  g_return_val_if_fail (position < self->nums->len, position);

  return self->order ? g_array_index (self->order, guint, position) : position;
}

/**
 * glosa_document_list_find:
 * @unsorted: a position in the unsorted list
 * @position: (out) (optional): where the list shows that document
 *
 * Returns: whether the list has a document at @unsorted
 */
gboolean
glosa_document_list_find (GlosaDocumentList *self,
                          guint              unsorted,
                          guint             *position)
{
  g_return_val_if_fail (GLOSA_IS_DOCUMENT_LIST (self), FALSE);

  if (unsorted >= self->nums->len)
    return FALSE;
  if (position != NULL)
    *position = self->ranks ? g_array_index (self->ranks, guint, unsorted) : unsorted;
  return TRUE;
}
