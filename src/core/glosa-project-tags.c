/* glosa-project-tags.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-project-tags"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "glosa-actor.h"
#include "glosa-error.h"
#include "glosa-project-private.h"

/* Tags: create, rename, recolour, nest, describe, merge and delete, each one
 * undoable action. Names are unique in a project, so scripts and the CLI
 * can name a tag. Deleting or merging a tag that is in use changes those
 * annotations in the same action; asking first is the window's job
 * (glosa_project_count_tag_uses()). */

/* Deeper nesting than this is taken for a cycle in a damaged file. */
#define MAX_DEPTH 256

/**
 * glosa_project_get_tags:
 *
 * Returns: (transfer none): a #GListModel of #GlosaTag, sorted by name and
 *   kept up to date
 */
GListModel *
glosa_project_get_tags (GlosaProject *self)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->tags);
}

/**
 * glosa_project_lookup_tag:
 *
 * Returns: (transfer none) (nullable): the tag with @id
 */
GlosaTag *
glosa_project_lookup_tag (GlosaProject *self,
                          const char   *id)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->tags_by_id, id);
}

/**
 * glosa_project_lookup_tag_by_name:
 *
 * Returns: (transfer none) (nullable): the tag called @name
 */
GlosaTag *
glosa_project_lookup_tag_by_name (GlosaProject *self,
                                  const char   *name)
{
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  g_hash_table_iter_init (&iter, self->tags_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (g_str_equal (glosa_tag_get_name (value), name))
      return value;
  return NULL;
}

static GlosaTag *
find_tag (GlosaProject  *self,
          const char    *id,
          GError       **error)
{
  GlosaTag *tag = g_hash_table_lookup (self->tags_by_id, id);

  if (tag == NULL)
    g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_NOT_FOUND,
                 _("There is no tag with the id “%s”."), id);
  return tag;
}

/* Returns: (transfer full) (nullable): @name without surrounding blanks, if
 * it is a name no other tag than @self_id has */
static char *
check_name (GlosaProject  *self,
            const char    *name,
            const char    *self_id,
            GError       **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (name));
  GlosaTag *other;

  if (*clean == '\0')
    {
      g_set_error_literal (error, GLOSA_ERROR, GLOSA_ERROR_INVALID, _("A tag needs a name."));
      return NULL;
    }
  other = glosa_project_lookup_tag_by_name (self, clean);
  if (other != NULL && g_strcmp0 (glosa_tag_get_id (other), self_id) != 0)
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_EXISTS, _("There is already a tag named “%s”."),
                   clean);
      return NULL;
    }
  return g_steal_pointer (&clean);
}

/* Whether @ancestor is @id or above it. */
static gboolean
is_within (GlosaProject *self,
           const char   *id,
           const char   *ancestor)
{
  for (guint depth = 0; id != NULL && depth < MAX_DEPTH; depth++)
    {
      GlosaTag *tag;

      if (g_str_equal (id, ancestor))
        return TRUE;
      tag = g_hash_table_lookup (self->tags_by_id, id);
      id = tag ? glosa_tag_get_parent (tag) : NULL;
    }
  return id != NULL;
}

static gboolean
check_parent (GlosaProject  *self,
              const char    *id,
              const char    *parent,
              GError       **error)
{
  if (parent == NULL)
    return TRUE;
  if (find_tag (self, parent, error) == NULL)
    return FALSE;
  if (id != NULL && is_within (self, parent, id))
    {
      g_set_error_literal (error, GLOSA_ERROR, GLOSA_ERROR_INVALID,
                           _("A tag cannot be placed inside itself or one of its sub-tags."));
      return FALSE;
    }
  return TRUE;
}

static void
add_tag_op (GPtrArray *ops,
            GlosaTag  *before,
            GlosaTag  *after)
{
  g_ptr_array_add (ops, glosa_op_new (GLOSA_OP_TAG, glosa_tag_get_id (before ? before : after),
                                      before ? glosa_project_tag_image (before) : NULL,
                                      after ? glosa_project_tag_image (after) : NULL));
}

/**
 * glosa_project_create_tag:
 * @name: a name no other tag has
 * @parent: (nullable): the id of the tag to nest it in
 * @error: return location for a #GError
 *
 * Returns: (transfer none) (nullable): the new tag, or %NULL on error
 */
