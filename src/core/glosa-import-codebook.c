/* glosa-import-codebook.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-import-codebook"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "glosa-codebook-private.h"
#include "glosa-error.h"
#include "glosa-fold.h"
#include "glosa-import-codebook-private.h"
#include "glosa-import-private.h"
#include "glosa-json.h"
#include "glosa-project-private.h"

/* Merging actors and issues into a project's codebook: from a codebook file
 * (JSON), a spreadsheet (CSV), another coder's export, or the window's "Add
 * as Actor/Alias". The project stores its codebook as a layer over the
 * default one, so an entry the import touches is copied into that layer
 * whole and written back (glosa_codebook_to_overlay_json()); the layer stays
 * small and later versions of the default codebook still show through.
 *
 * Merging never takes anything away: a new id is added; an entry we have
 * gains the aliases or keywords it lacks (compared folded, as the matcher
 * compares them) and the fields it leaves empty; everything else of ours is
 * kept. An entry whose kind differs from ours is reported, not merged. */

typedef const char * const *(*GetTerms) (gpointer    entry,
                                         const char *language);
typedef gboolean            (*AddTerm)  (gpointer    entry,
                                         const char *language,
                                         const char *term);

typedef struct
{
  GlosaImportStats  *stats;
  GHashTable        *where;      /* incoming entry → "FILE line L…", or NULL */
  const char        *display_name;
  GlosaCodebook     *effective;  /* the project's codebook as the window uses it */
  GlosaCodebookData *batch;      /* entries to lay over the stored layer */
} Merge;

static const char * const *
get_aliases (gpointer    entry,
             const char *language)
{
  return glosa_actor_get_aliases (entry, language);
}

static gboolean
add_alias (gpointer    entry,
           const char *language,
           const char *term)
{
  return glosa_actor_add_alias (entry, language, term);
}

static const char * const *
get_keywords (gpointer    entry,
              const char *language)
{
  return glosa_issue_get_keywords (entry, language);
}

static gboolean
add_keyword (gpointer    entry,
             const char *language,
             const char *term)
{
  return glosa_issue_add_keyword (entry, language, term);
}

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

/* Terms are compared as the matcher reads them: folded, and by whether
 * they have a capital, which the matcher then requires in the text. So
 * "petro", matching in any case, is new beside "Petro"; "PETRO" or "Petró"
 * add nothing to "Petro", and nothing with capitals adds to "petro". */
static char *
term_key (const char *term)
{
  g_autofree char *folded = glosa_fold_string (term, -1);
  gboolean capital = FALSE;

  for (const char *p = term; *p != '\0' && !capital; p = g_utf8_next_char (p))
    capital = g_unichar_isupper (g_utf8_get_char (p)) || g_unichar_istitle (g_utf8_get_char (p));
  return g_strconcat (capital ? "A" : "a", folded, NULL);
}

/* Adds @term's key to @keys; FALSE if it adds nothing to what is there. */
static gboolean
add_key (GHashTable *keys,
         const char *term)
{
  char *key = term_key (term);

  if (key[0] == 'A')
    {
      key[0] = 'a';
      if (g_hash_table_contains (keys, key))
        {
          g_free (key);
          return FALSE;
        }
      key[0] = 'A';
    }
  return g_hash_table_add (keys, key);
}

/* Adds the terms of @from (every language, then none) that @keys lacks;
 * @keys holds the term_key() of each term of @to, and gains those added. */
static gboolean
absorb_terms (gpointer             to,
              gpointer             from,
              const char * const  *languages,
              GHashTable          *keys,
              GetTerms             get,
              AddTerm              add)
{
  gboolean changed = FALSE;
  gsize n = g_strv_length ((char **) languages);

  for (gsize i = 0; i <= n; i++)
    {
      const char *language = i < n ? languages[i] : NULL;
      const char * const *terms = get (from, language);

      for (gsize j = 0; terms[j] != NULL; j++)
        if (add_key (keys, terms[j]))
          changed |= add (to, language, terms[j]);
    }
  return changed;
}

