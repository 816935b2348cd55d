/* glosa-matcher-private.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "glosa-fold-private.h"
#include "glosa-matcher.h"

G_BEGIN_DECLS

/* What glosa-matcher.c and glosa-matcher-build.c share. */

typedef enum
{
  CASE_ANY,         /* "coca": no capital in the pattern */
  CASE_SOME_UPPER,  /* "de la Espriella": a capital, but not the first letter */
  CASE_INITIAL,     /* "Petro": the first letter is a capital */
  CASE_ALL_UPPER,   /* "US", "U.S.": two or more letters, all capitals */
} CaseRule;

typedef struct
{
  char    *folded;
  guint    len;
  guint    value;
  CaseRule rule;
  guint    order;
} Pattern;

/* What a pattern that ends at a node needs: its value and case rule. The
 * terms of a node are consecutive, strictest rule first, and the last one
 * is flagged. */
typedef struct
{
  guint  value;
  guint8 rule;
  guint8 last;
} Term;

#define SPARSE_MAX 7
#define DENSE      0xFF

typedef struct
{
  guint32 next;               /* sparse: id of the first child; dense: row offset */
  guint32 term;               /* 1 + index of the first term, 0 if none */
  guint8  n_kids;             /* up to SPARSE_MAX, or DENSE */
  guint8  keys[SPARSE_MAX];   /* sparse: byte class of each child, ascending */
} Node;

G_STATIC_ASSERT (sizeof (Node) == 16);

struct _GlosaMatcher
{
  GObject  parent_instance;

  GArray  *patterns;          /* Pattern, in the order added */
  gboolean compiled;

  guint8   classes[256];      /* folded byte → byte class, 0 if in no pattern */
  guint    n_classes;
  Node    *nodes;             /* the trie, root at 0 */
  guint32 *dense;             /* rows of n_classes child ids, 0 for none */
  Term    *terms;

  const GlosaFoldTable *table;

  /* For an ASCII byte: the class of its fold, and its character flags. */
  guint8   ascii_class[128];
  guint8   ascii_flags[128];
  /* 1 for a byte after which a mention may begin: not an ASCII letter or
   * digit (a byte of a longer character is decided by decoding it). */
  guint8   gate[256];
  /* Bit b0 + 256 * b1 is set if a mention may begin with the bytes b0 b1:
   * the scan tests every byte against it and walks the trie only where both
   * this and the gate allow. */
  guint64  starts[256 * 256 / 64];
};

static inline guint32
glosa_matcher_step (const GlosaMatcher *self,
                    guint32             s,
                    guint               cls)
{
  const Node *node = &self->nodes[s];

  if (node->n_kids == DENSE)
    return self->dense[node->next + cls];
  for (guint i = 0; i < node->n_kids; i++)
    if (node->keys[i] == cls)
      return node->next + i;
  return 0;
}

void glosa_matcher_build (GlosaMatcher *self);

G_END_DECLS
