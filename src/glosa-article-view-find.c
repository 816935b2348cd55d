/* glosa-article-view-find.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-article-view"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "glosa-article-view-private.h"

/* The selection, stepping through spans of the article (mentions, find
 * hits), and find in article: the search bar above the text. Matching ignores case and
 * accents ("maria" finds "María") by searching the folded text, made once
 * per article, and mapping each hit back to code points. Every hit is
 * tagged yellow, the one shown orange and selected. */

/* Selection and stepping, for mentions and hits alike */

/* Selects [start, end) and scrolls it into view unless it is in view. */
void
_glosa_article_view_select_offsets (GlosaArticleView *self,
                                    guint             start,
                                    guint             end)
{
  guint n_chars = gtk_text_buffer_get_char_count (self->buffer);
  GdkRectangle visible, first, last;
  GtkTextIter start_iter, end_iter;

  start = MIN (start, n_chars);
  end = CLAMP (end, start, n_chars);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &start_iter, start);
  end_iter = start_iter;
  gtk_text_iter_forward_chars (&end_iter, end - start);
  gtk_text_buffer_select_range (self->buffer, &start_iter, &end_iter);

  gtk_text_view_get_visible_rect (self->text_view, &visible);
  gtk_text_view_get_iter_location (self->text_view, &start_iter, &first);
  gtk_text_view_get_iter_location (self->text_view, &end_iter, &last);
  if (visible.height > 0 && first.y >= visible.y
      && last.y + last.height <= visible.y + visible.height)
    return;
  /* A third of the way down: the sentence before stays in sight. */
  gtk_text_view_scroll_to_mark (self->text_view, gtk_text_buffer_get_insert (self->buffer),
                                0.0, TRUE, 0.0, 0.3);
}

/* Where stepping starts: the start of the selection, or the cursor. */
static guint
get_step_origin (GlosaArticleView *self,
                 gboolean         *has_selection)
{
  GtkTextIter start, end;

  *has_selection = gtk_text_buffer_get_selection_bounds (self->buffer, &start, &end);
  return gtk_text_iter_get_offset (&start);
}

/* The first span that starts at or after @offset. */
guint
_glosa_article_view_lower_bound (GArray *spans,
                                 guint   offset)
{
  guint lo = 0, hi = spans->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (spans, GlosaMatch, mid).start < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Finds the span after (@direction > 0), before (< 0) or at (0) the
 * selection or cursor, among those of @value (or all if -1), wrapping
 * around the ends. Returns its index, or -1 if there is none. */
int
_glosa_article_view_find_step (GlosaArticleView *self,
                               GArray           *spans,
                               int               value,
                               int               direction)
{
  gboolean has_selection;
  guint origin = get_step_origin (self, &has_selection);
  guint first;

  if (spans == NULL || spans->len == 0)
    return -1;

  if (direction >= 0)
    {
      /* From a selected span on, the next one is strictly after it. */
      first = _glosa_article_view_lower_bound (spans,
                                               origin + (has_selection && direction > 0 ? 1 : 0));
      for (guint k = 0; k < spans->len; k++)
        {
          guint i = (first + k) % spans->len;

          if (value < 0 || g_array_index (spans, GlosaMatch, i).value == (guint) value)
            return i;
        }
    }
  else
    {
      first = _glosa_article_view_lower_bound (spans, origin) + spans->len - 1;
      for (guint k = 0; k < spans->len; k++)
        {
          guint i = (first - k) % spans->len;

          if (value < 0 || g_array_index (spans, GlosaMatch, i).value == (guint) value)
            return i;
        }
    }
  return -1;
}

/* Find in article */

/* As in most apps: hits in yellow, the one shown in orange. */
static void
get_match_colour (gboolean  current,
                  GdkRGBA  *colour)
{
  if (current)
    *colour = _glosa_article_view_is_dark ()
              ? (GdkRGBA) { 1.00, 0.64, 0.28, 0.60 }     /* Orange 2 */
              : (GdkRGBA) { 1.00, 0.47, 0.00, 0.45 };    /* Orange 3 */
  else
    *colour = _glosa_article_view_is_dark ()
              ? (GdkRGBA) { 0.90, 0.65, 0.04, 0.40 }     /* Yellow 5 */
              : (GdkRGBA) { 0.97, 0.89, 0.36, 0.75 };    /* Yellow 2 */
}

/**
 * _glosa_article_view_update_find_tags:
 *
 * Colours the hits for a light or a dark page.
 */
void
_glosa_article_view_update_find_tags (GlosaArticleView *self)
{
  GdkRGBA colour;

  get_match_colour (FALSE, &colour);
  g_object_set (self->match_tag, "background-rgba", &colour, NULL);
  get_match_colour (TRUE, &colour);
  g_object_set (self->current_tag, "background-rgba", &colour, NULL);
}

static void
update_match_label (GlosaArticleView *self)
{
  g_autofree char *text = NULL;
  gboolean searching = gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0';

  if (self->matches == NULL || self->matches->len == 0)
    {
      gtk_label_set_text (self->match_label, searching ? _("No matches") : "");
      if (searching)
        gtk_widget_add_css_class (GTK_WIDGET (self->search_entry), "error");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->search_entry), "error");
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->search_entry), "error");
  /* Translators: the match shown and how many there are, "3 of 12" */
  text = g_strdup_printf (_("%d of %u"), self->current_match + 1, self->matches->len);
  gtk_label_set_text (self->match_label, text);
}