static GHashTable *
keys_of (const char * const *terms)
{
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (gsize i = 0; terms[i] != NULL; i++)
    add_key (keys, terms[i]);
  return keys;
}

static void
copy_terms (gpointer             to,
            gpointer             from,
            const char * const  *languages,
            GetTerms             get,
            void               (*set) (gpointer, const char *, const char * const *))
{
  for (gsize i = 0; languages[i] != NULL; i++)
    set (to, languages[i], get (from, languages[i]));
  set (to, NULL, get (from, NULL));
}

static GlosaActor *
copy_actor (GlosaActor *actor)
{
  GlosaActor *copy = glosa_actor_new (glosa_actor_get_id (actor), glosa_actor_get_name (actor),
                                      glosa_actor_get_kind (actor));

  glosa_actor_set_affiliation (copy, glosa_actor_get_affiliation (actor));
  glosa_actor_set_description (copy, glosa_actor_get_description (actor));
  if (glosa_actor_has_colour (actor))
    glosa_actor_set_colour (copy, glosa_actor_get_colour (actor));
  copy_terms (copy, actor, glosa_actor_get_languages (actor), get_aliases, glosa_codebook_set_actor_terms);
  return copy;
}

static GlosaIssue *
copy_issue (GlosaIssue *issue)
{
  GlosaIssue *copy = glosa_issue_new (glosa_issue_get_id (issue), glosa_issue_get_label (issue));
  const char * const *languages = glosa_issue_get_label_languages (issue);

  glosa_issue_set_description (copy, glosa_issue_get_description (issue));
  for (gsize i = 0; languages[i] != NULL; i++)
    glosa_issue_set_translated_label (copy, languages[i],
                                      glosa_issue_get_translated_label (issue, languages[i]));
  copy_terms (copy, issue, glosa_issue_get_languages (issue), get_keywords, glosa_codebook_set_issue_terms);
  return copy;
}

/* "other", the kind of an actor written without one, agrees with any. */
gboolean
glosa_import_kinds_conflict (GlosaActor *ours,
                             GlosaActor *theirs)
{
  return glosa_actor_get_kind (theirs) != GLOSA_ACTOR_KIND_OTHER
         && glosa_actor_get_kind (ours) != GLOSA_ACTOR_KIND_OTHER
         && glosa_actor_get_kind (theirs) != glosa_actor_get_kind (ours);
}

/* What @from adds to @to: the aliases it lacks, and the fields it leaves
 * empty. Returns whether @to changed. */
static gboolean
absorb_actor (GlosaActor *to,
              GlosaActor *from)
{
  g_autoptr(GHashTable) keys = keys_of (glosa_actor_get_all_aliases (to));
  gboolean changed;

  changed = absorb_terms (to, from, glosa_actor_get_languages (from), keys,
                          get_aliases, add_alias);
  if (glosa_actor_get_kind (to) == GLOSA_ACTOR_KIND_OTHER
      && glosa_actor_get_kind (from) != GLOSA_ACTOR_KIND_OTHER)
    {
      glosa_actor_set_kind (to, glosa_actor_get_kind (from));
      changed = TRUE;
    }
  if (is_empty (glosa_actor_get_affiliation (to))
      && !is_empty (glosa_actor_get_affiliation (from)))
    {
      glosa_actor_set_affiliation (to, glosa_actor_get_affiliation (from));
      changed = TRUE;
    }
  if (is_empty (glosa_actor_get_description (to))
      && !is_empty (glosa_actor_get_description (from)))
    {
      glosa_actor_set_description (to, glosa_actor_get_description (from));
      changed = TRUE;
    }
  if (!glosa_actor_has_colour (to) && glosa_actor_has_colour (from))
    {
      glosa_actor_set_colour (to, glosa_actor_get_colour (from));
      changed = TRUE;
    }
  return changed;
}

