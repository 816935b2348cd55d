/* glosa-document-list.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "glosa-document.h"

G_BEGIN_DECLS

#define GLOSA_TYPE_DOCUMENT_LIST (glosa_document_list_get_type ())

G_DECLARE_FINAL_TYPE (GlosaDocumentList, glosa_document_list, GLOSA, DOCUMENT_LIST, GObject)

/**
 * GlosaDocumentListFetch:
 * @nums: the row numbers of the documents wanted
 * @n_nums: how many
 * @documents: (element-type GlosaDocument): where to append them, in order
 * @user_data: the data given to glosa_document_list_new()
 *
 * Reads documents from where they are stored, without their texts.
 */
typedef void (*GlosaDocumentListFetch) (const gint64 *nums,
                                        guint         n_nums,
                                        GPtrArray    *documents,
                                        gpointer      user_data);

GlosaDocumentList *glosa_document_list_new       (GlosaDocumentListFetch  fetch,
                                                  gpointer                user_data);
void               glosa_document_list_set_nums  (GlosaDocumentList      *self,
                                                  GArray                 *nums);
void               glosa_document_list_detach    (GlosaDocumentList      *self);
guint              glosa_document_list_get_n_cached (GlosaDocumentList   *self);
guint              glosa_document_list_get_n_read (GlosaDocumentList     *self);

GlosaDocumentList *glosa_document_list_new_sorted (GlosaDocumentList  *base);
void               glosa_document_list_set_order (GlosaDocumentList      *self,
                                                  GArray                 *order);
guint              glosa_document_list_get_unsorted_position (GlosaDocumentList *self,
                                                              guint              position);
gboolean           glosa_document_list_find      (GlosaDocumentList      *self,
                                                  guint                   unsorted,
                                                  guint                  *position);

G_END_DECLS
