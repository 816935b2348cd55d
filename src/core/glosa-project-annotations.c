/* glosa-project-annotations.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-project-annotations"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "glosa-anchor.h"
#include "glosa-error.h"
#include "glosa-fold.h"
#include "glosa-project-private.h"

/* Annotations and reviewed suggestions: add, edit and delete annotations,
 * accept a suggested position (which codes its evidence as an annotation)
 * or dismiss it; each one undoable action. Also the Annotations view's
 * filter. */

/**
 * glosa_project_lookup_annotation:
 *
 * Returns: (transfer none) (nullable): the project's annotation with @id
 */
GlosaAnnotation *
glosa_project_lookup_annotation (GlosaProject *self,
                                 const char   *id)
{
  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->annotations, id);
}

static GlosaDocument *
find_document (GlosaProject  *self,
               const char    *id,
               GError       **error)
{
  GlosaDocument *document = glosa_project_lookup_document (self, id);

  if (document == NULL)
    g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_NOT_FOUND,
                 _("There is no document “%s” in this project."), id);
  return document;
}

/* Checks the span and fills in the quote and its context from the text. */
static gboolean
anchor (GlosaAnnotation  *annotation,
        GlosaDocument    *document,
        GError          **error)
{
  g_autofree char *quote = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  guint start = glosa_annotation_get_start (annotation);
  guint end = glosa_annotation_get_end (annotation);

  if (start >= end)
    {
      g_set_error_literal (error, GLOSA_ERROR, GLOSA_ERROR_INVALID,
                           _("An annotation must cover at least one character."));
      return FALSE;
    }
  if (!glosa_anchor_capture (glosa_document_get_text (document), start, end,
                             &quote, &prefix, &suffix))
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_INVALID,
                   _("The span %u–%u is outside the document “%s”, which has %u characters."),
                   start, end, glosa_document_get_id (document),
                   glosa_document_get_chars (document));
      return FALSE;
    }
  glosa_annotation_set_anchor (annotation, quote, prefix, suffix);
  return TRUE;
}

static gboolean
check_tags (GlosaProject     *self,
            GlosaAnnotation  *annotation,
            GError          **error)
{
  const char * const *tags = glosa_annotation_get_tags (annotation);

  for (guint i = 0; tags[i] != NULL; i++)
    if (glosa_project_lookup_tag (self, tags[i]) == NULL)
      {
        g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_NOT_FOUND,
                     _("There is no tag with the id “%s”."),
                     tags[i]);
        return FALSE;
      }
  return TRUE;
}

/* Returns: (transfer full) (nullable): @draft made complete: anchored, signed
 * and dated */
static GlosaAnnotation *
complete_draft (GlosaProject     *self,
                GlosaAnnotation  *draft,
                GError          **error)
{
  g_autoptr(GlosaAnnotation) annotation = NULL;
  g_autofree char *now = glosa_project_now ();
  const char *created;
  GlosaDocument *document;

  if (!glosa_project_check_writable (self, error)
      || (document = find_document (self, glosa_annotation_get_document (draft), error)) == NULL)
    return NULL;
  if (g_hash_table_contains (self->annotations, glosa_annotation_get_id (draft)))
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_EXISTS,
                   _("There is already an annotation “%s”."),
                   glosa_annotation_get_id (draft));
      return NULL;
    }

  annotation = glosa_annotation_copy (draft);
  if (!anchor (annotation, document, error) || !check_tags (self, annotation, error))
    return NULL;
  if (glosa_annotation_get_author (annotation) == NULL)
    glosa_annotation_set_author (annotation, glosa_project_get_author (self));
  /* Times given (by an import) are kept. */
  created = glosa_annotation_get_created (draft) ?: now;
  glosa_annotation_set_times (annotation, created,
                              glosa_annotation_get_modified (draft) ?: created);
  glosa_annotation_set_orphaned (annotation, FALSE);
  return g_steal_pointer (&annotation);
}

/**
 * glosa_project_add_annotation:
 * @draft: an annotation from glosa_annotation_new(): document, span, and
 *   any of tags (ids), actor, issue, stance, note, author
 * @error: return location for a #GError
 *
 * Adds an annotation as one undoable action. The quote and its context are
 * taken from the document; the author, when the draft has none, is
 * glosa_project_get_author(); the times are now. When this returns, the
 * annotation is committed to disk.
 *
 * Returns: (transfer none) (nullable): the project's own annotation, or
 *   %NULL on error
 */
