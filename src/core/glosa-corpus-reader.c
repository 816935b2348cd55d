/* glosa-corpus-reader.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-corpus-reader"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "glosa-corpus-article.h"
#include "glosa-corpus-reader.h"
#include "glosa-document.h"
#include "glosa-json.h"
#include "glosa-parallel.h"
#include "glosa-plain-text.h"
#include "glosa-text.h"

/* Reads one corpus file into documents. Nothing here fails the corpus: what
 * cannot be read becomes a warning that names the file and says why. */

#define MAX_ARTICLE_WARNINGS 5

G_DEFINE_BOXED_TYPE (GlosaCorpusWarning, glosa_corpus_warning,
                     glosa_corpus_warning_copy, glosa_corpus_warning_free)

GlosaCorpusWarning *
glosa_corpus_warning_new (const char *path,
                          const char *message)
{
  GlosaCorpusWarning *warning = g_new0 (GlosaCorpusWarning, 1);

  g_return_val_if_fail (message != NULL, NULL);

  warning->path = g_strdup (path);
  warning->message = g_strdup (message);
  return warning;
}

GlosaCorpusWarning *
glosa_corpus_warning_copy (const GlosaCorpusWarning *warning)
{
  g_return_val_if_fail (warning != NULL, NULL);

  return glosa_corpus_warning_new (warning->path, warning->message);
}

void
glosa_corpus_warning_free (GlosaCorpusWarning *warning)
{
  if (warning == NULL)
    return;
  g_free (warning->path);
  g_free (warning->message);
  g_free (warning);
}

