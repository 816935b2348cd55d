/* glosa-note-list.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "glosa-annotation.h"
#include "glosa-codebook.h"

G_BEGIN_DECLS

#define GLOSA_TYPE_NOTE_LIST (glosa_note_list_get_type ())

G_DECLARE_FINAL_TYPE (GlosaNoteList, glosa_note_list, GLOSA, NOTE_LIST, GtkWidget)

void glosa_note_list_set_annotations (GlosaNoteList *self,
                                      GListModel    *annotations,
                                      GListModel    *tags,
                                      GlosaCodebook *codebook);

G_END_DECLS
