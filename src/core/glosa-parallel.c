/* glosa-parallel.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-parallel"

#include "config.h"

#include "glosa-parallel.h"

/* Independent items (files, slices of a file) on one thread per core. The
 * caller keeps each item's result apart and joins them in order, so that
 * what comes out does not depend on which thread ran what. */

/* Past this, reading is bound by the disk and memory, not the cores. */
#define MAX_THREADS 8

typedef struct
{
  guint             n_items;
  GlosaParallelFunc func;
  gpointer          user_data;
  gint              next;
  gint              stop;
} Work;

static gpointer
work_thread (gpointer data)
{
  Work *work = data;

  while (!g_atomic_int_get (&work->stop))
    {
      guint index = (guint) g_atomic_int_add (&work->next, 1);

      if (index >= work->n_items)
        break;
      if (!work->func (index, work->user_data))
        g_atomic_int_set (&work->stop, TRUE);
    }
  return NULL;
}

/**
 * glosa_parallel_for:
 * @n_items: how many items
 * @func: called once for each item, from any thread, the caller's included
 * @user_data: data for @func
 *
 * Calls @func for every item, taking them in order on as many threads as
 * there are cores, and returns when all have returned.
 */
void
glosa_parallel_for (guint             n_items,
                    GlosaParallelFunc func,
                    gpointer          user_data)
{
  Work work = { n_items, func, user_data, 0, FALSE };
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  guint n_threads = MIN (MIN ((guint) g_get_num_processors (), MAX_THREADS), n_items);

  g_return_if_fail (func != NULL);

  for (guint i = 1; i < n_threads; i++)
    {
      /* Without another thread, the work is only slower. */
      GThread *thread = g_thread_try_new ("glosa-worker", work_thread, &work, NULL);

      if (thread == NULL)
        break;
      g_ptr_array_add (threads, thread);
    }
  work_thread (&work);
  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));
}
