/* glosa-cli-bench.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-cli-bench"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "glosa-cli.h"
#include "glosa-export.h"
#include "glosa-import.h"
#include "glosa-matcher.h"
#include "glosa-project.h"
#include "glosa-search-index.h"

/* `glosa-cli bench STAGE`: the in-process half of build-aux/bench. Each
 * stage times one thing Glosa does, --runs times, and prints a JSON object
 * with every run's seconds and their median; build-aux/bench times the
 * baselines (cat, rg, grep, the sqlite3 shell) on the same files and puts
 * both in its report. Set-up (loading the corpus a stage works on) is
 * never inside the timed part. */

typedef struct
{
  char *folder;
  char *jsonl;
  char *corpus;
  char *aliases;
  char *project;
  char *queries;
  char *format;
  int   count;
  int   runs;
  int   cap;
} Options;

static void
options_clear (Options *options)
{
  g_free (options->folder);
  g_free (options->jsonl);
  g_free (options->corpus);
  g_free (options->aliases);
  g_free (options->project);
  g_free (options->queries);
  g_free (options->format);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static double
now_s (void)
{
  return g_get_monotonic_time () / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Nearest-rank percentile (0 < p ≤ 100) of @values, which it sorts. */
static double
percentile (GArray *values,
            double  p)
{
  guint rank;

  g_assert (values->len > 0);
  g_array_sort (values, compare_doubles);
  rank = (guint) MAX (1.0, (p / 100.0) * values->len + 0.999999);
  return g_array_index (values, double, MIN (rank, values->len) - 1);
}

/* Adds "seconds" (every run) and "median_s"; returns the median. */
static double
add_runs (JsonBuilder *builder,
          GArray      *seconds)
{
  g_autoptr(GArray) sorted = g_array_copy (seconds);
  double median = percentile (sorted, 50);

  json_builder_set_member_name (builder, "seconds");
  json_builder_begin_array (builder);
  for (guint i = 0; i < seconds->len; i++)
    json_builder_add_double_value (builder, g_array_index (seconds, double, i));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "median_s");
  json_builder_add_double_value (builder, median);
  return median;
}

static void
add_double (JsonBuilder *builder,
            const char  *name,
            double       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_double_value (builder, value);
}

static JsonBuilder *
begin_stage (const char *stage)
{
  JsonBuilder *builder = json_builder_new ();

  json_builder_begin_object (builder);
  glosa_json_builder_add_string (builder, "stage", stage);
  return builder;
}

static int
end_stage (JsonBuilder *builder)
{
  json_builder_end_object (builder);
  glosa_cli_print_builder (builder);
  return GLOSA_CLI_EXIT_OK;
}

static int
missing_option (const char *stage,
                const char *option)
{
  g_printerr (_("glosa-cli: bench %s needs %s\n"), stage, option);
  return GLOSA_CLI_EXIT_USAGE;
}

static GlosaCorpus *
load_corpus (const char  *path,
             GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

  return glosa_corpus_load (file, NULL, error);
}

/* Bytes of title and text, what a reader of the files would see. */
static guint64
corpus_bytes (GListModel *documents)
{
  guint64 bytes = 0;

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (documents, i);

      bytes += strlen (glosa_document_get_title (document) ?: "");
      bytes += strlen (glosa_document_get_text (document));
    }
  return bytes;
}

