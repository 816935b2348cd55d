/* glosa-codebook-load.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-codebook-load"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "glosa-codebook.h"
#include "glosa-codebook-private.h"
#include "glosa-core-resources.h"
#include "glosa-error.h"

/* Where codebooks come from: the default one in the GResource, a file, and
 * the layers a corpus adds on top of the default. */

/**
 * glosa_codebook_ensure_resources:
 *
 * Registers the core GResource (the default codebook). A static library may
 * drop the constructor that would register it, so call this before looking
 * anything up; glosa_codebook_new_default() does.
 */
void
glosa_codebook_ensure_resources (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      if (!g_resources_get_info (GLOSA_CODEBOOK_DEFAULT_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                 NULL, NULL, NULL))
        g_resources_register (glosa_core_get_resource ());
      g_once_init_leave (&done, 1);
    }
}

/**
 * glosa_codebook_new_from_bytes:
 * @bytes: the contents of a codebook file (JSON)
 * @source: the name every message starts with, such as the file's path
 * @error: return location for a #GLOSA_ERROR
 *
 * A codebook that breaks the format is refused with a message naming the
 * file, line and column. Entries that are well-formed but unusable (an empty
 * alias, a repeated id, an unknown affiliation) are left out and listed by
 * glosa_codebook_get_problems().
 *
 * Returns: (transfer full): the codebook, or %NULL on error
 */
GlosaCodebook *
glosa_codebook_new_from_bytes (GBytes      *bytes,
                               const char  *source,
                               GError     **error)
{
  g_autoptr(GlosaCodebookData) data = NULL;
  g_autoptr(GlosaCodebook) self = NULL;
  gsize length;
  const char *contents;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  contents = g_bytes_get_data (bytes, &length);
  data = glosa_codebook_data_parse (contents, length, source, error);
  if (data == NULL)
    return NULL;

  self = glosa_codebook_new ();
  glosa_codebook_apply_data (self, data);
  return g_steal_pointer (&self);
}

/**
 * glosa_codebook_new_from_file:
 * @file: a codebook file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Blocks while reading: call it from a thread, or use
 * glosa_codebook_new_for_corpus_async().
 *
 * Returns: (transfer full): the codebook, or %NULL on error
 */
GlosaCodebook *
glosa_codebook_new_from_file (GFile         *file,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_parse_name (file);

  /* Refuse an oversized file before reading it into memory. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL)
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }
  if (g_file_info_get_size (info) > GLOSA_CODEBOOK_MAX_SIZE)
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_TOO_LARGE,
                   _("%s: the codebook is larger than %u MB, the most Glosa reads"),
                   name, GLOSA_CODEBOOK_MAX_SIZE >> 20);
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  return glosa_codebook_new_from_bytes (bytes, name, error);
}

/**
 * glosa_codebook_new_from_resource:
 * @path: a GResource path
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the codebook, or %NULL on error
 */
GlosaCodebook *
glosa_codebook_new_from_resource (const char  *path,
                                  GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  name = g_path_get_basename (path);
  return glosa_codebook_new_from_bytes (bytes, name, error);
}

/**
 * glosa_codebook_new_default:
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the codebook Glosa ships, for the US–Colombia
 *   counter-drug debate
 */
GlosaCodebook *
glosa_codebook_new_default (GError **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  glosa_codebook_ensure_resources ();
  return glosa_codebook_new_from_resource (GLOSA_CODEBOOK_DEFAULT_RESOURCE, error);
}

/**
 * glosa_codebook_new_for_corpus:
 * @corpus_dir: (nullable): the corpus folder (for a corpus in one file,
 *   the folder that holds it)
 * @file: (nullable): a codebook the user chose
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * The codebook to use for a corpus: the default one, overlaid by the
 * codebook.json in @corpus_dir if there is one, overlaid by @file if given.
 * A codebook that is present but broken is an error, not skipped: the user
 * meant it to be used.
 *
 * Returns: (transfer full): the codebook, or %NULL on error
 */
GlosaCodebook *
glosa_codebook_new_for_corpus (GFile         *corpus_dir,
                               GFile         *file,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autoptr(GlosaCodebook) self = NULL;

  g_return_val_if_fail (corpus_dir == NULL || G_IS_FILE (corpus_dir), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = glosa_codebook_new_default (error);
  if (self == NULL)
    return NULL;

  if (corpus_dir != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (corpus_dir, GLOSA_CODEBOOK_FILE_NAME);
      g_autoptr(GlosaCodebook) overlay = NULL;
      g_autoptr(GError) local_error = NULL;

      overlay = glosa_codebook_new_from_file (child, cancellable, &local_error);
      if (overlay != NULL)
        glosa_codebook_merge (self, overlay);
      else if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND)
               && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  if (file != NULL)
    {
      g_autoptr(GlosaCodebook) overlay = glosa_codebook_new_from_file (file, cancellable, error);

      if (overlay == NULL)
        return NULL;
      glosa_codebook_merge (self, overlay);
    }

  return g_steal_pointer (&self);
}

typedef struct
{
  GFile *corpus_dir;
  GFile *file;
} ForCorpusData;

static void
for_corpus_data_free (ForCorpusData *data)
{
  g_clear_object (&data->corpus_dir);
  g_clear_object (&data->file);
  g_free (data);
}

static void
for_corpus_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  ForCorpusData *data = task_data;
  GError *error = NULL;
  GlosaCodebook *self;

  self = glosa_codebook_new_for_corpus (data->corpus_dir, data->file, cancellable, &error);
  if (self == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, self, g_object_unref);
}

/**
 * glosa_codebook_new_for_corpus_async:
 * @corpus_dir: (nullable): the corpus folder
 * @file: (nullable): a codebook the user chose
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the codebook is ready
 * @user_data: data for @callback
 *
 * Like glosa_codebook_new_for_corpus(), in a worker thread.
 */
void
glosa_codebook_new_for_corpus_async (GFile               *corpus_dir,
                                     GFile               *file,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ForCorpusData *data;

  g_return_if_fail (corpus_dir == NULL || G_IS_FILE (corpus_dir));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  data = g_new0 (ForCorpusData, 1);
  data->corpus_dir = corpus_dir ? g_object_ref (corpus_dir) : NULL;
  data->file = file ? g_object_ref (file) : NULL;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, glosa_codebook_new_for_corpus_async);
  g_task_set_task_data (task, data, (GDestroyNotify) for_corpus_data_free);
  g_task_run_in_thread (task, for_corpus_thread);
}

/**
 * glosa_codebook_new_for_corpus_finish:
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the codebook, or %NULL on error
 */
GlosaCodebook *
glosa_codebook_new_for_corpus_finish (GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