static gboolean
absorb_issue (GlosaIssue *to,
              GlosaIssue *from)
{
  g_autoptr(GHashTable) keys = keys_of (glosa_issue_get_all_keywords (to));
  const char * const *languages = glosa_issue_get_label_languages (from);
  gboolean changed;

  changed = absorb_terms (to, from, glosa_issue_get_languages (from), keys,
                          get_keywords, add_keyword);
  for (gsize i = 0; languages[i] != NULL; i++)
    if (!g_strv_contains (glosa_issue_get_label_languages (to), languages[i]))
      {
        glosa_issue_set_translated_label (to, languages[i],
                                          glosa_issue_get_translated_label (from, languages[i]));
        changed = TRUE;
      }
  if (is_empty (glosa_issue_get_description (to))
      && !is_empty (glosa_issue_get_description (from)))
    {
      glosa_issue_set_description (to, glosa_issue_get_description (from));
      changed = TRUE;
    }
  return changed;
}

/* What @from adds to @to, two actors or two issues of the same id. */
gboolean
glosa_import_absorb_entry (gpointer to,
                           gpointer from)
{
  g_return_val_if_fail (G_OBJECT_TYPE (to) == G_OBJECT_TYPE (from), FALSE);

  return GLOSA_IS_ACTOR (to) ? absorb_actor (to, from) : absorb_issue (to, from);
}

static const char *
where (Merge    *merge,
       gpointer  entry)
{
  const char *location = merge->where ? g_hash_table_lookup (merge->where, entry) : NULL;

  return location != NULL ? location : merge->display_name;
}

static const char *
entry_id (gpointer entry)
{
  return GLOSA_IS_ACTOR (entry) ? glosa_actor_get_id (entry) : glosa_issue_get_id (entry);
}

/* What the layer gets for @theirs: a copy of @ours to merge into, or a new
 * entry with only the id and name, built up by the same merge so that the
 * file's own repeats go. */
static gpointer
start_entry (gpointer ours,
             gpointer theirs)
{
  if (ours != NULL)
    return GLOSA_IS_ACTOR (ours) ? (gpointer) copy_actor (ours) : (gpointer) copy_issue (ours);
  if (GLOSA_IS_ACTOR (theirs))
    return glosa_actor_new (glosa_actor_get_id (theirs), glosa_actor_get_name (theirs),
                            glosa_actor_get_kind (theirs));
  return glosa_issue_new (glosa_issue_get_id (theirs), glosa_issue_get_label (theirs));
}

static void
merge_entry (Merge    *merge,
             gpointer  theirs)
{
  gboolean actor = GLOSA_IS_ACTOR (theirs);
  const char *id = entry_id (theirs);
  GlosaImportStats *stats = merge->stats;
  gpointer ours = actor ? (gpointer) glosa_codebook_lookup_actor (merge->effective, id)
                        : (gpointer) glosa_codebook_lookup_issue (merge->effective, id);
  gpointer other = actor ? (gpointer) glosa_codebook_lookup_issue (merge->effective, id)
                         : (gpointer) glosa_codebook_lookup_actor (merge->effective, id);
  g_autoptr(GObject) entry = NULL;

  if (other != NULL)
    {
      glosa_codebook_add_problem (stats->problems, where (merge, theirs),
                                  actor ? _("actor “%s” has the id of an issue in this project; "
                                            "it is skipped")
                                        : _("issue “%s” has the id of an actor in this project; "
                                            "it is skipped"), id);
      return;
    }
  if (actor && ours != NULL && glosa_import_kinds_conflict (ours, theirs))
    {
      glosa_codebook_add_problem (stats->problems, where (merge, theirs),
                                  _("actor “%s” is of kind %s in this project and %s in the "
                                    "file; this project’s entry is kept"),
                                  id, glosa_actor_kind_to_string (glosa_actor_get_kind (ours)),
                                  glosa_actor_kind_to_string (glosa_actor_get_kind (theirs)));
      return;
    }

  entry = start_entry (ours, theirs);
  if (!glosa_import_absorb_entry (entry, theirs) && ours != NULL)
    {
      (*(actor ? &stats->actors_unchanged : &stats->issues_unchanged))++;
      return;
    }
  g_ptr_array_add (actor ? merge->batch->actors : merge->batch->issues,
                   g_steal_pointer (&entry));
  if (ours != NULL)
    (*(actor ? &stats->actors_updated : &stats->issues_updated))++;
  else
    (*(actor ? &stats->actors_added : &stats->issues_added))++;
}

