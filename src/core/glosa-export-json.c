/* glosa-export-json.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-export-json"

#include "config.h"

#include "glosa-export-private.h"
#include "glosa-json.h"

/* The JSON exports: Glosa's own, which keeps every field so an import can
 * rebuild the annotations, tags and codebook; and W3C Web Annotation
 * JSON-LD, for annotation tools and the web. */

#define GLOSA_EXPORT_JSON_VERSION 1
#define W3C_CONTEXT "http://www.w3.org/ns/anno.jsonld"

static GBytes *
to_bytes (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *data = NULL;
  gsize length;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  data = json_generator_to_data (generator, &length);
  /* POSIX text files end in a newline. */
  data = g_realloc (data, length + 2);
  data[length++] = '\n';
  data[length] = '\0';
  return g_bytes_new_take (g_steal_pointer (&data), length);
}

/* The codebook the project codes with, whole, so that another project
 * importing this file detects the same actors; null when it is the
 * default one. */
static void
add_codebook (JsonBuilder        *builder,
              GlosaExportContext *context)
{
  g_autofree char *json = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();

  json_builder_set_member_name (builder, "codebook");
  if (glosa_project_has_codebook_layers (context->project))
    json = glosa_codebook_to_json (context->codebook);
  if (json != NULL && json_parser_load_from_data (parser, json, -1, NULL)
      && json_parser_get_root (parser) != NULL)
    json_builder_add_value (builder, json_node_copy (json_parser_get_root (parser)));
  else
    json_builder_add_null_value (builder);
}

