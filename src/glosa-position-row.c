/* glosa-position-row.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-position-row"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-position-row.h"

struct _GlosaPositionRow
{
  GtkListBoxRow  parent_instance;

  /* Template widgets */
  GtkLabel      *issue_label;
  GtkLabel      *stance_label;
  GtkLabel      *evidence_label;
  GtkLabel      *confidence_label;
  GtkWidget     *review_icon;
  GtkLabel      *review_label;
  GtkWidget     *accept_button;
  GtkWidget     *dismiss_button;

  GlosaPosition *position;
  GlosaReview    review;
};

G_DEFINE_FINAL_TYPE (GlosaPositionRow, glosa_position_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  REVIEWED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
stance_class (GlosaStance stance)
{
  switch (stance)
    {
    case GLOSA_STANCE_SUPPORT: return "stance-support";
    case GLOSA_STANCE_OPPOSE: return "stance-oppose";
    case GLOSA_STANCE_MIXED: return "stance-mixed";
    case GLOSA_STANCE_NEUTRAL:
    default: return "stance-neutral";
    }
}

/* Screen readers hear the whole row as one sentence, state included. */
static void
update_accessible_label (GlosaPositionRow *self)
{
  g_autofree char *label = NULL;
  const char *state = gtk_widget_get_visible (GTK_WIDGET (self->review_label))
                      ? gtk_label_get_text (self->review_label) : NULL;

  /* Translators: an issue, a stance ("opposes"), then the evidence sentence */
  label = g_strdup_printf (_("%s: %s. %s"), gtk_label_get_text (self->issue_label),
                           gtk_label_get_text (self->stance_label),
                           gtk_label_get_text (self->evidence_label));
  if (state != NULL)
    {
      g_autofree char *with_state = g_strdup_printf ("%s %s", label, state);

      g_free (label);
      label = g_steal_pointer (&with_state);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
update_state (GlosaPositionRow *self)
{
  GlosaOrigin origin = glosa_position_get_origin (self->position);
  gboolean suggested = origin == GLOSA_ORIGIN_SUGGESTED;
  gboolean accepted = origin == GLOSA_ORIGIN_USER
                      || (suggested && self->review == GLOSA_REVIEW_ACCEPTED);
  gboolean dismissed = suggested && self->review == GLOSA_REVIEW_DISMISSED;
  const char *state = NULL;

  if (accepted)
    state = _("Accepted");
  else if (dismissed)
    state = _("Dismissed");
  else if (origin == GLOSA_ORIGIN_CODEBOOK)
    state = _("From the codebook");

  gtk_widget_set_visible (self->review_icon, accepted);
  gtk_widget_set_visible (GTK_WIDGET (self->review_label), state != NULL);
  gtk_label_set_text (self->review_label, state ? state : "");
  /* A dismissed suggestion stays in place, dimmed, and can still be
   * accepted: a slip of the mouse is easy to put right. */
  gtk_widget_set_visible (self->accept_button, suggested && !accepted);
  gtk_widget_set_visible (self->dismiss_button, suggested && self->review == GLOSA_REVIEW_NONE);
  if (dismissed)
    gtk_widget_add_css_class (GTK_WIDGET (self), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "dim-label");
  update_accessible_label (self);
}

static void
review_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GlosaPositionRow *self = GLOSA_POSITION_ROW (widget);

  g_signal_emit (self, signals[REVIEWED], 0, g_str_equal (action_name, "position.accept"));
}

static void
glosa_position_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), GLOSA_TYPE_POSITION_ROW);

  G_OBJECT_CLASS (glosa_position_row_parent_class)->dispose (object);
}

static void
glosa_position_row_finalize (GObject *object)
{
  GlosaPositionRow *self = (GlosaPositionRow *) object;

  g_clear_object (&self->position);

  G_OBJECT_CLASS (glosa_position_row_parent_class)->finalize (object);
}