/* An empty layer: what a CSV file holds, or what an import changes, which
 * the stored layer takes in one step (one check of the whole codebook, not
 * one per entry). */
GlosaCodebookData *
glosa_import_codebook_data_new (void)
{
  GlosaCodebookData *batch = g_new0 (GlosaCodebookData, 1);

  batch->languages = g_ptr_array_new_with_free_func (g_free);
  batch->actors = g_ptr_array_new_with_free_func (g_object_unref);
  batch->issues = g_ptr_array_new_with_free_func (g_object_unref);
  batch->removed = g_ptr_array_new_with_free_func (g_free);
  batch->problems = g_ptr_array_new_with_free_func (g_free);
  batch->id_locations = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  batch->affiliation_locations = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  return batch;
}

static gboolean
in_batch (GlosaCodebookData *batch,
          const char        *id)
{
  for (guint i = 0; i < batch->actors->len; i++)
    if (g_str_equal (glosa_actor_get_id (batch->actors->pdata[i]), id))
      return TRUE;
  for (guint i = 0; i < batch->issues->len; i++)
    if (g_str_equal (glosa_issue_get_id (batch->issues->pdata[i]), id))
      return TRUE;
  return FALSE;
}

/* Merges @incoming into the project's stored codebook layer, without
 * writing it: @json is set to the new layer, or to %NULL if nothing
 * changed. The ids @incoming removes are reported, never applied; its name,
 * version and languages are taken where the layer has none. */
static gboolean
merge_entries (GlosaProject       *project,
               GlosaCodebookData  *incoming,
               const char         *display_name,
               GlosaImportStats   *stats,
               char              **json,
               GError            **error)
{
  g_autofree char *stored = glosa_project_dup_codebook_json (project);
  g_autoptr(GlosaCodebookData) stored_data = NULL;
  g_autoptr(GlosaCodebookData) batch = glosa_import_codebook_data_new ();
  g_autoptr(GlosaCodebook) layer = glosa_codebook_new ();
  g_autoptr(GlosaCodebook) effective = NULL;
  g_autoptr(GPtrArray) still_removed = g_ptr_array_new_null_terminated (0, NULL, TRUE);
  Merge merge = { stats, incoming->id_locations, display_name, NULL, batch };

  *json = NULL;
  if (stored != NULL)
    {
      stored_data = glosa_codebook_data_parse (stored, strlen (stored),
                                               GLOSA_CODEBOOK_FILE_NAME, error);
      if (stored_data == NULL)
        return FALSE;
      glosa_codebook_apply_data (layer, stored_data);
    }
  if ((effective = glosa_project_load_codebook (project, error)) == NULL)
    return FALSE;
  merge.effective = effective;

  for (guint i = 0; i < incoming->actors->len; i++)
    merge_entry (&merge, g_ptr_array_index (incoming->actors, i));
  for (guint i = 0; i < incoming->issues->len; i++)
    merge_entry (&merge, g_ptr_array_index (incoming->issues, i));
  for (guint i = 0; i < incoming->removed->len; i++)
    {
      const char *id = g_ptr_array_index (incoming->removed, i);

      if (glosa_codebook_lookup_actor (effective, id) != NULL
          || glosa_codebook_lookup_issue (effective, id) != NULL)
        glosa_codebook_add_problem (stats->problems, display_name,
                                    _("the file leaves out “%s”; this project keeps it"), id);
    }

  if (glosa_codebook_get_name (layer) == NULL)
    batch->name = g_strdup (incoming->name);
  if (glosa_codebook_get_version (layer) == NULL)
    batch->version = g_strdup (incoming->version);
  for (guint i = 0; i < incoming->languages->len; i++)
    if (!g_strv_contains (glosa_codebook_get_languages (layer), incoming->languages->pdata[i]))
      g_ptr_array_add (batch->languages, g_strdup (incoming->languages->pdata[i]));
  if (batch->actors->len == 0 && batch->issues->len == 0 && batch->name == NULL
      && batch->version == NULL && batch->languages->len == 0)
    return TRUE;

  /* An entry the project had removed from the default codebook and the
   * import brings back is no longer removed. */
  for (guint i = 0; stored_data != NULL && i < stored_data->removed->len; i++)
    if (!in_batch (batch, g_ptr_array_index (stored_data->removed, i)))
      g_ptr_array_add (still_removed, g_ptr_array_index (stored_data->removed, i));
  glosa_codebook_apply_data (layer, batch);
  *json = glosa_codebook_to_overlay_json (layer, (const char * const *) still_removed->pdata);
  return TRUE;
}

