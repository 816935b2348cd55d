/* glosa-import-qdpx.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-import-qdpx"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "glosa-anchor.h"
#include "glosa-error.h"
#include "glosa-export-private.h"
#include "glosa-json.h"
#include "glosa-import-private.h"
#include "glosa-project-private.h"

/* Importing a REFI-QDA project (QDA-XML 1.0, .qdpx) from any tool: users
 * become authors, codes tags (nested as they are), text sources documents
 * (or the project's own document with the same text), PlainTextSelections
 * annotations with the codes of their Codings and their notes. What
 * glosa-export-qdpx.c writes maps back exactly: its "Issues" and
 * "Stances" codes to the annotations' issue and stance, its Cases to their
 * actor, its GUIDs to our ids. Everything is then merged like a Glosa JSON
 * export (glosa_import_merge()), so the rules and the one undo step are
 * the same. */

#define MAX_CODE_DEPTH 64

typedef enum
{
  CODE_TAG,
  CODE_ISSUE,
  CODE_STANCE,
  CODE_GROUP,  /* Glosa's "Issues" and "Stances": not codes themselves */
} CodeKind;

typedef struct
{
  CodeKind  kind;
  char     *value;  /* the tag id, issue id or stance */
} Code;

typedef struct
{
  GlosaProject     *project;
  GlosaCodebook    *codebook;
  GlosaQdpxArchive *archive;
  const char       *display_name;
  GlosaImportStats *stats;
  gboolean          from_glosa;   /* written by glosa-export-qdpx.c */
  char             *fallback_time;

  GHashTable       *users;        /* guid → name */
  GHashTable       *codes;        /* guid → Code */
  GHashTable       *tag_names;    /* names given to tags so far */
  GHashTable       *notes;        /* guid → text */
  GHashTable       *actors;       /* selection guid → actor id */
  GHashTable       *glosa_ids;    /* Glosa GUID → our id: tags, issues, actors, stances */
  GHashTable       *documents_by_hash; /* SHA-256 → document id */
  GHashTable       *document_ids; /* ids given to new documents */

  JsonArray        *tags;
  JsonArray        *annotations;
  GPtrArray        *documents;    /* GlosaDocument to add */
} Reader;

static void
code_free (Code *code)
{
  g_free (code->value);
  g_free (code);
}

G_GNUC_PRINTF (2, 3) static void
problem (Reader     *reader,
         const char *format,
         ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (reader->stats->problems, g_strdup_vprintf (format, args));
  va_end (args);
}

static gboolean
read_source_text (Reader        *reader,
                  xmlNode       *node,
                  const char    *what,
                  GlosaQdpxText *text)
{
  char *why = NULL;

  if (glosa_qdpx_text_read (text, reader->archive, node, what, &why))
    return TRUE;
  g_ptr_array_add (reader->stats->problems, why);
  return FALSE;
}

/* The GUID in @attribute of @node when it is a @name element. */
static char *
element_guid (xmlNode    *node,
              const char *name,
              const char *attribute)
{
  return glosa_qdpx_is_element (node, name) ? glosa_qdpx_get_guid (node, attribute) : NULL;
}

/* Users, notes, codes and cases: what selections refer to */

static void
read_users (Reader  *reader,
            xmlNode *users)
{
  for (xmlNode *node = users ? users->children : NULL; node != NULL; node = node->next)
    {
      g_autofree char *guid = NULL;
      char *name;

      if ((guid = element_guid (node, "User", "guid")) == NULL)
        continue;
      name = glosa_qdpx_get_attribute (node, "name");
      if (name == NULL || *name == '\0')
        {
          g_free (name);
          name = glosa_qdpx_get_attribute (node, "id");
        }
      if (name != NULL)
        g_hash_table_replace (reader->users, g_steal_pointer (&guid), name);
    }
}

static void
read_notes (Reader  *reader,
            xmlNode *notes)
{
  for (xmlNode *node = notes ? notes->children : NULL; node != NULL; node = node->next)
    {
      g_auto(GlosaQdpxText) source = { 0 };
      g_autofree char *guid = NULL;
      g_autofree char *name = NULL;

      if ((guid = element_guid (node, "Note", "guid")) == NULL)
        continue;
      name = glosa_qdpx_get_attribute (node, "name");
      if (read_source_text (reader, node, name ? name : guid, &source))
        g_hash_table_replace (reader->notes, g_steal_pointer (&guid),
                              g_steal_pointer (&source.text));
    }
}

