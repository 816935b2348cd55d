/* glosa-codebook-parser.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-codebook-parser"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "glosa-codebook.h"
#include "glosa-codebook-private.h"
#include "glosa-error.h"

/* Reads one codebook file into a GlosaCodebookData.
 *
 * Two sorts of trouble: a file that breaks the format (bad JSON, a wrong
 * type, a missing id or name, an unknown kind, a bad colour) is refused with
 * a GError; an entry that is well-formed but unusable (an empty alias, an id
 * used twice, an unknown member) is skipped and reported as a problem. Both
 * name the file, line and column (see glosa-codebook-locator.c). */

typedef struct
{
  GlosaCodebookLocator *locator;
  GHashTable           *ids;       /* id → GUINT_TO_POINTER (line) */
  GlosaCodebookData    *result;
} Parser;

static char *
location (Parser   *self,
          JsonNode *node)
{
  return glosa_codebook_locator_describe (self->locator, node);
}

static void problem (Parser *self, JsonNode *node, const char *format, ...) G_GNUC_PRINTF (3, 4);

static void
problem (Parser     *self,
         JsonNode   *node,
         const char *format,
         ...)
{
  g_autofree char *where = location (self, node);
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (self->result->problems, g_strdup_printf ("%s: %s", where, what));
}

static gboolean fail (Parser *self, GError **error, int code, JsonNode *node,
                      const char *format, ...) G_GNUC_PRINTF (5, 6);

static gboolean
fail (Parser      *self,
      GError     **error,
      int          code,
      JsonNode    *node,
      const char  *format,
      ...)
{
  g_autofree char *where = location (self, node);
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, GLOSA_ERROR, code, "%s: %s", where, what);
  return FALSE;
}

static const char *
describe (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        return _("text");
      if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
        return _("true or false");
      return _("a number");
    }
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* A member that must be text if present. Absent and null both give NULL;
 * @required turns that into an error. */
static gboolean
get_string (Parser      *self,
            JsonNode    *object_node,
            const char  *context,
            const char  *member,
            gboolean     required,
            const char **out,
            JsonNode   **out_node,
            GError     **error)
{
  JsonObject *object = json_node_get_object (object_node);
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (out_node != NULL)
    *out_node = node;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return fail (self, error, GLOSA_ERROR_INVALID, object_node,
                     _("%s has no “%s”"), context, member);
      return TRUE;
    }
  if (!is_string (node))
    return fail (self, error, GLOSA_ERROR_INVALID, node,
                 _("%s: “%s” must be text, not %s"), context, member, describe (node));

  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
check_id (Parser      *self,
          JsonNode    *node,
          const char  *context,
          const char  *id,
          GError     **error)
{
  gsize length = strlen (id);

  if (length == 0)
    return fail (self, error, GLOSA_ERROR_INVALID, node, _("%s: “id” is empty"), context);
  if (g_ascii_isspace (id[0]) || g_ascii_isspace (id[length - 1]))
    return fail (self, error, GLOSA_ERROR_INVALID, node,
                 _("%s: the id “%s” starts or ends with a space"), context, id);
  for (gsize i = 0; i < length; i++)
    if ((guchar) id[i] < 0x20 || id[i] == 0x7f)
      return fail (self, error, GLOSA_ERROR_INVALID, node,
                   _("%s: the id contains a control character"), context);
  return TRUE;
}

/* Returns FALSE (and reports) if @id was used before in this file. */
static gboolean
claim_id (Parser     *self,
          JsonNode   *id_node,
          const char *context,
          const char *id)
{
  gpointer first = g_hash_table_lookup (self->ids, id);
  guint line = 1, column;

  if (first != NULL)
    {
      problem (self, id_node,
               _("%s: the id “%s” is already used on line %u; this entry is ignored"),
               context, id, GPOINTER_TO_UINT (first));
      return FALSE;
    }

  glosa_codebook_locator_get_position (self->locator, id_node, &line, &column);
  g_hash_table_insert (self->ids, g_strdup (id), GUINT_TO_POINTER (line));
  return TRUE;
}

