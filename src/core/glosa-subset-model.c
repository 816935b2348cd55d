/* glosa-subset-model.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-subset-model"

#include "config.h"

#include "glosa-subset-model.h"

#include <string.h>

/* Some items of a model, given by their positions: a filter decided
 * elsewhere (a full-text search, an actor's mentions) without asking the
 * model for every item, which for a lazy model would read them all. With
 * no positions set, every item shows. */
struct _GlosaSubsetModel
{
  GObject     parent_instance;

  GListModel *model;
  GArray     *positions;  /* guint, ascending; NULL for all */
};

static GType
glosa_subset_model_get_item_type (GListModel *list)
{
  return g_list_model_get_item_type (GLOSA_SUBSET_MODEL (list)->model);
}

static guint
glosa_subset_model_get_n_items (GListModel *list)
{
  GlosaSubsetModel *self = GLOSA_SUBSET_MODEL (list);

  return self->positions ? self->positions->len : g_list_model_get_n_items (self->model);
}

static gpointer
glosa_subset_model_get_item (GListModel *list,
                             guint       position)
{
  GlosaSubsetModel *self = GLOSA_SUBSET_MODEL (list);

  if (self->positions == NULL)
    return g_list_model_get_item (self->model, position);
  if (position >= self->positions->len)
    return NULL;
  return g_list_model_get_item (self->model, g_array_index (self->positions, guint, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = glosa_subset_model_get_item_type;
  iface->get_n_items = glosa_subset_model_get_n_items;
  iface->get_item = glosa_subset_model_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (GlosaSubsetModel, glosa_subset_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* The model changed under the positions: show it all, the owner refilters. */
static void
items_changed_cb (GlosaSubsetModel *self,
                  guint             position,
                  guint             removed,
                  guint             added)
{
  guint before = glosa_subset_model_get_n_items (G_LIST_MODEL (self));

  if (self->positions == NULL)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      return;
    }
  /* Two steps, as GlosaDocumentList does, so no view compares every item. */
  g_clear_pointer (&self->positions, g_array_unref);
  if (before > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, before, 0);
  if (glosa_subset_model_get_n_items (G_LIST_MODEL (self)) > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, 0,
                                glosa_subset_model_get_n_items (G_LIST_MODEL (self)));
}

static void
glosa_subset_model_dispose (GObject *object)
{
  GlosaSubsetModel *self = (GlosaSubsetModel *) object;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_clear_object (&self->model);
  g_clear_pointer (&self->positions, g_array_unref);

  G_OBJECT_CLASS (glosa_subset_model_parent_class)->dispose (object);
}

static void
glosa_subset_model_class_init (GlosaSubsetModelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = glosa_subset_model_dispose;
}

static void
glosa_subset_model_init (GlosaSubsetModel *self)
{
}

/**
 * glosa_subset_model_new:
 * @model: the whole
 *
 * Returns: (transfer full): a model showing all of @model
 */
GlosaSubsetModel *
glosa_subset_model_new (GListModel *model)
{
  GlosaSubsetModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (GLOSA_TYPE_SUBSET_MODEL, NULL);
  self->model = g_object_ref (model);
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (items_changed_cb), self);
  return self;
}

/**
 * glosa_subset_model_set_positions:
 * @positions: (nullable) (element-type guint) (transfer none): positions in
 *   the model, ascending, or %NULL for all of it
 */
void
glosa_subset_model_set_positions (GlosaSubsetModel *self,
                                  GArray           *positions)
{
  guint before;

  g_return_if_fail (GLOSA_IS_SUBSET_MODEL (self));

  /* Nothing to tell a view: it would rebuild its rows for nothing. */
  if (positions == NULL && self->positions == NULL)
    return;
  if (positions != NULL && self->positions != NULL && positions->len == self->positions->len
      && memcmp (positions->data, self->positions->data, positions->len * sizeof (guint)) == 0)
    return;
  before = glosa_subset_model_get_n_items (G_LIST_MODEL (self));
  g_clear_pointer (&self->positions, g_array_unref);
  if (positions != NULL)
    {
      guint n = g_list_model_get_n_items (self->model);

      self->positions = g_array_sized_new (FALSE, FALSE, sizeof (guint), positions->len);
      for (guint i = 0; i < positions->len; i++)
        {
          guint position = g_array_index (positions, guint, i);

          g_return_if_fail (i == 0 || position > g_array_index (positions, guint, i - 1));
          if (position < n)
            g_array_append_val (self->positions, position);
        }
    }
  g_list_model_items_changed (G_LIST_MODEL (self), 0, before,
                              glosa_subset_model_get_n_items (G_LIST_MODEL (self)));
}

/**
 * glosa_subset_model_find:
 * @position: a position in the model
 * @found: (out) (optional): where it is in the subset
 *
 * Returns: whether the subset shows the item at @position
 */
gboolean
glosa_subset_model_find (GlosaSubsetModel *self,
                         guint             position,
                         guint            *found)
{
  guint lo = 0, hi;

  g_return_val_if_fail (GLOSA_IS_SUBSET_MODEL (self), FALSE);

  if (self->positions == NULL)
    {
      if (position >= g_list_model_get_n_items (self->model))
        return FALSE;
      if (found != NULL)
        *found = position;
      return TRUE;
    }
  hi = self->positions->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      guint at = g_array_index (self->positions, guint, mid);

      if (at == position)
        {
          if (found != NULL)
            *found = mid;
          return TRUE;
        }
      if (at < position)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

/**
 * glosa_subset_model_get_model:
 *
 * Returns: (transfer none): the whole the subset is taken from
 */
GListModel *
glosa_subset_model_get_model (GlosaSubsetModel *self)
{
  g_return_val_if_fail (GLOSA_IS_SUBSET_MODEL (self), NULL);

  return self->model;
}