static int
bench_read (Options *options)
{
  const char *path = options->folder ? options->folder : options->jsonl;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GArray) seconds = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_documents = 0;
  guint64 bytes = 0;

  if ((options->folder == NULL) == (options->jsonl == NULL))
    return missing_option ("read", "--folder or --jsonl");
  for (int run = 0; run < options->runs; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GlosaCorpus) corpus = NULL;
      double t0 = now_s (), t;

      if ((corpus = load_corpus (path, &error)) == NULL)
        return glosa_cli_fail (error);
      t = now_s () - t0;
      g_array_append_val (seconds, t);
      n_documents = g_list_model_get_n_items (G_LIST_MODEL (corpus));
      bytes = corpus_bytes (G_LIST_MODEL (corpus));
    }

  builder = begin_stage ("read");
  glosa_json_builder_add_string (builder, "variant", options->folder ? "folder" : "jsonl");
  glosa_json_builder_add_int (builder, "documents", n_documents);
  glosa_json_builder_add_int (builder, "text_bytes", bytes);
  add_runs (builder, seconds);
  if (options->jsonl != NULL)
    {
      g_autoptr(GArray) floor_seconds = g_array_new (FALSE, FALSE, sizeof (double));

      for (int run = 0; run < options->runs; run++)
        {
          g_autoptr(GError) error = NULL;
          double t = glosa_cli_bench_copy_floor (options->jsonl, &error);

          if (t < 0)
            return glosa_cli_fail (error);
          g_array_append_val (floor_seconds, t);
        }
      add_double (builder, "copy_floor_s", percentile (floor_seconds, 50));
    }
  return end_stage (builder);
}

static GPtrArray *
read_lines (const char  *path,
            GError     **error)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *result;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;
  lines = g_strsplit (contents, "\n", -1);
  result = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      g_ptr_array_add (result, g_strdup (lines[i]));
  return result;
}

static guint
scan_counting (GlosaMatcher *matcher,
               const char   *text)
{
  g_autoptr(GArray) matches = glosa_matcher_scan (matcher, text, -1);

  return matches->len;
}

/* What `rg -F -i -o -f ALIASES` does over the folder, with Glosa's rules:
 * every alias, case and accents folded, on word boundaries, with code
 * point offsets, in every title and text. */
static int
bench_match (Options *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaCorpus) corpus = NULL;
  g_autoptr(GPtrArray) aliases = NULL;
  g_autoptr(GlosaMatcher) matcher = glosa_matcher_new ();
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GArray) seconds = g_array_new (FALSE, FALSE, sizeof (double));
  GListModel *documents;
  guint n_matches = 0;
  double t0, compile_s;

  if (options->corpus == NULL || options->aliases == NULL)
    return missing_option ("match", "--corpus and --aliases");
  if ((corpus = load_corpus (options->corpus, &error)) == NULL
      || (aliases = read_lines (options->aliases, &error)) == NULL)
    return glosa_cli_fail (error);
  documents = G_LIST_MODEL (corpus);

  t0 = now_s ();
  for (guint i = 0; i < aliases->len; i++)
    glosa_matcher_add (matcher, g_ptr_array_index (aliases, i), i);
  glosa_matcher_compile (matcher);
  compile_s = now_s () - t0;

  for (int run = 0; run < options->runs; run++)
    {
      double t;

      n_matches = 0;
      t0 = now_s ();
      for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
        {
          g_autoptr(GlosaDocument) document = g_list_model_get_item (documents, i);

          n_matches += scan_counting (matcher, glosa_document_get_title (document) ?: "");
          n_matches += scan_counting (matcher, glosa_document_get_text (document));
        }
      t = now_s () - t0;
      g_array_append_val (seconds, t);
    }

  builder = begin_stage ("match");
  glosa_json_builder_add_int (builder, "aliases", aliases->len);
  glosa_json_builder_add_int (builder, "matches", n_matches);
  glosa_json_builder_add_int (builder, "text_bytes", corpus_bytes (documents));
  add_double (builder, "compile_s", compile_s);
  add_runs (builder, seconds);
  return end_stage (builder);
}

static void
remove_project (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_unlink (name);
    }
}

/* What `glosa-cli project` does once the corpus is read: a new project
 * file with every document and the full-text index, closed again. */
