/* glosa-annotation-popover.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-annotation-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-annotation-popover.h"

/* Edits one annotation, new or saved, and writes it to the project on
 * Save. Tags typed here are created only when the annotation is saved, so
 * closing the popover leaves no stray tag behind. */

struct _GlosaAnnotationPopover
{
  GtkPopover       parent_instance;

  /* Template widgets */
  GtkLabel        *quote_label;
  GtkSearchEntry  *tag_entry;
  GtkListBox      *tag_list;
  GtkButton       *create_tag_button;
  GtkLabel        *create_tag_label;
  GtkDropDown     *actor_dropdown;
  GtkDropDown     *issue_dropdown;
  GtkDropDown     *stance_dropdown;
  GtkTextView     *note_view;
  GtkButton       *delete_button;
  GtkButton       *save_button;

  GlosaProject    *project;
  GlosaCodebook   *codebook;
  GlosaAnnotation *draft;
  gboolean         is_new;
  GPtrArray       *tag_names;    /* the names chosen, in the order chosen */
};

G_DEFINE_FINAL_TYPE (GlosaAnnotationPopover, glosa_annotation_popover, GTK_TYPE_POPOVER)

enum {
  SAVED,
  DELETED,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The stance dropdown's items after "None", as stored. */
static const char * const stances[] = { "support", "oppose", "neutral", "mixed" };

static gboolean
has_tag_name (GlosaAnnotationPopover *self,
              const char             *name,
              guint                  *index)
{
  for (guint i = 0; i < self->tag_names->len; i++)
    if (g_utf8_collate (g_ptr_array_index (self->tag_names, i), name) == 0)
      {
        if (index)
          *index = i;
        return TRUE;
      }
  return FALSE;
}

static void
tag_toggled_cb (GtkCheckButton         *check,
                GlosaAnnotationPopover *self)
{
  const char *name = gtk_check_button_get_label (check);
  guint index;

  if (gtk_check_button_get_active (check) && !has_tag_name (self, name, NULL))
    g_ptr_array_add (self->tag_names, g_strdup (name));
  else if (!gtk_check_button_get_active (check) && has_tag_name (self, name, &index))
    g_ptr_array_remove_index (self->tag_names, index);
}

static void
add_tag_row (GlosaAnnotationPopover *self,
             const char             *name)
{
  /* A check button's label is plain text: "<b>x</b> & y" shows as typed. */
  GtkWidget *check = gtk_check_button_new_with_label (name);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), has_tag_name (self, name, NULL));
  g_signal_connect (check, "toggled", G_CALLBACK (tag_toggled_cb), self);
  gtk_list_box_append (self->tag_list, check);
}

static gboolean
name_matches (const char *name,
              const char *folded_filter)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  return folded_filter[0] == '\0' || strstr (folded, folded_filter) != NULL;
}

/* Chosen tags first, then the project's, as filtered by the entry. */
static void
rebuild_tags (GlosaAnnotationPopover *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->tag_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *filter = g_utf8_casefold (stripped, -1);
  GListModel *tags = self->project ? glosa_project_get_tags (self->project) : NULL;
  gboolean exact = FALSE;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tag_list))) != NULL)
    gtk_list_box_remove (self->tag_list, child);

  for (guint i = 0; i < self->tag_names->len; i++)
    {
      const char *name = g_ptr_array_index (self->tag_names, i);

      exact |= g_utf8_collate (name, stripped) == 0;
      if (name_matches (name, filter))
        add_tag_row (self, name);
    }
  for (guint i = 0; tags != NULL && i < g_list_model_get_n_items (tags); i++)
    {
      g_autoptr(GlosaTag) tag = g_list_model_get_item (tags, i);
      const char *name = glosa_tag_get_name (tag);

      exact |= g_utf8_collate (name, stripped) == 0;
      if (!has_tag_name (self, name, NULL) && name_matches (name, filter))
        add_tag_row (self, name);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->tag_list),
                          gtk_widget_get_first_child (GTK_WIDGET (self->tag_list)) != NULL);

  if (stripped[0] != '\0' && !exact)
    {
      /* Translators: a button that makes a new tag of what was typed */
      g_autofree char *label = g_strdup_printf (_("Create tag “%s”"), stripped);

      gtk_label_set_text (self->create_tag_label, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->create_tag_button), stripped[0] != '\0' && !exact);
}

static void
tag_entry_changed_cb (GlosaAnnotationPopover *self)
{
  rebuild_tags (self);
}

