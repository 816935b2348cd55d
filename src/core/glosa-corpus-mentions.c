/* glosa-corpus-mentions.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-corpus-mentions"

#include "config.h"

#include "glosa-corpus-mentions.h"

/* How often each actor is mentioned in each document of a corpus: for the
 * sidebar's "Whole corpus" counts and for filtering the article list by
 * actor. Each document keeps only the actors it mentions, as sorted
 * (actor, count) pairs, so a large corpus costs little memory. */

typedef struct
{
  guint actor;
  guint count;
} Pair;

struct _GlosaCorpusMentions
{
  GObject    parent_instance;

  GPtrArray *per_document;  /* GArray of Pair, per document */
  GArray    *totals;        /* guint per actor: mentions */
  GArray    *documents;     /* guint per actor: documents that mention it */
};

G_DEFINE_FINAL_TYPE (GlosaCorpusMentions, glosa_corpus_mentions, G_TYPE_OBJECT)

static void
glosa_corpus_mentions_finalize (GObject *object)
{
  GlosaCorpusMentions *self = (GlosaCorpusMentions *) object;

  g_clear_pointer (&self->per_document, g_ptr_array_unref);
  g_clear_pointer (&self->totals, g_array_unref);
  g_clear_pointer (&self->documents, g_array_unref);

  G_OBJECT_CLASS (glosa_corpus_mentions_parent_class)->finalize (object);
}

static void
glosa_corpus_mentions_class_init (GlosaCorpusMentionsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = glosa_corpus_mentions_finalize;
}

static void
glosa_corpus_mentions_init (GlosaCorpusMentions *self)
{
  self->per_document = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* Counts the actors of one document's mentions into sorted pairs. */
static GArray *
count_pairs (GArray *mentions)
{
  g_autoptr(GArray) actors = g_array_sized_new (FALSE, FALSE, sizeof (guint), mentions->len);
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (Pair));

  for (guint i = 0; i < mentions->len; i++)
    g_array_append_val (actors, g_array_index (mentions, GlosaMatch, i).value);
  g_array_sort (actors, compare_uint);
  for (guint i = 0; i < actors->len; i++)
    {
      guint actor = g_array_index (actors, guint, i);

      if (pairs->len > 0 && g_array_index (pairs, Pair, pairs->len - 1).actor == actor)
        g_array_index (pairs, Pair, pairs->len - 1).count++;
      else
        {
          Pair pair = { actor, 1 };

          g_array_append_val (pairs, pair);
        }
    }
  return pairs;
}

/**
 * glosa_corpus_mentions_new:
 * @detector: the detector
 * @documents: a #GListModel of #GlosaDocument
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a cancellation
 *
 * Finds the mentions of every document, in the calling thread.
 *
 * Returns: (transfer full): the counts, or %NULL when cancelled
 */
GlosaCorpusMentions *
glosa_corpus_mentions_new (GlosaDetector  *detector,
                           GListModel     *documents,
                           GCancellable   *cancellable,
                           GError        **error)
{
  g_autoptr(GlosaCorpusMentions) self = NULL;
  guint n_actors, n;

  g_return_val_if_fail (GLOSA_IS_DETECTOR (detector), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (documents), NULL);

  self = g_object_new (GLOSA_TYPE_CORPUS_MENTIONS, NULL);
  n_actors = glosa_codebook_get_n_actors (glosa_detector_get_codebook (detector));
  self->totals = g_array_new (FALSE, TRUE, sizeof (guint));
  self->documents = g_array_new (FALSE, TRUE, sizeof (guint));
  g_array_set_size (self->totals, n_actors);
  g_array_set_size (self->documents, n_actors);

  n = g_list_model_get_n_items (documents);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (documents, i);
      g_autoptr(GArray) mentions = NULL;
      GArray *pairs;

      if (i % 256 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      mentions = glosa_detector_find_mentions (detector, glosa_document_get_text (document));
      pairs = count_pairs (mentions);
      for (guint k = 0; k < pairs->len; k++)
        {
          Pair *pair = &g_array_index (pairs, Pair, k);

          g_array_index (self->totals, guint, pair->actor) += pair->count;
          g_array_index (self->documents, guint, pair->actor)++;
        }
      g_ptr_array_add (self->per_document, pairs);
    }
  return g_steal_pointer (&self);
}

static void
count_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GlosaDetector *detector = g_object_get_data (G_OBJECT (task), "detector");
  GError *error = NULL;
  GlosaCorpusMentions *self = glosa_corpus_mentions_new (detector, task_data, cancellable, &error);

  if (self == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, self, g_object_unref);
}

/**
 * glosa_corpus_mentions_new_async:
 *
 * Counts in a worker thread. The model must not change meanwhile.
 */
void
glosa_corpus_mentions_new_async (GlosaDetector       *detector,
                                 GListModel          *documents,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (GLOSA_IS_DETECTOR (detector));
  g_return_if_fail (G_IS_LIST_MODEL (documents));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, glosa_corpus_mentions_new_async);
  g_task_set_task_data (task, g_object_ref (documents), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "detector", g_object_ref (detector), g_object_unref);
  g_task_run_in_thread (task, count_thread);
}

GlosaCorpusMentions *
glosa_corpus_mentions_new_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * glosa_corpus_mentions_get_totals:
 *
 * Returns: (transfer none) (element-type guint): mentions per actor
 */
GArray *
glosa_corpus_mentions_get_totals (GlosaCorpusMentions *self)
{
  g_return_val_if_fail (GLOSA_IS_CORPUS_MENTIONS (self), NULL);

  return self->totals;
}

/**
 * glosa_corpus_mentions_get_documents:
 *
 * Returns: (transfer none) (element-type guint): documents per actor
 */
GArray *
glosa_corpus_mentions_get_documents (GlosaCorpusMentions *self)
{
  g_return_val_if_fail (GLOSA_IS_CORPUS_MENTIONS (self), NULL);

  return self->documents;
}

/**
 * glosa_corpus_mentions_count:
 * @document: a document's position in the corpus
 * @actor: an actor's position in the codebook
 *
 * Returns: how often that document mentions that actor
 */
guint
glosa_corpus_mentions_count (GlosaCorpusMentions *self,
                             guint                document,
                             guint                actor)
{
  GArray *pairs;
  guint lo = 0, hi;

  g_return_val_if_fail (GLOSA_IS_CORPUS_MENTIONS (self), 0);

  if (document >= self->per_document->len)
    return 0;
  pairs = g_ptr_array_index (self->per_document, document);
  hi = pairs->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      Pair *pair = &g_array_index (pairs, Pair, mid);

      if (pair->actor == actor)
        return pair->count;
      if (pair->actor < actor)
        lo = mid + 1;
      else
        hi = mid;
    }
  return 0;
}