typedef void (*ApplyTerms) (gpointer            entry,
                            const char         *language,
                            const char * const *terms);

static gboolean
read_term_list (Parser      *self,
                JsonNode    *node,
                const char  *context,
                const char  *member,
                const char  *language,
                gpointer     entry,
                ApplyTerms   apply,
                GError     **error)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new_null_terminated (0, g_free, TRUE);

  if (is_string (node))
    {
      g_ptr_array_add (terms, g_strdup (json_node_get_string (node)));
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (!is_string (element))
            return fail (self, error, GLOSA_ERROR_INVALID, element,
                         _("%s: each entry in “%s” must be text, not %s"),
                         context, member, describe (element));
          g_ptr_array_add (terms, g_strdup (json_node_get_string (element)));
        }
    }
  else
    {
      return fail (self, error, GLOSA_ERROR_INVALID, node,
                   _("%s: the entries in “%s” must be a list of texts, not %s"),
                   context, member, describe (node));
    }

  for (guint i = 0; i < terms->len; i++)
    {
      g_autofree char *normal = glosa_codebook_normalize_term (g_ptr_array_index (terms, i));

      if (normal != NULL)
        continue;
      if (is_string (node))
        problem (self, node, _("%s: an empty entry in “%s” is ignored"), context, member);
      else
        problem (self, json_array_get_element (json_node_get_array (node), i),
                 _("%s: an empty entry in “%s” is ignored"), context, member);
    }

  apply (entry, language, (const char * const *) terms->pdata);
  return TRUE;
}

/* "aliases" and "keywords": a plain list (no language) or an object whose
 * members are language tags. */
static gboolean
read_terms (Parser      *self,
            JsonNode    *entry_node,
            const char  *context,
            const char  *member,
            gpointer     entry,
            ApplyTerms   apply,
            GError     **error)
{
  JsonNode *node = json_object_get_member (json_node_get_object (entry_node), member);
  JsonObjectIter iter;
  const char *language;
  JsonNode *list;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (JSON_NODE_HOLDS_ARRAY (node))
    return read_term_list (self, node, context, member, NULL, entry, apply, error);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (self, error, GLOSA_ERROR_INVALID, node,
                 _("%s: “%s” must be a list, or an object with a list for each language, not %s"),
                 context, member, describe (node));

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &language, &list))
    {
      g_autofree char *tag = glosa_codebook_normalize_language (language);

      if (tag == NULL)
        return fail (self, error, GLOSA_ERROR_INVALID, list,
                     _("%s: “%s” in “%s” is not a language tag such as “en” or “es”"),
                     context, language, member);
      if (JSON_NODE_HOLDS_NULL (list))
        continue;
      if (!read_term_list (self, list, context, member, tag, entry, apply, error))
        return FALSE;
    }
  return TRUE;
}

/* The term setters as the readers and the merge take them: an untyped
 * entry, so one loop serves actors and issues. */
void
glosa_codebook_set_actor_terms (gpointer            actor,
                                const char         *language,
                                const char * const *terms)
{
  glosa_actor_set_aliases (actor, language, terms);
}

void
glosa_codebook_set_issue_terms (gpointer            issue,
                                const char         *language,
                                const char * const *terms)
{
  glosa_issue_set_keywords (issue, language, terms);
}

static void
apply_labels (gpointer            entry,
              const char         *language,
              const char * const *terms)
{
  if (terms != NULL && terms[0] != NULL)
    glosa_issue_set_translated_label (entry, language, terms[0]);
}

static void
report_unknown_members (Parser             *self,
                        JsonNode           *object_node,
                        const char         *context,
                        const char * const *known)
{
  JsonObjectIter iter;
  const char *member;
  JsonNode *value;

  json_object_iter_init_ordered (&iter, json_node_get_object (object_node));
  while (json_object_iter_next_ordered (&iter, &member, &value))
    if (!g_strv_contains (known, member))
      problem (self, value, _("%s: “%s” is not a codebook field; it is ignored"), context, member);
}