static void
clear_matches (GlosaArticleView *self)
{
  GtkTextIter start, end;

  _glosa_article_view_cancel_tags (&self->match_job);
  g_clear_pointer (&self->matches, g_array_unref);
  self->current_match = -1;
  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->match_tag, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->current_tag, &start, &end);
}

static void
set_current (GlosaArticleView *self,
             guint             index,
             gboolean          current)
{
  const GlosaMatch *match = &g_array_index (self->matches, GlosaMatch, index);
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &start, match->start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &end, match->end);
  if (current)
    gtk_text_buffer_apply_tag (self->buffer, self->current_tag, &start, &end);
  else
    gtk_text_buffer_remove_tag (self->buffer, self->current_tag, &start, &end);
}

/* Shows the hit after (@direction > 0), before (< 0) or at (0) the
 * selection or cursor. */
static void
show_match (GlosaArticleView *self,
            int               direction)
{
  int i = _glosa_article_view_find_step (self, self->matches, -1, direction);

  if (i >= 0)
    {
      const GlosaMatch *match = &g_array_index (self->matches, GlosaMatch, i);

      if (self->current_match >= 0)
        set_current (self, self->current_match, FALSE);
      self->current_match = i;
      set_current (self, i, TRUE);
      _glosa_article_view_select_offsets (self, match->start, match->end);
    }
  update_match_label (self);
}

static void
run_find (GlosaArticleView *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = glosa_fold_string (query, -1);
  gsize needle_len = strlen (needle);
  const char *haystack;

  clear_matches (self);
  if (self->analysis == NULL || needle_len == 0)
    {
      update_match_label (self);
      return;
    }

  if (self->folded == NULL)
    {
      GlosaDocument *document = glosa_analysis_get_document (self->analysis);

      self->folded = glosa_folded_new (glosa_document_get_text (document), -1);
    }
  haystack = glosa_folded_get_text (self->folded, NULL);

  self->matches = g_array_new (FALSE, FALSE, sizeof (GlosaMatch));
  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + needle_len, needle))
    {
      GlosaMatch match = {
        glosa_folded_to_original (self->folded, p - haystack),
        glosa_folded_to_original (self->folded, p - haystack + needle_len),
        0,
      };

      g_array_append_val (self->matches, match);
    }

  _glosa_article_view_start_tags (self, &self->match_job, self->matches, self->match_tag);
  show_match (self, 0);
}

/**
 * _glosa_article_view_reset_find:
 *
 * Forgets the hits of the article shown before, and finds again in the new
 * one if the search bar is open.
 */
void
_glosa_article_view_reset_find (GlosaArticleView *self)
{
  clear_matches (self);
  g_clear_pointer (&self->folded, glosa_folded_unref);
  if (gtk_search_bar_get_search_mode (self->search_bar))
    run_find (self);
}

static void
search_changed_cb (GlosaArticleView *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    run_find (self);
}

static void
next_match_cb (GlosaArticleView *self)
{
  show_match (self, 1);
}

static void
previous_match_cb (GlosaArticleView *self)
{
  show_match (self, -1);
}

