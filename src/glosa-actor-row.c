/* glosa-actor-row.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-actor-row"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-actor-row.h"

struct _GlosaActorRow
{
  GtkListBoxRow   parent_instance;

  /* Template widgets */
  GtkDrawingArea *dot;
  GtkLabel       *name_label;
  GtkLabel       *corpus_label;
  GtkLabel       *count_label;
  GtkRevealer    *stepping_revealer;

  GlosaActor     *actor;
  guint           index;
  guint           count;
  GdkRGBA         colour;
};

G_DEFINE_FINAL_TYPE (GlosaActorRow, glosa_actor_row, GTK_TYPE_LIST_BOX_ROW)

/* The same colour that underlines the actor's mentions in the text, ringed
 * with the text colour so that a dark colour still shows in dark mode. */
static void
draw_dot (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        user_data)
{
  GlosaActorRow *self = user_data;
  double radius = MIN (width, height) / 2.0;
  GdkRGBA ring;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &ring);
  ring.alpha *= 0.35;

  cairo_arc (cr, width / 2.0, height / 2.0, radius - 0.5, 0, 2 * G_PI);
  gdk_cairo_set_source_rgba (cr, &self->colour);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 1);
  gdk_cairo_set_source_rgba (cr, &ring);
  cairo_stroke (cr);
}

/* Screen readers hear the name and the count together, as one row. */
static void
update_accessible_label (GlosaActorRow *self)
{
  g_autofree char *label = NULL;

  if (gtk_widget_get_visible (GTK_WIDGET (self->corpus_label)))
    label = g_strdup_printf ("%s, %s", glosa_actor_get_name (self->actor),
                             gtk_label_get_text (self->corpus_label));
  else
    label = g_strdup_printf (ngettext ("%s, %u mention", "%s, %u mentions", self->count),
                             glosa_actor_get_name (self->actor), self->count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
glosa_actor_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), GLOSA_TYPE_ACTOR_ROW);

  G_OBJECT_CLASS (glosa_actor_row_parent_class)->dispose (object);
}

static void
glosa_actor_row_finalize (GObject *object)
{
  GlosaActorRow *self = (GlosaActorRow *) object;

  g_clear_object (&self->actor);

  G_OBJECT_CLASS (glosa_actor_row_parent_class)->finalize (object);
}

static void
glosa_actor_row_class_init (GlosaActorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = glosa_actor_row_dispose;
  object_class->finalize = glosa_actor_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/glosa/Glosa/glosa-actor-row.ui");
  gtk_widget_class_bind_template_child (widget_class, GlosaActorRow, dot);
  gtk_widget_class_bind_template_child (widget_class, GlosaActorRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, GlosaActorRow, corpus_label);
  gtk_widget_class_bind_template_child (widget_class, GlosaActorRow, count_label);
  gtk_widget_class_bind_template_child (widget_class, GlosaActorRow, stepping_revealer);
}

static void
glosa_actor_row_init (GlosaActorRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->dot, draw_dot, self, NULL);
}

/**
 * glosa_actor_row_new:
 * @index: the actor's position in the codebook
 * @actor: the actor
 *
 * Returns: (transfer floating): a row showing @actor, without a count yet
 */
GlosaActorRow *
glosa_actor_row_new (guint       index,
                     GlosaActor *actor)
{
  GlosaActorRow *self;

  g_return_val_if_fail (GLOSA_IS_ACTOR (actor), NULL);

  self = g_object_new (GLOSA_TYPE_ACTOR_ROW, NULL);
  self->index = index;
  self->actor = g_object_ref (actor);
  if (!gdk_rgba_parse (&self->colour, glosa_actor_get_colour (actor)))
    gdk_rgba_parse (&self->colour, "#9a9996");
  /* Names come from files and people: never markup. */
  gtk_label_set_text (self->name_label, glosa_actor_get_name (actor));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->name_label), glosa_actor_get_name (actor));
  glosa_actor_row_set_count (self, 0);
  return self;
}

guint
glosa_actor_row_get_index (GlosaActorRow *self)
{
  g_return_val_if_fail (GLOSA_IS_ACTOR_ROW (self), 0);

  return self->index;
}

GlosaActor *
glosa_actor_row_get_actor (GlosaActorRow *self)
{
  g_return_val_if_fail (GLOSA_IS_ACTOR_ROW (self), NULL);

  return self->actor;
}

/**
 * glosa_actor_row_get_count:
 *
 * Returns: the count the row shows and is sorted by
 */
guint
glosa_actor_row_get_count (GlosaActorRow *self)
{
  g_return_val_if_fail (GLOSA_IS_ACTOR_ROW (self), 0);

  return self->count;
}

/**
 * glosa_actor_row_set_count:
 * @count: mentions in this article
 *
 * Shows the count beside the name.
 */
void
glosa_actor_row_set_count (GlosaActorRow *self,
                           guint          count)
{
  g_autofree char *text = NULL;

  g_return_if_fail (GLOSA_IS_ACTOR_ROW (self));

  self->count = count;
  text = g_strdup_printf ("%u", count);
  gtk_label_set_text (self->count_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->corpus_label), FALSE);
  update_accessible_label (self);
  gtk_list_box_row_changed (GTK_LIST_BOX_ROW (self));
}

/**
 * glosa_actor_row_set_corpus_count:
 * @mentions: mentions in the whole corpus
 * @documents: articles that mention the actor
 *
 * Shows "25 mentions in 2 articles" under the name instead of the count.
 */
void
glosa_actor_row_set_corpus_count (GlosaActorRow *self,
                                  guint          mentions,
                                  guint          documents)
{
  g_autofree char *n_mentions = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (GLOSA_IS_ACTOR_ROW (self));

  self->count = mentions;
  /* Two plurals in one sentence: each gets its own ngettext. */
  n_mentions = g_strdup_printf (ngettext ("%u mention", "%u mentions", mentions), mentions);
  /* Translators: %s is "N mentions", %u a number of articles */
  text = g_strdup_printf (ngettext ("%s in %u article", "%s in %u articles", documents),
                          n_mentions, documents);
  gtk_label_set_text (self->corpus_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->corpus_label), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), FALSE);
  update_accessible_label (self);
  gtk_list_box_row_changed (GTK_LIST_BOX_ROW (self));
}

/**
 * glosa_actor_row_set_stepping:
 * @stepping: whether the row is the selected actor's
 *
 * Shows or hides the buttons that step through the actor's mentions.
 */
void
glosa_actor_row_set_stepping (GlosaActorRow *self,
                              gboolean       stepping)
{
  g_return_if_fail (GLOSA_IS_ACTOR_ROW (self));

  gtk_revealer_set_reveal_child (self->stepping_revealer, stepping);
}
