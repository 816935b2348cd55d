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
 * (actor, count) pairs, so a large corpus costs little memory. A project
 * caches the pairs, packed (glosa_corpus_mentions_pack_text()), keyed by
 * glosa_corpus_mentions_codebook_version(). */

typedef struct
{
  guint actor;
  guint count;
} Pair;

struct _GlosaCorpusMentions
{
  GObject    parent_instance;

  /* Flat, not an array per document: 100,000 documents cost a few MB. */
  GArray    *pairs;         /* Pair, document after document */
  GArray    *offsets;       /* guint: where each document's pairs start, then the end */
  GArray    *totals;        /* guint per actor: mentions */
  GArray    *documents;     /* guint per actor: documents that mention it */
};

G_DEFINE_FINAL_TYPE (GlosaCorpusMentions, glosa_corpus_mentions, G_TYPE_OBJECT)

static void
glosa_corpus_mentions_finalize (GObject *object)
{
  GlosaCorpusMentions *self = (GlosaCorpusMentions *) object;

  g_clear_pointer (&self->pairs, g_array_unref);
  g_clear_pointer (&self->offsets, g_array_unref);
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
  guint zero = 0;

  self->pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  self->offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (self->offsets, zero);
}

static GlosaCorpusMentions *
mentions_new (guint n_actors)
{
  GlosaCorpusMentions *self = g_object_new (GLOSA_TYPE_CORPUS_MENTIONS, NULL);

  self->totals = g_array_new (FALSE, TRUE, sizeof (guint));
  self->documents = g_array_new (FALSE, TRUE, sizeof (guint));
  g_array_set_size (self->totals, n_actors);
  g_array_set_size (self->documents, n_actors);
  return self;
}

/* The next document's pairs, sorted by actor. */
static void
append_document (GlosaCorpusMentions *self,
                 const Pair          *pairs,
                 guint                n)
{
  guint end;

  for (guint k = 0; k < n; k++)
    {
      g_array_index (self->totals, guint, pairs[k].actor) += pairs[k].count;
      g_array_index (self->documents, guint, pairs[k].actor)++;
    }
  g_array_append_vals (self->pairs, pairs, n);
  end = self->pairs->len;
  g_array_append_val (self->offsets, end);
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
      g_autoptr(GArray) pairs = NULL;

      if (i % 256 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      mentions = glosa_detector_find_mentions (detector, glosa_document_get_text (document));
      pairs = count_pairs (mentions);
      append_document (self, (const Pair *) pairs->data, pairs->len);
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
  guint lo, hi;

  g_return_val_if_fail (GLOSA_IS_CORPUS_MENTIONS (self), 0);

  if (document + 1 >= self->offsets->len)
    return 0;
  lo = g_array_index (self->offsets, guint, document);
  hi = g_array_index (self->offsets, guint, document + 1);
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      Pair *pair = &g_array_index (self->pairs, Pair, mid);

      if (pair->actor == actor)
        return pair->count;
      if (pair->actor < actor)
        lo = mid + 1;
      else
        hi = mid;
    }
  return 0;
}

/**
 * glosa_corpus_mentions_codebook_version:
 *
 * What the counts depend on in @codebook (each actor's place, name and
 * aliases), as a checksum: counts kept with one version hold for any
 * codebook with the same.
 *
 * Returns: (transfer full): the version, in hex
 */
char *
glosa_corpus_mentions_codebook_version (GlosaCodebook *codebook)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  g_return_val_if_fail (GLOSA_IS_CODEBOOK (codebook), NULL);

  /* Bump the prefix when the detector's matching changes. */
  g_checksum_update (checksum, (const guchar *) "mentions-1", -1);
  for (guint i = 0; i < glosa_codebook_get_n_actors (codebook); i++)
    {
      GlosaActor *actor = glosa_codebook_get_actor (codebook, i);
      const char * const *aliases = glosa_actor_get_all_aliases (actor);

      /* Separators no name holds, so "ab" + "c" differs from "a" + "bc". */
      g_checksum_update (checksum, (const guchar *) "\x1e", 1);
      g_checksum_update (checksum, (const guchar *) glosa_actor_get_name (actor), -1);
      for (guint k = 0; aliases != NULL && aliases[k] != NULL; k++)
        {
          g_checksum_update (checksum, (const guchar *) "\x1f", 1);
          g_checksum_update (checksum, (const guchar *) aliases[k], -1);
        }
    }
  return g_strdup (g_checksum_get_string (checksum));
}