static void
search_mode_cb (GlosaArticleView *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    return;

  clear_matches (self);
  update_match_label (self);
  /* Esc in the entry: reading goes on in the text. */
  if (gtk_widget_get_focus_child (GTK_WIDGET (self->search_bar)) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
find_step_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GlosaArticleView *self = GLOSA_ARTICLE_VIEW (widget);

  if (!gtk_search_bar_get_search_mode (self->search_bar))
    glosa_article_view_find (self);
  show_match (self, g_str_equal (action_name, "article.find-next") ? 1 : -1);
}

void
_glosa_article_view_class_init_find (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, previous_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_cb);

  /* Shift+Enter in the entry is in the template; Enter is "activate". */
  gtk_widget_class_install_action (widget_class, "article.find-next", NULL, find_step_action);
  gtk_widget_class_install_action (widget_class, "article.find-previous", NULL, find_step_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK,
                                       "article.find-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "article.find-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_G, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "article.find-previous", NULL);
}

void
_glosa_article_view_init_find (GlosaArticleView *self)
{
  self->current_match = -1;
  self->match_job.view = self;
  self->match_tag = gtk_text_buffer_create_tag (self->buffer, NULL, NULL);
  self->current_tag = gtk_text_buffer_create_tag (self->buffer, NULL, NULL);
  _glosa_article_view_update_find_tags (self);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
}

/**
 * glosa_article_view_find:
 *
 * Shows the find bar and focuses its entry, its text selected so typing
 * replaces it.
 */
void
glosa_article_view_find (GlosaArticleView *self)
{
  g_return_if_fail (GLOSA_IS_ARTICLE_VIEW (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
  if (self->matches == NULL)
    run_find (self);
}

/**
 * glosa_article_view_select_range:
 * @start: the first code point
 * @end: the code point after the last
 *
 * Selects [@start, @end) and scrolls it into view, as when the evidence of
 * a position is shown.
 */
void
glosa_article_view_select_range (GlosaArticleView *self,
                                 guint             start,
                                 guint             end)
{
  g_return_if_fail (GLOSA_IS_ARTICLE_VIEW (self));
  g_return_if_fail (start <= end);

  _glosa_article_view_select_offsets (self, start, end);
}

/**
 * glosa_article_view_get_selection:
 * @start: (out) (optional): the first selected code point
 * @end: (out) (optional): the code point after the last selected one
 *
 * Returns: %TRUE if some text is selected
 */
gboolean
glosa_article_view_get_selection (GlosaArticleView *self,
                                  guint            *start,
                                  guint            *end)
{
  GtkTextIter start_iter, end_iter;
  gboolean selected;

  g_return_val_if_fail (GLOSA_IS_ARTICLE_VIEW (self), FALSE);

  selected = gtk_text_buffer_get_selection_bounds (self->buffer, &start_iter, &end_iter);
  if (start)
    *start = gtk_text_iter_get_offset (&start_iter);
  if (end)
    *end = gtk_text_iter_get_offset (&end_iter);
  return selected;
}

/**
 * glosa_article_view_extend_selection:
 * @sentences: %TRUE to extend to whole sentences, %FALSE to whole words
 *
 * Grows the selection (or the cursor's place) so that it does not cut a
 * word or a sentence in two: coding a statement wants whole sentences.
 *
 * Returns: %TRUE if something is selected afterwards
 */
gboolean
glosa_article_view_extend_selection (GlosaArticleView *self,
                                     gboolean          sentences)
{
  GtkTextIter start, end;

  g_return_val_if_fail (GLOSA_IS_ARTICLE_VIEW (self), FALSE);

  gtk_text_buffer_get_selection_bounds (self->buffer, &start, &end);
  if (sentences)
    {
      if (!gtk_text_iter_starts_sentence (&start))
        gtk_text_iter_backward_sentence_start (&start);
      if (!gtk_text_iter_ends_sentence (&end) || gtk_text_iter_equal (&start, &end))
        gtk_text_iter_forward_sentence_end (&end);
    }
  else
    {
      if (gtk_text_iter_inside_word (&start) && !gtk_text_iter_starts_word (&start))
        gtk_text_iter_backward_word_start (&start);
      if ((gtk_text_iter_inside_word (&end) && !gtk_text_iter_starts_word (&end))
          || gtk_text_iter_equal (&start, &end))
        if (!gtk_text_iter_ends_word (&end))
          gtk_text_iter_forward_word_end (&end);
    }
  if (gtk_text_iter_equal (&start, &end))
    return FALSE;
  _glosa_article_view_select_offsets (self, gtk_text_iter_get_offset (&start),
                                      gtk_text_iter_get_offset (&end));
  return TRUE;
}