static int
bench_index (Options *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaCorpus) corpus = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GArray) seconds = g_array_new (FALSE, FALSE, sizeof (double));
  GlosaRefreshStats stats = { 0 };

  if (options->corpus == NULL || options->project == NULL)
    return missing_option ("index", "--corpus and --project");
  if ((corpus = load_corpus (options->corpus, &error)) == NULL)
    return glosa_cli_fail (error);
  file = g_file_new_for_commandline_arg (options->project);

  for (int run = 0; run < options->runs; run++)
    {
      g_autoptr(GlosaProject) project = NULL;
      g_autofree char *path = g_file_get_path (file);
      double t0, t;

      remove_project (path);
      t0 = now_s ();
      if ((project = glosa_project_open_for_corpus (corpus, file, &stats, &error)) == NULL)
        return glosa_cli_fail (error);
      g_clear_object (&project);
      t = now_s () - t0;
      g_array_append_val (seconds, t);
    }

  builder = begin_stage ("index");
  glosa_json_builder_add_int (builder, "documents", stats.documents_added);
  add_runs (builder, seconds);
  return end_stage (builder);
}

static GlosaProject *
open_project (Options  *options,
              GError  **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->project);

  return glosa_project_open (file, GLOSA_PROJECT_OPEN_DEFAULT, error);
}

/* Each query's time is its median over the runs; p50 and p95 are taken
 * over the queries. The FTS5 expressions are printed so that the sqlite3
 * shell runs exactly the same ones. */
static int
bench_search (Options *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaProject) project = NULL;
  g_autoptr(GPtrArray) queries = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GArray) per_query = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) totals = g_array_new (FALSE, FALSE, sizeof (double));
  guint64 hits = 0;

  if (options->project == NULL || options->queries == NULL)
    return missing_option ("search", "--project and --queries");
  if ((project = open_project (options, &error)) == NULL
      || (queries = read_lines (options->queries, &error)) == NULL)
    return glosa_cli_fail (error);

  builder = begin_stage ("search");
  json_builder_set_member_name (builder, "fts");
  json_builder_begin_array (builder);
  for (guint q = 0; q < queries->len; q++)
    {
      g_autofree char *fts = glosa_search_index_build_query (g_ptr_array_index (queries, q));

      json_builder_add_string_value (builder, fts ?: "");
    }
  json_builder_end_array (builder);

  for (int run = 0; run < options->runs; run++)
    {
      double run_t0 = now_s (), total;

      for (guint q = 0; q < queries->len; q++)
        {
          g_autoptr(GHashTable) found = NULL;
          double t0 = now_s (), t;

          found = glosa_project_search (project, g_ptr_array_index (queries, q), &error);
          if (found == NULL)
            return glosa_cli_fail (error);
          t = now_s () - t0;
          g_array_append_val (per_query, t);
          if (run == 0)
            hits += g_hash_table_size (found);
        }
      total = now_s () - run_t0;
      g_array_append_val (totals, total);
    }

  /* per_query holds run after run; fold each query's runs to a median. */
  {
    g_autoptr(GArray) medians = g_array_new (FALSE, FALSE, sizeof (double));

    for (guint q = 0; q < queries->len; q++)
      {
        g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (double));
        double median;

        for (int run = 0; run < options->runs; run++)
          g_array_append_val (runs, g_array_index (per_query, double, run * queries->len + q));
        median = percentile (runs, 50);
        g_array_append_val (medians, median);
      }
    glosa_json_builder_add_int (builder, "queries", queries->len);
    glosa_json_builder_add_int (builder, "hits", hits);
    add_double (builder, "p50_ms", percentile (medians, 50) * 1e3);
    add_double (builder, "p95_ms", percentile (medians, 95) * 1e3);
  }
  add_runs (builder, totals);
  return end_stage (builder);
}

/* Suggesting positions is what the sidebar does for each article: find the
 * mentions, then read each sentence's stance. With --cap, a run stops after
 * that many seconds and the rate is over the articles it did. */