GlosaAnnotation *
glosa_project_add_annotation (GlosaProject     *self,
                              GlosaAnnotation  *draft,
                              GError          **error)
{
  g_autoptr(GlosaAnnotation) annotation = NULL;
  g_autoptr(GPtrArray) ops = glosa_op_list_new ();

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (GLOSA_IS_ANNOTATION (draft), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((annotation = complete_draft (self, draft, error)) == NULL)
    return NULL;
  g_ptr_array_add (ops,
                   glosa_op_new (GLOSA_OP_ANNOTATION, glosa_annotation_get_id (annotation), NULL,
                                      glosa_project_annotation_image (annotation)));
  if (!glosa_project_perform (self, N_("Add Annotation"), ops, error))
    return NULL;
  return glosa_project_lookup_annotation (self, glosa_annotation_get_id (annotation));
}

/**
 * glosa_project_update_annotation:
 * @edited: a changed glosa_annotation_copy() of one of the project's
 *   annotations
 * @error: return location for a #GError
 *
 * Saves the changes as one undoable action. A new span takes its quote from
 * the text again, which also places an orphaned annotation; the document
 * and creation time cannot change. Changing nothing records nothing.
 *
 * Returns: %TRUE on success
 */
gboolean
glosa_project_update_annotation (GlosaProject     *self,
                                 GlosaAnnotation  *edited,
                                 GError          **error)
{
  g_autoptr(GlosaAnnotation) annotation = NULL;
  g_autoptr(GPtrArray) ops = glosa_op_list_new ();
  g_autofree char *now = NULL;
  GlosaAnnotation *current;
  GlosaDocument *document;

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (GLOSA_IS_ANNOTATION (edited), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!glosa_project_check_writable (self, error))
    return FALSE;
  current = g_hash_table_lookup (self->annotations, glosa_annotation_get_id (edited));
  if (current == NULL)
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_NOT_FOUND, _("There is no annotation “%s”."),
                   glosa_annotation_get_id (edited));
      return FALSE;
    }
  if (g_strcmp0 (glosa_annotation_get_document (edited),
                 glosa_annotation_get_document (current)) != 0)
    {
      g_set_error_literal (error, GLOSA_ERROR, GLOSA_ERROR_INVALID,
                           _("An annotation cannot move to another document."));
      return FALSE;
    }
  if ((document = find_document (self, glosa_annotation_get_document (current), error)) == NULL)
    return FALSE;

  annotation = glosa_annotation_copy (edited);
  if (glosa_annotation_get_start (edited) != glosa_annotation_get_start (current)
      || glosa_annotation_get_end (edited) != glosa_annotation_get_end (current))
    {
      if (!anchor (annotation, document, error))
        return FALSE;
      glosa_annotation_set_orphaned (annotation, FALSE);
    }
  else
    {
      glosa_annotation_set_anchor (annotation, glosa_annotation_get_quote (current),
                                   glosa_annotation_get_prefix (current),
                                   glosa_annotation_get_suffix (current));
      glosa_annotation_set_orphaned (annotation, glosa_annotation_get_orphaned (current));
    }
  if (!check_tags (self, annotation, error))
    return FALSE;
  glosa_annotation_set_times (annotation, glosa_annotation_get_created (current),
                              glosa_annotation_get_modified (current));
  if (glosa_annotation_equal (annotation, current))
    return TRUE;

  now = glosa_project_now ();
  glosa_annotation_set_times (annotation, glosa_annotation_get_created (current), now);
  g_ptr_array_add (ops, glosa_op_new (GLOSA_OP_ANNOTATION, glosa_annotation_get_id (current),
                                      glosa_project_annotation_image (current),
                                      glosa_project_annotation_image (annotation)));
  return glosa_project_perform (self, N_("Edit Annotation"), ops, error);
}

/**
 * glosa_project_remove_annotation:
 * @id: an annotation id
 * @error: return location for a #GError
 *
 * Deletes an annotation as one undoable action.
 *
 * Returns: %TRUE on success
 */
gboolean
glosa_project_remove_annotation (GlosaProject  *self,
                                 const char    *id,
                                 GError       **error)
{
  g_autoptr(GPtrArray) ops = glosa_op_list_new ();
  GlosaAnnotation *current;

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!glosa_project_check_writable (self, error))
    return FALSE;
  if ((current = g_hash_table_lookup (self->annotations, id)) == NULL)
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_NOT_FOUND,
                   _("There is no annotation “%s”."), id);
      return FALSE;
    }
  g_ptr_array_add (ops,
                   glosa_op_new (GLOSA_OP_ANNOTATION, id, glosa_project_annotation_image (current),
                                 NULL));
  return glosa_project_perform (self, N_("Delete Annotation"), ops, error);
}

