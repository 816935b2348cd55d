/* glosa-import-file.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-import-file"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "glosa-corpus-reader.h"
#include "glosa-error.h"
#include "glosa-import-codebook-private.h"
#include "glosa-import-private.h"

/* One way in for every importer: the window's Import action and
 * `glosa-cli import` hand over a file, and its kind decides the reader. */

typedef enum
{
  KIND_UNKNOWN,
  KIND_QDPX,
  KIND_JSON,
  KIND_CSV,
} Kind;

/* By the name first, then by the first bytes: a zip, or JSON. */
static Kind
detect_kind (GFile         *file,
             const char    *name,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *lower = g_ascii_strdown (name, -1);
  guchar head[64];
  gsize n = 0;
  gsize i = 0;

  if (g_str_has_suffix (lower, ".qdpx"))
    return KIND_QDPX;
  if (g_str_has_suffix (lower, ".json"))
    return KIND_JSON;
  if (g_str_has_suffix (name, ".csv") || g_str_has_suffix (name, ".CSV"))
    return KIND_CSV;
  if ((stream = g_file_read (file, cancellable, error)) == NULL
      || !g_input_stream_read_all (G_INPUT_STREAM (stream), head, sizeof head, &n, cancellable,
                                   error))
    return KIND_UNKNOWN;
  if (n >= 4 && memcmp (head, "PK\003\004", 4) == 0)
    return KIND_QDPX;
  if (n >= 3 && memcmp (head, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  while (i < n && g_ascii_isspace (head[i]))
    i++;
  if (i < n && (head[i] == '{' || head[i] == '['))
    return KIND_JSON;
  return KIND_UNKNOWN;
}

/* The whole file, refused beyond @limit bytes however it grows meanwhile. */
static GBytes *
load_bounded (GFile         *file,
              const char    *name,
              gsize          limit,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, cancellable, error);
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autofree guint8 *block = g_malloc (1 << 20);
  gsize n;

  if (stream == NULL)
    return NULL;
  do
    {
      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), block, 1 << 20, &n, cancellable,
                                    error))
        return NULL;
      if (data->len + n > limit)
        {
          g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_TOO_LARGE,
                       _("%s is larger than %u MB: Glosa does not import it."), name,
                       (guint) (limit >> 20));
          return NULL;
        }
      g_byte_array_append (data, block, n);
    }
  while (n > 0);
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* A JSON export, or a codebook as JSON or CSV: read whole, then merged. */
static gboolean
import_text (GlosaProject      *project,
             GFile             *file,
             const char        *name,
             Kind               kind,
             GCancellable      *cancellable,
             GlosaImportStats  *stats,
             GError           **error)
{
  g_autoptr(GBytes) bytes = load_bounded (file, name,
                                          kind == KIND_CSV ? GLOSA_CODEBOOK_MAX_SIZE
                                                           : GLOSA_MAX_JSON_FILE_SIZE,
                                          cancellable, error);
  gsize length;
  const char *data;

  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";
  if (kind == KIND_CSV)
    return glosa_import_codebook (project, data, length, name, GLOSA_CODEBOOK_FORMAT_CSV, stats,
                                  error);
  /* A codebook file (actors and issues, no annotations) is merged into the
   * project's codebook. */
  if (glosa_import_is_codebook (data, length))
    return glosa_import_codebook (project, data, length, name, GLOSA_CODEBOOK_FORMAT_JSON, stats,
                                  error);
  return glosa_import_json (project, data, length, name, stats, error);
}

/**
 * glosa_import_file:
 * @file: what to import: a Glosa JSON export, a REFI-QDA project (.qdpx),
 *   or a codebook (JSON or CSV)
 * @cancellable: (nullable): to stop reading
 * @stats: (out caller-allocates): what was merged; clear it with
 *   glosa_import_stats_clear()
 * @error: return location for a #GError
 *
 * Imports @file with the importer its kind calls for, told by its name or
 * else its first bytes. Like every project call, it must not run at the
 * same time as another on @project; it may run in a worker thread.
 *
 * Returns: %TRUE on success; on error the project is unchanged
 */
gboolean
glosa_import_file (GlosaProject      *project,
                   GFile             *file,
                   GCancellable      *cancellable,
                   GlosaImportStats  *stats,
                   GError           **error)
{
  g_autofree char *name = NULL;
  GError *local = NULL;
  Kind kind;

  g_return_val_if_fail (GLOSA_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (stats != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  glosa_import_stats_init (stats);
  name = g_file_get_basename (file);
  switch ((kind = detect_kind (file, name, cancellable, &local)))
    {
    case KIND_QDPX:
      glosa_import_stats_clear (stats);
      return glosa_import_qdpx (project, file, cancellable, stats, error);
    case KIND_JSON:
    case KIND_CSV:
      glosa_import_stats_clear (stats);
      return import_text (project, file, name, kind, cancellable, stats, error);
    case KIND_UNKNOWN:
    default:
      break;
    }
  if (local != NULL)
    g_propagate_error (error, local);
  else
    g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_UNSUPPORTED,
                 _("%s is not a file Glosa can import: choose a Glosa JSON export (.json), a "
                   "REFI-QDA project (.qdpx) or a codebook (.json or .csv)."), name);
  return FALSE;
}
