/* glosa-corpus-loader.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-corpus-loader"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "glosa-corpus-loader.h"
#include "glosa-error.h"
#include "glosa-parallel.h"

/* Finds the corpus files under a folder and reads them, off the main thread
 * when asked, with a progress fraction and cancellation. */

#define ENUMERATE_ATTRIBUTES \
  G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE "," \
  G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN "," G_FILE_ATTRIBUTE_STANDARD_IS_SYMLINK "," \
  G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_ID_FILE

#define MAX_ERROR_REASONS 5
#define PROGRESS_INTERVAL_MS 100

struct _GlosaCorpusLoader
{
  GObject  parent_instance;

  GFile   *file;
  /* Written by the loading thread, read by the main thread: in 1/10000. */
  gint     progress;
  GSource *progress_source;
};

G_DEFINE_FINAL_TYPE (GlosaCorpusLoader, glosa_corpus_loader, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  GFile         *file;
  char          *path;
  GlosaFileKind  kind;
  guint64        size;
} Entry;

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_object_unref (entry->file);
  g_free (entry->path);
  g_free (entry);
}

static int
entry_compare (gconstpointer a,
               gconstpointer b)
{
  const Entry *ea = *(const Entry **) a;
  const Entry *eb = *(const Entry **) b;

  return strcmp (ea->path, eb->path);
}

/* Relative paths are ids and names in messages: make them valid UTF-8 and
 * keep control characters (a newline in a file name) out of them. */
static char *
display_path (GFile *root,
              GFile *file)
{
  g_autofree char *relative = g_file_get_relative_path (root, file);
  g_autofree char *name = relative ? NULL : g_file_get_basename (file);
  char *display = g_filename_display_name (relative ? relative : name);

  for (char *p = display; *p; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      *p = '?';
  return display;
}

static void
add_warning (GPtrArray  *warnings,
             const char *path,
             const char *message)
{
  g_ptr_array_add (warnings, glosa_corpus_warning_new (path, message));
}

static gboolean
collect_folder (GFile         *root,
                GPtrArray     *entries,
                GPtrArray     *warnings,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GHashTable) visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (pending, g_object_ref (root));
  while (pending->len > 0)
    {
      g_autoptr(GFile) folder = g_ptr_array_steal_index (pending, pending->len - 1);
      g_autoptr(GFileEnumerator) enumerator = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GFileInfo) folder_info = NULL;
      const char *folder_id;

      folder_info = g_file_query_info (folder, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE,
                                       cancellable, NULL);
      folder_id = folder_info ? g_file_info_get_attribute_string (folder_info, G_FILE_ATTRIBUTE_ID_FILE)
                              : NULL;
      if (folder_id != NULL)
        {
          if (g_hash_table_contains (visited, folder_id))
            {
              g_autofree char *path = display_path (root, folder);

              add_warning (warnings, path,
                           _("Skipped: this folder was already read (a symbolic link loop?)"));
              continue;
            }
          g_hash_table_add (visited, g_strdup (folder_id));
        }

      enumerator = g_file_enumerate_children (folder, ENUMERATE_ATTRIBUTES, G_FILE_QUERY_INFO_NONE,
                                              cancellable, &local_error);
      if (enumerator == NULL)
        {
          g_autofree char *path = display_path (root, folder);
          g_autofree char *message = NULL;

          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || folder == root)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          message = g_strdup_printf (_("Skipped: could not open the folder: %s"), local_error->message);
          add_warning (warnings, path, message);
          continue;
        }

      for (;;)
        {
          GFileInfo *info = NULL;
          GFile *child = NULL;
          const char *name;

          if (!g_file_enumerator_iterate (enumerator, &info, &child, cancellable, &local_error))
            {
              g_autofree char *path = display_path (root, folder);
              g_autofree char *message = NULL;

              if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
                {
                  g_propagate_error (error, g_steal_pointer (&local_error));
                  return FALSE;
                }
              message = g_strdup_printf (_("Some files could not be listed: %s"), local_error->message);
              add_warning (warnings, path, message);
              g_clear_error (&local_error);
              break;
            }
          if (info == NULL)
            break;

          name = g_file_info_get_name (info);
          if (name[0] == '.' || g_file_info_get_is_hidden (info))
            continue;

          switch (g_file_info_get_file_type (info))
            {
            case G_FILE_TYPE_DIRECTORY:
              g_ptr_array_add (pending, g_object_ref (child));
              break;

            case G_FILE_TYPE_REGULAR:
              {
                GlosaFileKind kind = glosa_corpus_reader_kind_for_name (name);
                Entry *entry;

                if (kind == GLOSA_FILE_KIND_NONE)
                  break;
                /* The corpus's own codebook is not an article. */
                if (folder == root && g_str_equal (name, "codebook.json"))
                  break;
                entry = g_new0 (Entry, 1);
                entry->file = g_object_ref (child);
                entry->path = display_path (root, child);
                entry->kind = kind;
                entry->size = g_file_info_get_size (info);
                g_ptr_array_add (entries, entry);
              }
              break;

            case G_FILE_TYPE_SYMBOLIC_LINK:
              {
                /* Following it failed: the link points nowhere. */
                g_autofree char *path = display_path (root, child);

                if (glosa_corpus_reader_kind_for_name (name) != GLOSA_FILE_KIND_NONE)
                  add_warning (warnings, path, _("Skipped: a symbolic link to a file that does not exist"));
              }
              break;

            case G_FILE_TYPE_UNKNOWN:
            case G_FILE_TYPE_SPECIAL:
            case G_FILE_TYPE_SHORTCUT:
            case G_FILE_TYPE_MOUNTABLE:
            default:
              break;
            }
        }
    }
  return TRUE;
}