static gboolean
has_tag_within (GlosaProject    *self,
                GlosaAnnotation *annotation,
                const char      *ancestor)
{
  const char * const *tags = glosa_annotation_get_tags (annotation);

  for (guint i = 0; tags[i] != NULL; i++)
    {
      const char *id = tags[i];

      /* Walk up the parents; the bound guards against a cycle. */
      for (guint depth = 0; id != NULL && depth < 256; depth++)
        {
          GlosaTag *tag;

          if (g_str_equal (id, ancestor))
            return TRUE;
          tag = glosa_project_lookup_tag (self, id);
          id = tag ? glosa_tag_get_parent (tag) : NULL;
        }
    }
  return FALSE;
}

static gboolean
contains_folded (const char *haystack,
                 const char *folded_needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = glosa_fold_string (haystack, -1);
  return strstr (folded, folded_needle) != NULL;
}

/**
 * glosa_project_annotation_matches:
 * @annotation: one of the project's annotations
 * @filter: the criteria; %NULL fields match everything
 *
 * The Annotations view's test, for a GtkCustomFilter.
 *
 * Returns: %TRUE if @annotation meets every criterion
 */
gboolean
glosa_project_annotation_matches (GlosaProject                *self,
                                  GlosaAnnotation             *annotation,
                                  const GlosaAnnotationFilter *filter)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (GLOSA_IS_ANNOTATION (annotation), FALSE);
  g_return_val_if_fail (filter != NULL, FALSE);

  if ((filter->document
       && g_strcmp0 (filter->document, glosa_annotation_get_document (annotation)) != 0)
      || (filter->actor && g_strcmp0 (filter->actor, glosa_annotation_get_actor (annotation)) != 0)
      || (filter->issue && g_strcmp0 (filter->issue, glosa_annotation_get_issue (annotation)) != 0)
      || (filter->stance
          && g_strcmp0 (filter->stance, glosa_annotation_get_stance (annotation)) != 0)
      || (filter->author
          && g_strcmp0 (filter->author, glosa_annotation_get_author (annotation)) != 0)
      || (filter->orphaned_only && !glosa_annotation_get_orphaned (annotation))
      || (filter->tag && !has_tag_within (self, annotation, filter->tag)))
    return FALSE;
  if (filter->text == NULL || *filter->text == '\0')
    return TRUE;
  text = glosa_fold_string (filter->text, -1);
  return contains_folded (glosa_annotation_get_quote (annotation), text)
         || contains_folded (glosa_annotation_get_note (annotation), text);
}

/**
 * glosa_project_filter_annotations:
 * @filter: (nullable): the criteria, or %NULL for all
 *
 * Returns: (transfer container) (element-type GlosaAnnotation): the
 *   matching annotations, by document and text order
 */
GPtrArray *
glosa_project_filter_annotations (GlosaProject                *self,
                                  const GlosaAnnotationFilter *filter)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *all;

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);

  all = G_LIST_MODEL (self->all_annotations);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      GlosaAnnotation *annotation = g_list_model_get_item (all, i);

      if (filter == NULL || glosa_project_annotation_matches (self, annotation, filter))
        g_ptr_array_add (found, annotation);
      else
        g_object_unref (annotation);
    }
  return found;
}

/* A suggestion is known by its document, actor, issue and evidence text:
 * offsets change when a file is edited, the sentence usually does not. */
static char *
review_key (GlosaPosition *position)
{
  g_autofree char *joined = g_strjoin ("\n", glosa_position_get_document (position),
                                       glosa_position_get_actor (position),
                                       glosa_position_get_issue (position),
                                       glosa_position_get_evidence (position) ?: "", NULL);

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, joined, -1);
}

/**
 * glosa_project_get_review:
 * @position: a suggested position
 *
 * Returns: whether @position was accepted or dismissed
 */
GlosaReview
glosa_project_get_review (GlosaProject  *self,
                          GlosaPosition *position)
{
  g_autofree char *key = NULL;
  JsonObject *review;
  const char *verdict;

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), GLOSA_REVIEW_NONE);
  g_return_val_if_fail (GLOSA_IS_POSITION (position), GLOSA_REVIEW_NONE);

  key = review_key (position);
  if ((review = g_hash_table_lookup (self->reviews, key)) == NULL)
    return GLOSA_REVIEW_NONE;
  verdict = json_object_get_string_member_with_default (review, "verdict", "");
  return g_str_equal (verdict, "accepted") ? GLOSA_REVIEW_ACCEPTED : GLOSA_REVIEW_DISMISSED;
}

