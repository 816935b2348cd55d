/* glosa-codebook-writer.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-codebook-writer"

#include "config.h"

#include <json-glib/json-glib.h>

#include "glosa-codebook.h"

/* A codebook back to the JSON format of docs/codebook.md, so that what a
 * user adds in the app or imports can be stored in the project and read by
 * the same parser: everything the parser keeps is written, in codebook
 * order, and absent fields are left out as a person writing the file would.
 * Also the ids Glosa makes for entries it creates. */

/* Aliases given with no language can only be written beside lists per
 * language under a tag: "und" is BCP 47's for an undetermined language. */
#define UNDETERMINED_LANGUAGE "und"

typedef const char * const *(*GetTerms) (gpointer    entry,
                                         const char *language);

static void
add_optional (JsonBuilder *builder,
              const char  *name,
              const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_items (JsonBuilder        *builder,
           const char * const *list)
{
  for (gsize i = 0; list[i] != NULL; i++)
    json_builder_add_string_value (builder, list[i]);
}

static void
add_list (JsonBuilder        *builder,
          const char * const *list)
{
  json_builder_begin_array (builder);
  add_items (builder, list);
  json_builder_end_array (builder);
}

/* "aliases" or "keywords": a plain list when no language is given, an
 * object per language otherwise. */
static void
add_terms (JsonBuilder        *builder,
           const char         *member,
           gpointer            entry,
           const char * const *languages,
           GetTerms            get)
{
  const char * const *unspecified = get (entry, NULL);

  if (languages[0] == NULL && unspecified[0] == NULL)
    return;

  json_builder_set_member_name (builder, member);
  if (languages[0] == NULL)
    {
      add_list (builder, unspecified);
      return;
    }
  json_builder_begin_object (builder);
  for (gsize i = 0; languages[i] != NULL; i++)
    {
      json_builder_set_member_name (builder, languages[i]);
      json_builder_begin_array (builder);
      add_items (builder, get (entry, languages[i]));
      if (g_str_equal (languages[i], UNDETERMINED_LANGUAGE))
        add_items (builder, unspecified);
      json_builder_end_array (builder);
    }
  if (unspecified[0] != NULL && !g_strv_contains (languages, UNDETERMINED_LANGUAGE))
    {
      json_builder_set_member_name (builder, UNDETERMINED_LANGUAGE);
      add_list (builder, unspecified);
    }
  json_builder_end_object (builder);
}

static const char * const *
get_aliases (gpointer    entry,
             const char *language)
{
  return glosa_actor_get_aliases (entry, language);
}

static const char * const *
get_keywords (gpointer    entry,
              const char *language)
{
  return glosa_issue_get_keywords (entry, language);
}

static void
add_actor (JsonBuilder *builder,
           GlosaActor  *actor)
{
  json_builder_begin_object (builder);
  add_optional (builder, "id", glosa_actor_get_id (actor));
  add_optional (builder, "name", glosa_actor_get_name (actor));
  add_optional (builder, "kind", glosa_actor_kind_to_string (glosa_actor_get_kind (actor)));
  add_terms (builder, "aliases", actor, glosa_actor_get_languages (actor), get_aliases);
  add_optional (builder, "affiliation", glosa_actor_get_affiliation (actor));
  add_optional (builder, "description", glosa_actor_get_description (actor));
  /* A colour derived from the id is left to be derived again. */
  if (glosa_actor_has_colour (actor))
    add_optional (builder, "colour", glosa_actor_get_colour (actor));
  json_builder_end_object (builder);
}

static void
add_issue (JsonBuilder *builder,
           GlosaIssue  *issue)
{
  const char * const *label_languages = glosa_issue_get_label_languages (issue);

  json_builder_begin_object (builder);
  add_optional (builder, "id", glosa_issue_get_id (issue));
  add_optional (builder, "label", glosa_issue_get_label (issue));
  if (label_languages[0] != NULL)
    {
      json_builder_set_member_name (builder, "labels");
      json_builder_begin_object (builder);
      for (gsize i = 0; label_languages[i] != NULL; i++)
        add_optional (builder, label_languages[i],
                      glosa_issue_get_translated_label (issue, label_languages[i]));
      json_builder_end_object (builder);
    }
  add_optional (builder, "description", glosa_issue_get_description (issue));
  add_terms (builder, "keywords", issue, glosa_issue_get_languages (issue), get_keywords);
  json_builder_end_object (builder);
}

/**
 * glosa_codebook_to_overlay_json:
 * @codebook: a codebook
 * @removed: (nullable) (array zero-terminated=1): ids of entries beneath to
 *   leave out, written as "remove"
 *
 * Writes @codebook as a layer to put over others, such as the project's
 * codebook over the default one. A codebook does not keep the ids the
 * layers it was built from removed, hence @removed.
 *
 * Returns: (transfer full): the codebook as JSON text, ending in a newline
 */
char *
glosa_codebook_to_overlay_json (GlosaCodebook      *codebook,
                                const char * const *removed)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  const char * const *languages;
  g_autofree char *text = NULL;

  g_return_val_if_fail (GLOSA_IS_CODEBOOK (codebook), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "glosa_codebook");
  json_builder_add_int_value (builder, GLOSA_CODEBOOK_FORMAT);
  add_optional (builder, "name", glosa_codebook_get_name (codebook));
  add_optional (builder, "version", glosa_codebook_get_version (codebook));
  languages = glosa_codebook_get_languages (codebook);
  if (languages[0] != NULL)
    {
      json_builder_set_member_name (builder, "languages");
      add_list (builder, languages);
    }
  if (removed != NULL && removed[0] != NULL)
    {
      json_builder_set_member_name (builder, "remove");
      add_list (builder, removed);
    }

  json_builder_set_member_name (builder, "actors");
  json_builder_begin_array (builder);
  for (guint i = 0; i < glosa_codebook_get_n_actors (codebook); i++)
    add_actor (builder, glosa_codebook_get_actor (codebook, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "issues");
  json_builder_begin_array (builder);
  for (guint i = 0; i < glosa_codebook_get_n_issues (codebook); i++)
    add_issue (builder, glosa_codebook_get_issue (codebook, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  /* POSIX text files end in a newline. */
  return g_strconcat (text, "\n", NULL);
}

/**
 * glosa_codebook_to_json:
 * @codebook: a codebook
 *
 * Writes @codebook in the codebook format (docs/codebook.md): what
 * glosa_codebook_new_from_bytes() reads back as an equal codebook.
 *
 * Returns: (transfer full): the codebook as JSON text, ending in a newline
 */
char *
glosa_codebook_to_json (GlosaCodebook *codebook)
{
  g_return_val_if_fail (GLOSA_IS_CODEBOOK (codebook), NULL);

  return glosa_codebook_to_overlay_json (codebook, NULL);
}

/**
 * glosa_codebook_make_id:
 * @codebook: (nullable): a codebook the id must be new in, or %NULL
 * @name: an actor's name or an issue's label
 *
 * The id Glosa gives an entry it creates: the name in lower-case ASCII
 * with runs of other characters turned into one hyphen ("Ana María Rueda"
 * → "ana-maria-rueda"), followed by "-2", "-3"… while @codebook already has
 * an actor or issue of that id.
 *
 * Returns: (transfer full): the id
 */
char *
glosa_codebook_make_id (GlosaCodebook *codebook,
                        const char    *name)
{
  g_autofree char *ascii = NULL;
  g_autoptr(GString) id = g_string_new (NULL);
  g_autofree char *base = NULL;

  g_return_val_if_fail (codebook == NULL || GLOSA_IS_CODEBOOK (codebook), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  ascii = g_str_to_ascii (name, "C");
  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (id, g_ascii_tolower (*p));
      else if (id->len > 0 && id->str[id->len - 1] != '-')
        g_string_append_c (id, '-');
    }
  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);
  if (id->len == 0)
    g_string_append (id, "entry");
  if (codebook == NULL)
    return g_string_free (g_steal_pointer (&id), FALSE);

  base = g_strdup (id->str);
  for (guint n = 2;
       glosa_codebook_lookup_actor (codebook, id->str) != NULL
       || glosa_codebook_lookup_issue (codebook, id->str) != NULL;
       n++)
    g_string_printf (id, "%s-%u", base, n);
  return g_string_free (g_steal_pointer (&id), FALSE);
}