static gboolean
collect (GFile         *file,
         GPtrArray     *entries,
         GPtrArray     *warnings,
         GCancellable  *cancellable,
         GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  Entry *entry;

  info = g_file_query_info (file, ENUMERATE_ATTRIBUTES, G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_autofree char *display = g_file_get_parse_name (file);

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("“%s” does not exist"), display);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    return collect_folder (file, entries, warnings, cancellable, error);

  name = display_path (file, file);
  entry = g_new0 (Entry, 1);
  entry->kind = glosa_corpus_reader_kind_for_name (g_file_info_get_name (info));
  if (entry->kind == GLOSA_FILE_KIND_NONE)
    {
      g_free (entry);
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_UNSUPPORTED,
                   _("“%s” is not a corpus: Glosa reads folders and .txt, .md, .json and .jsonl files"),
                   name);
      return FALSE;
    }
  entry->file = g_object_ref (file);
  entry->path = g_steal_pointer (&name);
  entry->size = g_file_info_get_size (info);
  g_ptr_array_add (entries, entry);
  return TRUE;
}

/* Ids must be unique: a second "article-1" becomes "article-1~2", in the
 * same order every time, so that ids stay stable across runs. Returns the
 * documents by id, for the corpus. */
static GHashTable *
make_ids_unique (GPtrArray *documents,
                 GPtrArray *warnings)
{
  /* The documents' own ids: one is changed only before it is added. */
  GHashTable *seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < documents->len; i++)
    {
      GlosaDocument *document = g_ptr_array_index (documents, i);
      const char *id;

      /* Each document lies among texts, a cache miss away: the loads of
       * the ones ahead overlap with this one's. */
      if (i + 16 < documents->len)
        __builtin_prefetch (g_ptr_array_index (documents, i + 16));
      if (i + 8 < documents->len)
        __builtin_prefetch (glosa_document_get_id (g_ptr_array_index (documents, i + 8)));
      id = glosa_document_get_id (document);
      if (g_hash_table_contains (seen, id))
        {
          g_autofree char *message = NULL;
          g_autofree char *unique = NULL;

          for (guint n = 2; unique == NULL || g_hash_table_contains (seen, unique); n++)
            {
              g_free (unique);
              unique = g_strdup_printf ("%s~%u", id, n);
            }
          message = g_strdup_printf (_("Two articles have the id “%s”; this one is now “%s”"),
                                     id, unique);
          add_warning (warnings, glosa_document_get_path (document), message);
          glosa_document_set_id (document, unique);
          /* The document's copy: unique is freed when this block ends. */
          id = glosa_document_get_id (document);
        }
      g_hash_table_insert (seen, (gpointer) id, document);
    }
  return seen;
}

/* Files are read on every core; each keeps its documents and warnings
 * apart until all are read, then they are joined in the files' order. */
typedef struct
{
  GlosaCorpusLoader *loader;
  GPtrArray         *entries;
  GPtrArray        **documents;
  GPtrArray        **warnings;
  GCancellable      *cancellable;
  guint64            total;
  gsize              done;
} Reading;