static gboolean
store (GlosaProject  *project,
       const char    *json,
       GError       **error)
{
  return json == NULL || glosa_project_set_codebook_json (project, json, error);
}

/**
 * glosa_import_codebook_data:
 * @data: a codebook file, parsed and checked
 * @display_name: the file's name, for messages
 * @stats: counts and problems are added here
 * @json: (out): the project's codebook layer with @data merged in, to
 *   store with glosa_project_set_codebook_json(), or %NULL if it did not
 *   change
 *
 * Merges @data into the project's codebook, without writing anything, so
 * that an import can check everything before it writes. The problems found
 * while reading @data are reported in @stats.
 *
 * Returns: %TRUE on success
 */
gboolean
glosa_import_codebook_data (GlosaProject       *project,
                            GlosaCodebookData  *data,
                            const char         *display_name,
                            GlosaImportStats   *stats,
                            char              **json,
                            GError            **error)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (stats != NULL && stats->problems != NULL, FALSE);

  for (guint i = 0; i < data->problems->len; i++)
    g_ptr_array_add (stats->problems, g_strdup (g_ptr_array_index (data->problems, i)));
  return merge_entries (project, data, display_name, stats, json, error);
}

/**
 * glosa_import_codebook_read_node:
 * @node: the "codebook" member of a Glosa JSON export
 * @display_name: the export's name, for messages
 * @error: return location for a #GLOSA_ERROR
 *
 * Returns: (transfer full) (nullable): the codebook, or %NULL if @node is
 *   null or on error
 */
GlosaCodebookData *
glosa_import_codebook_read_node (JsonNode    *node,
                                 const char  *display_name,
                                 GError     **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  g_autofree char *source = NULL;
  gsize length;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (JSON_NODE_HOLDS_NULL (node))
    return NULL;
  /* Printed as the export prints it, so lines and columns in a message
   * count from the codebook's opening brace. */
  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, &length);
  /* Translators: the name of a Glosa JSON export */
  source = g_strdup_printf (_("the codebook in %s"), display_name);
  return glosa_codebook_data_parse (text, length, source, error);
}

/**
 * glosa_import_is_codebook:
 * @data: a JSON file
 * @length: its length in bytes
 *
 * Tells a codebook (docs/codebook.md) from a Glosa export, which carries a
 * codebook of its own beside its annotations.
 *
 * Returns: %TRUE if @data is a JSON object with "glosa_codebook", "actors"
 *   or "issues" and no "annotations"; %FALSE for anything else, including
 *   text that is not JSON, which the export importer then explains
 */
