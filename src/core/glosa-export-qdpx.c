/* glosa-export-qdpx.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-export-qdpx"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>

#include "glosa-error.h"
#include "glosa-export-private.h"

/* The REFI-QDA project exchange format (QDA-XML 1.0, .qdpx): a zip of
 * project.qde and Sources/<guid>.txt. Tags become codes (nested as they
 * are), and so do issues and stances, under an "Issues" and a "Stances"
 * code that are not themselves codable; annotations become
 * PlainTextSelections with a Coding per code and a NoteRef to their note;
 * actors become Cases pointing at the selections that code them.
 * Positions are Unicode code points, as the standard counts them. */

static const char * const stances[] = { "support", "oppose", "neutral", "mixed" };
static const char * const stance_colours[] = { "#2ec27e", "#e01b24", "#9a9996", "#e5a50a" };

typedef struct
{
  GlosaExportContext *context;
  GString            *xml;
  GHashTable         *users;   /* name → guid */
} Writer;

static const char *
user_guid (Writer     *writer,
           const char *name)
{
  char *guid;

  if (name == NULL)
    return NULL;
  if ((guid = g_hash_table_lookup (writer->users, name)) == NULL)
    {
      guid = glosa_export_guid ("user", name);
      g_hash_table_insert (writer->users, g_strdup (name), guid);
    }
  return guid;
}

/* Annotation ids are UUIDs already; anything else is hashed into one. */
static char *
selection_guid (GlosaAnnotation *annotation)
{
  const char *id = glosa_annotation_get_id (annotation);

  if (g_uuid_string_is_valid (id))
    return g_strdup (id);
  return glosa_export_guid ("annotation", id);
}

/* A selection's or note's name: the start of its quote. g_utf8_substring()
 * reads past the end of a string shorter than its end offset. */
static char *
quote_name (GlosaAnnotation *annotation)
{
  const char *quote = glosa_annotation_get_quote (annotation);

  return g_utf8_substring (quote, 0, MIN (60, g_utf8_strlen (quote, -1)));
}

static void
append_escaped (GString    *out,
                const char *format,
                ...) G_GNUC_PRINTF (2, 3);

static void
append_escaped (GString    *out,
                const char *format,
                ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_markup_vprintf_escaped (format, args);
  va_end (args);
  g_string_append (out, text);
}

static void
append_tag_codes (Writer     *writer,
                  GListModel *tags,
                  const char *parent,
                  guint       depth)
{
  /* A parent loop cannot come from the store, but would recurse forever. */
  if (depth > g_list_model_get_n_items (tags))
    return;
  for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
    {
      g_autoptr(GlosaTag) tag = g_list_model_get_item (tags, i);
      const char *tag_parent = glosa_tag_get_parent (tag);
      g_autofree char *guid = NULL;

      if (tag_parent != NULL
          && glosa_project_lookup_tag (writer->context->project, tag_parent) == NULL)
        tag_parent = NULL;
      if (g_strcmp0 (tag_parent, parent) != 0)
        continue;
      guid = glosa_export_guid ("tag", glosa_tag_get_id (tag));
      append_escaped (writer->xml, "<Code guid=\"%s\" name=\"%s\" isCodable=\"true\" color=\"%s\">",
                      guid, glosa_tag_get_name (tag), glosa_tag_get_colour (tag));
      if (glosa_tag_get_description (tag) != NULL)
        append_escaped (writer->xml, "<Description>%s</Description>",
                        glosa_tag_get_description (tag));
      append_tag_codes (writer, tags, glosa_tag_get_id (tag), depth + 1);
      g_string_append (writer->xml, "</Code>\n");
    }
}

static void
append_issue_code (Writer     *writer,
                   const char *id,
                   const char *label,
                   const char *description)
{
  g_autofree char *guid = glosa_export_guid ("issue", id);

  append_escaped (writer->xml, "<Code guid=\"%s\" name=\"%s\" isCodable=\"true\">", guid, label);
  if (description != NULL)
    append_escaped (writer->xml, "<Description>%s</Description>", description);
  g_string_append (writer->xml, "</Code>\n");
}