static int
bench_suggest (Options *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaCorpus) corpus = NULL;
  g_autoptr(GlosaDetector) detector = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GArray) seconds = g_array_new (FALSE, FALSE, sizeof (double));
  GListModel *documents;
  guint n_positions = 0, n_documents = 0;
  guint64 bytes = 0;

  if (options->corpus == NULL)
    return missing_option ("suggest", "--corpus");
  if (!glosa_cli_load_detected (options->corpus, NULL, &corpus, &detector, &error))
    return glosa_cli_fail (error);
  documents = G_LIST_MODEL (corpus);

  for (int run = 0; run < options->runs; run++)
    {
      double t0 = now_s (), t;

      n_positions = 0;
      bytes = 0;
      for (n_documents = 0; n_documents < g_list_model_get_n_items (documents); n_documents++)
        {
          g_autoptr(GlosaDocument) document = g_list_model_get_item (documents, n_documents);
          const char *text = glosa_document_get_text (document);
          g_autoptr(GArray) mentions = NULL;
          g_autoptr(GPtrArray) positions = NULL;

          if (options->cap > 0 && now_s () - t0 > options->cap)
            break;
          mentions = glosa_detector_find_mentions (detector, text);
          positions = glosa_detector_suggest (detector, document, mentions);
          n_positions += positions->len;
          bytes += strlen (text);
        }
      t = now_s () - t0;
      g_array_append_val (seconds, t);
    }

  builder = begin_stage ("suggest");
  glosa_json_builder_add_int (builder, "positions", n_positions);
  glosa_json_builder_add_int (builder, "documents", n_documents);
  glosa_json_builder_add_int (builder, "text_bytes", bytes);
  add_double (builder, "mb_per_s", bytes / 1e6 / add_runs (builder, seconds));
  return end_stage (builder);
}

/* The @i-th benchmark annotation: a deterministic span of 30–39 code
 * points in one of the project's documents, NULL if that one is too short. */
static GlosaAnnotation *
make_draft (GListModel *documents,
            guint       i)
{
  g_autoptr(GlosaDocument) document = NULL;
  guint n = g_list_model_get_n_items (documents);
  guint chars, start;

  g_assert (n > 0);
  document = g_list_model_get_item (documents, (guint) ((i * 7ull) % n));
  chars = glosa_document_get_chars (document);
  if (chars < 80)
    return NULL;
  start = (guint) ((i * 131ull) % (chars - 40));
  return glosa_annotation_new (glosa_document_get_id (document), start, start + 30 + i % 10);
}

/* Each annotation is its own action, committed to disk (synchronous =
 * FULL) before the next, as when a coder presses Enter. --count is shared
 * out over the runs; each run gives a p50 and a p95. */
static int
bench_annotate (Options *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaProject) project = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GArray) p50s = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) p95s = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) seconds = g_array_new (FALSE, FALSE, sizeof (double));
  GListModel *documents;
  GlosaTag *tag;
  guint added = 0;

  if (options->project == NULL)
    return missing_option ("annotate", "--project");
  if ((project = open_project (options, &error)) == NULL)
    return glosa_cli_fail (error);
  documents = glosa_project_get_documents (project);
  if (g_list_model_get_n_items (documents) == 0)
    return missing_option ("annotate", "a project with documents");
  tag = glosa_project_lookup_tag_by_name (project, "Bench");
  if (tag == NULL && (tag = glosa_project_create_tag (project, "Bench", NULL, &error)) == NULL)
    return glosa_cli_fail (error);

  for (int run = 0; run < options->runs; run++)
    {
      g_autoptr(GArray) commits = g_array_new (FALSE, FALSE, sizeof (double));
      guint target = options->count / options->runs + (run < options->count % options->runs);
      double run_t0 = now_s (), t;

      for (guint i = 0; commits->len < target; i++)
        {
          g_autoptr(GlosaAnnotation) draft = make_draft (documents, added + i);
          double t0;

          if (draft == NULL)
            continue;
          glosa_annotation_add_tag (draft, glosa_tag_get_id (tag));
          if (i % 2 == 0)
            {
              glosa_annotation_set_actor (draft, "gustavo-petro");
              glosa_annotation_set_stance (draft, i % 4 == 0 ? "support" : "oppose");
            }
          t0 = now_s ();
          if (glosa_project_add_annotation (project, draft, &error) == NULL)
            return glosa_cli_fail (error);
          t = now_s () - t0;
          g_array_append_val (commits, t);
        }
      added += commits->len;
      t = percentile (commits, 50) * 1e3;
      g_array_append_val (p50s, t);
      t = percentile (commits, 95) * 1e3;
      g_array_append_val (p95s, t);
      t = now_s () - run_t0;
      g_array_append_val (seconds, t);
    }

  builder = begin_stage ("annotate");
  glosa_json_builder_add_int (builder, "annotations", added);
  add_double (builder, "p50_ms", percentile (p50s, 50));
  add_double (builder, "p95_ms", percentile (p95s, 50));
  add_runs (builder, seconds);
  return end_stage (builder);
}