static void
glosa_position_row_class_init (GlosaPositionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = glosa_position_row_dispose;
  object_class->finalize = glosa_position_row_finalize;

  /**
   * GlosaPositionRow::reviewed:
   * @accepted: %TRUE for Accept, %FALSE for Dismiss
   *
   * The user pressed Accept or Dismiss. The row does not change by itself:
   * whoever keeps the reviews calls glosa_position_row_set_review().
   */
  signals[REVIEWED] =
    g_signal_new ("reviewed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_install_action (widget_class, "position.accept", NULL, review_action);
  gtk_widget_class_install_action (widget_class, "position.dismiss", NULL, review_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/glosa/Glosa/glosa-position-row.ui");
  gtk_widget_class_bind_template_child (widget_class, GlosaPositionRow, issue_label);
  gtk_widget_class_bind_template_child (widget_class, GlosaPositionRow, stance_label);
  gtk_widget_class_bind_template_child (widget_class, GlosaPositionRow, evidence_label);
  gtk_widget_class_bind_template_child (widget_class, GlosaPositionRow, confidence_label);
  gtk_widget_class_bind_template_child (widget_class, GlosaPositionRow, review_icon);
  gtk_widget_class_bind_template_child (widget_class, GlosaPositionRow, review_label);
  gtk_widget_class_bind_template_child (widget_class, GlosaPositionRow, accept_button);
  gtk_widget_class_bind_template_child (widget_class, GlosaPositionRow, dismiss_button);
}

static void
glosa_position_row_init (GlosaPositionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * glosa_position_row_new:
 * @position: the position to show
 * @issue_label: (nullable): what to call its issue; the issue id if %NULL
 *
 * Returns: (transfer floating): the row, not yet reviewed
 */
GlosaPositionRow *
glosa_position_row_new (GlosaPosition *position,
                        const char    *issue_label)
{
  GlosaPositionRow *self;
  GlosaStance stance;
  const char *evidence;

  g_return_val_if_fail (GLOSA_IS_POSITION (position), NULL);

  self = g_object_new (GLOSA_TYPE_POSITION_ROW, NULL);
  self->position = g_object_ref (position);
  stance = glosa_position_get_stance (position);
  evidence = glosa_position_get_evidence (position);

  /* Issue labels and evidence come from files: plain text, never markup. */
  gtk_label_set_text (self->issue_label,
                      issue_label ? issue_label : glosa_position_get_issue (position));
  /* The stance is a word, and the colour only repeats it. */
  gtk_label_set_text (self->stance_label, glosa_stance_get_label (stance));
  gtk_widget_add_css_class (GTK_WIDGET (self->stance_label), stance_class (stance));
  gtk_label_set_text (self->evidence_label, evidence ? evidence : "");
  gtk_widget_set_visible (GTK_WIDGET (self->evidence_label), evidence != NULL && *evidence);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->evidence_label), evidence);

  if (glosa_position_get_origin (position) == GLOSA_ORIGIN_SUGGESTED)
    {
      g_autofree char *confidence = NULL;

      /* Translators: how sure the detector is of a suggestion, e.g. "85% sure" */
      confidence = g_strdup_printf (_("%.0f%% sure"),
                                    100 * glosa_position_get_confidence (position));
      gtk_label_set_text (self->confidence_label, confidence);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->confidence_label), FALSE);

  update_state (self);
  return self;
}

GlosaPosition *
glosa_position_row_get_position (GlosaPositionRow *self)
{
  g_return_val_if_fail (GLOSA_IS_POSITION_ROW (self), NULL);

  return self->position;
}

GlosaReview
glosa_position_row_get_review (GlosaPositionRow *self)
{
  g_return_val_if_fail (GLOSA_IS_POSITION_ROW (self), GLOSA_REVIEW_NONE);

  return self->review;
}

/**
 * glosa_position_row_set_review:
 * @review: what the user made of the suggestion
 *
 * Shows @review: a check and "Accepted", or the row dimmed as "Dismissed".
 */
void
glosa_position_row_set_review (GlosaPositionRow *self,
                               GlosaReview       review)
{
  g_return_if_fail (GLOSA_IS_POSITION_ROW (self));

  if (self->review == review)
    return;
  self->review = review;
  update_state (self);
}