gboolean
glosa_import_is_codebook (const char *data,
                          gsize       length)
{
  g_autoptr(JsonNode) root = glosa_json_parse (data, length, NULL, 1, NULL);
  JsonObject *object;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;
  object = json_node_get_object (root);
  return !json_object_has_member (object, "annotations")
         && (json_object_has_member (object, "glosa_codebook")
             || json_object_has_member (object, "actors")
             || json_object_has_member (object, "issues"));
}

/**
 * glosa_import_codebook_entries:
 * @project: a project
 * @codebook: actors and issues to merge, such as one the user just added
 * @stats: (out caller-allocates): what was merged; clear it with
 *   glosa_import_stats_clear()
 * @error: return location for a #GError
 *
 * Merges the entries of @codebook into the project's stored codebook, as
 * glosa_import_codebook() does, so that they are there the next time the
 * project is opened.
 *
 * Returns: %TRUE on success; on error the project is unchanged
 */
gboolean
glosa_import_codebook_entries (GlosaProject      *project,
                               GlosaCodebook     *codebook,
                               GlosaImportStats  *stats,
                               GError           **error)
{
  g_autoptr(GlosaCodebookData) incoming = glosa_import_codebook_data_new ();
  g_autofree char *json = NULL;

  g_return_val_if_fail (GLOSA_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (GLOSA_IS_CODEBOOK (codebook), FALSE);
  g_return_val_if_fail (stats != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  glosa_import_stats_init (stats);
  if (!glosa_project_check_writable (project, error))
    return FALSE;
  for (guint i = 0; i < glosa_codebook_get_n_actors (codebook); i++)
    g_ptr_array_add (incoming->actors, g_object_ref (glosa_codebook_get_actor (codebook, i)));
  for (guint i = 0; i < glosa_codebook_get_n_issues (codebook); i++)
    g_ptr_array_add (incoming->issues, g_object_ref (glosa_codebook_get_issue (codebook, i)));
  return merge_entries (project, incoming, GLOSA_CODEBOOK_FILE_NAME, stats, &json, error)
         && store (project, json, error);
}

/**
 * glosa_import_codebook:
 * @project: a project
 * @data: a codebook file: JSON in the codebook format, or CSV
 * @length: its length in bytes
 * @display_name: the file's name, for messages
 * @format: how @data is written
 * @stats: (out caller-allocates): what was merged; clear it with
 *   glosa_import_stats_clear()
 * @error: return location for a #GError
 *
 * Merges the actors and issues of @data into the project's codebook by
 * id: new ones are added; one the project has gains the aliases or
 * keywords it lacks and the fields it leaves empty. Entries that cannot be
 * merged (an actor of another kind, a row without a name) are listed in
 * @stats. A CSV file's first line names its columns (docs/codebook.md).
 *
 * Returns: %TRUE on success; on error, naming the file and line, the
 *   project is unchanged
 */
gboolean
glosa_import_codebook (GlosaProject         *project,
                       const char           *data,
                       gsize                 length,
                       const char           *display_name,
                       GlosaCodebookFormat   format,
                       GlosaImportStats     *stats,
                       GError              **error)
{
  g_autoptr(GlosaCodebookData) parsed = NULL;
  g_autofree char *json = NULL;

  g_return_val_if_fail (GLOSA_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);
  g_return_val_if_fail (stats != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  glosa_import_stats_init (stats);
  if (!glosa_project_check_writable (project, error))
    return FALSE;
  if (length > GLOSA_CODEBOOK_MAX_SIZE)
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_TOO_LARGE,
                   _("%s is larger than %u MB, the most a codebook may be"),
                   display_name, GLOSA_CODEBOOK_MAX_SIZE >> 20);
      return FALSE;
    }
  parsed = format == GLOSA_CODEBOOK_FORMAT_CSV
             ? glosa_import_codebook_read_csv (data, length, display_name, error)
             : glosa_codebook_data_parse (data, length, display_name, error);
  if (parsed == NULL)
    return FALSE;
  return glosa_import_codebook_data (project, parsed, display_name, stats, &json, error)
         && store (project, json, error);
}