static void
warn (GPtrArray  *warnings,
      const char *path,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static void
warn (GPtrArray  *warnings,
      const char *path,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (warnings, glosa_corpus_warning_new (path, message));
}

/* Whether JSON lines may be read by simdjson; tests turn it off to compare
 * with json-glib. */
static gint use_simdjson = TRUE;

/**
 * glosa_corpus_reader_use_simdjson:
 * @use: %FALSE to read every JSON line with json-glib
 *
 * For tests: simdjson reads the common JSON lines (see glosa-simdjson.cc),
 * and must give what json-glib gives.
 */
void
glosa_corpus_reader_use_simdjson (gboolean use)
{
  g_atomic_int_set (&use_simdjson, use);
}

/**
 * glosa_corpus_reader_kind_for_name:
 * @name: a file name
 *
 * Returns: how a file of that name is read, or %GLOSA_FILE_KIND_NONE when
 *   Glosa does not read it
 */
GlosaFileKind
glosa_corpus_reader_kind_for_name (const char *name)
{
  const char *dot;
  g_autofree char *ext = NULL;

  g_return_val_if_fail (name != NULL, GLOSA_FILE_KIND_NONE);

  dot = strrchr (name, '.');
  if (dot == NULL || dot == name)
    return GLOSA_FILE_KIND_NONE;
  ext = g_ascii_strdown (dot + 1, -1);
  if (g_str_equal (ext, "txt"))
    return GLOSA_FILE_KIND_TEXT;
  if (g_str_equal (ext, "md"))
    return GLOSA_FILE_KIND_MARKDOWN;
  if (g_str_equal (ext, "json"))
    return GLOSA_FILE_KIND_JSON;
  if (g_str_equal (ext, "jsonl"))
    return GLOSA_FILE_KIND_JSONL;
  return GLOSA_FILE_KIND_NONE;
}

static char *
format_size (guint64 size)
{
  return g_format_size_full (size, G_FORMAT_SIZE_DEFAULT);
}

static void
read_text (const char    *data,
           gsize          length,
           const char    *display_path,
           GPtrArray     *documents,
           GPtrArray     *warnings)
{
  g_autoptr(GPtrArray) repairs = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  g_autofree char *base = NULL;
  GlosaDocument *document;

  if (glosa_text_looks_binary (data, length))
    {
      warn (warnings, display_path, _("Skipped: this does not look like text (a binary file?)"));
      return;
    }
  text = glosa_text_repair (data, length, GLOSA_TEXT_STRIP, repairs, NULL);
  if (*text == '\0')
    {
      warn (warnings, display_path, _("Skipped: the file holds no text"));
      return;
    }

  base = g_path_get_basename (display_path);
  glosa_plain_text_split (text, base, &title, &body);
  g_strstrip (body);

  /* A file that is only a headline is still an article. */
  document = glosa_document_new_take (display_path, title,
                                      *body ? g_steal_pointer (&body) : g_steal_pointer (&text));
  glosa_document_set_path (document, display_path);
  glosa_corpus_article_add_warnings (document, repairs);
  g_ptr_array_add (documents, document);
}

typedef struct
{
  const char *display_path;
  GPtrArray  *documents;
  GPtrArray  *warnings;
  GPtrArray  *file_repairs;
  guint       skipped;
} ArticleSink;

/* Keeps @document, or counts a skip, saying why while there are few. */
static void
sink_add (ArticleSink   *sink,
          GlosaDocument *document,
          const char    *where,
          const char    *reason)
{
  if (document != NULL)
    g_ptr_array_add (sink->documents, document);
  else if (sink->skipped++ < MAX_ARTICLE_WARNINGS)
    warn (sink->warnings, sink->display_path, _("Skipped %s: %s"), where, reason);
}

static void
sink_article (ArticleSink *sink,
              JsonNode    *node,
              const char  *where)
{
  g_autofree char *reason = NULL;
  GlosaDocument *document = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    reason = g_strdup (_("it is not an object"));
  else
    document = glosa_corpus_article_from_object (json_node_get_object (node), sink->display_path,
                                                 sink->file_repairs, &reason);
  sink_add (sink, document, where, reason);
}

static void
sink_finish (ArticleSink *sink)
{
  if (sink->skipped > MAX_ARTICLE_WARNINGS)
    warn (sink->warnings, sink->display_path,
          g_dngettext (GETTEXT_PACKAGE, "Skipped %u more article", "Skipped %u more articles",
                       sink->skipped - MAX_ARTICLE_WARNINGS),
          sink->skipped - MAX_ARTICLE_WARNINGS);
}

/* The file as JSON reads it, decoded only when it has to be: nearly every
 * file is valid UTF-8 already, and is parsed where it lies. */
static const char *
json_text (const char  *data,
           gsize        length,
           GPtrArray   *repairs,
           char       **decoded,
           gsize       *out_length)
{
  if (!glosa_text_needs_decoding (data, length, GLOSA_TEXT_KEEP_NUL))
    {
      *out_length = length;
      return data;
    }
  *decoded = glosa_text_repair (data, length, GLOSA_TEXT_KEEP_NUL | GLOSA_TEXT_DECODE_ONLY,
                                repairs, out_length);
  return *decoded;
}

static void
read_json (const char *data,
           gsize       length,
           const char *display_path,
           GPtrArray  *documents,
           GPtrArray  *warnings)
{
  g_autoptr(GPtrArray) repairs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *decoded = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  ArticleSink sink = { display_path, documents, warnings, repairs, 0 };
  JsonArray *articles = NULL;
  gsize json_length = 0;
  const char *json = json_text (data, length, repairs, &decoded, &json_length);
  guint before = documents->len;

  root = glosa_json_parse_with (parser, json, json_length, NULL, 1, &error);
  if (root == NULL)
    {
      warn (warnings, display_path, _("Skipped: not valid JSON: %s"), error->message);
      return;
    }

  if (JSON_NODE_HOLDS_ARRAY (root))
    articles = json_node_get_array (root);
  else if (JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *object = json_node_get_object (root);
      JsonNode *list = json_object_get_member (object, "documents");

      if (list != NULL && JSON_NODE_HOLDS_ARRAY (list))
        articles = json_node_get_array (list);
      else if (json_object_has_member (object, "text"))
        {
          sink_article (&sink, root, _("the article"));
          sink_finish (&sink);
          return;
        }
    }

  if (articles == NULL)
    {
      warn (warnings, display_path,
            _("Skipped: this JSON holds no articles (expected an array of articles, "
              "or an object with a “documents” array)"));
      return;
    }

  for (guint i = 0; i < json_array_get_length (articles); i++)
    {
      g_autofree char *where = g_strdup_printf (_("article %u"), i + 1);

      sink_article (&sink, json_array_get_element (articles, i), where);
    }
  sink_finish (&sink);
  if (documents->len == before && sink.skipped == 0)
    warn (warnings, display_path, _("Skipped: the list of articles is empty"));
}

/* A large JSONL file is parsed in slices of whole lines, on every core;
 * each keeps its documents and its first skip warnings apart until all
 * are done, so that they join as one pass would have left them. */
#define JSONL_SLICE_SIZE (4 * 1024 * 1024)

typedef struct
{
  const char *start;
  const char *end;
  guint       n_lines;
  guint       first_line;
  GPtrArray  *documents;
  GPtrArray  *warnings;
  guint       skipped;
} JsonlSlice;

typedef struct
{
  const char   *display_path;
  GPtrArray    *file_repairs;
  const char   *data_end;
  GArray       *slices;
  GCancellable *cancellable;
  gint          needs_decoding;
} JsonlReading;

static void
jsonl_slice_clear (gpointer data)
{
  JsonlSlice *slice = data;

  g_clear_pointer (&slice->documents, g_ptr_array_unref);
  g_clear_pointer (&slice->warnings, g_ptr_array_unref);
}

static void
slice_jsonl (GArray     *slices,
             const char *data,
             gsize       length)
{
  const char *p = data, *end = data + length;

  g_array_set_size (slices, 0);
  while (p < end)
    {
      JsonlSlice slice = { p, end, 0, 0, NULL, NULL, 0 };

      if ((gsize) (end - p) > JSONL_SLICE_SIZE)
        {
          const char *nl = memchr (p + JSONL_SLICE_SIZE, '\n', end - p - JSONL_SLICE_SIZE);

          slice.end = nl ? nl + 1 : end;
        }
      g_array_append_val (slices, slice);
      p = slice.end;
    }
}

static gboolean
count_jsonl_slice (guint    index,
                   gpointer data)
{
  JsonlReading *reading = data;
  JsonlSlice *slice = &g_array_index (reading->slices, JsonlSlice, index);

  slice->n_lines = 0;
  for (const char *nl = slice->start; (nl = memchr (nl, '\n', slice->end - nl)) != NULL; nl++)
    slice->n_lines++;
  return TRUE;
}

/* Counts the lines too, on every core: where each slice starts. */
static gboolean
check_jsonl_slice (guint    index,
                   gpointer data)
{
  JsonlReading *reading = data;
  JsonlSlice *slice = &g_array_index (reading->slices, JsonlSlice, index);

  if (glosa_text_needs_decoding (slice->start, slice->end - slice->start, GLOSA_TEXT_KEEP_NUL))
    {
      g_atomic_int_set (&reading->needs_decoding, TRUE);
      return FALSE;
    }
  return count_jsonl_slice (index, data);
}

static void
number_jsonl_slices (GArray *slices)
{
  guint line = 1;

  for (guint i = 0; i < slices->len; i++)
    {
      JsonlSlice *slice = &g_array_index (slices, JsonlSlice, i);

      slice->first_line = line;
      line += slice->n_lines;
    }
}

/* A line that is not a document: skipped for @reason when simdjson read
 * it, otherwise read by json-glib, which says why in its own words. */
static void
read_jsonl_line (ArticleSink *sink,
                 JsonParser  *parser,
                 const char  *data,
                 gsize        length,
                 guint        line,
                 const char  *reason)
{
  g_autofree char *where = g_strdup_printf (_("line %u"), line);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  if (reason != NULL)
    sink_add (sink, NULL, where, reason);
  else if ((node = glosa_json_parse_with (parser, data, length, NULL, line, &error)) != NULL)
    sink_article (sink, node, where);
  else if (sink->skipped++ < MAX_ARTICLE_WARNINGS)
    warn (sink->warnings, sink->display_path, _("Skipped %s: not valid JSON: %s"), where,
          error->message);
}

static gboolean
read_jsonl_slice (guint    index,
                  gpointer data)
{
  JsonlReading *reading = data;
  JsonlSlice *slice = &g_array_index (reading->slices, JsonlSlice, index);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GlosaSimdjson) simdjson = g_atomic_int_get (&use_simdjson) ? glosa_simdjson_new ()
                                                                         : NULL;
  ArticleSink sink = { reading->display_path, NULL, NULL, reading->file_repairs, 0 };
  const char *p = slice->start;
  guint line = slice->first_line - 1;

  sink.documents = slice->documents = g_ptr_array_new_with_free_func (g_object_unref);
  sink.warnings = slice->warnings =
    g_ptr_array_new_with_free_func ((GDestroyNotify) glosa_corpus_warning_free);
  while (p < slice->end)
    {
      const char *nl = memchr (p, '\n', slice->end - p);
      const char *line_end = nl ? nl : slice->end;
      const char *q = p;

      line++;
      while (q < line_end && g_ascii_isspace (*q))
        q++;
      if (q < line_end)
        {
          g_autofree char *reason = NULL;
          gboolean parsed = FALSE;
          GlosaDocument *document = NULL;

          if (simdjson != NULL)
            document = glosa_corpus_article_from_line (simdjson, p, line_end - p,
                                                       reading->data_end - p,
                                                       reading->display_path,
                                                       reading->file_repairs, &parsed, &reason);
          if (parsed && document != NULL)
            sink_add (&sink, document, NULL, NULL);
          else
            read_jsonl_line (&sink, parser, p, line_end - p, line, reason);
        }
      p = line_end + 1;
      if (line % 1024 == 0 && g_cancellable_is_cancelled (reading->cancellable))
        return FALSE;
    }
  slice->skipped = sink.skipped;
  return TRUE;
}