static void
tag_entry_activate_cb (GlosaAnnotationPopover *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->tag_entry))));

  if (name[0] == '\0')
    return;
  glosa_annotation_popover_add_tag_by_name (self, name);
  gtk_editable_set_text (GTK_EDITABLE (self->tag_entry), "");
  rebuild_tags (self);
}

static void
save_clicked_cb (GlosaAnnotationPopover *self)
{
  if (glosa_annotation_popover_save (self))
    gtk_popover_popdown (GTK_POPOVER (self));
}

static void
delete_clicked_cb (GlosaAnnotationPopover *self)
{
  glosa_annotation_popover_delete (self);
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
glosa_annotation_popover_dispose (GObject *object)
{
  GlosaAnnotationPopover *self = GLOSA_ANNOTATION_POPOVER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GLOSA_TYPE_ANNOTATION_POPOVER);
  g_clear_object (&self->project);
  g_clear_object (&self->codebook);
  g_clear_object (&self->draft);
  g_clear_pointer (&self->tag_names, g_ptr_array_unref);

  G_OBJECT_CLASS (glosa_annotation_popover_parent_class)->dispose (object);
}

static void
glosa_annotation_popover_class_init (GlosaAnnotationPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = glosa_annotation_popover_dispose;

  /**
   * GlosaAnnotationPopover::saved:
   * @annotation: the annotation as the project now holds it
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, GLOSA_TYPE_ANNOTATION);
  /**
   * GlosaAnnotationPopover::deleted:
   *
   * Emitted when the annotation was removed from the project.
   */
  signals[DELETED] =
    g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  /**
   * GlosaAnnotationPopover::failed:
   * @message: why the project refused the change, for the user
   */
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/glosa/Glosa/glosa-annotation-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, GlosaAnnotationPopover, quote_label);
  gtk_widget_class_bind_template_child (widget_class, GlosaAnnotationPopover, tag_entry);
  gtk_widget_class_bind_template_child (widget_class, GlosaAnnotationPopover, tag_list);
  gtk_widget_class_bind_template_child (widget_class, GlosaAnnotationPopover, create_tag_button);
  gtk_widget_class_bind_template_child (widget_class, GlosaAnnotationPopover, create_tag_label);
  gtk_widget_class_bind_template_child (widget_class, GlosaAnnotationPopover, actor_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GlosaAnnotationPopover, issue_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GlosaAnnotationPopover, stance_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GlosaAnnotationPopover, note_view);
  gtk_widget_class_bind_template_child (widget_class, GlosaAnnotationPopover, delete_button);
  gtk_widget_class_bind_template_child (widget_class, GlosaAnnotationPopover, save_button);
  gtk_widget_class_bind_template_callback (widget_class, tag_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, tag_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
}

static void
glosa_annotation_popover_init (GlosaAnnotationPopover *self)
{
  GtkStringList *stance_labels = gtk_string_list_new (NULL);
  /* The drop-down takes its own reference. */
  g_autoptr(GtkExpression) actor_name = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL,
                                                                     "string");

  gtk_widget_init_template (GTK_WIDGET (self));

  self->tag_names = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_append (stance_labels, C_("stance", "None"));
  gtk_string_list_append (stance_labels, C_("stance", "Support"));
  gtk_string_list_append (stance_labels, C_("stance", "Oppose"));
  gtk_string_list_append (stance_labels, C_("stance", "Neutral"));
  gtk_string_list_append (stance_labels, C_("stance", "Mixed"));
  gtk_drop_down_set_model (self->stance_dropdown, G_LIST_MODEL (stance_labels));
  g_object_unref (stance_labels);
  gtk_drop_down_set_expression (self->actor_dropdown, actor_name);
}

GlosaAnnotationPopover *
glosa_annotation_popover_new (void)
{
  return g_object_new (GLOSA_TYPE_ANNOTATION_POPOVER, NULL);
}