/* Adds @count annotations, from the @first-th benchmark one on, in one
 * import (of a Glosa JSON export written here), far faster than committing
 * them one by one. */
static gboolean
import_annotations (GlosaProject  *project,
                    guint          first,
                    guint          count,
                    GError       **error)
{
  g_auto(GlosaImportStats) stats = { 0 };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  GListModel *documents = glosa_project_get_documents (project);
  gsize length;

  json_builder_begin_object (builder);
  glosa_json_builder_add_int (builder, "glosa_export", 1);
  json_builder_set_member_name (builder, "annotations");
  json_builder_begin_array (builder);
  for (guint i = first, n = 0; n < count; i++)
    {
      g_autoptr(GlosaAnnotation) annotation = make_draft (documents, i);
      GlosaDocument *document;
      g_autofree char *quote = NULL;
      guint start;

      if (annotation == NULL)
        continue;
      document = glosa_project_lookup_document (project,
                                                glosa_annotation_get_document (annotation));
      start = glosa_annotation_get_start (annotation);
      quote = g_utf8_substring (glosa_document_get_text (document), start,
                                glosa_annotation_get_end (annotation));
      glosa_annotation_set_anchor (annotation, quote, "", "");
      glosa_annotation_set_times (annotation, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z");
      glosa_annotation_set_actor (annotation, i % 2 ? "donald-trump" : "gustavo-petro");
      glosa_annotation_set_stance (annotation, i % 3 ? "support" : "oppose");
      glosa_annotation_set_note (annotation, "A note for the benchmark, with an accent: acción.");
      glosa_export_add_annotation_json (builder, annotation, NULL);
      n++;
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, &length);
  return glosa_import_json (project, json, length, "bench.json", &stats, error);
}

/* One format a call, so that build-aux/bench can stop one that takes too
 * long without losing the others. The project is first filled up to
 * --count annotations; later calls find them there. */
static int
bench_export (Options *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaProject) project = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GArray) seconds = g_array_new (FALSE, FALSE, sizeof (double));
  GlosaExportFormat format;
  GListModel *annotations;
  guint existing;
  double t0, import_s;
  gsize size = 0;

  if (options->project == NULL || options->format == NULL)
    return missing_option ("export", "--project and --format");
  if (!glosa_export_format_from_string (options->format, &format))
    {
      g_printerr (_("glosa-cli: unknown export format “%s”\n"), options->format);
      return GLOSA_CLI_EXIT_USAGE;
    }
  if ((project = open_project (options, &error)) == NULL)
    return glosa_cli_fail (error);
  if (g_list_model_get_n_items (glosa_project_get_documents (project)) == 0)
    return missing_option ("export", "a project with documents");
  annotations = glosa_project_get_annotations (project, NULL);
  existing = g_list_model_get_n_items (annotations);
  t0 = now_s ();
  if (existing < (guint) options->count
      && !import_annotations (project, existing, options->count - existing, &error))
    return glosa_cli_fail (error);
  import_s = now_s () - t0;

  for (int run = 0; run < options->runs; run++)
    {
      g_autoptr(GBytes) bytes = NULL;
      double t;

      t0 = now_s ();
      if ((bytes = glosa_export_to_bytes (project, format, NULL, &error)) == NULL)
        return glosa_cli_fail (error);
      t = now_s () - t0;
      g_array_append_val (seconds, t);
      size = g_bytes_get_size (bytes);
    }

  builder = begin_stage ("export");
  glosa_json_builder_add_string (builder, "variant", options->format);
  glosa_json_builder_add_int (builder, "annotations", g_list_model_get_n_items (annotations));
  add_double (builder, "import_s", import_s);
  glosa_json_builder_add_int (builder, "bytes", size);
  add_double (builder, "mb_per_s", size / 1e6 / add_runs (builder, seconds));
  return end_stage (builder);
}