GlosaTag *
glosa_project_create_tag (GlosaProject  *self,
                          const char    *name,
                          const char    *parent,
                          GError       **error)
{
  g_autoptr(GPtrArray) ops = glosa_op_list_new ();
  g_autoptr(GlosaTag) tag = NULL;
  g_autofree char *clean = NULL;

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!glosa_project_check_writable (self, error)
      || (clean = check_name (self, name, NULL, error)) == NULL
      || !check_parent (self, NULL, parent, error))
    return NULL;

  tag = glosa_tag_new (NULL, clean);
  glosa_tag_set_parent (tag, parent);
  add_tag_op (ops, NULL, tag);
  if (!glosa_project_perform (self, N_("Create Tag"), ops, error))
    return NULL;
  return glosa_project_lookup_tag (self, glosa_tag_get_id (tag));
}

/* Records @edited over the current tag as one action, unless nothing
 * changed. */
static gboolean
update_tag (GlosaProject  *self,
            GlosaTag      *edited,
            const char    *label,
            GError       **error)
{
  g_autoptr(GPtrArray) ops = glosa_op_list_new ();
  GlosaTag *current = g_hash_table_lookup (self->tags_by_id, glosa_tag_get_id (edited));
  g_autoptr(JsonObject) before = glosa_project_tag_image (current);
  g_autoptr(JsonObject) after = glosa_project_tag_image (edited);

  if (json_object_equal (before, after))
    return TRUE;
  add_tag_op (ops, current, edited);
  return glosa_project_perform (self, label, ops, error);
}

/* One field of tag @id set to @value, as one undoable action. */
static gboolean
edit_tag (GlosaProject  *self,
          const char    *id,
          void         (*set) (GlosaTag *, const char *),
          const char    *value,
          const char    *label,
          GError       **error)
{
  g_autoptr(GlosaTag) edited = NULL;
  GlosaTag *tag;

  if (!glosa_project_check_writable (self, error) || (tag = find_tag (self, id, error)) == NULL)
    return FALSE;
  edited = glosa_tag_copy (tag);
  set (edited, value);
  return update_tag (self, edited, label, error);
}

gboolean
glosa_project_rename_tag (GlosaProject  *self,
                          const char    *id,
                          const char    *name,
                          GError       **error)
{
  g_autofree char *clean = NULL;

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL && name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!glosa_project_check_writable (self, error) || find_tag (self, id, error) == NULL
      || (clean = check_name (self, name, id, error)) == NULL)
    return FALSE;
  return edit_tag (self, id, glosa_tag_set_name, clean, N_("Rename Tag"), error);
}

/**
 * glosa_project_set_tag_colour:
 * @colour: (nullable): "#rrggbb", or %NULL for the colour derived from the id
 */
gboolean
glosa_project_set_tag_colour (GlosaProject  *self,
                              const char    *id,
                              const char    *colour,
                              GError       **error)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (colour != NULL && !glosa_colour_is_valid (colour))
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_INVALID,
                   _("“%s” is not a colour; write it as #rrggbb."), colour);
      return FALSE;
    }
  return edit_tag (self, id, glosa_tag_set_colour, colour, N_("Change Tag Colour"), error);
}

/**
 * glosa_project_set_tag_parent:
 * @parent: (nullable): the id of the tag to nest it in, or %NULL for the
 *   top level
 */
gboolean
glosa_project_set_tag_parent (GlosaProject  *self,
                              const char    *id,
                              const char    *parent,
                              GError       **error)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!glosa_project_check_writable (self, error) || find_tag (self, id, error) == NULL
      || !check_parent (self, id, parent, error))
    return FALSE;
  return edit_tag (self, id, glosa_tag_set_parent, parent, N_("Move Tag"), error);
}

gboolean
glosa_project_set_tag_description (GlosaProject  *self,
                                   const char    *id,
                                   const char    *description,
                                   GError       **error)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return edit_tag (self, id, glosa_tag_set_description, description, N_("Describe Tag"), error);
}

/**
 * glosa_project_count_tag_uses:
 *
 * Returns: how many annotations carry the tag @id (not counting sub-tags)
 */
guint
glosa_project_count_tag_uses (GlosaProject *self,
                              const char   *id)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), 0);
  g_return_val_if_fail (id != NULL, 0);

  g_hash_table_iter_init (&iter, self->annotations);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    n += glosa_annotation_has_tag (value, id);
  return n;
}