/* Glosa's own GUIDs for what it exports by id, so they map back. */
static void
index_glosa_ids (Reader *reader)
{
  GListModel *tags = glosa_project_get_tags (reader->project);
  GlosaCodebook *codebook = reader->codebook;

  for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
    {
      g_autoptr(GlosaTag) tag = g_list_model_get_item (tags, i);

      g_hash_table_insert (reader->glosa_ids, glosa_export_guid ("tag", glosa_tag_get_id (tag)),
                           g_strdup (glosa_tag_get_id (tag)));
    }
  for (guint i = 0; i < glosa_codebook_get_n_issues (codebook); i++)
    {
      const char *id = glosa_issue_get_id (glosa_codebook_get_issue (codebook, i));

      g_hash_table_insert (reader->glosa_ids, glosa_export_guid ("issue", id), g_strdup (id));
    }
  for (guint i = 0; i < glosa_codebook_get_n_actors (codebook); i++)
    {
      const char *id = glosa_actor_get_id (glosa_codebook_get_actor (codebook, i));

      g_hash_table_insert (reader->glosa_ids, glosa_export_guid ("actor", id), g_strdup (id));
    }
  for (GlosaStance stance = GLOSA_STANCE_NEUTRAL; stance <= GLOSA_STANCE_MIXED; stance++)
    {
      const char *id = glosa_stance_to_string (stance);

      g_hash_table_insert (reader->glosa_ids, glosa_export_guid ("stance", id), g_strdup (id));
    }
}

/* An id Glosa exported as @guid: known to this project, or, as the
 * exporter names what its codebook lacks by id, @name when it hashes to
 * @guid. Otherwise %NULL. */
static char *
glosa_id (Reader     *reader,
          const char *kind,
          const char *guid,
          const char *name)
{
  const char *known = g_hash_table_lookup (reader->glosa_ids, guid);
  g_autofree char *named = NULL;

  if (known != NULL)
    return g_strdup (known);
  if (name != NULL && g_str_equal ((named = glosa_export_guid (kind, name)), guid))
    return g_strdup (name);
  return NULL;
}

/* Tag names are unique in a project; a tool may repeat one under two
 * parents, so the second says which. */
static char *
unique_tag_name (Reader     *reader,
                 const char *name,
                 const char *parent_name,
                 const char *guid)
{
  char *unique;

  if (!g_hash_table_contains (reader->tag_names, name))
    unique = g_strdup (name);
  else if (parent_name != NULL)
    unique = g_strdup_printf ("%s (%s)", name, parent_name);
  else
    unique = g_strdup_printf ("%s (%.8s)", name, guid);
  if (g_hash_table_contains (reader->tag_names, unique))
    {
      g_free (unique);
      unique = g_strdup_printf ("%s (%s)", name, guid);
    }
  g_hash_table_add (reader->tag_names, g_strdup (unique));
  return unique;
}

static void
add_code (Reader     *reader,
          const char *guid,
          CodeKind    kind,
          const char *value)
{
  Code *code = g_new0 (Code, 1);

  code->kind = kind;
  code->value = g_strdup (value);
  g_hash_table_replace (reader->codes, g_strdup (guid), code);
}

static void
read_tag (Reader     *reader,
          xmlNode    *node,
          const char *guid,
          const char *name,
          const char *parent_id,
          const char *parent_name,
          guint       depth);

