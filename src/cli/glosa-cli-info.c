/* glosa-cli-info.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-cli-info"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-cli.h"
#include "glosa-corpus-loader.h"

/* `glosa-cli info CORPUS [--json]`: what the corpus holds. The JSON shape is
 * a public interface (README, "CLI reference"): add keys, never change them. */

static JsonNode *
corpus_to_json (GlosaCorpus *corpus)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GPtrArray *warnings = glosa_corpus_get_warnings (corpus);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "documents");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (corpus)); i++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (G_LIST_MODEL (corpus), i);
      const char * const *doc_warnings = glosa_document_get_warnings (document);

      json_builder_begin_object (builder);
      glosa_json_builder_add_string (builder, "id", glosa_document_get_id (document));
      glosa_json_builder_add_string (builder, "title", glosa_document_get_title (document));
      glosa_json_builder_add_string (builder, "path", glosa_document_get_path (document));
      glosa_json_builder_add_int (builder, "chars", glosa_document_get_chars (document));
      glosa_json_builder_add_int (builder, "words", glosa_document_get_words (document));
      json_builder_set_member_name (builder, "warnings");
      json_builder_begin_array (builder);
      for (guint j = 0; doc_warnings[j] != NULL; j++)
        json_builder_add_string_value (builder, doc_warnings[j]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "warnings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < warnings->len; i++)
    {
      GlosaCorpusWarning *warning = g_ptr_array_index (warnings, i);

      json_builder_begin_object (builder);
      glosa_json_builder_add_string (builder, "path", warning->path);
      glosa_json_builder_add_string (builder, "message", warning->message);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_text (GlosaCorpus *corpus)
{
  GListModel *model = G_LIST_MODEL (corpus);
  GPtrArray *warnings = glosa_corpus_get_warnings (corpus);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (model, i);
      const char * const *doc_warnings = glosa_document_get_warnings (document);

      g_print ("%s\n", glosa_document_get_id (document));
      g_print ("  %s\n", glosa_document_get_title (document));
      /* TRANSLATORS: counts of one document */
      g_print (_("  %u characters, %u words\n"),
               glosa_document_get_chars (document), glosa_document_get_words (document));
      for (guint j = 0; doc_warnings[j] != NULL; j++)
        g_print (_("  warning: %s\n"), doc_warnings[j]);
    }

  if (warnings->len > 0)
    g_print ("\n%s\n", _("Skipped or repaired:"));
  for (guint i = 0; i < warnings->len; i++)
    {
      GlosaCorpusWarning *warning = g_ptr_array_index (warnings, i);

      g_print ("  %s: %s\n", warning->path, warning->message);
    }

  g_print ("\n");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u document", "%u documents", n), n);
  g_print (", ");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u warning\n", "%u warnings\n", warnings->len),
           warnings->len);
}

int
glosa_cli_info (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GlosaCorpus) corpus = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = FALSE;
  int status;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print JSON: {\"documents\":[{\"id\",\"title\",\"path\",\"chars\",\"words\",\"warnings\"}],"
         "\"warnings\":[{\"path\",\"message\"}]}"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("CORPUS — list the documents of a corpus"));
  g_option_context_set_summary (context,
                                _("CORPUS is a folder (read recursively) or one .txt, .md, .json or "
                                  ".jsonl file.\nFor each document: its id, title, number of "
                                  "characters and words, and what was repaired;\nthen the files that "
                                  "were skipped and why.\n\nExit status: 0 when at least one document "
                                  "loaded, 1 when none did, 2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = glosa_cli_parse (context, &argc, &argv, 1)) >= 0)
    return status;

  file = g_file_new_for_commandline_arg (argv[1]);
  corpus = glosa_corpus_load (file, NULL, &error);
  if (corpus == NULL)
    return glosa_cli_fail (error);

  if (json)
    {
      g_autoptr(JsonNode) root = corpus_to_json (corpus);

      glosa_cli_print_json (root);
    }
  else
    print_text (corpus);
  return GLOSA_CLI_EXIT_OK;
}