static void
fill_dropdowns (GlosaAnnotationPopover *self)
{
  g_autoptr(GtkStringList) actors = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) issues = gtk_string_list_new (NULL);
  const char *actor = glosa_annotation_get_actor (self->draft);
  const char *issue = glosa_annotation_get_issue (self->draft);
  const char *stance = glosa_annotation_get_stance (self->draft);
  guint actor_pos = 0, issue_pos = 0, stance_pos = 0;
  guint n_actors = self->codebook ? glosa_codebook_get_n_actors (self->codebook) : 0;
  guint n_issues = self->codebook ? glosa_codebook_get_n_issues (self->codebook) : 0;

  gtk_string_list_append (actors, C_("actor", "None"));
  for (guint i = 0; i < n_actors; i++)
    {
      GlosaActor *a = glosa_codebook_get_actor (self->codebook, i);

      gtk_string_list_append (actors, glosa_actor_get_name (a));
      if (g_strcmp0 (actor, glosa_actor_get_id (a)) == 0)
        actor_pos = i + 1;
    }
  gtk_string_list_append (issues, C_("issue", "None"));
  for (guint i = 0; i < n_issues; i++)
    {
      GlosaIssue *is = glosa_codebook_get_issue (self->codebook, i);

      gtk_string_list_append (issues, glosa_issue_get_label (is));
      if (g_strcmp0 (issue, glosa_issue_get_id (is)) == 0)
        issue_pos = i + 1;
    }
  for (guint i = 0; i < G_N_ELEMENTS (stances); i++)
    if (g_strcmp0 (stance, stances[i]) == 0)
      stance_pos = i + 1;

  gtk_drop_down_set_model (self->actor_dropdown, G_LIST_MODEL (actors));
  gtk_drop_down_set_model (self->issue_dropdown, G_LIST_MODEL (issues));
  gtk_drop_down_set_selected (self->actor_dropdown, actor_pos);
  gtk_drop_down_set_selected (self->issue_dropdown, issue_pos);
  gtk_drop_down_set_selected (self->stance_dropdown, stance_pos);
}

/**
 * glosa_annotation_popover_edit:
 * @project: where the annotation is saved
 * @codebook: (nullable): the actors and issues to offer
 * @annotation: a new draft (glosa_annotation_new()) or one of @project's
 *   annotations; the popover edits a copy
 * @is_new: whether @annotation is a draft not yet in @project
 *
 * Shows @annotation's fields, ready to be changed and saved.
 */
void
glosa_annotation_popover_edit (GlosaAnnotationPopover *self,
                               GlosaProject           *project,
                               GlosaCodebook          *codebook,
                               GlosaAnnotation        *annotation,
                               gboolean                is_new,
                               const char             *quote)
{
  const char * const *tags;

  g_return_if_fail (GLOSA_IS_ANNOTATION_POPOVER (self));
  g_return_if_fail (GLOSA_IS_PROJECT (project));
  g_return_if_fail (GLOSA_IS_ANNOTATION (annotation));

  g_set_object (&self->project, project);
  g_set_object (&self->codebook, codebook);
  g_clear_object (&self->draft);
  self->draft = glosa_annotation_copy (annotation);
  self->is_new = is_new;

  g_ptr_array_set_size (self->tag_names, 0);
  tags = glosa_annotation_get_tags (annotation);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      GlosaTag *tag = glosa_project_lookup_tag (project, tags[i]);

      if (tag != NULL)
        g_ptr_array_add (self->tag_names, g_strdup (glosa_tag_get_name (tag)));
    }

  gtk_label_set_text (self->quote_label, quote ? quote : glosa_annotation_get_quote (annotation));
  gtk_editable_set_text (GTK_EDITABLE (self->tag_entry), "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view),
                            glosa_annotation_get_note (annotation)
                            ? glosa_annotation_get_note (annotation) : "", -1);
  fill_dropdowns (self);
  rebuild_tags (self);
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), !is_new);
  gtk_widget_grab_focus (GTK_WIDGET (self->tag_entry));
}

/**
 * glosa_annotation_popover_add_tag_by_name:
 * @name: the name of a tag, existing or to be created on save
 */
void
glosa_annotation_popover_add_tag_by_name (GlosaAnnotationPopover *self,
                                          const char             *name)
{
  g_return_if_fail (GLOSA_IS_ANNOTATION_POPOVER (self));
  g_return_if_fail (name != NULL);

  if (!has_tag_name (self, name, NULL))
    g_ptr_array_add (self->tag_names, g_strdup (name));
  rebuild_tags (self);
}

void
glosa_annotation_popover_set_note (GlosaAnnotationPopover *self,
                                   const char             *note)
{
  g_return_if_fail (GLOSA_IS_ANNOTATION_POPOVER (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), note ? note : "", -1);
}

/**
 * glosa_annotation_popover_set_stance:
 * @stance: (nullable): "support", "oppose", "neutral", "mixed" or %NULL
 */