static gboolean
read_actor (Parser    *self,
            JsonNode  *node,
            guint      index,
            GError   **error)
{
  static const char * const known[] = {
    "id", "name", "kind", "aliases", "affiliation", "description", "colour", "color", NULL
  };
  g_autoptr(GlosaActor) actor = NULL;
  g_autofree char *context = NULL;
  g_autofree char *name = NULL;
  const char *id, *raw_name, *kind_name, *affiliation, *description, *colour;
  JsonNode *id_node, *kind_node, *affiliation_node, *colour_node, *name_node;
  GlosaActorKind kind = GLOSA_ACTOR_KIND_OTHER;

  context = g_strdup_printf (_("actor %u"), index + 1);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (self, error, GLOSA_ERROR_INVALID, node,
                 _("%s must be an object with an “id” and a “name”, not %s"),
                 context, describe (node));

  if (!get_string (self, node, context, "id", TRUE, &id, &id_node, error)
      || !check_id (self, id_node, context, id, error))
    return FALSE;
  g_free (context);
  context = g_strdup_printf (_("actor “%s”"), id);

  if (!get_string (self, node, context, "name", TRUE, &raw_name, &name_node, error)
      || !get_string (self, node, context, "kind", FALSE, &kind_name, &kind_node, error)
      || !get_string (self, node, context, "affiliation", FALSE, &affiliation,
                      &affiliation_node, error)
      || !get_string (self, node, context, "description", FALSE, &description, NULL, error)
      || !get_string (self, node, context, "colour", FALSE, &colour, &colour_node, error))
    return FALSE;
  if (colour == NULL
      && !get_string (self, node, context, "color", FALSE, &colour, &colour_node, error))
    return FALSE;

  name = glosa_codebook_normalize_term (raw_name);
  if (name == NULL)
    return fail (self, error, GLOSA_ERROR_INVALID, name_node, _("%s: “name” is empty"), context);
  if (kind_name != NULL && !glosa_actor_kind_from_string (kind_name, &kind))
    return fail (self, error, GLOSA_ERROR_INVALID, kind_node,
                 _("%s: “%s” is not a kind of actor; use person, organisation, government, "
                   "country, media or other"), context, kind_name);
  if (colour != NULL && !glosa_colour_is_valid (colour))
    return fail (self, error, GLOSA_ERROR_INVALID, colour_node,
                 _("%s: the colour “%s” is not written as #rrggbb, for example #1c71d8"),
                 context, colour);

  actor = glosa_actor_new (id, name, kind);
  glosa_actor_set_description (actor, description);
  glosa_actor_set_colour (actor, colour);
  if (affiliation != NULL && *affiliation != '\0')
    {
      glosa_actor_set_affiliation (actor, affiliation);
      g_hash_table_insert (self->result->affiliation_locations, actor,
                           location (self, affiliation_node));
    }
  if (!read_terms (self, node, context, "aliases", actor, glosa_codebook_set_actor_terms, error))
    {
      g_hash_table_remove (self->result->affiliation_locations, actor);
      return FALSE;
    }
  report_unknown_members (self, node, context, known);

  if (!claim_id (self, id_node, context, id))
    {
      g_hash_table_remove (self->result->affiliation_locations, actor);
      return TRUE;
    }
  g_hash_table_insert (self->result->id_locations, actor, location (self, id_node));
  g_ptr_array_add (self->result->actors, g_steal_pointer (&actor));
  return TRUE;
}