static void
append_codebook (Writer *writer)
{
  GlosaExportContext *context = writer->context;
  g_autoptr(GHashTable) written = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *issues_guid = glosa_export_guid ("codes", "issues");
  g_autofree char *stances_guid = glosa_export_guid ("codes", "stances");

  g_string_append (writer->xml, "<CodeBook><Codes>\n");
  append_tag_codes (writer, glosa_project_get_tags (context->project), NULL, 0);

  append_escaped (writer->xml, "<Code guid=\"%s\" name=\"%s\" isCodable=\"false\">\n",
                  issues_guid, _("Issues"));
  for (guint i = 0; i < glosa_codebook_get_n_issues (context->codebook); i++)
    {
      GlosaIssue *issue = glosa_codebook_get_issue (context->codebook, i);

      g_hash_table_add (written, (gpointer) glosa_issue_get_id (issue));
      append_issue_code (writer, glosa_issue_get_id (issue), glosa_issue_get_label (issue),
                         glosa_issue_get_description (issue));
    }
  /* Issues coded once and since removed from the codebook. */
  for (guint i = 0; i < context->annotations->len; i++)
    {
      const char *issue = glosa_annotation_get_issue (g_ptr_array_index (context->annotations, i));

      if (issue != NULL && g_hash_table_add (written, (gpointer) issue))
        append_issue_code (writer, issue, issue, NULL);
    }
  g_string_append (writer->xml, "</Code>\n");

  append_escaped (writer->xml, "<Code guid=\"%s\" name=\"%s\" isCodable=\"false\">\n",
                  stances_guid, _("Stances"));
  for (guint i = 0; i < G_N_ELEMENTS (stances); i++)
    {
      g_autofree char *guid = glosa_export_guid ("stance", stances[i]);
      GlosaStance stance;

      glosa_stance_from_string (stances[i], &stance);
      append_escaped (writer->xml, "<Code guid=\"%s\" name=\"%s\" isCodable=\"true\" "
                      "color=\"%s\"/>\n", guid, glosa_stance_get_label (stance),
                      stance_colours[i]);
    }
  g_string_append (writer->xml, "</Code>\n</Codes></CodeBook>\n");
}

static void
append_cases (Writer *writer)
{
  GlosaExportContext *context = writer->context;
  g_autoptr(GPtrArray) actors = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < context->annotations->len; i++)
    {
      const char *actor = glosa_annotation_get_actor (g_ptr_array_index (context->annotations, i));

      if (actor != NULL && g_hash_table_add (seen, (gpointer) actor))
        g_ptr_array_add (actors, (gpointer) actor);
    }
  if (actors->len == 0)
    return;

  g_string_append (writer->xml, "<Cases>\n");
  for (guint i = 0; i < actors->len; i++)
    {
      const char *id = g_ptr_array_index (actors, i);
      GlosaActor *actor = glosa_codebook_lookup_actor (context->codebook, id);
      g_autofree char *guid = glosa_export_guid ("actor", id);

      append_escaped (writer->xml, "<Case guid=\"%s\" name=\"%s\">", guid,
                      glosa_export_actor_name (context, id));
      if (actor != NULL)
        append_escaped (writer->xml, "<Description>%s</Description>",
                        glosa_actor_kind_get_label (glosa_actor_get_kind (actor)));
      for (guint j = 0; j < context->annotations->len; j++)
        {
          GlosaAnnotation *annotation = g_ptr_array_index (context->annotations, j);
          g_autofree char *selection = NULL;

          if (g_strcmp0 (glosa_annotation_get_actor (annotation), id) != 0)
            continue;
          selection = selection_guid (annotation);
          append_escaped (writer->xml, "<SelectionRef targetGUID=\"%s\"/>", selection);
        }
      g_string_append (writer->xml, "</Case>\n");
    }
  g_string_append (writer->xml, "</Cases>\n");
}

static void
append_coding (Writer          *writer,
               GlosaAnnotation *annotation,
               const char      *code_guid)
{
  g_autofree char *key = g_strjoin ("\n", glosa_annotation_get_id (annotation), code_guid, NULL);
  g_autofree char *guid = glosa_export_guid ("coding", key);
  const char *user = user_guid (writer, glosa_annotation_get_author (annotation));

  append_escaped (writer->xml, "<Coding guid=\"%s\"", guid);
  if (user != NULL)
    append_escaped (writer->xml, " creatingUser=\"%s\"", user);
  if (glosa_annotation_get_created (annotation) != NULL)
    append_escaped (writer->xml, " creationDateTime=\"%s\"",
                    glosa_annotation_get_created (annotation));
  append_escaped (writer->xml, "><CodeRef targetGUID=\"%s\"/></Coding>\n", code_guid);
}

