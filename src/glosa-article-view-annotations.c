/* glosa-article-view-annotations.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-article-view-annotations"

#include "config.h"

#include <adwaita.h>

#include "glosa-article-view-private.h"
#include "glosa-tag.h"

/* The user's annotations over the article: a wash of the first tag's
 * colour behind each span. One text tag per colour, shared by every
 * annotation of that colour, so a redraw after an edit is cheap. */

/* An annotation without tags still shows. */
#define UNTAGGED_COLOUR "#9a9996"

enum {
  ANNOTATION_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkTextTag *
ensure_colour_tag (GlosaArticleView *self,
                   const char       *colour)
{
  GtkTextTag *tag = g_hash_table_lookup (self->colour_tags, colour);
  GdkRGBA rgba;
  int top;

  if (tag != NULL)
    return tag;
  if (!gdk_rgba_parse (&rgba, colour))
    gdk_rgba_parse (&rgba, UNTAGGED_COLOUR);
  /* Light enough behind dark text, and behind light text in dark mode. */
  rgba.alpha = _glosa_article_view_is_dark () ? 0.45 : 0.3;
  tag = gtk_text_buffer_create_tag (self->buffer, NULL, "background-rgba", &rgba, NULL);
  g_hash_table_insert (self->colour_tags, g_strdup (colour), tag);

  /* Find hits stay on top, to show inside an annotation too. */
  top = gtk_text_tag_table_get_size (gtk_text_buffer_get_tag_table (self->buffer)) - 1;
  gtk_text_tag_set_priority (self->match_tag, top);
  gtk_text_tag_set_priority (self->current_tag, top);
  return tag;
}

static const char *
annotation_colour (GlosaArticleView *self,
                   GlosaAnnotation  *annotation)
{
  const char * const *tags = glosa_annotation_get_tags (annotation);

  if (tags == NULL || tags[0] == NULL || self->tags == NULL)
    return UNTAGGED_COLOUR;
  for (guint i = 0; i < g_list_model_get_n_items (self->tags); i++)
    {
      g_autoptr(GlosaTag) tag = g_list_model_get_item (self->tags, i);

      if (g_str_equal (glosa_tag_get_id (tag), tags[0]))
        return glosa_tag_get_colour (tag);
    }
  return UNTAGGED_COLOUR;
}

static gboolean
belongs_to_article (GlosaArticleView *self,
                    GlosaAnnotation  *annotation)
{
  GlosaDocument *document = self->analysis ? glosa_analysis_get_document (self->analysis) : NULL;

  return document != NULL && !glosa_annotation_get_orphaned (annotation)
         && g_strcmp0 (glosa_annotation_get_document (annotation),
                       glosa_document_get_id (document)) == 0;
}

/* Redoes every highlight: an edit may move, recolour or remove any. */
void
_glosa_article_view_apply_annotations (GlosaArticleView *self)
{
  GtkTextIter start, end;
  GHashTableIter iter;
  gpointer tag;
  guint n_chars = gtk_text_buffer_get_char_count (self->buffer);

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  g_hash_table_iter_init (&iter, self->colour_tags);
  while (g_hash_table_iter_next (&iter, NULL, &tag))
    gtk_text_buffer_remove_tag (self->buffer, tag, &start, &end);

  if (self->annotations == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (self->annotations); i++)
    {
      g_autoptr(GlosaAnnotation) annotation = g_list_model_get_item (self->annotations, i);
      guint from, to;

      if (!belongs_to_article (self, annotation))
        continue;
      from = MIN (glosa_annotation_get_start (annotation), n_chars);
      to = CLAMP (glosa_annotation_get_end (annotation), from, n_chars);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &start, from);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &end, to);
      gtk_text_buffer_apply_tag (self->buffer,
                                 ensure_colour_tag (self, annotation_colour (self, annotation)),
                                 &start, &end);
    }
}

static void
dark_changed_cb (GlosaArticleView *self)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);
  GHashTableIter iter;
  gpointer tag;

  /* The alpha depends on the style: make the tags anew. */
  g_hash_table_iter_init (&iter, self->colour_tags);
  while (g_hash_table_iter_next (&iter, NULL, &tag))
    gtk_text_tag_table_remove (table, tag);
  g_hash_table_remove_all (self->colour_tags);
  _glosa_article_view_apply_annotations (self);
}

static void
released_cb (GtkGestureClick  *gesture,
             int               n_press,
             double            x,
             double            y,
             GlosaArticleView *self)
{
  GlosaAnnotation *annotation;
  GtkTextIter iter;
  int bx, by;

  /* A drag selects text; only a plain click opens an annotation. */
  if (n_press != 1 || gtk_text_buffer_get_has_selection (self->buffer))
    return;
  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    return;
  annotation = glosa_article_view_get_annotation_at (self, gtk_text_iter_get_offset (&iter));
  if (annotation != NULL)
    g_signal_emit (self, signals[ANNOTATION_ACTIVATED], 0, annotation);
}

void
_glosa_article_view_class_init_annotations (GtkWidgetClass *widget_class)
{
  /**
   * GlosaArticleView::annotation-activated:
   * @annotation: the annotation clicked
   *
   * Emitted when a highlighted annotation is clicked.
   */
  signals[ANNOTATION_ACTIVATED] =
    g_signal_new ("annotation-activated", G_TYPE_FROM_CLASS (widget_class), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSA_TYPE_ANNOTATION);
}

