/* glosa-document.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define GLOSA_TYPE_DOCUMENT (glosa_document_get_type ())

G_DECLARE_FINAL_TYPE (GlosaDocument, glosa_document, GLOSA, DOCUMENT, GObject)

/**
 * GlosaDocumentTextFunc:
 * @document: the document whose text is wanted
 * @user_data: the data given with the function
 *
 * Fetches a text that was left where it is stored.
 *
 * Returns: (transfer full): the text, valid UTF-8 in NFC; an empty string
 *   when it could not be read
 */
typedef char *(*GlosaDocumentTextFunc) (GlosaDocument *document,
                                        gpointer       user_data);

GlosaDocument      *glosa_document_new          (const char    *id,
                                                 const char    *title,
                                                 const char    *text);
GlosaDocument      *glosa_document_new_take     (const char    *id,
                                                 const char    *title,
                                                 char          *text);
const char         *glosa_document_get_id       (GlosaDocument *self);
void                glosa_document_set_id       (GlosaDocument *self,
                                                 const char    *id);
const char         *glosa_document_get_title    (GlosaDocument *self);
const char         *glosa_document_get_text     (GlosaDocument *self);
GlosaDocument      *glosa_document_new_lazy     (const char    *id,
                                                 const char    *title,
                                                 const char    *hash,
                                                 GlosaDocumentTextFunc func,
                                                 gpointer       user_data,
                                                 GDestroyNotify destroy);
gboolean            glosa_document_has_text     (GlosaDocument *self);
const char         *glosa_document_get_author   (GlosaDocument *self);
void                glosa_document_set_author   (GlosaDocument *self,
                                                 const char    *author);
const char         *glosa_document_get_date     (GlosaDocument *self);
void                glosa_document_set_date     (GlosaDocument *self,
                                                 const char    *date);
const char         *glosa_document_get_source   (GlosaDocument *self);
void                glosa_document_set_source   (GlosaDocument *self,
                                                 const char    *source);
const char         *glosa_document_get_url      (GlosaDocument *self);
void                glosa_document_set_url      (GlosaDocument *self,
                                                 const char    *url);
const char         *glosa_document_get_language (GlosaDocument *self);
void                glosa_document_set_language (GlosaDocument *self,
                                                 const char    *language);
const char         *glosa_document_get_path     (GlosaDocument *self);
void                glosa_document_set_path     (GlosaDocument *self,
                                                 const char    *path);
const char         *glosa_document_get_hash     (GlosaDocument *self);
guint               glosa_document_get_chars    (GlosaDocument *self);
guint               glosa_document_get_words    (GlosaDocument *self);
const char * const *glosa_document_get_warnings (GlosaDocument *self);
void                glosa_document_add_warning  (GlosaDocument *self,
                                                 const char    *warning);
JsonObject         *glosa_document_get_metadata (GlosaDocument *self);
gboolean            glosa_document_has_metadata (GlosaDocument *self);

G_END_DECLS
