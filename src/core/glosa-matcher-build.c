/* glosa-matcher-build.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-matcher"

#include "config.h"

#include <string.h>

#include "glosa-fold.h"
#include "glosa-fold-private.h"
#include "glosa-matcher-private.h"

/* Builds what glosa-matcher.c scans with.
 *
 * The trie is built from the patterns sorted by their folded bytes, then
 * numbered so that the children of a node are consecutive: a node with a
 * few children keeps their byte classes inline (16 bytes a node, no edge
 * array), a node with many has a dense row indexed by byte class. Byte
 * classes number the bytes that occur in some pattern; any other byte ends
 * a walk at once. With 10,000 names the top levels, which every walk
 * visits, fit in a few kilobytes; the rest of each name lies in memory in
 * the order a walk reads it.
 *
 * Then the tables that let the scan skip most bytes: the fold class and
 * flags of each ASCII byte, the gate, and the pairs of bytes that can begin
 * a mention. */

static int
compare_patterns (gconstpointer a,
                  gconstpointer b)
{
  const Pattern *pa = a, *pb = b;
  int cmp = memcmp (pa->folded, pb->folded, MIN (pa->len, pb->len));

  if (cmp != 0)
    return cmp;
  if (pa->len != pb->len)
    return pa->len < pb->len ? -1 : 1;
  if (pa->rule != pb->rule)
    return pa->rule > pb->rule ? -1 : 1;
  return pa->order < pb->order ? -1 : pa->order > pb->order;
}

/* A trie node while building: children as a sibling list. */
typedef struct
{
  guint32 first_child;
  guint32 last_child;
  guint32 next_sibling;
  guint32 term_first;
  guint32 n_terms;
  guint32 n_kids;
  guint8  byte;
} BuildNode;

static guint32
build_node_new (GArray *nodes,
                guint8  byte)
{
  BuildNode node = { 0, 0, 0, 0, 0, 0, byte };

  g_array_append_val (nodes, node);
  return nodes->len - 1;
}

/* Builds the trie from patterns sorted by their folded bytes, so that each
 * pattern shares its prefix with the one before it and children are
 * created in ascending byte order. */
static GArray *
build_trie (GArray *patterns)
{
  GArray *nodes = g_array_new (FALSE, FALSE, sizeof (BuildNode));
  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (guint32));
  const Pattern *prev = NULL;

  build_node_new (nodes, 0);
  g_array_append_vals (path, &(guint32) { 0 }, 1);

  for (guint i = 0; i < patterns->len; i++)
    {
      const Pattern *pattern = &g_array_index (patterns, Pattern, i);
      guint lcp = 0;
      BuildNode *end;

      if (prev)
        while (lcp < prev->len && lcp < pattern->len && prev->folded[lcp] == pattern->folded[lcp])
          lcp++;

      g_array_set_size (path, lcp + 1);
      for (guint d = lcp; d < pattern->len; d++)
        {
          guint32 parent = g_array_index (path, guint32, d);
          guint32 child = build_node_new (nodes, pattern->folded[d]);
          BuildNode *pnode = &g_array_index (nodes, BuildNode, parent);

          if (pnode->first_child == 0)
            pnode->first_child = child;
          else
            g_array_index (nodes, BuildNode, pnode->last_child).next_sibling = child;
          pnode->last_child = child;
          pnode->n_kids++;
          g_array_append_val (path, child);
        }

      end = &g_array_index (nodes, BuildNode, g_array_index (path, guint32, pattern->len));
      if (end->n_terms == 0)
        end->term_first = i;
      end->n_terms++;
      prev = pattern;
    }

  return nodes;
}

#define BREADTH_FIRST_LEVELS 3

/* Numbers the trie so that the children of a node are consecutive. The
 * first levels, which every scan visits, go breadth first and share a few
 * cache lines; each deeper subtree goes depth first, so that the rest of a
 * name lies in memory in the order a walk reads it. */
