/* glosa-cli-bench-copy.c
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
 * JSONL file: map it, as the reader does a large file, and copy each line
 * into memory of its own, in slices on every core. Reported beside the
 * reader's time and cat's, it shows how much of the gap between them is
 * only that. */
#define FLOOR_SLICE_SIZE (4 * 1024 * 1024)

typedef struct
{
  const char *data;
  gsize       length;
  GPtrArray **copies;
} CopyFloor;

/* The first line start at or after @offset. */
static gsize
line_start (const CopyFloor *copy,
            gsize            offset)
{
  const char *nl;

  if (offset == 0 || offset >= copy->length)
    return MIN (offset, copy->length);
  nl = memchr (copy->data + offset - 1, '\n', copy->length - offset + 1);
  return nl ? (gsize) (nl + 1 - copy->data) : copy->length;
}

static gboolean
copy_floor_slice (guint    index,
                  gpointer user_data)
{
  CopyFloor *copy = user_data;
  gsize p = line_start (copy, (gsize) index * FLOOR_SLICE_SIZE);
  gsize end = line_start (copy, ((gsize) index + 1) * FLOOR_SLICE_SIZE);
  GPtrArray *copies = copy->copies[index] = g_ptr_array_new_with_free_func (g_free);

  while (p < end)
    {
      const char *nl = memchr (copy->data + p, '\n', end - p);
      gsize line_end = nl ? (gsize) (nl - copy->data) : end;
      char *line = g_malloc (line_end - p + 1);

      memcpy (line, copy->data + p, line_end - p);
      line[line_end - p] = '\0';
      g_ptr_array_add (copies, line);
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
  CopyFloor copy = { NULL, 0, NULL };
  guint n_slices;
  gint64 t0 = g_get_monotonic_time ();
  double t;

  if ((mapped = g_mapped_file_new (path, FALSE, error)) == NULL)
    return -1;
  copy.data = g_mapped_file_get_contents (mapped);
  copy.length = g_mapped_file_get_length (mapped);
  n_slices = (guint) (copy.length / FLOOR_SLICE_SIZE + 1);
  copy.copies = g_new0 (GPtrArray *, n_slices);
  glosa_parallel_for (n_slices, copy_floor_slice, &copy);
  t = (g_get_monotonic_time () - t0) / 1e6;

  for (guint i = 0; i < n_slices; i++)
    g_clear_pointer (&copy.copies[i], g_ptr_array_unref);
  g_free (copy.copies);
  return t;
}