static gboolean
read_jsonl (const char   *data,
            gsize         length,
            const char   *display_path,
            GPtrArray    *documents,
            GPtrArray    *warnings,
            GCancellable *cancellable)
{
  g_autoptr(GPtrArray) repairs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) slices = g_array_new (FALSE, FALSE, sizeof (JsonlSlice));
  g_autofree char *decoded = NULL;
  JsonlReading reading = { display_path, repairs, data + length, slices, cancellable, FALSE };
  ArticleSink sink = { display_path, documents, warnings, repairs, 0 };
  guint before = documents->len;

  g_array_set_clear_func (slices, jsonl_slice_clear);
  /* Nearly every file is valid UTF-8 already, and is parsed where it lies.
   * (A slice that starts with U+FEFF takes it for a byte order mark: the
   * file is decoded, to the same bytes.) */
  slice_jsonl (slices, data, length);
  glosa_parallel_for (slices->len, check_jsonl_slice, &reading);
  if (reading.needs_decoding)
    {
      gsize decoded_length = 0;

      decoded = glosa_text_repair (data, length, GLOSA_TEXT_KEEP_NUL | GLOSA_TEXT_DECODE_ONLY,
                                   repairs, &decoded_length);
      slice_jsonl (slices, decoded, decoded_length);
      reading.data_end = decoded + decoded_length;
      glosa_parallel_for (slices->len, count_jsonl_slice, &reading);
    }
  number_jsonl_slices (slices);

  glosa_parallel_for (slices->len, read_jsonl_slice, &reading);
  if (g_cancellable_is_cancelled (cancellable))
    return FALSE;
  for (guint i = 0; i < slices->len; i++)
    {
      JsonlSlice *slice = &g_array_index (slices, JsonlSlice, i);

      g_ptr_array_extend_and_steal (documents, g_steal_pointer (&slice->documents));
      /* The slice's first skips are the file's while it has had fewer. */
      for (guint j = 0; j < slice->warnings->len && sink.skipped + j < MAX_ARTICLE_WARNINGS; j++)
        g_ptr_array_add (warnings,
                         glosa_corpus_warning_copy (g_ptr_array_index (slice->warnings, j)));
      sink.skipped += slice->skipped;
    }
  sink_finish (&sink);
  if (documents->len == before && sink.skipped == 0)
    warn (warnings, display_path, _("Skipped: the file holds no articles"));
  return TRUE;
}