void
glosa_annotation_popover_set_stance (GlosaAnnotationPopover *self,
                                     const char             *stance)
{
  guint pos = 0;

  g_return_if_fail (GLOSA_IS_ANNOTATION_POPOVER (self));

  for (guint i = 0; i < G_N_ELEMENTS (stances); i++)
    if (g_strcmp0 (stance, stances[i]) == 0)
      pos = i + 1;
  gtk_drop_down_set_selected (self->stance_dropdown, pos);
}

/* Tag names to ids, creating the tags that do not exist yet. */
static GStrv
resolve_tags (GlosaAnnotationPopover  *self,
              GError                 **error)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (guint i = 0; i < self->tag_names->len; i++)
    {
      const char *name = g_ptr_array_index (self->tag_names, i);
      GlosaTag *tag = glosa_project_lookup_tag_by_name (self->project, name);

      if (tag == NULL && (tag = glosa_project_create_tag (self->project, name, NULL, error)) == NULL)
        return NULL;
      g_strv_builder_add (ids, glosa_tag_get_id (tag));
    }
  return g_strv_builder_end (ids);
}

/**
 * glosa_annotation_popover_save:
 *
 * Writes the annotation to the project, as the Save button does, and
 * emits #GlosaAnnotationPopover::saved, or ::failed with the reason.
 *
 * Returns: %TRUE if the annotation was saved
 */
gboolean
glosa_annotation_popover_save (GlosaAnnotationPopover *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) tags = NULL;
  g_autofree char *note = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  guint actor, issue, stance;
  GlosaAnnotation *saved = NULL;

  g_return_val_if_fail (GLOSA_IS_ANNOTATION_POPOVER (self), FALSE);
  g_return_val_if_fail (self->draft != NULL, FALSE);

  buffer = gtk_text_view_get_buffer (self->note_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  note = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  actor = gtk_drop_down_get_selected (self->actor_dropdown);
  issue = gtk_drop_down_get_selected (self->issue_dropdown);
  stance = gtk_drop_down_get_selected (self->stance_dropdown);

  glosa_annotation_set_note (self->draft, note[0] != '\0' ? note : NULL);
  glosa_annotation_set_actor (self->draft,
                              actor > 0 && actor != GTK_INVALID_LIST_POSITION && self->codebook
                              ? glosa_actor_get_id (glosa_codebook_get_actor (self->codebook, actor - 1))
                              : NULL);
  glosa_annotation_set_issue (self->draft,
                              issue > 0 && issue != GTK_INVALID_LIST_POSITION && self->codebook
                              ? glosa_issue_get_id (glosa_codebook_get_issue (self->codebook, issue - 1))
                              : NULL);
  glosa_annotation_set_stance (self->draft,
                               stance > 0 && stance <= G_N_ELEMENTS (stances) ? stances[stance - 1] : NULL);

  if ((tags = resolve_tags (self, &error)) != NULL)
    {
      glosa_annotation_set_tags (self->draft, (const char * const *) tags);
      if (self->is_new)
        saved = glosa_project_add_annotation (self->project, self->draft, &error);
      else if (glosa_project_update_annotation (self->project, self->draft, &error))
        saved = glosa_project_lookup_annotation (self->project, glosa_annotation_get_id (self->draft));
    }
  if (saved == NULL)
    {
      g_signal_emit (self, signals[FAILED], 0, error ? error->message : "");
      return FALSE;
    }
  /* Saved once, further edits update it. */
  glosa_annotation_assign (self->draft, saved);
  self->is_new = FALSE;
  g_signal_emit (self, signals[SAVED], 0, saved);
  return TRUE;
}

/**
 * glosa_annotation_popover_delete:
 *
 * Removes the annotation from the project, as the Delete button does.
 */
void
glosa_annotation_popover_delete (GlosaAnnotationPopover *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (GLOSA_IS_ANNOTATION_POPOVER (self));

  if (self->draft == NULL || self->is_new)
    return;
  if (glosa_project_remove_annotation (self->project, glosa_annotation_get_id (self->draft), &error))
    g_signal_emit (self, signals[DELETED], 0);
  else
    g_signal_emit (self, signals[FAILED], 0, error->message);
}

/**
 * glosa_annotation_popover_get_annotation:
 *
 * Returns: (transfer none) (nullable): the annotation edited, as last
 *   shown or saved
 */
GlosaAnnotation *
glosa_annotation_popover_get_annotation (GlosaAnnotationPopover *self)
{
  g_return_val_if_fail (GLOSA_IS_ANNOTATION_POPOVER (self), NULL);

  return self->draft;
}