static gboolean
read_issue (Parser    *self,
            JsonNode  *node,
            guint      index,
            GError   **error)
{
  static const char * const known[] = {
    "id", "label", "labels", "description", "keywords", NULL
  };
  g_autoptr(GlosaIssue) issue = NULL;
  g_autofree char *context = NULL;
  g_autofree char *label = NULL;
  const char *id, *raw_label, *description;
  JsonNode *id_node, *label_node, *labels_node;

  context = g_strdup_printf (_("issue %u"), index + 1);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (self, error, GLOSA_ERROR_INVALID, node,
                 _("%s must be an object with an “id” and a “label”, not %s"),
                 context, describe (node));

  if (!get_string (self, node, context, "id", TRUE, &id, &id_node, error)
      || !check_id (self, id_node, context, id, error))
    return FALSE;
  g_free (context);
  context = g_strdup_printf (_("issue “%s”"), id);

  if (!get_string (self, node, context, "label", TRUE, &raw_label, &label_node, error)
      || !get_string (self, node, context, "description", FALSE, &description, NULL, error))
    return FALSE;

  label = glosa_codebook_normalize_term (raw_label);
  if (label == NULL)
    return fail (self, error, GLOSA_ERROR_INVALID, label_node, _("%s: “label” is empty"), context);

  issue = glosa_issue_new (id, label);
  glosa_issue_set_description (issue, description);

  labels_node = json_object_get_member (json_node_get_object (node), "labels");
  if (labels_node != NULL && !JSON_NODE_HOLDS_NULL (labels_node)
      && !JSON_NODE_HOLDS_OBJECT (labels_node))
    return fail (self, error, GLOSA_ERROR_INVALID, labels_node,
                 _("%s: “labels” must be an object with a label for each language, not %s"),
                 context, describe (labels_node));
  if (!read_terms (self, node, context, "labels", issue, apply_labels, error)
      || !read_terms (self, node, context, "keywords", issue, glosa_codebook_set_issue_terms, error))
    return FALSE;
  report_unknown_members (self, node, context, known);

  if (!claim_id (self, id_node, context, id))
    return TRUE;
  g_hash_table_insert (self->result->id_locations, issue, location (self, id_node));
  g_ptr_array_add (self->result->issues, g_steal_pointer (&issue));
  return TRUE;
}

static gboolean
read_string_list (Parser     *self,
                  JsonNode   *node,
                  const char *member,
                  GPtrArray  *out,
                  gboolean    languages,
                  GError    **error)
{
  JsonArray *array;

  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (self, error, GLOSA_ERROR_INVALID, node,
                 _("“%s” must be a list, not %s"), member, describe (node));

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *text;
      char *value;

      if (!is_string (element))
        return fail (self, error, GLOSA_ERROR_INVALID, element,
                     _("each entry in “%s” must be text, not %s"), member, describe (element));
      text = json_node_get_string (element);
      value = languages ? glosa_codebook_normalize_language (text) : g_strdup (text);
      if (value == NULL)
        return fail (self, error, GLOSA_ERROR_INVALID, element,
                     _("“%s” is not a language tag such as “en” or “es”"), text);
      g_ptr_array_add (out, value);
    }
  return TRUE;
}