static void
number_nodes (GArray  *build,
              guint32 *order,
              guint32 *ids)
{
  g_autofree guint8 *depth = g_new0 (guint8, build->len);
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 tail = 1, shallow;

  order[0] = 0;
  ids[0] = 0;
  for (guint32 head = 0; head < tail; head++)
    {
      const BuildNode *node = &g_array_index (build, BuildNode, order[head]);

      if (depth[order[head]] == BREADTH_FIRST_LEVELS)
        continue;
      for (guint32 c = node->first_child; c != 0;
           c = g_array_index (build, BuildNode, c).next_sibling)
        {
          depth[c] = depth[order[head]] + 1;
          ids[c] = tail;
          order[tail++] = c;
        }
    }

  shallow = tail;
  for (guint32 i = 0; i < shallow; i++)
    {
      if (depth[order[i]] != BREADTH_FIRST_LEVELS)
        continue;

      g_array_append_val (stack, order[i]);
      while (stack->len > 0)
        {
          guint32 b = g_array_index (stack, guint32, stack->len - 1);
          const BuildNode *node = &g_array_index (build, BuildNode, b);
          guint32 first = tail;

          g_array_set_size (stack, stack->len - 1);
          for (guint32 c = node->first_child; c != 0;
               c = g_array_index (build, BuildNode, c).next_sibling)
            {
              ids[c] = tail;
              order[tail++] = c;
            }
          /* The first child is taken next, so a chain stays in order. */
          for (guint32 id = tail; id > first; id--)
            g_array_append_val (stack, order[id - 1]);
        }
    }

  g_assert (tail == build->len);
}

/* Whether the trie is still alive after the fold of @c, the first
 * character of a mention. */
static gboolean
char_may_start (const GlosaMatcher *self,
                gunichar            c)
{
  char out[GLOSA_FOLD_MAX_CHAR_LEN];
  guint n = glosa_fold_char (c, out, NULL);
  guint32 s = 0;

  for (guint i = 0; i < n && (i == 0 || s != 0); i++)
    s = glosa_matcher_step (self, s, self->classes[(guchar) out[i]]);
  return n > 0 && s != 0;
}

/* Whether a mention may begin with the bytes @b0 @b1. It may say yes
 * wrongly (the walk decides), never no wrongly. */
static gboolean
may_start (const GlosaMatcher *self,
           guint               b0,
           guint               b1)
{
  if (b0 < 0x80)
    {
      guint32 s0 = glosa_matcher_step (self, 0, self->ascii_class[b0]);

      if (s0 == 0)
        return FALSE;
      /* A one-character pattern, or a longer character next. */
      if (self->nodes[s0].term != 0 || b1 >= 0x80)
        return TRUE;
      return glosa_matcher_step (self, s0, self->ascii_class[b1]) != 0;
    }
  if (b0 < 0xC0)
    return FALSE;  /* inside a character */
  if ((b1 & 0xC0) != 0x80)
    return TRUE;   /* not UTF-8: let the walk decode it */
  if (b0 >= 0xC2 && b0 <= 0xDF)
    return char_may_start (self, ((b0 & 0x1F) << 6) | (b1 & 0x3F));
  if (b0 >= 0xE0 && b0 <= 0xEF)
    {
      gboolean valid = FALSE;

      for (guint b2 = 0x80; b2 < 0xC0; b2++)
        {
          gunichar c = ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);

          if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))
            continue;
          valid = TRUE;
          if (char_may_start (self, c))
            return TRUE;
        }
      return !valid;
    }
  return TRUE;
}

/* Byte classes: 0 for bytes in no pattern, then one per byte used. */
static void
assign_classes (GlosaMatcher *self)
{
  guint n_classes = 1;

  memset (self->classes, 0, sizeof self->classes);
  for (guint i = 0; i < self->patterns->len; i++)
    {
      const Pattern *pattern = &g_array_index (self->patterns, Pattern, i);

      for (guint j = 0; j < pattern->len; j++)
        self->classes[(guchar) pattern->folded[j]] = 1;
    }
  for (guint b = 0; b < 256; b++)
    if (self->classes[b])
      self->classes[b] = n_classes++;
  self->n_classes = n_classes;
}