static void
read_codes (Reader     *reader,
            xmlNode    *parent,
            CodeKind    within,
            const char *parent_id,
            const char *parent_name,
            guint       depth)
{
  g_autofree char *issues = glosa_export_guid ("codes", "issues");
  g_autofree char *stances = glosa_export_guid ("codes", "stances");

  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      g_autofree char *guid = NULL;
      g_autofree char *name = NULL;
      g_autofree char *id = NULL;

      if (!glosa_qdpx_is_element (node, "Code"))
        continue;
      guid = glosa_qdpx_get_guid (node, "guid");
      name = glosa_qdpx_get_attribute (node, "name");
      if (guid == NULL || name == NULL || *g_strstrip (name) == '\0' || depth > MAX_CODE_DEPTH)
        {
          problem (reader, _("A code without a GUID or a name, or nested too deep, was left "
                             "out with the codes inside it"));
          continue;
        }
      if (within == CODE_TAG && reader->from_glosa
          && (g_str_equal (guid, issues) || g_str_equal (guid, stances)))
        {
          add_code (reader, guid, CODE_GROUP, NULL);
          read_codes (reader, node, g_str_equal (guid, issues) ? CODE_ISSUE : CODE_STANCE,
                      NULL, NULL, depth + 1);
        }
      else if (within == CODE_ISSUE)
        {
          /* An issue our codebook lacks keeps the label it was exported with. */
          id = glosa_id (reader, "issue", guid, name);
          add_code (reader, guid, CODE_ISSUE, id ? id : name);
        }
      else if (within == CODE_STANCE && (id = glosa_id (reader, "stance", guid, NULL)) != NULL)
        add_code (reader, guid, CODE_STANCE, id);
      else if (within == CODE_STANCE)
        problem (reader, _("Code “%s”: not one of Glosa’s stances; left out"), name);
      else
        read_tag (reader, node, guid, name, parent_id, parent_name, depth);
    }
}

static void
read_tag (Reader     *reader,
          xmlNode    *node,
          const char *guid,
          const char *name,
          const char *parent_id,
          const char *parent_name,
          guint       depth)
{
  const char *known = g_hash_table_lookup (reader->glosa_ids, guid);
  g_autofree char *colour = glosa_qdpx_get_attribute (node, "color");
  g_autofree char *description = glosa_qdpx_child_text (node, "Description");
  g_autofree char *unique = unique_tag_name (reader, name, parent_name, guid);
  g_autofree char *id = g_strdup (known ? known : guid);
  JsonObject *tag = json_object_new ();

  /* "#abc" is "#aabbcc", as in CSS. */
  if (colour != NULL && strlen (colour) == 4 && colour[0] == '#')
    {
      g_autofree char *short_form = g_steal_pointer (&colour);

      colour = g_strdup_printf ("#%c%c%c%c%c%c", short_form[1], short_form[1], short_form[2],
                                short_form[2], short_form[3], short_form[3]);
    }
  json_object_set_string_member (tag, "id", id);
  json_object_set_string_member (tag, "name", unique);
  glosa_json_object_set_string (tag, "colour", colour);
  glosa_json_object_set_string (tag, "parent", parent_id);
  glosa_json_object_set_string (tag, "description", description);
  json_array_add_object_element (reader->tags, tag);
  add_code (reader, guid, CODE_TAG, id);
  read_codes (reader, node, CODE_TAG, id, unique, depth + 1);
}

/* Cases that point at selections name the actor who speaks in them. */
static void
read_cases (Reader  *reader,
            xmlNode *cases)
{
  for (xmlNode *node = cases ? cases->children : NULL; node != NULL; node = node->next)
    {
      g_autofree char *guid = NULL;
      g_autofree char *name = NULL;
      g_autofree char *actor = NULL;

      if ((guid = element_guid (node, "Case", "guid")) == NULL)
        continue;
      name = glosa_qdpx_get_attribute (node, "name");
      actor = glosa_id (reader, "actor", guid, name);
      if (actor == NULL && name != NULL && *g_strstrip (name) != '\0')
        actor = g_strdup (name);
      if (actor == NULL)
        continue;
      for (xmlNode *ref = node->children; ref != NULL; ref = ref->next)
        {
          char *target;

          if ((target = element_guid (ref, "SelectionRef", "targetGUID")) != NULL)
            g_hash_table_insert (reader->actors, target, g_strdup (actor));
        }
    }
}

/* Sources and their selections */

static gboolean
parse_position (xmlNode    *node,
                const char *name,
                gint64     *position)
{
  g_autofree char *value = glosa_qdpx_get_attribute (node, name);

  return value != NULL
         && g_ascii_string_to_signed (g_strstrip (value), 10, G_MININT32, G_MAXUINT32, position,
                                      NULL);
}

