/* glosa-import-qdpx-archive.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-import-qdpx-archive"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>

#include "glosa-corpus-reader.h"
#include "glosa-error.h"
#include "glosa-import-private.h"

/* Reading a .qdpx (a zip from any tool, or from anyone) into memory. The
 * zip is read as a stream, and the whole file is refused when anything
 * in it looks like an attack, even in an entry Glosa would not use:
 * names that climb out of a folder (zip slip), links, too many entries,
 * and entries that inflate beyond their bounds (zip bombs). Sizes are
 * counted as the bytes come out of the decompressor; the sizes the zip
 * states are not believed. Only project.qde and the .txt files in Sources/ are kept. */

#define BLOCK_SIZE (64 * 1024)

typedef struct
{
  GInputStream *stream;
  GCancellable *cancellable;
  GError       *error;
  char          buffer[BLOCK_SIZE];
} Input;

static la_ssize_t
read_cb (struct archive  *archive,
         void            *data,
         const void     **buffer)
{
  Input *input = data;
  gssize n;

  *buffer = input->buffer;
  n = g_input_stream_read (input->stream, input->buffer, sizeof input->buffer,
                           input->cancellable, input->error ? NULL : &input->error);
  return n < 0 ? ARCHIVE_FATAL : n;
}

void
glosa_qdpx_archive_clear (GlosaQdpxArchive *archive)
{
  g_clear_pointer (&archive->qde, g_bytes_unref);
  g_clear_pointer (&archive->sources, g_hash_table_unref);
  archive->qde_time = 0;
}

/* Returns: why @path may not be in a .qdpx, or %NULL if it may */
static const char *
check_path (const char *path)
{
  g_auto(GStrv) parts = NULL;

  if (path == NULL || *path == '\0')
    return _("an entry without a valid name");
  if (path[0] == '/' || (g_ascii_isalpha (path[0]) && path[1] == ':'))
    return _("an absolute path");
  /* Windows tools would read a backslash as a folder separator. */
  if (strchr (path, '\\') != NULL)
    return _("a backslash in a path");
  parts = g_strsplit (path, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_str_equal (parts[i], ".."))
      return _("a path that leads out of its folder");
  return NULL;
}

static gboolean
is_source_text (const char *path)
{
  const char *name = path + strlen ("Sources/");

  return g_str_has_prefix (path, "Sources/") && *name != '\0' && strchr (name, '/') == NULL
         && g_str_has_suffix (path, ".txt");
}