static gboolean
read_entry (guint    index,
            gpointer data)
{
  Reading *reading = data;
  Entry *entry = g_ptr_array_index (reading->entries, index);
  gsize size = entry->size + 1, done;
  gint progress, old;

  if (g_cancellable_is_cancelled (reading->cancellable))
    return FALSE;
  reading->documents[index] = g_ptr_array_new_with_free_func (g_object_unref);
  reading->warnings[index] =
    g_ptr_array_new_with_free_func ((GDestroyNotify) glosa_corpus_warning_free);
  if (!glosa_corpus_reader_read (entry->file, entry->path, entry->kind, reading->documents[index],
                                 reading->warnings[index], reading->cancellable))
    return FALSE;

  /* Files finish out of order: the fraction only ever grows. */
  done = (gsize) g_atomic_pointer_add (&reading->done, size) + size;
  progress = (gint) (done * 10000 / reading->total);
  do
    old = g_atomic_int_get (&reading->loader->progress);
  while (old < progress
         && !g_atomic_int_compare_and_exchange (&reading->loader->progress, old, progress));
  return TRUE;
}

static char *
empty_corpus_message (GFile     *file,
                      GPtrArray *warnings)
{
  g_autofree char *display = g_file_get_parse_name (file);
  GString *message = g_string_new (NULL);

  g_string_printf (message, _("No articles could be loaded from “%s”."), display);
  if (warnings->len == 0)
    g_string_append_printf (message, " %s",
                            _("Glosa reads .txt, .md, .json and .jsonl files."));
  for (guint i = 0; i < warnings->len && i < MAX_ERROR_REASONS; i++)
    {
      GlosaCorpusWarning *warning = g_ptr_array_index (warnings, i);

      g_string_append_printf (message, "\n%s: %s", warning->path, warning->message);
    }
  if (warnings->len > MAX_ERROR_REASONS)
    g_string_append_printf (message, "\n…");
  return g_string_free (message, FALSE);
}

static void
glosa_corpus_loader_finalize (GObject *object)
{
  GlosaCorpusLoader *self = (GlosaCorpusLoader *) object;

  g_clear_object (&self->file);
  if (self->progress_source != NULL)
    g_source_destroy (self->progress_source);
  g_clear_pointer (&self->progress_source, g_source_unref);

  G_OBJECT_CLASS (glosa_corpus_loader_parent_class)->finalize (object);
}