static void
add_tags (JsonBuilder  *builder,
          GlosaProject *project)
{
  GListModel *tags = glosa_project_get_tags (project);

  json_builder_set_member_name (builder, "tags");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
    {
      g_autoptr(GlosaTag) tag = g_list_model_get_item (tags, i);

      json_builder_begin_object (builder);
      glosa_json_builder_add_string (builder, "id", glosa_tag_get_id (tag));
      glosa_json_builder_add_string (builder, "name", glosa_tag_get_name (tag));
      /* A colour derived from the id is not stored, so it is not exported. */
      glosa_json_builder_add_string (builder, "colour",
                  glosa_tag_has_colour (tag) ? glosa_tag_get_colour (tag) : NULL);
      glosa_json_builder_add_string (builder, "parent", glosa_tag_get_parent (tag));
      glosa_json_builder_add_string (builder, "description", glosa_tag_get_description (tag));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_documents (JsonBuilder        *builder,
               GlosaExportContext *context)
{
  GListModel *documents = glosa_project_get_documents (context->project);

  json_builder_set_member_name (builder, "documents");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (documents, i);
      const char *id = glosa_document_get_id (document);

      if (context->document != NULL && !g_str_equal (context->document, id))
        continue;
      json_builder_begin_object (builder);
      glosa_json_builder_add_string (builder, "id", id);
      glosa_json_builder_add_string (builder, "title", glosa_document_get_title (document));
      glosa_json_builder_add_string (builder, "date", glosa_document_get_date (document));
      glosa_json_builder_add_string (builder, "hash", glosa_document_get_hash (document));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * glosa_export_add_annotation_json:
 * @builder: a builder inside an array
 * @annotation: the annotation
 * @tag_names: (nullable): the project to name tags from; %NULL writes tag
 *   ids together with the quote's prefix and suffix, as the native export
 *   does to rebuild annotations
 *
 * Writes one annotation as an object: the native export's and the CLI's
 * public shape, which differ only in how much they say.
 */
void
glosa_export_add_annotation_json (JsonBuilder     *builder,
                                  GlosaAnnotation *annotation,
                                  GlosaProject    *tag_names)
{
  const char * const *tags;

  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (GLOSA_IS_ANNOTATION (annotation));
  g_return_if_fail (tag_names == NULL || GLOSA_IS_PROJECT (tag_names));

  tags = glosa_annotation_get_tags (annotation);
  json_builder_begin_object (builder);
  glosa_json_builder_add_string (builder, "id", glosa_annotation_get_id (annotation));
  glosa_json_builder_add_string (builder, "document", glosa_annotation_get_document (annotation));
  glosa_json_builder_add_int (builder, "start", glosa_annotation_get_start (annotation));
  glosa_json_builder_add_int (builder, "end", glosa_annotation_get_end (annotation));
  glosa_json_builder_add_string (builder, "quote", glosa_annotation_get_quote (annotation));
  if (tag_names == NULL)
    {
      glosa_json_builder_add_string (builder, "prefix", glosa_annotation_get_prefix (annotation));
      glosa_json_builder_add_string (builder, "suffix", glosa_annotation_get_suffix (annotation));
    }
  json_builder_set_member_name (builder, "tags");
  json_builder_begin_array (builder);
  for (guint i = 0; tags[i] != NULL; i++)
    {
      GlosaTag *tag = tag_names ? glosa_project_lookup_tag (tag_names, tags[i]) : NULL;

      json_builder_add_string_value (builder, tag ? glosa_tag_get_name (tag) : tags[i]);
    }
  json_builder_end_array (builder);
  glosa_json_builder_add_string (builder, "actor", glosa_annotation_get_actor (annotation));
  glosa_json_builder_add_string (builder, "issue", glosa_annotation_get_issue (annotation));
  glosa_json_builder_add_string (builder, "stance", glosa_annotation_get_stance (annotation));
  glosa_json_builder_add_string (builder, "note", glosa_annotation_get_note (annotation));
  glosa_json_builder_add_string (builder, "author", glosa_annotation_get_author (annotation));
  glosa_json_builder_add_string (builder, "created", glosa_annotation_get_created (annotation));
  glosa_json_builder_add_string (builder, "modified", glosa_annotation_get_modified (annotation));
  json_builder_set_member_name (builder, "orphaned");
  json_builder_add_boolean_value (builder, glosa_annotation_get_orphaned (annotation));
  json_builder_end_object (builder);
}

GBytes *
glosa_export_json (GlosaExportContext  *context,
                   GError             **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  glosa_json_builder_add_int (builder, "glosa_export", GLOSA_EXPORT_JSON_VERSION);
  add_codebook (builder, context);
  add_tags (builder, context->project);
  add_documents (builder, context);
  json_builder_set_member_name (builder, "annotations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < context->annotations->len; i++)
    glosa_export_add_annotation_json (builder, g_ptr_array_index (context->annotations, i), NULL);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return to_bytes (builder);
}

static void
add_body (JsonBuilder *builder,
          const char  *purpose,
          const char  *value)
{
  json_builder_begin_object (builder);
  glosa_json_builder_add_string (builder, "type", "TextualBody");
  glosa_json_builder_add_string (builder, "purpose", purpose);
  glosa_json_builder_add_string (builder, "value", value);
  glosa_json_builder_add_string (builder, "format", "text/plain");
  json_builder_end_object (builder);
}

static void
add_selectors (JsonBuilder     *builder,
               GlosaAnnotation *annotation)
{
  json_builder_set_member_name (builder, "selector");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  glosa_json_builder_add_string (builder, "type", "TextQuoteSelector");
  glosa_json_builder_add_string (builder, "exact", glosa_annotation_get_quote (annotation));
  glosa_json_builder_add_string (builder, "prefix", glosa_annotation_get_prefix (annotation) ?: "");
  glosa_json_builder_add_string (builder, "suffix", glosa_annotation_get_suffix (annotation) ?: "");
  json_builder_end_object (builder);
  /* An orphaned annotation's offsets point at text that changed; its quote
   * is what a reader can still find. */
  if (!glosa_annotation_get_orphaned (annotation))
    {
      json_builder_begin_object (builder);
      glosa_json_builder_add_string (builder, "type", "TextPositionSelector");
      glosa_json_builder_add_int (builder, "start", glosa_annotation_get_start (annotation));
      glosa_json_builder_add_int (builder, "end", glosa_annotation_get_end (annotation));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_w3c_annotation (JsonBuilder        *builder,
                    GlosaExportContext *context,
                    GlosaAnnotation    *annotation)
{
  const char *document_id = glosa_annotation_get_document (annotation);
  GlosaDocument *document = glosa_project_lookup_document (context->project, document_id);
  const char * const *tags = glosa_annotation_get_tags (annotation);
  const char *note = glosa_annotation_get_note (annotation);
  g_autofree char *id = g_strconcat ("urn:uuid:", glosa_annotation_get_id (annotation), NULL);
  g_autofree char *escaped = g_uri_escape_string (document_id, NULL, FALSE);
  g_autofree char *source = g_strconcat ("urn:glosa:document:", escaped, NULL);

  json_builder_begin_object (builder);
  glosa_json_builder_add_string (builder, "@context", W3C_CONTEXT);
  glosa_json_builder_add_string (builder, "id", id);
  glosa_json_builder_add_string (builder, "type", "Annotation");
  glosa_json_builder_add_string (builder, "motivation", note != NULL ? "commenting"
                                     : tags[0] != NULL ? "tagging" : "highlighting");
  json_builder_set_member_name (builder, "body");
  json_builder_begin_array (builder);
  for (guint i = 0; tags[i] != NULL; i++)
    {
      GlosaTag *tag = glosa_project_lookup_tag (context->project, tags[i]);

      add_body (builder, "tagging", tag != NULL ? glosa_tag_get_name (tag) : tags[i]);
    }
  if (note != NULL)
    add_body (builder, "commenting", note);
  if (glosa_annotation_get_actor (annotation) != NULL)
    add_body (builder, "identifying",
              glosa_export_actor_name (context, glosa_annotation_get_actor (annotation)));
  if (glosa_annotation_get_issue (annotation) != NULL)
    add_body (builder, "classifying",
              glosa_export_issue_label (context, glosa_annotation_get_issue (annotation)));
  if (glosa_annotation_get_stance (annotation) != NULL)
    add_body (builder, "assessing", glosa_annotation_get_stance (annotation));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "target");
  json_builder_begin_object (builder);
  glosa_json_builder_add_string (builder, "source", document != NULL && glosa_document_get_url (document) != NULL
                                 ? glosa_document_get_url (document) : source);
  add_selectors (builder, annotation);
  json_builder_end_object (builder);

  if (glosa_annotation_get_author (annotation) != NULL)
    {
      json_builder_set_member_name (builder, "creator");
      json_builder_begin_object (builder);
      glosa_json_builder_add_string (builder, "type", "Person");
      glosa_json_builder_add_string (builder, "name", glosa_annotation_get_author (annotation));
      json_builder_end_object (builder);
    }
  glosa_json_builder_add_string (builder, "created", glosa_annotation_get_created (annotation));
  glosa_json_builder_add_string (builder, "modified", glosa_annotation_get_modified (annotation));
  json_builder_end_object (builder);
}

GBytes *
glosa_export_w3c (GlosaExportContext  *context,
                  GError             **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *project_path = NULL;
  g_autofree char *guid = NULL;
  g_autofree char *id = NULL;
  GFile *file = glosa_project_get_file (context->project);

  /* The same project and document give the same collection id. */
  project_path = file != NULL ? g_file_get_uri (file) : g_strdup ("");
  guid = glosa_export_guid ("collection", context->document != NULL ? context->document
                                                                    : project_path);
  id = g_strconcat ("urn:uuid:", guid, NULL);

  json_builder_begin_object (builder);
  glosa_json_builder_add_string (builder, "@context", W3C_CONTEXT);
  glosa_json_builder_add_string (builder, "id", id);
  glosa_json_builder_add_string (builder, "type", "AnnotationCollection");
  glosa_json_builder_add_string (builder, "label", context->document != NULL
                                ? glosa_export_document_title (context, context->document)
                                : "Glosa annotations");
  glosa_json_builder_add_int (builder, "total", context->annotations->len);
  json_builder_set_member_name (builder, "first");
  json_builder_begin_object (builder);
  glosa_json_builder_add_string (builder, "type", "AnnotationPage");
  glosa_json_builder_add_int (builder, "startIndex", 0);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < context->annotations->len; i++)
    add_w3c_annotation (builder, context, g_ptr_array_index (context->annotations, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  return to_bytes (builder);
}
