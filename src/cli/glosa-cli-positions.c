/* glosa-cli-positions.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-cli-positions"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-cli.h"

/* `glosa-cli positions CORPUS [--codebook FILE] [--json]`: the positions
 * the detector suggests. The JSON shape is public. */

static void
add_position (JsonBuilder   *builder,
              GlosaCodebook *codebook,
              GlosaPosition *position)
{
  GlosaActor *actor = glosa_codebook_lookup_actor (codebook, glosa_position_get_actor (position));
  GlosaIssue *issue = glosa_codebook_lookup_issue (codebook, glosa_position_get_issue (position));
  const char * const *cues = glosa_position_get_cues (position);

  json_builder_begin_object (builder);
  glosa_json_builder_add_string (builder, "document", glosa_position_get_document (position));
  glosa_json_builder_add_string (builder, "actor", glosa_position_get_actor (position));
  glosa_json_builder_add_string (builder, "actor_name", glosa_actor_get_name (actor));
  glosa_json_builder_add_string (builder, "issue", glosa_position_get_issue (position));
  glosa_json_builder_add_string (builder, "issue_label", glosa_issue_get_label (issue));
  glosa_json_builder_add_string (builder, "stance", glosa_stance_to_string (glosa_position_get_stance (position)));
  glosa_json_builder_add_int (builder, "start", glosa_position_get_start (position));
  glosa_json_builder_add_int (builder, "end", glosa_position_get_end (position));
  glosa_json_builder_add_string (builder, "evidence", glosa_position_get_evidence (position));
  json_builder_set_member_name (builder, "confidence");
  /* Two decimals are all the precision a heuristic score has. */
  json_builder_add_double_value (builder, (gint64) (glosa_position_get_confidence (position) * 100 + 0.5) / 100.0);
  json_builder_set_member_name (builder, "cues");
  json_builder_begin_array (builder);
  for (guint i = 0; cues[i] != NULL; i++)
    json_builder_add_string_value (builder, cues[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
print_position (GlosaCodebook *codebook,
                GlosaPosition *position)
{
  GlosaActor *actor = glosa_codebook_lookup_actor (codebook, glosa_position_get_actor (position));
  GlosaIssue *issue = glosa_codebook_lookup_issue (codebook, glosa_position_get_issue (position));
  g_autofree char *cues = g_strjoinv (", ", (char **) glosa_position_get_cues (position));

  g_print ("%s %s %s (%.2f)\n", glosa_actor_get_name (actor),
           glosa_stance_get_label (glosa_position_get_stance (position)),
           glosa_issue_get_label (issue), glosa_position_get_confidence (position));
  g_print ("  %s [%u–%u]%s%s\n", glosa_position_get_document (position),
           glosa_position_get_start (position), glosa_position_get_end (position),
           *cues ? _(", cues: ") : "", cues);
  g_print ("  “%s”\n", glosa_position_get_evidence (position));
}

int
glosa_cli_positions (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GlosaCorpus) corpus = NULL;
  g_autoptr(GlosaDetector) detector = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *codebook_path = NULL;
  gboolean json = FALSE;
  GlosaCodebook *codebook;
  int status;
  const GOptionEntry entries[] = {
    GLOSA_CLI_CODEBOOK_ENTRY (codebook_path),
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print JSON: {\"positions\":[{\"document\",\"actor\",\"actor_name\",\"issue\",\"issue_label\","
         "\"stance\",\"start\",\"end\",\"evidence\",\"confidence\",\"cues\"}]}"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("CORPUS — suggest actors’ positions on the issues"));
  g_option_context_set_summary (context,
                                _("In each sentence, an actor (or the person a “she said” refers "
                                  "to) with an issue keyword\nis a suggested position; stance cues "
                                  "(“opposes”, “calls for”, “rechaza”…) decide\nsupport, oppose, "
                                  "mixed or neutral. start and end are code points of the evidence\n"
                                  "sentence. Suggestions are never mixed with what a person coded.\n\n"
                                  "Exit status: 0 on success, 1 on failure, 2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = glosa_cli_parse (context, &argc, &argv, 1)) >= 0)
    return status;
  if (!glosa_cli_load_detected (argv[1], codebook_path, &corpus, &detector, &error))
    return glosa_cli_fail (error);
  codebook = glosa_detector_get_codebook (detector);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "positions");
  json_builder_begin_array (builder);
  for (guint d = 0; d < g_list_model_get_n_items (G_LIST_MODEL (corpus)); d++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (G_LIST_MODEL (corpus), d);
      g_autoptr(GPtrArray) positions = glosa_detector_suggest (detector, document, NULL);

      for (guint i = 0; i < positions->len; i++)
        {
          if (json)
            add_position (builder, codebook, g_ptr_array_index (positions, i));
          else
            print_position (codebook, g_ptr_array_index (positions, i));
        }
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  if (json)
    glosa_cli_print_builder (builder);
  return GLOSA_CLI_EXIT_OK;
}