static void
glosa_corpus_loader_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  GlosaCorpusLoader *self = GLOSA_CORPUS_LOADER (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_FRACTION:
      g_value_set_double (value, glosa_corpus_loader_get_fraction (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
glosa_corpus_loader_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  GlosaCorpusLoader *self = GLOSA_CORPUS_LOADER (object);

  switch (prop_id)
    {
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
glosa_corpus_loader_class_init (GlosaCorpusLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = glosa_corpus_loader_finalize;
  object_class->get_property = glosa_corpus_loader_get_property;
  object_class->set_property = glosa_corpus_loader_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Notified on the main thread while an asynchronous load runs. */
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
glosa_corpus_loader_init (GlosaCorpusLoader *self)
{
}

/**
 * glosa_corpus_loader_new:
 * @file: a folder, or a .txt, .md, .json or .jsonl file
 *
 * Returns: (transfer full): a loader for @file
 */
GlosaCorpusLoader *
glosa_corpus_loader_new (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (GLOSA_TYPE_CORPUS_LOADER, "file", file, NULL);
}

GFile *
glosa_corpus_loader_get_file (GlosaCorpusLoader *self)
{
  g_return_val_if_fail (GLOSA_IS_CORPUS_LOADER (self), NULL);

  return self->file;
}

/**
 * glosa_corpus_loader_get_fraction:
 *
 * Returns: how much of the corpus has been read, by bytes, from 0 to 1
 */
double
glosa_corpus_loader_get_fraction (GlosaCorpusLoader *self)
{
  g_return_val_if_fail (GLOSA_IS_CORPUS_LOADER (self), 0.0);

  return g_atomic_int_get (&self->progress) / 10000.0;
}

/**
 * glosa_corpus_loader_load:
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Reads the corpus in the calling thread. Files that cannot be read are
 * skipped and listed by glosa_corpus_get_warnings(); only a missing corpus,
 * a corpus with no article at all, or cancellation is an error.
 *
 * Returns: (transfer full): the corpus, or %NULL with @error set
 */
GlosaCorpus *
glosa_corpus_loader_load (GlosaCorpusLoader  *self,
                          GCancellable       *cancellable,
                          GError            **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (entry_free);
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) warnings =
    g_ptr_array_new_with_free_func ((GDestroyNotify) glosa_corpus_warning_free);
  g_autofree GPtrArray **file_documents = NULL;
  g_autofree GPtrArray **file_warnings = NULL;
  Reading reading = { self, NULL, NULL, NULL, cancellable, 0, 0 };

  g_return_val_if_fail (GLOSA_IS_CORPUS_LOADER (self), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  g_atomic_int_set (&self->progress, 0);
  if (!collect (self->file, entries, warnings, cancellable, error))
    return NULL;
  g_ptr_array_sort (entries, entry_compare);

  for (guint i = 0; i < entries->len; i++)
    reading.total += ((Entry *) g_ptr_array_index (entries, i))->size + 1;

  reading.entries = entries;
  reading.documents = file_documents = g_new0 (GPtrArray *, entries->len);
  reading.warnings = file_warnings = g_new0 (GPtrArray *, entries->len);
  glosa_parallel_for (entries->len, read_entry, &reading);
  for (guint i = 0; i < entries->len; i++)
    {
      if (file_documents[i] != NULL)
        g_ptr_array_extend_and_steal (documents, g_steal_pointer (&file_documents[i]));
      if (file_warnings[i] != NULL)
        g_ptr_array_extend_and_steal (warnings, g_steal_pointer (&file_warnings[i]));
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (documents->len == 0)
    {
      g_autofree char *message = empty_corpus_message (self->file, warnings);

      g_set_error_literal (error, GLOSA_ERROR, GLOSA_ERROR_EMPTY_CORPUS, message);
      return NULL;
    }

  return glosa_corpus_new_indexed (self->file, documents, warnings,
                                   make_ids_unique (documents, warnings));
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GlosaCorpusLoader *self = source_object;
  GError *error = NULL;
  GlosaCorpus *corpus = glosa_corpus_loader_load (self, cancellable, &error);

  if (corpus == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, corpus, g_object_unref);
}

static gboolean
notify_progress_cb (gpointer data)
{
  GlosaCorpusLoader *self = data;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
  return G_SOURCE_CONTINUE;
}

/**
 * glosa_corpus_loader_load_async:
 * @cancellable: (nullable): a #GCancellable
 * @callback: called in the thread-default main context when done
 * @user_data: data for @callback
 *
 * Reads the corpus in a worker thread; #GlosaCorpusLoader:fraction is
 * notified in the calling main context as it goes.
 */
void
glosa_corpus_loader_load_async (GlosaCorpusLoader   *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (GLOSA_IS_CORPUS_LOADER (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));
  g_return_if_fail (self->progress_source == NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, glosa_corpus_loader_load_async);

  /* Poll the thread's counter rather than signal across threads. */
  self->progress_source = g_timeout_source_new (PROGRESS_INTERVAL_MS);
  g_source_set_callback (self->progress_source, notify_progress_cb, self, NULL);
  g_source_set_static_name (self->progress_source, "[glosa] corpus progress");
  g_source_attach (self->progress_source, g_main_context_get_thread_default ());

  g_task_run_in_thread (task, load_thread);
}

/**
 * glosa_corpus_loader_load_finish:
 *
 * Returns: (transfer full): the corpus, or %NULL with @error set
 */
GlosaCorpus *
glosa_corpus_loader_load_finish (GlosaCorpusLoader  *self,
                                 GAsyncResult       *result,
                                 GError            **error)
{
  g_return_val_if_fail (GLOSA_IS_CORPUS_LOADER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (self->progress_source != NULL)
    {
      g_source_destroy (self->progress_source);
      g_clear_pointer (&self->progress_source, g_source_unref);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * glosa_corpus_load:
 * @file: a folder, or a .txt, .md, .json or .jsonl file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Reads a corpus in the calling thread: for the CLI and tests.
 *
 * Returns: (transfer full): the corpus, or %NULL with @error set
 */
GlosaCorpus *
glosa_corpus_load (GFile         *file,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GlosaCorpusLoader) loader = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  loader = glosa_corpus_loader_new (file);
  return glosa_corpus_loader_load (loader, cancellable, error);
}