static const struct
{
  const char *name;
  int       (*run) (Options *options);
} stages[] = {
  { "read", bench_read },
  { "match", bench_match },
  { "index", bench_index },
  { "search", bench_search },
  { "suggest", bench_suggest },
  { "annotate", bench_annotate },
  { "export", bench_export },
};

int
glosa_cli_bench (int    argc,
                 char **argv)
{
  g_auto(Options) options = { .count = 10000, .runs = 3 };
  g_autoptr(GOptionContext) context = NULL;
  int status;
  const GOptionEntry entries[] = {
    { "folder", 0, 0, G_OPTION_ARG_FILENAME, &options.folder,
      N_("read: the corpus folder to load"), N_("DIR") },
    { "jsonl", 0, 0, G_OPTION_ARG_FILENAME, &options.jsonl,
      N_("read: the JSONL file to load"), N_("FILE") },
    { "corpus", 0, 0, G_OPTION_ARG_FILENAME, &options.corpus,
      N_("match, index, suggest: the corpus (folder or file)"), N_("PATH") },
    { "aliases", 0, 0, G_OPTION_ARG_FILENAME, &options.aliases,
      N_("match: the names to find, one a line"), N_("FILE") },
    { "project", 0, 0, G_OPTION_ARG_FILENAME, &options.project,
      N_("index: the project to write; search, annotate, export: to use"), N_("FILE") },
    { "queries", 0, 0, G_OPTION_ARG_FILENAME, &options.queries,
      N_("search: the queries, one a line"), N_("FILE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &options.format,
      N_("export: the format to time (csv, json, qdpx, …)"), N_("FORMAT") },
    { "count", 0, 0, G_OPTION_ARG_INT, &options.count,
      N_("annotate, export: how many annotations (default 10000)"), N_("N") },
    { "runs", 0, 0, G_OPTION_ARG_INT, &options.runs,
      N_("How many times to time each stage (default 3)"), N_("K") },
    { "cap", 0, 0, G_OPTION_ARG_INT, &options.cap,
      N_("suggest: stop a run after this many seconds (default: never)"), N_("SECONDS") },
    { NULL }
  };

  context = g_option_context_new (_("STAGE — time one stage of build-aux/bench"));
  g_option_context_set_summary (context,
                                _("Stages: read, match, index, search, suggest, annotate, "
                                  "export.\nPrints a JSON object with each run’s seconds and "
                                  "their median.\n\nExit status: 0 on success, 1 on failure, "
                                  "2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = glosa_cli_parse (context, &argc, &argv, 1)) >= 0)
    return status;
  if (options.runs < 1 || options.runs > 1000 || options.count < options.runs
      || options.count > 10000000)
    {
      g_printerr (_("glosa-cli: --runs must be 1–1000 and --count from --runs to 10000000\n"));
      return GLOSA_CLI_EXIT_USAGE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    if (g_str_equal (argv[1], stages[i].name))
      return stages[i].run (&options);
  g_printerr (_("glosa-cli: unknown bench stage “%s”\n"), argv[1]);
  return GLOSA_CLI_EXIT_USAGE;
}