/* The codes of a selection's Codings, sorted into tags, issue and stance. */
static void
read_codings (Reader     *reader,
              xmlNode    *selection,
              const char *name,
              JsonObject *annotation)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *tags = json_array_new ();

  for (xmlNode *node = selection->children; node != NULL; node = node->next)
    {
      xmlNode *ref = glosa_qdpx_is_element (node, "Coding")
                     ? glosa_qdpx_first_child (node, "CodeRef") : NULL;
      g_autofree char *target = ref ? glosa_qdpx_get_guid (ref, "targetGUID") : NULL;
      Code *code = target ? g_hash_table_lookup (reader->codes, target) : NULL;

      if (target != NULL && code == NULL)
        /* Translators: a selection's name, then a GUID */
        problem (reader, _("Selection “%s”: the code %s is not in the codebook; left out"),
                 name, target);
      if (code == NULL)
        continue;
      if (code->kind == CODE_TAG && g_hash_table_add (seen, code->value))
        json_array_add_string_element (tags, code->value);
      else if (code->kind == CODE_ISSUE && !json_object_has_member (annotation, "issue"))
        json_object_set_string_member (annotation, "issue", code->value);
      else if (code->kind == CODE_STANCE && !json_object_has_member (annotation, "stance"))
        json_object_set_string_member (annotation, "stance", code->value);
    }
  json_object_set_array_member (annotation, "tags", tags);
}

/* The selection's description and the notes it refers to, in order. */
static char *
read_note (Reader  *reader,
           xmlNode *selection)
{
  g_autoptr(GString) note = g_string_new (NULL);
  g_autofree char *description = glosa_qdpx_child_text (selection, "Description");

  if (description != NULL && *description != '\0')
    g_string_append (note, description);
  for (xmlNode *node = selection->children; node != NULL; node = node->next)
    {
      g_autofree char *target = element_guid (node, "NoteRef", "targetGUID");
      const char *text = target ? g_hash_table_lookup (reader->notes, target) : NULL;

      if (text == NULL || *text == '\0')
        continue;
      if (note->len > 0)
        g_string_append (note, "\n\n");
      g_string_append (note, text);
    }
  return note->len > 0 ? g_strdup (note->str) : NULL;
}

static void
read_selection (Reader     *reader,
                xmlNode    *node,
                const char *document,
                GlosaQdpxText *source)
{
  g_autofree char *guid = glosa_qdpx_get_guid (node, "guid");
  g_autofree char *name = glosa_qdpx_get_attribute (node, "name");
  g_autofree char *note = NULL;
  g_autofree char *created = glosa_qdpx_get_time (node, "creationDateTime");
  g_autofree char *modified = glosa_qdpx_get_time (node, "modifiedDateTime");
  g_autofree char *creator = glosa_qdpx_get_guid (node, "creatingUser");
  g_autofree char *modifier = glosa_qdpx_get_guid (node, "modifyingUser");
  const char *author = NULL;
  JsonObject *annotation;
  gint64 start, end;

  if (guid == NULL || !parse_position (node, "startPosition", &start)
      || !parse_position (node, "endPosition", &end))
    {
      problem (reader, _("Selection “%s”: it needs a GUID and whole-number positions; left "
                         "out"), name ? name : guid ? guid : "?");
      reader->stats->annotations_skipped++;
      return;
    }
  annotation = json_object_new ();
  /* The merge checks the span against the text, and reports it. */
  start = glosa_qdpx_text_map (source, start);
  end = glosa_qdpx_text_map (source, end);
  if (0 <= start && start < end && end <= source->chars)
    {
      g_autofree char *quote = NULL;
      g_autofree char *prefix = NULL;
      g_autofree char *suffix = NULL;

      glosa_anchor_capture (source->text, start, end, &quote, &prefix, &suffix);
      json_object_set_string_member (annotation, "quote", quote);
      json_object_set_string_member (annotation, "prefix", prefix);
      json_object_set_string_member (annotation, "suffix", suffix);
    }
  if (creator != NULL)
    author = g_hash_table_lookup (reader->users, creator);
  if (author == NULL && modifier != NULL)
    author = g_hash_table_lookup (reader->users, modifier);
  if (created == NULL)
    created = g_strdup (modified ? modified : reader->fallback_time);
  note = read_note (reader, node);

  json_object_set_string_member (annotation, "id", guid);
  json_object_set_string_member (annotation, "document", document);
  json_object_set_int_member (annotation, "start", start);
  json_object_set_int_member (annotation, "end", end);
  read_codings (reader, node, name ? name : guid, annotation);
  glosa_json_object_set_string (annotation, "actor", g_hash_table_lookup (reader->actors, guid));
  glosa_json_object_set_string (annotation, "note", note);
  glosa_json_object_set_string (annotation, "author", author);
  glosa_json_object_set_string (annotation, "created", created);
  glosa_json_object_set_string (annotation, "modified", modified ? modified : created);
  json_array_add_object_element (reader->annotations, annotation);
}