static gboolean
read_entries (Parser     *self,
              JsonNode   *node,
              const char *member,
              gboolean    actors,
              GError    **error)
{
  JsonArray *array;

  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (self, error, GLOSA_ERROR_INVALID, node,
                 _("“%s” must be a list, not %s"), member, describe (node));

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!(actors ? read_actor : read_issue) (self, element, i, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_root (Parser    *self,
           JsonNode  *root,
           GError   **error)
{
  GlosaCodebookData *result = self->result;
  JsonObject *object;
  JsonNode *format;
  JsonObjectIter iter;
  const char *member;
  JsonNode *value;
  gint64 version;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return fail (self, error, GLOSA_ERROR_INVALID, root,
                 _("a codebook must be a JSON object, { … }, not %s"), describe (root));

  object = json_node_get_object (root);
  format = json_object_get_member (object, "glosa_codebook");
  if (format == NULL)
    return fail (self, error, GLOSA_ERROR_INVALID, root,
                 _("this is not a Glosa codebook: “glosa_codebook”: 1 is missing"));
  if (!JSON_NODE_HOLDS_VALUE (format) || json_node_get_value_type (format) != G_TYPE_INT64)
    return fail (self, error, GLOSA_ERROR_INVALID, format,
                 _("“glosa_codebook” must be the format number, 1, not %s"), describe (format));
  version = json_node_get_int (format);
  if (version > GLOSA_CODEBOOK_FORMAT)
    return fail (self, error, GLOSA_ERROR_UNSUPPORTED, format,
                 _("this codebook is in format %" G_GINT64_FORMAT ", from a newer Glosa; "
                   "this version reads format %d"), version, GLOSA_CODEBOOK_FORMAT);
  if (version < 1)
    return fail (self, error, GLOSA_ERROR_INVALID, format,
                 _("“glosa_codebook” must be the format number, 1"));

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &member, &value))
    {
      const char *text = NULL;

      if (g_str_equal (member, "glosa_codebook"))
        continue;
      if (g_str_equal (member, "name") || g_str_equal (member, "version")
          || g_str_equal (member, "description"))
        {
          if (!get_string (self, root, _("the codebook"), member, FALSE, &text, NULL, error))
            return FALSE;
          if (g_str_equal (member, "name"))
            {
              g_free (result->name);
              result->name = g_strdup (text);
            }
          else if (g_str_equal (member, "version"))
            {
              g_free (result->version);
              result->version = g_strdup (text);
            }
        }
      else if (g_str_equal (member, "languages"))
        {
          if (!read_string_list (self, value, member, result->languages, TRUE, error))
            return FALSE;
        }
      else if (g_str_equal (member, "remove"))
        {
          if (!read_string_list (self, value, member, result->removed, FALSE, error))
            return FALSE;
        }
      else if (g_str_equal (member, "actors") || g_str_equal (member, "issues"))
        {
          if (!read_entries (self, value, member, g_str_equal (member, "actors"), error))
            return FALSE;
        }
      else
        {
          problem (self, value, _("“%s” is not a codebook field; it is ignored"), member);
        }
    }
  return TRUE;
}

void
glosa_codebook_data_free (GlosaCodebookData *data)
{
  if (data == NULL)
    return;

  g_free (data->name);
  g_free (data->version);
  g_ptr_array_unref (data->languages);
  g_ptr_array_unref (data->actors);
  g_ptr_array_unref (data->issues);
  g_ptr_array_unref (data->removed);
  g_ptr_array_unref (data->problems);
  g_hash_table_unref (data->id_locations);
  g_hash_table_unref (data->affiliation_locations);
  g_free (data);
}

static GlosaCodebookData *
data_new (void)
{
  GlosaCodebookData *data = g_new0 (GlosaCodebookData, 1);

  data->languages = g_ptr_array_new_with_free_func (g_free);
  data->actors = g_ptr_array_new_with_free_func (g_object_unref);
  data->issues = g_ptr_array_new_with_free_func (g_object_unref);
  data->removed = g_ptr_array_new_with_free_func (g_free);
  data->problems = g_ptr_array_new_with_free_func (g_free);
  data->id_locations = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  data->affiliation_locations = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  return data;
}

/**
 * glosa_codebook_data_parse:
 * @data: the file's contents
 * @length: their length in bytes
 * @source: the name to start every message with, such as the file's path
 * @error: return location for a #GLOSA_ERROR
 *
 * Returns: (transfer full): what the file holds, or %NULL if it is refused
 */
GlosaCodebookData *
glosa_codebook_data_parse (const char  *data,
                           gsize        length,
                           const char  *source,
                           GError     **error)
{
  g_autoptr(GlosaCodebookData) result = NULL;
  g_autoptr(JsonParser) json = NULL;
  g_autoptr(GError) local_error = NULL;
  Parser self = { 0 };
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";
  /* Windows editors may start a UTF-8 file with a byte order mark. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (!glosa_codebook_check_text (data, length, source, error))
    return NULL;

  result = data_new ();
  json = json_parser_new_immutable ();
  self.locator = glosa_codebook_locator_new (json, data, length, source, result->problems);
  self.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.result = result;

  /* The strict check above has passed, so json-glib should not fail. */
  ok = json_parser_load_from_data (json, data, (gssize) length, &local_error);
  if (!ok)
    g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_PARSE, "%s: %s", source, local_error->message);
  else
    ok = read_root (&self, json_parser_get_root (json), error);

  glosa_codebook_locator_free (self.locator);
  g_hash_table_unref (self.ids);

  return ok ? g_steal_pointer (&result) : NULL;
}