static void
append_selection (Writer          *writer,
                  GlosaAnnotation *annotation)
{
  const char * const *tags = glosa_annotation_get_tags (annotation);
  const char *user = user_guid (writer, glosa_annotation_get_author (annotation));
  g_autofree char *guid = selection_guid (annotation);
  g_autofree char *name = quote_name (annotation);

  append_escaped (writer->xml, "<PlainTextSelection guid=\"%s\" name=\"%s\" startPosition=\"%u\" "
                  "endPosition=\"%u\"", guid, name, glosa_annotation_get_start (annotation),
                  glosa_annotation_get_end (annotation));
  if (user != NULL)
    append_escaped (writer->xml, " creatingUser=\"%s\" modifyingUser=\"%s\"", user, user);
  if (glosa_annotation_get_created (annotation) != NULL)
    append_escaped (writer->xml, " creationDateTime=\"%s\"",
                    glosa_annotation_get_created (annotation));
  if (glosa_annotation_get_modified (annotation) != NULL)
    append_escaped (writer->xml, " modifiedDateTime=\"%s\"",
                    glosa_annotation_get_modified (annotation));
  g_string_append (writer->xml, ">\n");

  for (guint i = 0; tags[i] != NULL; i++)
    {
      g_autofree char *code = glosa_export_guid ("tag", tags[i]);

      append_coding (writer, annotation, code);
    }
  if (glosa_annotation_get_issue (annotation) != NULL)
    {
      g_autofree char *code = glosa_export_guid ("issue", glosa_annotation_get_issue (annotation));

      append_coding (writer, annotation, code);
    }
  if (glosa_annotation_get_stance (annotation) != NULL)
    {
      g_autofree char *code = glosa_export_guid ("stance",
                                                 glosa_annotation_get_stance (annotation));

      append_coding (writer, annotation, code);
    }
  if (glosa_annotation_get_note (annotation) != NULL)
    {
      g_autofree char *note = glosa_export_guid ("note", glosa_annotation_get_id (annotation));

      append_escaped (writer->xml, "<NoteRef targetGUID=\"%s\"/>\n", note);
    }
  g_string_append (writer->xml, "</PlainTextSelection>\n");
}

static gboolean
wants_document (GlosaExportContext *context,
                const char         *id)
{
  return context->document == NULL || g_str_equal (context->document, id);
}

/* Document id → its annotations, in export order: one pass, where asking
 * every document for every annotation took hours at 100,000 of each. */
static GHashTable *
group_by_document (GPtrArray *annotations)
{
  GHashTable *groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                              (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < annotations->len; i++)
    {
      GlosaAnnotation *annotation = g_ptr_array_index (annotations, i);
      const char *document = glosa_annotation_get_document (annotation);
      GPtrArray *group = g_hash_table_lookup (groups, document);

      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (groups, (gpointer) document, group);
        }
      g_ptr_array_add (group, annotation);
    }
  return groups;
}

static void
append_sources (Writer *writer)
{
  GlosaExportContext *context = writer->context;
  GListModel *documents = glosa_project_get_documents (context->project);
  g_autoptr(GHashTable) groups = group_by_document (context->annotations);
  gboolean any = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (documents, i);
      const char *id = glosa_document_get_id (document);
      g_autofree char *guid = NULL;
      GPtrArray *group;

      if (!wants_document (context, id))
        continue;
      if (!any)
        g_string_append (writer->xml, "<Sources>\n");
      any = TRUE;
      guid = glosa_export_guid ("document", id);
      append_escaped (writer->xml, "<TextSource guid=\"%s\" name=\"%s\" "
                      "plainTextPath=\"internal://%s.txt\">\n", guid,
                      glosa_document_get_title (document), guid);
      append_escaped (writer->xml, "<Description>%s</Description>\n", id);
      group = g_hash_table_lookup (groups, id);
      for (guint j = 0; group != NULL && j < group->len; j++)
        append_selection (writer, g_ptr_array_index (group, j));
      g_string_append (writer->xml, "</TextSource>\n");
    }
  if (any)
    g_string_append (writer->xml, "</Sources>\n");
}

static void
append_notes (Writer *writer)
{
  GlosaExportContext *context = writer->context;
  gboolean any = FALSE;

  for (guint i = 0; i < context->annotations->len; i++)
    {
      GlosaAnnotation *annotation = g_ptr_array_index (context->annotations, i);
      const char *note = glosa_annotation_get_note (annotation);
      const char *user = user_guid (writer, glosa_annotation_get_author (annotation));
      g_autofree char *guid = NULL;
      g_autofree char *name = NULL;

      if (note == NULL)
        continue;
      if (!any)
        g_string_append (writer->xml, "<Notes>\n");
      any = TRUE;
      guid = glosa_export_guid ("note", glosa_annotation_get_id (annotation));
      name = quote_name (annotation);
      append_escaped (writer->xml, "<Note guid=\"%s\" name=\"%s\"", guid, name);
      if (user != NULL)
        append_escaped (writer->xml, " creatingUser=\"%s\"", user);
      if (glosa_annotation_get_created (annotation) != NULL)
        append_escaped (writer->xml, " creationDateTime=\"%s\"",
                        glosa_annotation_get_created (annotation));
      append_escaped (writer->xml, "><PlainTextContent>%s</PlainTextContent></Note>\n", note);
    }
  if (any)
    g_string_append (writer->xml, "</Notes>\n");
}