/* Most articles are a few kilobytes: one read() costs less than mapping
 * and unmapping them. NULL for a larger file, or when anything fails, to
 * map it instead, which says why it failed in the words it always has. */
#define SMALL_FILE_SIZE (256 * 1024)

static GBytes *
read_small_file (const char *path)
{
  g_autofree char *buffer = NULL;
  struct stat info;
  gsize length = 0;
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0)
    return NULL;
  if (fstat (fd, &info) != 0 || !S_ISREG (info.st_mode) || info.st_size > SMALL_FILE_SIZE)
    {
      g_close (fd, NULL);
      return NULL;
    }
  /* A file that grows meanwhile is read as it was when measured. */
  buffer = g_malloc (info.st_size + 1);
  while (length < (gsize) info.st_size)
    {
      gssize n = read (fd, buffer + length, info.st_size - length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          g_close (fd, NULL);
          return NULL;
        }
      if (n == 0)
        break;
      length += n;
    }
  g_close (fd, NULL);
  return g_bytes_new_take (g_steal_pointer (&buffer), length);
}

/**
 * glosa_corpus_reader_read:
 * @file: the file to read
 * @display_path: its path relative to the corpus root: the id of a text
 *   document, and the name that warnings give
 * @kind: how to read it
 * @documents: (element-type GlosaDocument): documents read are added here
 * @warnings: (element-type GlosaCorpusWarning): problems are added here
 * @cancellable: (nullable): a #GCancellable
 *
 * Returns: %FALSE only when cancelled
 */