void
_glosa_article_view_init_annotations (GlosaArticleView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  /* The article is read-only: Ctrl+Z must reach the window's undo. */
  gtk_text_buffer_set_enable_undo (self->buffer, FALSE);
  self->colour_tags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
}

void
_glosa_article_view_dispose_annotations (GlosaArticleView *self)
{
  if (self->annotations != NULL)
    g_signal_handlers_disconnect_by_func (self->annotations, _glosa_article_view_apply_annotations,
                                          self);
  if (self->tags != NULL)
    g_signal_handlers_disconnect_by_func (self->tags, _glosa_article_view_apply_annotations, self);
  g_clear_object (&self->annotations);
  g_clear_object (&self->tags);
  g_clear_pointer (&self->colour_tags, g_hash_table_unref);
  if (self->popover != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->popover)));
}

/**
 * glosa_article_view_set_annotations:
 * @annotations: (nullable): a live #GListModel of #GlosaAnnotation
 * @tags: (nullable): a live #GListModel of #GlosaTag, for their colours
 *
 * Highlights the annotations of the article shown, and keeps them
 * highlighted as either model changes.
 */
void
glosa_article_view_set_annotations (GlosaArticleView *self,
                                    GListModel       *annotations,
                                    GListModel       *tags)
{
  g_return_if_fail (GLOSA_IS_ARTICLE_VIEW (self));
  g_return_if_fail (annotations == NULL || G_IS_LIST_MODEL (annotations));
  g_return_if_fail (tags == NULL || G_IS_LIST_MODEL (tags));

  if (self->annotations != NULL)
    g_signal_handlers_disconnect_by_func (self->annotations, _glosa_article_view_apply_annotations,
                                          self);
  if (self->tags != NULL)
    g_signal_handlers_disconnect_by_func (self->tags, _glosa_article_view_apply_annotations, self);
  g_set_object (&self->annotations, annotations);
  g_set_object (&self->tags, tags);
  if (annotations != NULL)
    g_signal_connect_swapped (annotations, "items-changed",
                              G_CALLBACK (_glosa_article_view_apply_annotations), self);
  if (tags != NULL)
    g_signal_connect_swapped (tags, "items-changed",
                              G_CALLBACK (_glosa_article_view_apply_annotations), self);
  _glosa_article_view_apply_annotations (self);
}

/**
 * glosa_article_view_get_annotation_at:
 * @offset: a code point offset into the article
 *
 * Returns: (transfer none) (nullable): the shortest annotation over @offset
 */
GlosaAnnotation *
glosa_article_view_get_annotation_at (GlosaArticleView *self,
                                      guint             offset)
{
  GlosaAnnotation *found = NULL;

  g_return_val_if_fail (GLOSA_IS_ARTICLE_VIEW (self), NULL);

  if (self->annotations == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (self->annotations); i++)
    {
      g_autoptr(GlosaAnnotation) annotation = g_list_model_get_item (self->annotations, i);
      guint start = glosa_annotation_get_start (annotation);
      guint end = glosa_annotation_get_end (annotation);

      if (!belongs_to_article (self, annotation) || offset < start || offset >= end)
        continue;
      /* The innermost of nested annotations is the one meant. */
      if (found == NULL
          || end - start < glosa_annotation_get_end (found) - glosa_annotation_get_start (found))
        found = annotation;
    }
  return found;
}

/**
 * glosa_article_view_get_cursor:
 *
 * Returns: the code point offset of the insertion cursor
 */
guint
glosa_article_view_get_cursor (GlosaArticleView *self)
{
  GtkTextIter iter;

  g_return_val_if_fail (GLOSA_IS_ARTICLE_VIEW (self), 0);

  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  return gtk_text_iter_get_offset (&iter);
}

/**
 * glosa_article_view_popup_at:
 * @popover: a popover, which the view keeps as its child from now on
 * @start: the first code point of the span to point at
 * @end: the code point after the last
 *
 * Shows @popover pointing at the start of the span.
 */
void
glosa_article_view_popup_at (GlosaArticleView *self,
                             GtkPopover       *popover,
                             guint             start,
                             guint             end)
{
  GtkTextIter start_iter, end_iter;
  GdkRectangle first, last;
  int x, y;
  double wx, wy;

  g_return_if_fail (GLOSA_IS_ARTICLE_VIEW (self));
  g_return_if_fail (GTK_IS_POPOVER (popover));

  if (self->popover != popover)
    {
      if (self->popover != NULL)
        gtk_widget_unparent (GTK_WIDGET (self->popover));
      self->popover = popover;
      gtk_widget_set_parent (GTK_WIDGET (popover), GTK_WIDGET (self));
    }

  gtk_text_buffer_get_iter_at_offset (self->buffer, &start_iter, start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &end_iter, end);
  gtk_text_view_get_iter_location (self->text_view, &start_iter, &first);
  gtk_text_view_get_iter_location (self->text_view, &end_iter, &last);
  /* A span on one line: point at its middle; else at its first line. */
  if (last.y == first.y && last.x > first.x)
    first.width = last.x - first.x;
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         first.x, first.y, &x, &y);
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self->text_view), GTK_WIDGET (self), x, y,
                                         &wx, &wy))
    wx = wy = 0;
  gtk_popover_set_pointing_to (popover, &(GdkRectangle) { wx, wy, MAX (first.width, 1),
                                                          first.height });
  /* A popover needs its window on a monitor. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_popover_popup (popover);
}