/**
 * glosa_corpus_mentions_pack_text:
 * @text: a document's text
 *
 * Returns: (transfer full): the actors @text mentions with their counts,
 *   as little-endian uint32 pairs sorted by actor
 */
GBytes *
glosa_corpus_mentions_pack_text (GlosaDetector *detector,
                                 const char    *text)
{
  g_autoptr(GArray) mentions = NULL;
  g_autoptr(GArray) pairs = NULL;
  guint32 *packed;

  g_return_val_if_fail (GLOSA_IS_DETECTOR (detector), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  mentions = glosa_detector_find_mentions (detector, text);
  pairs = count_pairs (mentions);
  packed = g_new (guint32, pairs->len * 2 + 1);
  for (guint i = 0; i < pairs->len; i++)
    {
      packed[2 * i] = GUINT32_TO_LE (g_array_index (pairs, Pair, i).actor);
      packed[2 * i + 1] = GUINT32_TO_LE (g_array_index (pairs, Pair, i).count);
    }
  return g_bytes_new_take (packed, pairs->len * 2 * sizeof (guint32));
}

/**
 * glosa_corpus_mentions_new_sized:
 * @n_actors: the codebook's number of actors
 *
 * Returns: (transfer full): counts of no document yet, for
 *   glosa_corpus_mentions_add_packed()
 */
GlosaCorpusMentions *
glosa_corpus_mentions_new_sized (guint n_actors)
{
  return mentions_new (n_actors);
}

/**
 * glosa_corpus_mentions_add_packed:
 * @packed: (nullable): what glosa_corpus_mentions_pack_text() gave for the
 *   next document's text, or %NULL if it mentions nobody
 * @size: the size of @packed in bytes
 *
 * Adds the next document's counts, in document order.
 *
 * Returns: %FALSE if @packed is not such counts for this codebook; the
 *   document then counts as mentioning nobody
 */
gboolean
glosa_corpus_mentions_add_packed (GlosaCorpusMentions *self,
                                  gconstpointer        packed,
                                  gsize                size)
{
  const guint32 *data = packed;
  guint n = size / (2 * sizeof (guint32));
  g_autoptr(GArray) pairs = NULL;
  gboolean valid = size % (2 * sizeof (guint32)) == 0;

  g_return_val_if_fail (GLOSA_IS_CORPUS_MENTIONS (self), FALSE);

  for (guint i = 0; valid && i < n; i++)
    valid = GUINT32_FROM_LE (data[2 * i]) < self->totals->len
            && (i == 0 || GUINT32_FROM_LE (data[2 * i]) > GUINT32_FROM_LE (data[2 * i - 2]));
  pairs = g_array_sized_new (FALSE, FALSE, sizeof (Pair), valid ? n : 0);
  for (guint i = 0; valid && i < n; i++)
    {
      Pair pair = { GUINT32_FROM_LE (data[2 * i]), GUINT32_FROM_LE (data[2 * i + 1]) };

      g_array_append_val (pairs, pair);
    }
  append_document (self, (const Pair *) pairs->data, pairs->len);
  return valid;
}

/**
 * glosa_corpus_mentions_get_n_documents:
 *
 * Returns: how many documents were counted
 */
guint
glosa_corpus_mentions_get_n_documents (GlosaCorpusMentions *self)
{
  g_return_val_if_fail (GLOSA_IS_CORPUS_MENTIONS (self), 0);

  return self->offsets->len - 1;
}