static GlosaOp *
review_op (GlosaProject  *self,
           GlosaPosition *position,
           const char    *verdict,
           const char    *annotation)
{
  g_autofree char *key = review_key (position);
  g_autofree char *now = glosa_project_now ();
  JsonObject *before = g_hash_table_lookup (self->reviews, key);
  JsonObject *after = json_object_new ();

  json_object_set_string_member (after, "key", key);
  json_object_set_string_member (after, "document", glosa_position_get_document (position));
  json_object_set_string_member (after, "actor", glosa_position_get_actor (position));
  json_object_set_string_member (after, "issue", glosa_position_get_issue (position));
  json_object_set_string_member (after, "stance",
                                 glosa_stance_to_string (glosa_position_get_stance (position)));
  json_object_set_string_member (after, "evidence", glosa_position_get_evidence (position) ?: "");
  json_object_set_int_member (after, "start", glosa_position_get_start (position));
  json_object_set_int_member (after, "end", glosa_position_get_end (position));
  json_object_set_string_member (after, "verdict", verdict);
  if (annotation != NULL)
    json_object_set_string_member (after, "annotation", annotation);
  else
    json_object_set_null_member (after, "annotation");
  json_object_set_string_member (after, "created", now);
  return glosa_op_new (GLOSA_OP_REVIEW, key, before ? json_object_ref (before) : NULL, after);
}

/**
 * glosa_project_accept_position:
 * @position: a suggested position
 * @error: return location for a #GError
 *
 * Codes the suggestion as a statement: one undoable action that adds an
 * annotation over its evidence with its actor, issue and stance, and
 * remembers it was accepted.
 *
 * Returns: (transfer none) (nullable): the new annotation, or %NULL on error
 */
GlosaAnnotation *
glosa_project_accept_position (GlosaProject   *self,
                               GlosaPosition  *position,
                               GError        **error)
{
  g_autoptr(GlosaAnnotation) draft = NULL;
  g_autoptr(GlosaAnnotation) annotation = NULL;
  g_autoptr(GPtrArray) ops = glosa_op_list_new ();

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (GLOSA_IS_POSITION (position), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (glosa_project_get_review (self, position) == GLOSA_REVIEW_ACCEPTED)
    {
      g_set_error_literal (error, GLOSA_ERROR, GLOSA_ERROR_EXISTS,
                           _("This suggestion was already accepted."));
      return NULL;
    }
  draft = glosa_annotation_new (glosa_position_get_document (position),
                                glosa_position_get_start (position),
                                glosa_position_get_end (position));
  glosa_annotation_set_actor (draft, glosa_position_get_actor (position));
  glosa_annotation_set_issue (draft, glosa_position_get_issue (position));
  glosa_annotation_set_stance (draft,
                               glosa_stance_to_string (glosa_position_get_stance (position)));
  if ((annotation = complete_draft (self, draft, error)) == NULL)
    return NULL;

  g_ptr_array_add (ops,
                   glosa_op_new (GLOSA_OP_ANNOTATION, glosa_annotation_get_id (annotation), NULL,
                                      glosa_project_annotation_image (annotation)));
  g_ptr_array_add (ops,
                   review_op (self, position, "accepted", glosa_annotation_get_id (annotation)));
  if (!glosa_project_perform (self, N_("Accept Suggestion"), ops, error))
    return NULL;
  return glosa_project_lookup_annotation (self, glosa_annotation_get_id (annotation));
}

/**
 * glosa_project_dismiss_position:
 * @position: a suggested position
 * @error: return location for a #GError
 *
 * Remembers, as one undoable action, that the suggestion is wrong, so the
 * window can hide it from now on. An annotation made by accepting it
 * earlier stays.
 *
 * Returns: %TRUE on success
 */
gboolean
glosa_project_dismiss_position (GlosaProject   *self,
                                GlosaPosition  *position,
                                GError        **error)
{
  g_autoptr(GPtrArray) ops = glosa_op_list_new ();

  g_return_val_if_fail (GLOSA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (GLOSA_IS_POSITION (position), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!glosa_project_check_writable (self, error)
      || find_document (self, glosa_position_get_document (position), error) == NULL)
    return FALSE;
  if (glosa_project_get_review (self, position) == GLOSA_REVIEW_DISMISSED)
    return TRUE;
  g_ptr_array_add (ops, review_op (self, position, "dismissed", NULL));
  return glosa_project_perform (self, N_("Dismiss Suggestion"), ops, error);
}