/* A new document's id: the one Glosa exported it with, when free. */
static char *
new_document_id (Reader     *reader,
                 xmlNode    *node,
                 const char *guid)
{
  g_autofree char *description = reader->from_glosa
                                 ? glosa_qdpx_child_text (node, "Description") : NULL;
  const char *base = guid;

  if (description != NULL && *g_strstrip (description) != '\0' && strlen (description) < 256
      && strchr (description, '\n') == NULL)
    base = description;
  for (guint n = 1;; n++)
    {
      g_autofree char *id = n == 1 ? g_strdup (base) : g_strdup_printf ("%s-%u", base, n);

      if (glosa_project_lookup_document (reader->project, id) == NULL
          && !g_hash_table_contains (reader->document_ids, id))
        {
          g_hash_table_add (reader->document_ids, g_strdup (id));
          return g_steal_pointer (&id);
        }
    }
}

static void
skip_selections (Reader  *reader,
                 xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (glosa_qdpx_is_element (child, "PlainTextSelection"))
      reader->stats->annotations_skipped++;
}

static void
read_text_source (Reader  *reader,
                  xmlNode *node)
{
  g_auto(GlosaQdpxText) source = { 0 };
  g_autofree char *guid = glosa_qdpx_get_guid (node, "guid");
  g_autofree char *name = glosa_qdpx_get_attribute (node, "name");
  g_autofree char *hash = NULL;
  const char *document;

  if (guid == NULL || !read_source_text (reader, node, name ? name : guid ? guid : "?", &source))
    {
      if (guid == NULL)
        problem (reader, _("Source “%s”: it has no GUID; left out"), name ? name : "?");
      skip_selections (reader, node);
      return;
    }
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, source.text, -1);
  document = g_hash_table_lookup (reader->documents_by_hash, hash);
  if (document == NULL)
    {
      g_autofree char *id = new_document_id (reader, node, guid);
      GlosaDocument *added = glosa_document_new (id, name ? name : guid, source.text);

      g_ptr_array_add (reader->documents, added);
      document = glosa_document_get_id (added);
      g_hash_table_insert (reader->documents_by_hash, g_steal_pointer (&hash), g_strdup (document));
    }
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (glosa_qdpx_is_element (child, "PlainTextSelection"))
      read_selection (reader, child, document, &source);
}

static void
read_sources (Reader  *reader,
              xmlNode *sources)
{
  for (xmlNode *node = sources ? sources->children : NULL; node != NULL; node = node->next)
    {
      g_autofree char *name = NULL;

      if (glosa_qdpx_is_element (node, "TextSource"))
        read_text_source (reader, node);
      else if (node->type == XML_ELEMENT_NODE)
        {
          name = glosa_qdpx_get_attribute (node, "name");
          /* Translators: a source's name, then its kind, such as PDFSource */
          problem (reader, _("Source “%s” (%s): Glosa imports text sources only; left out"),
                   name ? name : "?", (const char *) node->name);
        }
    }
}

/* Selections get ids from their GUIDs: ours (UUIDs) as they are, others
 * by the hash the exporter made of them. */
static void
map_annotation_ids (Reader *reader)
{
  GListModel *all = glosa_project_get_annotations (reader->project, NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(GlosaAnnotation) annotation = g_list_model_get_item (all, i);
      const char *id = glosa_annotation_get_id (annotation);

      if (!g_uuid_string_is_valid (id))
        g_hash_table_insert (ids, glosa_export_guid ("annotation", id), (gpointer) id);
    }
  for (guint i = 0; i < json_array_get_length (reader->annotations); i++)
    {
      JsonObject *annotation = json_array_get_object_element (reader->annotations, i);
      const char *ours = g_hash_table_lookup (ids, json_object_get_string_member (annotation,
                                                                                  "id"));

      if (ours != NULL)
        json_object_set_string_member (annotation, "id", ours);
    }
}

