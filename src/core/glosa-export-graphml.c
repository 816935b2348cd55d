/* glosa-export-graphml.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-export-graphml"

#include "config.h"

#include "glosa-export-private.h"

/* Networks of the coded statements (annotations with an actor and an
 * issue), as Discourse Network Analyzer builds them, in one GraphML file
 * of three graphs:
 *   actor-issue  the two-mode network: an edge per actor and issue, weighted
 *                by statements, with support/oppose/neutral/mixed counts and
 *                the net stance (support minus oppose);
 *   congruence   actors linked by the times they take the same stance
 *                (support or oppose) on the same issue;
 *   conflict     actors linked by the times they take opposite stances on
 *                the same issue.
 * Most readers (networkx's read_graphml among them) read the first graph
 * by default: the two-mode network. */

enum { SUPPORT = 1 << 0, OPPOSE = 1 << 1 };

typedef struct
{
  guint actor;
  guint issue;
  guint weight;
  guint support;
  guint oppose;
  guint neutral;
  guint mixed;
} Tie;

typedef struct
{
  GPtrArray  *actors;       /* ids, in order of first statement */
  GPtrArray  *issues;
  GHashTable *actor_index;  /* id → index + 1 */
  GHashTable *issue_index;
  GArray     *ties;         /* Tie, in order of first statement */
  GHashTable *tie_index;    /* "actor\nissue" → index + 1 */
} Network;

static void
network_clear (Network *network)
{
  g_clear_pointer (&network->actors, g_ptr_array_unref);
  g_clear_pointer (&network->issues, g_ptr_array_unref);
  g_clear_pointer (&network->actor_index, g_hash_table_unref);
  g_clear_pointer (&network->issue_index, g_hash_table_unref);
  g_clear_pointer (&network->ties, g_array_unref);
  g_clear_pointer (&network->tie_index, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Network, network_clear)

static guint
intern (GPtrArray  *list,
        GHashTable *index,
        const char *id)
{
  guint found = GPOINTER_TO_UINT (g_hash_table_lookup (index, id));

  if (found > 0)
    return found - 1;
  g_ptr_array_add (list, (gpointer) id);
  g_hash_table_insert (index, (gpointer) id, GUINT_TO_POINTER (list->len));
  return list->len - 1;
}

static void
network_build (Network            *network,
               GlosaExportContext *context)
{
  network->actors = g_ptr_array_new ();
  network->issues = g_ptr_array_new ();
  network->actor_index = g_hash_table_new (g_str_hash, g_str_equal);
  network->issue_index = g_hash_table_new (g_str_hash, g_str_equal);
  network->ties = g_array_new (FALSE, TRUE, sizeof (Tie));
  network->tie_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < context->annotations->len; i++)
    {
      GlosaAnnotation *annotation = g_ptr_array_index (context->annotations, i);
      const char *stance = glosa_annotation_get_stance (annotation);
      g_autofree char *key = NULL;
      Tie *tie;
      guint found;

      if (!glosa_export_is_statement (annotation))
        continue;
      key = g_strjoin ("\n", glosa_annotation_get_actor (annotation),
                       glosa_annotation_get_issue (annotation), NULL);
      found = GPOINTER_TO_UINT (g_hash_table_lookup (network->tie_index, key));
      if (found == 0)
        {
          Tie new_tie = { 0 };

          new_tie.actor = intern (network->actors, network->actor_index,
                                  glosa_annotation_get_actor (annotation));
          new_tie.issue = intern (network->issues, network->issue_index,
                                  glosa_annotation_get_issue (annotation));
          g_array_append_val (network->ties, new_tie);
          found = network->ties->len;
          g_hash_table_insert (network->tie_index, g_steal_pointer (&key),
                               GUINT_TO_POINTER (found));
        }
      tie = &g_array_index (network->ties, Tie, found - 1);
      tie->weight++;
      if (g_strcmp0 (stance, "support") == 0)
        tie->support++;
      else if (g_strcmp0 (stance, "oppose") == 0)
        tie->oppose++;
      else if (g_strcmp0 (stance, "neutral") == 0)
        tie->neutral++;
      else if (g_strcmp0 (stance, "mixed") == 0)
        tie->mixed++;
    }
}

static void
append_key (GString    *out,
            const char *id,
            const char *domain,
            const char *name,
            const char *type)
{
  g_string_append_printf (out, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
                          id, domain, name, type);
}

static void
append_data (GString    *out,
             const char *key,
             const char *value)
{
  g_autofree char *escaped = NULL;

  if (value == NULL)
    return;
  escaped = g_markup_escape_text (value, -1);
  g_string_append_printf (out, "      <data key=\"%s\">%s</data>\n", key, escaped);
}

static void
append_int_data (GString    *out,
                 const char *key,
                 int         value)
{
  g_string_append_printf (out, "      <data key=\"%s\">%d</data>\n", key, value);
}

static void
append_actor_node (GString            *out,
                   GlosaExportContext *context,
                   const char         *id)
{
  GlosaActor *actor = glosa_codebook_lookup_actor (context->codebook, id);
  g_autofree char *node = g_markup_printf_escaped ("actor:%s", id);

  g_string_append_printf (out, "    <node id=\"%s\">\n", node);
  append_data (out, "kind", "actor");
  append_data (out, "label", glosa_export_actor_name (context, id));
  if (actor != NULL)
    {
      append_data (out, "actor_kind", glosa_actor_kind_to_string (glosa_actor_get_kind (actor)));
      append_data (out, "affiliation",
                   glosa_export_actor_name (context, glosa_actor_get_affiliation (actor)));
    }
  g_string_append (out, "    </node>\n");
}