/* Inflates the current entry, keeping it when @kept is not %NULL. */
static gboolean
read_entry (struct archive  *archive,
            const char      *display_name,
            const char      *path,
            gint64           limit,
            gint64          *total,
            GByteArray      *kept,
            GError         **error)
{
  g_autofree char *block = g_malloc (BLOCK_SIZE);
  gint64 size = 0;
  la_ssize_t n;

  while ((n = archive_read_data (archive, block, BLOCK_SIZE)) > 0)
    {
      size += n;
      *total += n;
      if (*total > GLOSA_QDPX_MAX_TOTAL_SIZE)
        {
          g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_TOO_LARGE,
                       _("%s inflates to more than %d MB (reached at “%s”): Glosa does not "
                         "import it."), display_name,
                       (int) (GLOSA_QDPX_MAX_TOTAL_SIZE >> 20), path);
          return FALSE;
        }
      if (kept != NULL && size > limit)
        {
          g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_TOO_LARGE,
                       _("“%s” in %s inflates to more than %d MB: Glosa does not import it."),
                       path, display_name, (int) (limit >> 20));
          return FALSE;
        }
      if (kept != NULL)
        g_byte_array_append (kept, (const guint8 *) block, n);
    }
  if (n < 0)
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_DAMAGED,
                   _("Could not read “%s” in %s: %s"), path, display_name,
                   archive_error_string (archive));
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_entries (GlosaQdpxArchive  *self,
              struct archive    *archive,
              Input             *input,
              const char        *display_name,
              GError           **error)
{
  struct archive_entry *entry;
  gint64 total = 0;
  guint count = 0;
  int rc;

  while ((rc = archive_read_next_header (archive, &entry)) == ARCHIVE_OK
         || rc == ARCHIVE_WARN)
    {
      const char *path = archive_entry_pathname_utf8 (entry);
      const char *why = check_path (path);
      mode_t type = archive_entry_filetype (entry);
      g_autoptr(GByteArray) kept = NULL;
      gboolean is_qde;
      gint64 limit;

      if (path == NULL)
        path = archive_entry_pathname (entry);
      if (why == NULL && (type == AE_IFLNK || archive_entry_hardlink (entry) != NULL))
        why = _("a link");
      else if (why == NULL && type != AE_IFREG && type != AE_IFDIR)
        why = _("an entry that is not a file");
      else if (why == NULL && archive_entry_is_encrypted (entry))
        why = _("an encrypted entry");
      if (why != NULL)
        {
          /* A name that is not UTF-8 is shown too, for the message to be text. */
          g_autofree char *shown = g_utf8_make_valid (path ? path : "?", -1);

          /* Translators: a file name, what is wrong in it, and the entry */
          g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_INVALID,
                       _("%s holds %s (“%s”): Glosa does not import it."), display_name, why,
                       shown);
          return FALSE;
        }
      if (++count > GLOSA_QDPX_MAX_ENTRIES)
        {
          g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_TOO_LARGE,
                       _("%s holds more than %d entries: Glosa does not import it."),
                       display_name, GLOSA_QDPX_MAX_ENTRIES);
          return FALSE;
        }
      if (type == AE_IFDIR)
        continue;

      is_qde = g_str_equal (path, "project.qde");
      if ((is_qde && self->qde != NULL) || g_hash_table_contains (self->sources, path))
        {
          g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_INVALID,
                       _("%s holds “%s” twice: Glosa does not import it."), display_name, path);
          return FALSE;
        }
      if (is_qde || is_source_text (path))
        kept = g_byte_array_new ();
      limit = is_qde ? GLOSA_QDPX_MAX_QDE_SIZE : GLOSA_MAX_TEXT_FILE_SIZE;
      if (!read_entry (archive, display_name, path, limit, &total, kept, error))
        {
          /* Cancelled, or the file could not be read: say that instead. */
          if (input->error != NULL)
            {
              g_clear_error (error);
              g_propagate_error (error, g_steal_pointer (&input->error));
            }
          return FALSE;
        }
      if (is_qde)
        {
          self->qde = g_byte_array_free_to_bytes (g_steal_pointer (&kept));
          self->qde_time = archive_entry_mtime_is_set (entry) ? archive_entry_mtime (entry) : 0;
        }
      else if (kept != NULL)
        g_hash_table_insert (self->sources, g_strdup (path),
                             g_byte_array_free_to_bytes (g_steal_pointer (&kept)));
    }

  if (input->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&input->error));
      return FALSE;
    }
  if (rc != ARCHIVE_EOF)
    {
      if (count == 0)
        g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_UNSUPPORTED,
                     _("%s is not a REFI-QDA project (.qdpx): it is not a zip archive."),
                     display_name);
      else
        g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_DAMAGED,
                     _("%s is damaged or cut short: %s"), display_name,
                     archive_error_string (archive));
      return FALSE;
    }
  if (self->qde == NULL)
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_INVALID,
                   _("%s is not a REFI-QDA project (.qdpx): it has no project.qde."),
                   display_name);
      return FALSE;
    }
  return TRUE;
}

/**
 * glosa_qdpx_archive_read:
 * @archive: (out caller-allocates): where the entries go; clear it with
 *   glosa_qdpx_archive_clear()
 * @display_name: the file's name, for messages
 *
 * Returns: %TRUE if @stream is a .qdpx Glosa may read
 */
gboolean
glosa_qdpx_archive_read (GlosaQdpxArchive  *self,
                         GInputStream      *stream,
                         const char        *display_name,
                         GCancellable      *cancellable,
                         GError           **error)
{
  g_autofree Input *input = g_new0 (Input, 1);
  struct archive *archive = archive_read_new ();
  gboolean ok;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);

  memset (self, 0, sizeof *self);
  self->sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_bytes_unref);
  input->stream = stream;
  input->cancellable = cancellable;
  /* Only zip, and no outer compression: a .qdpx is nothing else. */
  archive_read_support_format_zip_streamable (archive);
  ok = archive_read_open (archive, input, NULL, read_cb, NULL) == ARCHIVE_OK;
  if (!ok)
    {
      if (input->error != NULL)
        g_propagate_error (error, g_steal_pointer (&input->error));
      else
        g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_UNSUPPORTED,
                     _("%s is not a REFI-QDA project (.qdpx): it is not a zip archive."),
                     display_name);
    }
  ok = ok && read_entries (self, archive, input, display_name, error);
  archive_read_free (archive);
  g_clear_error (&input->error);
  if (!ok)
    glosa_qdpx_archive_clear (self);
  return ok;
}
