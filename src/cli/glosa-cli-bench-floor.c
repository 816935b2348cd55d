/* glosa-cli-bench-floor.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-cli-bench"

#include "config.h"

#include <string.h>

#include "glosa-cli.h"
#include "glosa-parallel.h"

/* The least any reader whose documents hold their texts must do with a
 * JSONL file: map it, as the reader does, and copy each line into memory of
 * its own, in slices on every core. Reported beside the reader's time and
 * cat's, it shows how much of the gap between them is only that. */
#define FLOOR_SLICE_SIZE (4 * 1024 * 1024)

typedef struct
{
  const char *data;
  gsize       length;
  GPtrArray **copies;
} CopyFloor;

/* The first line start at or after @offset. */
static gsize
line_start (const CopyFloor *floor,
            gsize            offset)
{
  const char *nl;

  if (offset == 0 || offset >= floor->length)
    return MIN (offset, floor->length);
  nl = memchr (floor->data + offset - 1, '\n', floor->length - offset + 1);
  return nl ? (gsize) (nl + 1 - floor->data) : floor->length;
}

static gboolean
copy_floor_slice (guint    index,
                  gpointer user_data)
{
  CopyFloor *floor = user_data;
  gsize p = line_start (floor, (gsize) index * FLOOR_SLICE_SIZE);
  gsize end = line_start (floor, ((gsize) index + 1) * FLOOR_SLICE_SIZE);
  GPtrArray *copies = floor->copies[index] = g_ptr_array_new_with_free_func (g_free);

  while (p < end)
    {
      const char *nl = memchr (floor->data + p, '\n', end - p);
      gsize line_end = nl ? (gsize) (nl - floor->data) : end;
      char *copy = g_malloc (line_end - p + 1);

      memcpy (copy, floor->data + p, line_end - p);
      copy[line_end - p] = '\0';
      g_ptr_array_add (copies, copy);
      p = line_end + 1;
    }
  return TRUE;
}

/* Seconds of one copy of @path, or a negative number if it cannot be mapped. */
double
glosa_cli_bench_copy_floor (const char  *path,
                            GError     **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  CopyFloor floor = { NULL, 0, NULL };
  guint n_slices;
  gint64 t0 = g_get_monotonic_time ();
  double t;

  if ((mapped = g_mapped_file_new (path, FALSE, error)) == NULL)
    return -1;
  floor.data = g_mapped_file_get_contents (mapped);
  floor.length = g_mapped_file_get_length (mapped);
  n_slices = (guint) (floor.length / FLOOR_SLICE_SIZE + 1);
  floor.copies = g_new0 (GPtrArray *, n_slices);
  glosa_parallel_for (n_slices, copy_floor_slice, &floor);
  t = (g_get_monotonic_time () - t0) / 1e6;

  for (guint i = 0; i < n_slices; i++)
    g_clear_pointer (&floor.copies[i], g_ptr_array_unref);
  g_free (floor.copies);
  return t;
}