/* Users are known only once every selection is written, and come first. */
static GBytes *
dup_project_qde (GlosaExportContext *context)
{
  g_autoptr(GHashTable) users = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GList) names = NULL;
  Writer writer = { context, body, users };
  GFile *file = glosa_project_get_file (context->project);
  g_autofree char *project_name = file != NULL ? g_file_get_basename (file) : g_strdup ("Glosa");

  user_guid (&writer, glosa_project_get_author (context->project));
  append_codebook (&writer);
  append_cases (&writer);
  append_sources (&writer);
  append_notes (&writer);

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
  append_escaped (out, "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"%s\" "
                  "origin=\"Glosa %s\">\n", project_name, PACKAGE_VERSION);
  names = g_list_sort (g_hash_table_get_keys (users), (GCompareFunc) g_strcmp0);
  if (names != NULL)
    {
      g_string_append (out, "<Users>\n");
      for (GList *l = names; l != NULL; l = l->next)
        append_escaped (out, "<User guid=\"%s\" name=\"%s\"/>\n",
                        (const char *) g_hash_table_lookup (users, l->data),
                        (const char *) l->data);
      g_string_append (out, "</Users>\n");
    }
  g_string_append_len (out, body->str, body->len);
  g_string_append (out, "</Project>\n");
  return glosa_export_xml_to_bytes (g_steal_pointer (&out));
}

static int
write_open_cb (struct archive *archive,
               void           *data)
{
  return ARCHIVE_OK;
}

static la_ssize_t
write_cb (struct archive *archive,
          void           *data,
          const void     *buffer,
          size_t          length)
{
  g_byte_array_append (data, buffer, length);
  return length;
}

static int
write_close_cb (struct archive *archive,
                void           *data)
{
  return ARCHIVE_OK;
}

static gboolean
add_entry (struct archive  *archive,
           const char      *path,
           const char      *data,
           gsize            length,
           GError         **error)
{
  struct archive_entry *entry = archive_entry_new ();
  gboolean ok;

  archive_entry_set_pathname (entry, path);
  archive_entry_set_size (entry, length);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_mtime (entry, g_get_real_time () / G_USEC_PER_SEC, 0);
  ok = archive_write_header (archive, entry) == ARCHIVE_OK
       && (length == 0 || archive_write_data (archive, data, length) == (la_ssize_t) length);
  archive_entry_free (entry);
  if (!ok)
    g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_FAILED,
                 _("Could not add %s to the REFI-QDA archive: %s"), path,
                 archive_error_string (archive));
  return ok;
}

GBytes *
glosa_export_qdpx (GlosaExportContext  *context,
                   GError             **error)
{
  g_autoptr(GByteArray) zip = g_byte_array_new ();
  g_autoptr(GBytes) qde = dup_project_qde (context);
  struct archive *archive = archive_write_new ();
  GListModel *documents = glosa_project_get_documents (context->project);
  gboolean ok;

  ok = archive_write_set_format_zip (archive) == ARCHIVE_OK
       && archive_write_open (archive, zip, write_open_cb, write_cb, write_close_cb) == ARCHIVE_OK;
  if (!ok)
    g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_FAILED,
                 _("Could not start the REFI-QDA archive: %s"), archive_error_string (archive));
  ok = ok && add_entry (archive, "project.qde", g_bytes_get_data (qde, NULL),
                          g_bytes_get_size (qde), error);
  for (guint i = 0; ok && i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (documents, i);
      const char *text = glosa_document_get_text (document);
      g_autofree char *guid = NULL;
      g_autofree char *path = NULL;

      if (!wants_document (context, glosa_document_get_id (document)))
        continue;
      guid = glosa_export_guid ("document", glosa_document_get_id (document));
      path = g_strdup_printf ("Sources/%s.txt", guid);
      ok = add_entry (archive, path, text, strlen (text), error);
    }
  if (ok && archive_write_close (archive) != ARCHIVE_OK)
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_FAILED,
                   _("Could not finish the REFI-QDA archive: %s"), archive_error_string (archive));
      ok = FALSE;
    }
  archive_write_free (archive);
  if (!ok)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&zip));
}
