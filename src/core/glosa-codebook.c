/* glosa-codebook.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-codebook"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "glosa-codebook.h"
#include "glosa-codebook-private.h"

/* The actors and issues Glosa looks for. A codebook is built in layers: the
 * default one shipped in the GResource, then the codebook.json a corpus
 * carries, then a file the user names; each layer overrides entries of the
 * same id and adds new ones (glosa_codebook_merge()).
 *
 * Entries are kept in a GPtrArray for C callers such as the matcher, and
 * mirrored in a GListStore for list views. Affiliations are resolved on
 * demand by id, so editing an actor never leaves a stale pointer; what can
 * only be checked on the whole codebook (unknown affiliations, cycles,
 * aliases shared by two actors) is re-checked after every change
 * (glosa-codebook-checks.c). Loading is in glosa-codebook-load.c. */
struct _GlosaCodebook
{
  GObject     parent_instance;

  char       *name;
  char       *version;
  GPtrArray  *languages;              /* char*, NULL-terminated */
  GPtrArray  *actors;                 /* GlosaActor* */
  GPtrArray  *issues;                 /* GlosaIssue* */
  GHashTable *entries;                /* id → GlosaActor* or GlosaIssue*, borrowed */
  GListStore *actor_model;
  GListStore *issue_model;
  GPtrArray  *removed;                /* char*: ids this codebook removes from one beneath */
  GHashTable *id_locations;           /* entry → "FILE line L, column C" */
  GHashTable *affiliation_locations;  /* GlosaActor* → the same */
  GHashTable *cut;                    /* GlosaActor* whose affiliation closes a cycle */
  GPtrArray  *load_problems;          /* char* */
  GPtrArray  *problems;               /* char*, NULL-terminated */
};

