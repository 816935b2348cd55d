/* glosa-cli-actors.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-cli-actors"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-cli.h"

/* `glosa-cli actors CORPUS [--codebook FILE] [--json]`: who each document
 * mentions, how often, and where first. The JSON shape is public. */

typedef struct
{
  guint actor;
  guint mentions;
  guint first_start;
  guint first_end;
} ActorCount;

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const ActorCount *ca = a, *cb = b;

  if (ca->mentions != cb->mentions)
    return ca->mentions < cb->mentions ? 1 : -1;
  return ca->first_start < cb->first_start ? -1 : ca->first_start > cb->first_start;
}

/* Mention counts per actor, most mentioned first. */
static GArray *
count_actors (GArray *mentions)
{
  g_autoptr(GHashTable) index = g_hash_table_new (NULL, NULL);
  GArray *counts = g_array_new (FALSE, FALSE, sizeof (ActorCount));

  for (guint i = 0; i < mentions->len; i++)
    {
      GlosaMatch *m = &g_array_index (mentions, GlosaMatch, i);
      gpointer slot;

      if (g_hash_table_lookup_extended (index, GUINT_TO_POINTER (m->value), NULL, &slot))
        g_array_index (counts, ActorCount, GPOINTER_TO_UINT (slot)).mentions++;
      else
        {
          ActorCount count = { m->value, 1, m->start, m->end };

          g_hash_table_insert (index, GUINT_TO_POINTER (m->value), GUINT_TO_POINTER (counts->len));
          g_array_append_val (counts, count);
        }
    }
  g_array_sort (counts, compare_counts);
  return counts;
}

int
glosa_cli_actors (int    argc,
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
      N_("Print JSON: {\"documents\":[{\"id\",\"title\",\"actors\":[{\"id\",\"name\",\"kind\","
         "\"mentions\",\"first\":{\"start\",\"end\"}}],\"unlisted\":[{\"name\",\"mentions\"}]}]}"),
      NULL },
    { NULL }
  };

  context = g_option_context_new (_("CORPUS — list the actors each document mentions"));
  g_option_context_set_summary (context,
                                _("Actors are found by their names and aliases in the codebook, "
                                  "ignoring case and accents,\nat word boundaries. Offsets are "
                                  "Unicode code points. Unlisted names are capitalised\nnames the "
                                  "codebook lacks.\n\nExit status: 0 on success, 1 on failure, 2 "
                                  "on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = glosa_cli_parse (context, &argc, &argv, 1)) >= 0)
    return status;
  if (!glosa_cli_load_detected (argv[1], codebook_path, &corpus, &detector, &error))
    return glosa_cli_fail (error);
  codebook = glosa_detector_get_codebook (detector);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "documents");
  json_builder_begin_array (builder);
  for (guint d = 0; d < g_list_model_get_n_items (G_LIST_MODEL (corpus)); d++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (G_LIST_MODEL (corpus), d);
      const char *text = glosa_document_get_text (document);
      g_autoptr(GArray) mentions = glosa_detector_find_mentions (detector, text);
      g_autoptr(GArray) counts = count_actors (mentions);
      g_autoptr(GPtrArray) unlisted = glosa_detector_find_unlisted (detector, text, mentions);

      if (!json)
        g_print ("%s%s\n", d ? "\n" : "", glosa_document_get_title (document));

      json_builder_begin_object (builder);
      glosa_json_builder_add_string (builder, "id", glosa_document_get_id (document));
      glosa_json_builder_add_string (builder, "title", glosa_document_get_title (document));
      json_builder_set_member_name (builder, "actors");
      json_builder_begin_array (builder);
      for (guint i = 0; i < counts->len; i++)
        {
          ActorCount *count = &g_array_index (counts, ActorCount, i);
          GlosaActor *actor = glosa_codebook_get_actor (codebook, count->actor);
          const char *kind = glosa_actor_kind_to_string (glosa_actor_get_kind (actor));

          if (!json)
            g_print ("  %-32s %-13s %4u\n", glosa_actor_get_name (actor), kind, count->mentions);
          json_builder_begin_object (builder);
          glosa_json_builder_add_string (builder, "id", glosa_actor_get_id (actor));
          glosa_json_builder_add_string (builder, "name", glosa_actor_get_name (actor));
          glosa_json_builder_add_string (builder, "kind", kind);
          glosa_json_builder_add_int (builder, "mentions", count->mentions);
          json_builder_set_member_name (builder, "first");
          json_builder_begin_object (builder);
          glosa_json_builder_add_int (builder, "start", count->first_start);
          glosa_json_builder_add_int (builder, "end", count->first_end);
          json_builder_end_object (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);

      if (!json && unlisted->len > 0)
        g_print ("  %s\n", _("Unlisted names:"));
      json_builder_set_member_name (builder, "unlisted");
      json_builder_begin_array (builder);
      for (guint i = 0; i < unlisted->len; i++)
        {
          GlosaName *name = g_ptr_array_index (unlisted, i);

          if (!json)
            g_print ("    %-46s %4u\n", name->name, name->count);
          json_builder_begin_object (builder);
          glosa_json_builder_add_string (builder, "name", name->name);
          glosa_json_builder_add_int (builder, "mentions", name->count);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  if (json)
    glosa_cli_print_builder (builder);
  return GLOSA_CLI_EXIT_OK;
}