static void
append_issue_node (GString            *out,
                   GlosaExportContext *context,
                   const char         *id)
{
  g_autofree char *node = g_markup_printf_escaped ("issue:%s", id);

  g_string_append_printf (out, "    <node id=\"%s\">\n", node);
  append_data (out, "kind", "issue");
  append_data (out, "label", glosa_export_issue_label (context, id));
  g_string_append (out, "    </node>\n");
}

static void
begin_graph (GString    *out,
             const char *name)
{
  g_string_append_printf (out, "  <graph id=\"%s\" edgedefault=\"undirected\">\n", name);
  g_string_append_printf (out, "    <data key=\"name\">%s</data>\n", name);
}

static void
append_two_mode (GString            *out,
                 GlosaExportContext *context,
                 Network            *network)
{
  begin_graph (out, "actor-issue");
  for (guint i = 0; i < network->actors->len; i++)
    append_actor_node (out, context, g_ptr_array_index (network->actors, i));
  for (guint i = 0; i < network->issues->len; i++)
    append_issue_node (out, context, g_ptr_array_index (network->issues, i));
  for (guint i = 0; i < network->ties->len; i++)
    {
      const Tie *tie = &g_array_index (network->ties, Tie, i);
      const char *actor = g_ptr_array_index (network->actors, tie->actor);
      const char *issue = g_ptr_array_index (network->issues, tie->issue);
      g_autofree char *edge = NULL;

      edge = g_markup_printf_escaped ("    <edge id=\"t%u\" source=\"actor:%s\" "
                                      "target=\"issue:%s\">\n", i, actor, issue);
      g_string_append (out, edge);
      append_int_data (out, "weight", tie->weight);
      append_int_data (out, "support", tie->support);
      append_int_data (out, "oppose", tie->oppose);
      append_int_data (out, "neutral", tie->neutral);
      append_int_data (out, "mixed", tie->mixed);
      append_int_data (out, "net", (int) tie->support - (int) tie->oppose);
      g_string_append (out, "    </edge>\n");
    }
  g_string_append (out, "  </graph>\n");
}

/* One actor-by-actor network; @conflict picks opposite stances over the
 * same ones. Weights count issues × stance pairs, as DNA does. */
static void
append_one_mode (GString            *out,
                 GlosaExportContext *context,
                 Network            *network,
                 gboolean            conflict)
{
  guint n_actors = network->actors->len;
  guint n_issues = network->issues->len;
  g_autofree guint8 *stances = g_new0 (guint8, (gsize) n_actors * n_issues + 1);
  guint n_edges = 0;

  for (guint i = 0; i < network->ties->len; i++)
    {
      const Tie *tie = &g_array_index (network->ties, Tie, i);
      guint8 *cell = &stances[tie->issue * n_actors + tie->actor];

      *cell |= (tie->support > 0 ? SUPPORT : 0) | (tie->oppose > 0 ? OPPOSE : 0);
    }

  begin_graph (out, conflict ? "conflict" : "congruence");
  for (guint i = 0; i < n_actors; i++)
    append_actor_node (out, context, g_ptr_array_index (network->actors, i));
  for (guint a = 0; a < n_actors; a++)
    for (guint b = a + 1; b < n_actors; b++)
      {
        g_autofree char *edge = NULL;
        int weight = 0;

        for (guint issue = 0; issue < n_issues; issue++)
          {
            guint8 sa = stances[issue * n_actors + a];
            guint8 sb = stances[issue * n_actors + b];

            if (conflict)
              weight += ((sa & SUPPORT) && (sb & OPPOSE)) + ((sa & OPPOSE) && (sb & SUPPORT));
            else
              weight += ((sa & sb & SUPPORT) != 0) + ((sa & sb & OPPOSE) != 0);
          }
        if (weight == 0)
          continue;
        edge = g_markup_printf_escaped ("    <edge id=\"e%u\" source=\"actor:%s\" "
                                        "target=\"actor:%s\">\n", n_edges++,
                                        (const char *) g_ptr_array_index (network->actors, a),
                                        (const char *) g_ptr_array_index (network->actors, b));
        g_string_append (out, edge);
        append_int_data (out, "weight", weight);
        g_string_append (out, "    </edge>\n");
      }
  g_string_append (out, "  </graph>\n");
}

GBytes *
glosa_export_graphml (GlosaExportContext  *context,
                      GError             **error)
{
  g_auto(Network) network = { 0 };
  g_autoptr(GString) out = g_string_new (NULL);

  network_build (&network, context);
  g_string_append (out,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                   "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                   "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                   "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  append_key (out, "name", "graph", "name", "string");
  append_key (out, "kind", "node", "kind", "string");
  append_key (out, "label", "node", "label", "string");
  append_key (out, "actor_kind", "node", "actor_kind", "string");
  append_key (out, "affiliation", "node", "affiliation", "string");
  append_key (out, "weight", "edge", "weight", "int");
  append_key (out, "support", "edge", "support", "int");
  append_key (out, "oppose", "edge", "oppose", "int");
  append_key (out, "neutral", "edge", "neutral", "int");
  append_key (out, "mixed", "edge", "mixed", "int");
  append_key (out, "net", "edge", "net", "int");
  append_two_mode (out, context, &network);
  append_one_mode (out, context, &network, FALSE);
  append_one_mode (out, context, &network, TRUE);
  g_string_append (out, "</graphml>\n");
  return glosa_export_xml_to_bytes (g_steal_pointer (&out));
}