static gboolean
read_project (Reader   *reader,
              xmlDoc   *doc,
              GError  **error)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autofree char *origin = NULL;
  xmlNode *codebook;

  if (root == NULL || !glosa_qdpx_is_element (root, "Project"))
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_INVALID,
                   _("project.qde in %s is not a REFI-QDA project: it does not start with "
                     "<Project>."), reader->display_name);
      return FALSE;
    }
  origin = glosa_qdpx_get_attribute (root, "origin");
  reader->from_glosa = origin != NULL && g_str_has_prefix (origin, "Glosa");
  index_glosa_ids (reader);
  read_users (reader, glosa_qdpx_first_child (root, "Users"));
  if ((codebook = glosa_qdpx_first_child (root, "CodeBook")) != NULL
      && (codebook = glosa_qdpx_first_child (codebook, "Codes")) != NULL)
    read_codes (reader, codebook, CODE_TAG, NULL, NULL, 0);
  read_cases (reader, glosa_qdpx_first_child (root, "Cases"));
  read_notes (reader, glosa_qdpx_first_child (root, "Notes"));
  read_sources (reader, glosa_qdpx_first_child (root, "Sources"));
  map_annotation_ids (reader);
  return TRUE;
}

static char *
format_fallback_time (gint64 unix_time)
{
  g_autoptr(GDateTime) time = unix_time > 0 ? g_date_time_new_from_unix_utc (unix_time)
                                            : g_date_time_new_now_utc ();

  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * glosa_import_qdpx_stream:
 *
 * glosa_import_qdpx() on a stream: the fuzzer's way in.
 */
gboolean
glosa_import_qdpx_stream (GlosaProject      *project,
                          GInputStream      *stream,
                          const char        *display_name,
                          GCancellable      *cancellable,
                          GlosaImportStats  *stats,
                          GError           **error)
{
  g_auto(GlosaQdpxArchive) archive = { 0 };
  g_autoptr(GlosaCodebook) codebook = NULL;
  g_autoptr(JsonArray) tags = json_array_new ();
  g_autoptr(JsonArray) annotations = json_array_new ();
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *fallback_time = NULL;
  xmlDoc *doc;
  gboolean ok;

  g_return_val_if_fail (GLOSA_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);
  g_return_val_if_fail (stats != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  glosa_import_stats_init (stats);
  if (!glosa_project_check_writable (project, error)
      || (codebook = glosa_project_load_codebook (project, error)) == NULL
      || !glosa_qdpx_archive_read (&archive, stream, display_name, cancellable, error)
      || (doc = glosa_qdpx_parse (archive.qde, display_name, error)) == NULL)
    return FALSE;

  fallback_time = format_fallback_time (archive.qde_time);
  {
    g_autoptr(GHashTable) users = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    g_autoptr(GHashTable) codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) code_free);
    g_autoptr(GHashTable) tag_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                             NULL);
    g_autoptr(GHashTable) notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    g_autoptr(GHashTable) actors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          g_free);
    g_autoptr(GHashTable) glosa_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                             g_free);
    g_autoptr(GHashTable) by_hash = glosa_project_dup_document_hashes (project);
    g_autoptr(GHashTable) document_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                                NULL);
    Reader reader = {
      project, codebook, &archive, display_name, stats, FALSE, fallback_time,
      users, codes, tag_names, notes, actors, glosa_ids, by_hash, document_ids,
      tags, annotations, documents,
    };

    ok = read_project (&reader, doc, error);
  }
  xmlFreeDoc (doc);
  if (!ok || g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  return glosa_import_merge (project, display_name, documents, tags, annotations, stats, error);
}

/**
 * glosa_import_qdpx:
 * @file: a REFI-QDA project (.qdpx)
 * @cancellable: (nullable): to stop reading
 * @stats: (out caller-allocates): what was merged; clear it with
 *   glosa_import_stats_clear()
 * @error: return location for a #GError
 *
 * Merges the text sources, codes and coded selections of @file into
 * @project as one undoable action (the documents it adds stay when it is
 * undone). Sources whose text the project has map to that document; the
 * others are added. Selections outside their text, and anything else
 * that cannot be imported, are reported in @stats. A file that is not a
 * safe, well-formed .qdpx is refused whole.
 *
 * Returns: %TRUE on success; on error the project is unchanged
 */
gboolean
glosa_import_qdpx (GlosaProject      *project,
                   GFile             *file,
                   GCancellable      *cancellable,
                   GlosaImportStats  *stats,
                   GError           **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (GLOSA_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (stats != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_file_get_basename (file);
  if ((stream = g_file_read (file, cancellable, error)) == NULL)
    {
      glosa_import_stats_init (stats);
      return FALSE;
    }
  return glosa_import_qdpx_stream (project, G_INPUT_STREAM (stream), name, cancellable, stats,
                                   error);
}