static gboolean
is_dense (const BuildNode *node,
          guint32          id)
{
  return node->n_kids > SPARSE_MAX || id == 0;
}

/* Lays out the numbered trie as the scan reads it. */
static void
fill_nodes (GlosaMatcher  *self,
            GArray        *build,
            GArray        *sorted,
            const guint32 *order,
            const guint32 *ids)
{
  gsize n_dense = 0;

  for (guint32 id = 0; id < build->len; id++)
    n_dense += is_dense (&g_array_index (build, BuildNode, order[id]), id) ? self->n_classes : 0;

  self->nodes = g_new0 (Node, build->len);
  self->dense = g_new0 (guint32, n_dense);
  self->terms = g_new0 (Term, sorted->len);
  n_dense = 0;
  for (guint32 id = 0; id < build->len; id++)
    {
      const BuildNode *bnode = &g_array_index (build, BuildNode, order[id]);
      Node *node = &self->nodes[id];
      guint i = 0;

      if (is_dense (bnode, id))
        {
          node->n_kids = DENSE;
          node->next = n_dense;
          for (guint32 c = bnode->first_child; c != 0;
               c = g_array_index (build, BuildNode, c).next_sibling)
            self->dense[n_dense + self->classes[g_array_index (build, BuildNode, c).byte]] = ids[c];
          n_dense += self->n_classes;
        }
      else
        {
          node->n_kids = bnode->n_kids;
          node->next = bnode->n_kids ? ids[bnode->first_child] : 0;
          for (guint32 c = bnode->first_child; c != 0;
               c = g_array_index (build, BuildNode, c).next_sibling)
            node->keys[i++] = self->classes[g_array_index (build, BuildNode, c).byte];
        }

      if (bnode->n_terms > 0)
        node->term = bnode->term_first + 1;
      for (guint t = 0; t < bnode->n_terms; t++)
        {
          const Pattern *pattern = &g_array_index (sorted, Pattern, bnode->term_first + t);
          Term *term = &self->terms[bnode->term_first + t];

          term->value = pattern->value;
          term->rule = pattern->rule;
          term->last = t + 1 == bnode->n_terms;
        }
    }
}

static void
fill_tables (GlosaMatcher *self)
{
  self->table = glosa_fold_table_get ();
  for (guint b = 0; b < 128; b++)
    {
      char out[GLOSA_FOLD_MAX_CHAR_LEN];
      GlosaCharFlags flags;

      glosa_fold_char (b, out, &flags);
      self->ascii_class[b] = self->classes[(guchar) out[0]];
      self->ascii_flags[b] = flags;
    }
  for (guint b = 0; b < 256; b++)
    self->gate[b] = b >= 0x80 || !(self->ascii_flags[b] & GLOSA_CHAR_WORD);

  for (guint b0 = 0; b0 < 256; b0++)
    for (guint b1 = 0; b1 < 256; b1++)
      if (may_start (self, b0, b1))
        {
          guint bit = b0 | b1 << 8;

          self->starts[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
        }
}

/* Builds the trie and the tables from the patterns added. */
void
glosa_matcher_build (GlosaMatcher *self)
{
  g_autoptr(GArray) sorted = NULL;
  g_autoptr(GArray) build = NULL;
  g_autofree guint32 *order = NULL;
  g_autofree guint32 *ids = NULL;

  assign_classes (self);

  /* Shallow copies: the folded strings stay owned by self->patterns. */
  sorted = g_array_sized_new (FALSE, FALSE, sizeof (Pattern), self->patterns->len);
  g_array_append_vals (sorted, self->patterns->data, self->patterns->len);
  g_array_sort (sorted, compare_patterns);
  build = build_trie (sorted);

  order = g_new (guint32, build->len);
  ids = g_new (guint32, build->len);
  number_nodes (build, order, ids);
  fill_nodes (self, build, sorted, order, ids);
  fill_tables (self);
}