/* Every annotation with @id loses it, gaining @replacement if not %NULL. */
static void
retag_ops (GlosaProject *self,
           GPtrArray    *ops,
           const char   *id,
           const char   *replacement)
{
  g_autofree char *now = glosa_project_now ();
  GListModel *all = G_LIST_MODEL (self->all_annotations);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(GlosaAnnotation) annotation = g_list_model_get_item (all, i);
      g_autoptr(GlosaAnnotation) edited = NULL;
      g_autoptr(GPtrArray) tags = NULL;
      const char * const *old;

      if (!glosa_annotation_has_tag (annotation, id))
        continue;
      old = glosa_annotation_get_tags (annotation);
      tags = g_ptr_array_new_null_terminated (0, NULL, TRUE);
      for (guint t = 0; old[t] != NULL; t++)
        {
          gboolean replace = replacement != NULL && g_str_equal (old[t], id);

          g_ptr_array_add (tags, (gpointer) (replace ? replacement : old[t]));
        }
      edited = glosa_annotation_copy (annotation);
      glosa_annotation_set_tags (edited, (const char * const *) tags->pdata);
      if (replacement == NULL)
        glosa_annotation_remove_tag (edited, id);
      glosa_annotation_set_times (edited, glosa_annotation_get_created (annotation), now);
      g_ptr_array_add (ops, glosa_op_new (GLOSA_OP_ANNOTATION, glosa_annotation_get_id (annotation),
                                          glosa_project_annotation_image (annotation),
                                          glosa_project_annotation_image (edited)));
    }
}

/* The children of @id move under @new_parent (skipping @except). */
static void
reparent_ops (GlosaProject *self,
              GPtrArray    *ops,
              const char   *id,
              const char   *new_parent,
              const char   *except)
{
  GListModel *tags = G_LIST_MODEL (self->tags);

  for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
    {
      g_autoptr(GlosaTag) child = g_list_model_get_item (tags, i);
      g_autoptr(GlosaTag) moved = NULL;

      if (g_strcmp0 (glosa_tag_get_parent (child), id) != 0
          || g_strcmp0 (glosa_tag_get_id (child), except) == 0)
        continue;
      moved = glosa_tag_copy (child);
      glosa_tag_set_parent (moved, new_parent);
      add_tag_op (ops, child, moved);
    }
}

/**
 * glosa_project_merge_tags:
 * @from: the id of the tag that goes away
 * @into: the id of the tag that stays
 * @error: return location for a #GError
 *
 * One action: every annotation tagged @from is tagged @into instead, the
 * sub-tags of @from move under @into, and @from is deleted. When @into was
 * itself inside @from, it first takes @from's place.
 */
gboolean
glosa_project_merge_tags (GlosaProject  *self,
                          const char    *from,
                          const char    *into,
                          GError       **error)
{
  g_autoptr(GPtrArray) ops = glosa_op_list_new ();
  GlosaTag *source;
  GlosaTag *target;

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (from != NULL && into != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!glosa_project_check_writable (self, error) || (source = find_tag (self, from, error)) == NULL
      || (target = find_tag (self, into, error)) == NULL)
    return FALSE;
  if (source == target)
    {
      g_set_error_literal (error, GLOSA_ERROR, GLOSA_ERROR_INVALID,
                           _("A tag cannot be merged into itself."));
      return FALSE;
    }

  if (is_within (self, into, from))
    {
      g_autoptr(GlosaTag) raised = glosa_tag_copy (target);

      glosa_tag_set_parent (raised, glosa_tag_get_parent (source));
      add_tag_op (ops, target, raised);
    }
  retag_ops (self, ops, from, into);
  reparent_ops (self, ops, from, into, into);
  add_tag_op (ops, source, NULL);
  return glosa_project_perform (self, N_("Merge Tags"), ops, error);
}

/**
 * glosa_project_delete_tag:
 * @id: a tag id
 * @error: return location for a #GError
 *
 * One action: the tag is removed from every annotation that has it, its
 * sub-tags move up to its parent, and it is deleted. The annotations stay.
 */
gboolean
glosa_project_delete_tag (GlosaProject  *self,
                          const char    *id,
                          GError       **error)
{
  g_autoptr(GPtrArray) ops = glosa_op_list_new ();
  GlosaTag *tag;

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!glosa_project_check_writable (self, error) || (tag = find_tag (self, id, error)) == NULL)
    return FALSE;
  retag_ops (self, ops, id, NULL);
  reparent_ops (self, ops, id, glosa_tag_get_parent (tag), NULL);
  add_tag_op (ops, tag, NULL);
  return glosa_project_perform (self, N_("Delete Tag"), ops, error);
}