G_DEFINE_FINAL_TYPE (GlosaCodebook, glosa_codebook, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_VERSION,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const empty_list[] = { NULL };

static void
glosa_codebook_finalize (GObject *object)
{
  GlosaCodebook *self = (GlosaCodebook *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->version, g_free);
  g_clear_pointer (&self->languages, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->actors, g_ptr_array_unref);
  g_clear_pointer (&self->issues, g_ptr_array_unref);
  g_clear_object (&self->actor_model);
  g_clear_object (&self->issue_model);
  g_clear_pointer (&self->removed, g_ptr_array_unref);
  g_clear_pointer (&self->id_locations, g_hash_table_unref);
  g_clear_pointer (&self->affiliation_locations, g_hash_table_unref);
  g_clear_pointer (&self->cut, g_hash_table_unref);
  g_clear_pointer (&self->load_problems, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (glosa_codebook_parent_class)->finalize (object);
}

static void
glosa_codebook_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  GlosaCodebook *self = GLOSA_CODEBOOK (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_VERSION:
      g_value_set_string (value, self->version);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
glosa_codebook_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  GlosaCodebook *self = GLOSA_CODEBOOK (object);

  switch (prop_id)
    {
    case PROP_NAME:
      glosa_codebook_set_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
glosa_codebook_class_init (GlosaCodebookClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = glosa_codebook_finalize;
  object_class->get_property = glosa_codebook_get_property;
  object_class->set_property = glosa_codebook_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VERSION] =
    g_param_spec_string ("version", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GlosaCodebook::changed:
   *
   * Emitted after entries were added, replaced or removed, so that a matcher
   * can rebuild its patterns. Edits made on an actor or issue itself are
   * notified by that object ("notify::aliases", "notify::keywords").
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
glosa_codebook_init (GlosaCodebook *self)
{
  self->languages = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->actors = g_ptr_array_new_with_free_func (g_object_unref);
  self->issues = g_ptr_array_new_with_free_func (g_object_unref);
  self->entries = g_hash_table_new (g_str_hash, g_str_equal);
  self->actor_model = g_list_store_new (GLOSA_TYPE_ACTOR);
  self->issue_model = g_list_store_new (GLOSA_TYPE_ISSUE);
  self->removed = g_ptr_array_new_with_free_func (g_free);
  self->id_locations = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->affiliation_locations = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->cut = g_hash_table_new (NULL, NULL);
  self->load_problems = g_ptr_array_new_with_free_func (g_free);
  self->problems = g_ptr_array_new_null_terminated (0, g_free, TRUE);
}

static const char *
entry_id (gpointer entry)
{
  return GLOSA_IS_ACTOR (entry) ? glosa_actor_get_id (entry) : glosa_issue_get_id (entry);
}

/* Rebuilds the list of problems after any change, and tells listeners. */
static void
resolve (GlosaCodebook *self)
{
  g_ptr_array_set_size (self->problems, 0);
  for (guint i = 0; i < self->load_problems->len; i++)
    g_ptr_array_add (self->problems, g_strdup (g_ptr_array_index (self->load_problems, i)));

  g_hash_table_remove_all (self->cut);
  glosa_codebook_check (self, self->affiliation_locations, self->cut, self->problems);

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
forget_entry (GlosaCodebook *self,
              gpointer       entry)
{
  g_hash_table_remove (self->id_locations, entry);
  g_hash_table_remove (self->affiliation_locations, entry);
}

/* Lays @overlay's entries over @entries: same id replaces in place, a new
 * id is added at the end, an id in @removed is dropped. Returns the new list. */
static GPtrArray *
layer (GlosaCodebook *self,
       GPtrArray     *entries,
       GPtrArray     *overlay,
       GHashTable    *removed,
       GHashTable    *other_kind,
       GHashTable    *overlay_locations,
       GPtrArray     *problems)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);
  GPtrArray *result = g_ptr_array_new_full (entries->len + overlay->len, g_object_unref);

  for (guint i = 0; i < overlay->len; i++)
    {
      gpointer entry = g_ptr_array_index (overlay, i);

      if (g_hash_table_contains (other_kind, entry_id (entry)))
        {
          glosa_codebook_add_problem (problems, g_hash_table_lookup (overlay_locations, entry),
                                      GLOSA_IS_ACTOR (entry)
                                        ? _("actor “%s” has the id of an issue beneath it; "
                                            "it is ignored")
                                        : _("issue “%s” has the id of an actor beneath it; "
                                            "it is ignored"),
                                      entry_id (entry));
          continue;
        }
      g_hash_table_insert (by_id, (gpointer) entry_id (entry), entry);
    }

  for (guint i = 0; i < entries->len; i++)
    {
      gpointer entry = g_ptr_array_index (entries, i);
      gpointer replacement = g_hash_table_lookup (by_id, entry_id (entry));

      if (replacement != NULL)
        {
          forget_entry (self, entry);
          g_hash_table_add (used, replacement);
          g_ptr_array_add (result, g_object_ref (replacement));
        }
      else if (g_hash_table_contains (removed, entry_id (entry)))
        forget_entry (self, entry);
      else
        g_ptr_array_add (result, g_object_ref (entry));
    }

  for (guint i = 0; i < overlay->len; i++)
    {
      gpointer entry = g_ptr_array_index (overlay, i);

      if (!g_hash_table_contains (used, entry)
          && g_hash_table_lookup (by_id, entry_id (entry)) == entry)
        g_ptr_array_add (result, g_object_ref (entry));
    }

  return result;
}

static void
copy_locations (GHashTable *to,
                GHashTable *from,
                GPtrArray  *entries)
{
  for (guint i = 0; i < entries->len; i++)
    {
      gpointer entry = g_ptr_array_index (entries, i);
      const char *where = g_hash_table_lookup (from, entry);

      if (where != NULL && !g_hash_table_contains (to, entry))
        g_hash_table_insert (to, entry, g_strdup (where));
    }
}

static void
replace_entries (GlosaCodebook *self,
                 GPtrArray     *actors,
                 GPtrArray     *issues)
{
  guint old_actors = self->actors->len;
  guint old_issues = self->issues->len;

  g_hash_table_remove_all (self->entries);
  for (guint i = 0; i < actors->len; i++)
    g_hash_table_insert (self->entries, (gpointer) entry_id (actors->pdata[i]), actors->pdata[i]);
  for (guint i = 0; i < issues->len; i++)
    g_hash_table_insert (self->entries, (gpointer) entry_id (issues->pdata[i]), issues->pdata[i]);

  g_ptr_array_unref (self->actors);
  self->actors = actors;
  g_ptr_array_unref (self->issues);
  self->issues = issues;

  g_list_store_splice (self->actor_model, 0, old_actors, actors->pdata, actors->len);
  g_list_store_splice (self->issue_model, 0, old_issues, issues->pdata, issues->len);
}

/* Everything an overlay brings, whether it comes from a file or from another
 * codebook. */
static void
apply_layer (GlosaCodebook *self,
             const char    *name,
             const char    *version,
             GPtrArray     *languages,
             GPtrArray     *actors,
             GPtrArray     *issues,
             GPtrArray     *removed,
             GHashTable    *id_locations,
             GHashTable    *affiliation_locations,
             GPtrArray     *problems)
{
  g_autoptr(GHashTable) removed_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) actor_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) issue_ids = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *new_actors, *new_issues;

  for (guint i = 0; i < problems->len; i++)
    g_ptr_array_add (self->load_problems, g_strdup (g_ptr_array_index (problems, i)));
  for (guint i = 0; i < removed->len; i++)
    {
      g_hash_table_add (removed_ids, g_ptr_array_index (removed, i));
      g_ptr_array_add (self->removed, g_strdup (g_ptr_array_index (removed, i)));
    }

  /* An overlay may not turn an actor into an issue, or back, unless it also
   * removes the old entry. */
  for (guint i = 0; i < self->actors->len; i++)
    if (!g_hash_table_contains (removed_ids, entry_id (self->actors->pdata[i])))
      g_hash_table_add (actor_ids, (gpointer) entry_id (self->actors->pdata[i]));
  for (guint i = 0; i < self->issues->len; i++)
    if (!g_hash_table_contains (removed_ids, entry_id (self->issues->pdata[i])))
      g_hash_table_add (issue_ids, (gpointer) entry_id (self->issues->pdata[i]));

  new_actors = layer (self, self->actors, actors, removed_ids, issue_ids, id_locations,
                      self->load_problems);
  new_issues = layer (self, self->issues, issues, removed_ids, actor_ids, id_locations,
                      self->load_problems);
  replace_entries (self, new_actors, new_issues);
  copy_locations (self->id_locations, id_locations, self->actors);
  copy_locations (self->id_locations, id_locations, self->issues);
  copy_locations (self->affiliation_locations, affiliation_locations, self->actors);

  if (name != NULL)
    glosa_codebook_set_name (self, name);
  if (version != NULL && g_strcmp0 (self->version, version) != 0)
    {
      g_free (self->version);
      self->version = g_strdup (version);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
    }
  for (guint i = 0; i < languages->len; i++)
    if (!g_strv_contains (glosa_codebook_get_languages (self), languages->pdata[i]))
      g_ptr_array_add (self->languages, g_strdup (languages->pdata[i]));

  resolve (self);
}

/**
 * glosa_codebook_new:
 *
 * Returns: (transfer full): an empty codebook
 */
GlosaCodebook *
glosa_codebook_new (void)
{
  return g_object_new (GLOSA_TYPE_CODEBOOK, NULL);
}

/* Lays what one file holds over @self (glosa-codebook-load.c). */
void
glosa_codebook_apply_data (GlosaCodebook     *self,
                           GlosaCodebookData *data)
{
  g_assert (GLOSA_IS_CODEBOOK (self));
  g_assert (data != NULL);

  apply_layer (self, data->name, data->version, data->languages, data->actors, data->issues,
               data->removed, data->id_locations, data->affiliation_locations, data->problems);
}

/**
 * glosa_codebook_merge:
 * @self: a codebook
 * @overlay: a codebook to lay over it
 *
 * An entry of @overlay replaces the entry of @self with the same id, in its
 * place; a new id is added at the end; the ids @overlay lists in "remove"
 * are dropped. @overlay's problems are added to @self's. The two codebooks
 * share the entries afterwards.
 */
void
glosa_codebook_merge (GlosaCodebook *self,
                      GlosaCodebook *overlay)
{
  g_return_if_fail (GLOSA_IS_CODEBOOK (self));
  g_return_if_fail (GLOSA_IS_CODEBOOK (overlay));
  g_return_if_fail (self != overlay);

  apply_layer (self, overlay->name, overlay->version, overlay->languages, overlay->actors,
               overlay->issues, overlay->removed, overlay->id_locations,
               overlay->affiliation_locations, overlay->load_problems);
}

const char *
glosa_codebook_get_name (GlosaCodebook *self)
{
  g_return_val_if_fail (GLOSA_IS_CODEBOOK (self), NULL);

  return self->name;
}

void
glosa_codebook_set_name (GlosaCodebook *self,
                         const char    *name)
{
  g_return_if_fail (GLOSA_IS_CODEBOOK (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * glosa_codebook_get_version:
 * @self: a codebook
 *
 * Returns: (nullable): the version its authors gave, such as a date
 */
const char *
glosa_codebook_get_version (GlosaCodebook *self)
{
  g_return_val_if_fail (GLOSA_IS_CODEBOOK (self), NULL);

  return self->version;
}

/**
 * glosa_codebook_get_languages:
 * @self: a codebook
 *
 * Returns: (transfer none): the languages the codebook declares
 */
const char * const *
glosa_codebook_get_languages (GlosaCodebook *self)
{
  g_return_val_if_fail (GLOSA_IS_CODEBOOK (self), NULL);

  if (self->languages->pdata == NULL)
    return empty_list;
  return (const char * const *) self->languages->pdata;
}

/**
 * glosa_codebook_get_actors:
 * @self: a codebook
 *
 * Returns: (transfer none): a list model of #GlosaActor, in codebook order
 */
GListModel *
glosa_codebook_get_actors (GlosaCodebook *self)
{
  g_return_val_if_fail (GLOSA_IS_CODEBOOK (self), NULL);

  return G_LIST_MODEL (self->actor_model);
}

guint
glosa_codebook_get_n_actors (GlosaCodebook *self)
{
  g_return_val_if_fail (GLOSA_IS_CODEBOOK (self), 0);

  return self->actors->len;
}

/**
 * glosa_codebook_get_actor:
 * @self: a codebook
 * @position: less than glosa_codebook_get_n_actors()
 *
 * Returns: (transfer none): the actor at @position
 */
GlosaActor *
glosa_codebook_get_actor (GlosaCodebook *self,
                          guint          position)
{
  g_return_val_if_fail (GLOSA_IS_CODEBOOK (self), NULL);
  g_return_val_if_fail (position < self->actors->len, NULL);

  return g_ptr_array_index (self->actors, position);
}

/**
 * glosa_codebook_lookup_actor:
 * @self: a codebook
 * @id: an actor id
 *
 * Returns: (transfer none) (nullable): the actor, or %NULL
 */
GlosaActor *
glosa_codebook_lookup_actor (GlosaCodebook *self,
                             const char    *id)
{
  gpointer entry;

  g_return_val_if_fail (GLOSA_IS_CODEBOOK (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  entry = g_hash_table_lookup (self->entries, id);
  return GLOSA_IS_ACTOR (entry) ? entry : NULL;
}

/**
 * glosa_codebook_get_affiliation:
 * @self: a codebook
 * @actor: an actor
 *
 * Returns: (transfer none) (nullable): the actor @actor belongs to, or %NULL
 *   if it has none or its affiliation names no actor of @self
 */
GlosaActor *
glosa_codebook_get_affiliation (GlosaCodebook *self,
                                GlosaActor    *actor)
{
  const char *id;
  GlosaActor *target;

  g_return_val_if_fail (GLOSA_IS_CODEBOOK (self), NULL);
  g_return_val_if_fail (GLOSA_IS_ACTOR (actor), NULL);

  id = glosa_actor_get_affiliation (actor);
  if (id == NULL || g_hash_table_contains (self->cut, actor))
    return NULL;
  target = glosa_codebook_lookup_actor (self, id);
  return target != actor ? target : NULL;
}

static gboolean
add_entry (GlosaCodebook *self,
           GPtrArray     *entries,
           GListStore    *model,
           gpointer       entry)
{
  gpointer existing = g_hash_table_lookup (self->entries, entry_id (entry));
  guint position;

  if (existing == entry)
    return TRUE;
  if (existing != NULL && G_OBJECT_TYPE (existing) != G_OBJECT_TYPE (entry))
    return FALSE;

  if (existing != NULL)
    {
      if (!g_ptr_array_find (entries, existing, &position))
        g_assert_not_reached ();
      forget_entry (self, existing);
      g_ptr_array_index (entries, position) = g_object_ref (entry);
      g_hash_table_insert (self->entries, (gpointer) entry_id (entry), entry);
      g_list_store_splice (model, position, 1, &entry, 1);
      g_object_unref (existing);
    }
  else
    {
      g_ptr_array_add (entries, g_object_ref (entry));
      g_hash_table_insert (self->entries, (gpointer) entry_id (entry), entry);
      g_list_store_append (model, entry);
    }

  resolve (self);
  return TRUE;
}

static gboolean
remove_entry (GlosaCodebook *self,
              GPtrArray     *entries,
              GListStore    *model,
              GType          type,
              const char    *id)
{
  gpointer entry = g_hash_table_lookup (self->entries, id);
  guint position;

  if (entry == NULL || !g_type_is_a (G_OBJECT_TYPE (entry), type))
    return FALSE;
  if (!g_ptr_array_find (entries, entry, &position))
    g_assert_not_reached ();

  forget_entry (self, entry);
  g_hash_table_remove (self->entries, id);
  g_list_store_remove (model, position);
  g_ptr_array_remove_index (entries, position);

  resolve (self);
  return TRUE;
}

/**
 * glosa_codebook_add_actor:
 * @self: a codebook
 * @actor: an actor
 *
 * Adds @actor, or puts it in place of the actor with the same id.
 *
 * Returns: %FALSE if an issue has that id
 */
gboolean
glosa_codebook_add_actor (GlosaCodebook *self,
                          GlosaActor    *actor)
{
  g_return_val_if_fail (GLOSA_IS_CODEBOOK (self), FALSE);
  g_return_val_if_fail (GLOSA_IS_ACTOR (actor), FALSE);

  return add_entry (self, self->actors, self->actor_model, actor);
}

/**
 * glosa_codebook_remove_actor:
 * @self: a codebook
 * @id: an actor id
 *
 * Returns: %TRUE if there was such an actor
 */
gboolean
glosa_codebook_remove_actor (GlosaCodebook *self,
                             const char    *id)
{
  g_return_val_if_fail (GLOSA_IS_CODEBOOK (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return remove_entry (self, self->actors, self->actor_model, GLOSA_TYPE_ACTOR, id);
}

/**
 * glosa_codebook_get_issues:
 * @self: a codebook
 *
 * Returns: (transfer none): a list model of #GlosaIssue, in codebook order
 */
GListModel *
glosa_codebook_get_issues (GlosaCodebook *self)
{
  g_return_val_if_fail (GLOSA_IS_CODEBOOK (self), NULL);

  return G_LIST_MODEL (self->issue_model);
}

guint
glosa_codebook_get_n_issues (GlosaCodebook *self)
{
  g_return_val_if_fail (GLOSA_IS_CODEBOOK (self), 0);

  return self->issues->len;
}

/**
 * glosa_codebook_get_issue:
 * @self: a codebook
 * @position: less than glosa_codebook_get_n_issues()
 *
 * Returns: (transfer none): the issue at @position
 */
GlosaIssue *
glosa_codebook_get_issue (GlosaCodebook *self,
                          guint          position)
{
  g_return_val_if_fail (GLOSA_IS_CODEBOOK (self), NULL);
  g_return_val_if_fail (position < self->issues->len, NULL);

  return g_ptr_array_index (self->issues, position);
}

/**
 * glosa_codebook_lookup_issue:
 * @self: a codebook
 * @id: an issue id
 *
 * Returns: (transfer none) (nullable): the issue, or %NULL
 */
GlosaIssue *
glosa_codebook_lookup_issue (GlosaCodebook *self,
                             const char    *id)
{
  gpointer entry;

  g_return_val_if_fail (GLOSA_IS_CODEBOOK (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  entry = g_hash_table_lookup (self->entries, id);
  return GLOSA_IS_ISSUE (entry) ? entry : NULL;
}

/**
 * glosa_codebook_add_issue:
 * @self: a codebook
 * @issue: an issue
 *
 * Adds @issue, or puts it in place of the issue with the same id.
 *
 * Returns: %FALSE if an actor has that id
 */
gboolean
glosa_codebook_add_issue (GlosaCodebook *self,
                          GlosaIssue    *issue)
{
  g_return_val_if_fail (GLOSA_IS_CODEBOOK (self), FALSE);
  g_return_val_if_fail (GLOSA_IS_ISSUE (issue), FALSE);

  return add_entry (self, self->issues, self->issue_model, issue);
}

/**
 * glosa_codebook_remove_issue:
 * @self: a codebook
 * @id: an issue id
 *
 * Returns: %TRUE if there was such an issue
 */
gboolean
glosa_codebook_remove_issue (GlosaCodebook *self,
                             const char    *id)
{
  g_return_val_if_fail (GLOSA_IS_CODEBOOK (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return remove_entry (self, self->issues, self->issue_model, GLOSA_TYPE_ISSUE, id);
}

/**
 * glosa_codebook_get_problems:
 * @self: a codebook
 *
 * What was left out, one message each, ready to show: empty aliases, ids
 * used twice, unknown fields, affiliations that name no actor or go round
 * in a circle, aliases shared by two actors. Each names its file, line and
 * column when it comes from a file.
 *
 * Returns: (transfer none): the problems, possibly none
 */
const char * const *
glosa_codebook_get_problems (GlosaCodebook *self)
{
  g_return_val_if_fail (GLOSA_IS_CODEBOOK (self), NULL);

  if (self->problems->pdata == NULL)
    return empty_list;
  return (const char * const *) self->problems->pdata;
}
