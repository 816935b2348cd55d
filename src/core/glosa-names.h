/* glosa-names.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A capitalised name that no alias covers: a candidate actor. */
typedef struct
{
  char  *name;    /* as first written, spaces made single */
  guint  count;   /* mentions, a surname alone included */
  guint  offset;  /* code point offset of the first mention */
} GlosaName;

void       glosa_name_free  (GlosaName   *name);
GPtrArray *glosa_names_find (const char  *text,
                             gssize       len,
                             GArray      *matches);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlosaName, glosa_name_free)

G_END_DECLS