gboolean
glosa_corpus_reader_read (GFile         *file,
                          const char    *display_path,
                          GlosaFileKind  kind,
                          GPtrArray     *documents,
                          GPtrArray     *warnings,
                          GCancellable  *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  const char *data;
  gsize length;
  guint64 limit;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (display_path != NULL, FALSE);
  g_return_val_if_fail (kind != GLOSA_FILE_KIND_NONE, FALSE);

  path = g_file_get_path (file);
  if (path != NULL && (bytes = read_small_file (path)) == NULL)
    mapped = g_mapped_file_new (path, FALSE, &error);
  else if (path == NULL)
    {
      char *contents = NULL;

      if (g_file_load_contents (file, cancellable, &contents, &length, NULL, &error))
        bytes = g_bytes_new_take (contents, length);
    }
  if (mapped == NULL && bytes == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return FALSE;
      warn (warnings, display_path, _("Skipped: could not read the file: %s"), error->message);
      return TRUE;
    }
  data = mapped ? g_mapped_file_get_contents (mapped) : g_bytes_get_data (bytes, NULL);
  length = mapped ? g_mapped_file_get_length (mapped) : g_bytes_get_size (bytes);

  limit = kind == GLOSA_FILE_KIND_JSON || kind == GLOSA_FILE_KIND_JSONL ? GLOSA_MAX_JSON_FILE_SIZE
          : GLOSA_MAX_TEXT_FILE_SIZE;
  if (length > limit)
    {
      g_autofree char *size = format_size (length);
      g_autofree char *max = format_size (limit);

      warn (warnings, display_path, _("Skipped: the file is too large (%s; the limit is %s)"),
            size, max);
      return TRUE;
    }
  if (length == 0 || data == NULL)
    {
      warn (warnings, display_path, _("Skipped: the file is empty"));
      return TRUE;
    }

  switch (kind)
    {
    case GLOSA_FILE_KIND_TEXT:
    case GLOSA_FILE_KIND_MARKDOWN:
      read_text (data, length, display_path, documents, warnings);
      break;
    case GLOSA_FILE_KIND_JSON:
      read_json (data, length, display_path, documents, warnings);
      break;
    case GLOSA_FILE_KIND_JSONL:
      return read_jsonl (data, length, display_path, documents, warnings, cancellable);
    case GLOSA_FILE_KIND_NONE:
    default:
      g_assert_not_reached ();
    }
  return TRUE;
}
