/* test-article-view.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "glosa-application.h"
#include "glosa-article-view.h"
#include "glosa-corpus-loader.h"

/* The article pane on its own, under Xvfb, on the shared corpus. */

static GlosaCorpus *corpus;
static GlosaDetector *detector;

static GlosaAnalysis *
analyse (guint article)
{
  g_autoptr(GlosaDocument) document = g_list_model_get_item (G_LIST_MODEL (corpus), article);

  return glosa_analysis_new (detector, document);
}

static int
find_actor (const char *id)
{
  GlosaCodebook *codebook = glosa_detector_get_codebook (detector);

  for (guint i = 0; i < glosa_codebook_get_n_actors (codebook); i++)
    if (g_str_equal (glosa_actor_get_id (glosa_codebook_get_actor (codebook, i)), id))
      return i;
  g_assert_not_reached ();
}

static GtkWindow *
show_view (GlosaArticleView *view)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, 900, 700);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static void
close_window (GtkWindow        *window,
              GlosaArticleView *view)
{
  g_object_ref (view);
  gtk_window_destroy (window);
  g_assert_finalize_object (view);
}

/* Whether a label under @widget shows exactly @text. */
static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
      && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;
  return FALSE;
}

static GtkTextBuffer *
get_buffer (GlosaArticleView *view)
{
  return gtk_text_view_get_buffer (glosa_article_view_get_text_view (view));
}

static char *
selected_text (GlosaArticleView *view)
{
  GtkTextIter start, end;

  if (!gtk_text_buffer_get_selection_bounds (get_buffer (view), &start, &end))
    return g_strdup ("");
  return gtk_text_iter_get_text (&start, &end);
}

static char *
span_text (GlosaArticleView *view,
           guint             start,
           guint             end)
{
  GtkTextIter start_iter, end_iter;

  gtk_text_buffer_get_iter_at_offset (get_buffer (view), &start_iter, start);
  gtk_text_buffer_get_iter_at_offset (get_buffer (view), &end_iter, end);
  return gtk_text_iter_get_text (&start_iter, &end_iter);
}

/* The tag that underlines text in @colour at @iter, or NULL. */
static GtkTextTag *
underline_tag_at (GtkTextIter *iter,
                  const char  *colour)
{
  g_autoptr(GSList) tags = gtk_text_iter_get_tags (iter);
  GdkRGBA wanted;

  g_assert_true (gdk_rgba_parse (&wanted, colour));
  for (GSList *l = tags; l != NULL; l = l->next)
    {
      g_autoptr(GdkRGBA) underline = NULL;
      gboolean set;

      g_object_get (l->data, "underline-set", &set, "underline-rgba", &underline, NULL);
      if (set && underline != NULL && gdk_rgba_equal (underline, &wanted))
        return l->data;
    }
  return NULL;
}

/* Checks that every mention, and nothing else, carries its actor's tag. */
static void
assert_mentions_tagged (GlosaArticleView *view,
                        GlosaAnalysis    *analysis)
{
  GArray *mentions = glosa_analysis_get_mentions (analysis);
  GlosaCodebook *codebook = glosa_analysis_get_codebook (analysis);
  GtkTextBuffer *buffer = get_buffer (view);
  GtkTextIter iter;
  guint toggles = 0;

  g_assert_cmpuint (mentions->len, >, 0);
  for (guint i = 0; i < mentions->len; i++)
    {
      const GlosaMatch *m = &g_array_index (mentions, GlosaMatch, i);
      GlosaActor *actor = glosa_codebook_get_actor (codebook, m->value);
      GtkTextTag *tag;

      gtk_text_buffer_get_iter_at_offset (buffer, &iter, m->start);
      tag = underline_tag_at (&iter, glosa_actor_get_colour (actor));
      g_assert_nonnull (tag);
      gtk_text_buffer_get_iter_at_offset (buffer, &iter, m->end - 1);
      g_assert_true (gtk_text_iter_has_tag (&iter, tag));
      gtk_text_buffer_get_iter_at_offset (buffer, &iter, m->end);
      g_assert_false (gtk_text_iter_has_tag (&iter, tag));
    }

  /* No stray underline anywhere: each mention starts one underlined run,
   * or continues its neighbour's. */
  gtk_text_buffer_get_start_iter (buffer, &iter);
  do
    {
      g_autoptr(GSList) tags = gtk_text_iter_get_toggled_tags (&iter, TRUE);

      for (GSList *l = tags; l != NULL; l = l->next)
        {
          gboolean set;

          g_object_get (l->data, "underline-set", &set, NULL);
          toggles += set;
        }
    }
  while (gtk_text_iter_forward_to_tag_toggle (&iter, NULL));
  g_assert_cmpuint (toggles, <=, mentions->len);
  g_assert_cmpuint (toggles, >, 0);
}

static void
wait_for_idle (void)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (g_main_context_pending (NULL))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
    }
}

static void
test_text (void)
{
  GlosaArticleView *view = glosa_article_view_new ();
  GtkWindow *window = show_view (view);
  g_autoptr(GlosaAnalysis) analysis = analyse (0);
  GlosaDocument *document = glosa_analysis_get_document (analysis);
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  int min_width;

  g_assert_null (glosa_article_view_get_analysis (view));
  glosa_article_view_set_analysis (view, analysis);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (glosa_article_view_get_analysis (view) == analysis);

  gtk_text_buffer_get_bounds (get_buffer (view), &start, &end);
  text = gtk_text_buffer_get_text (get_buffer (view), &start, &end, FALSE);
  g_assert_cmpstr (text, ==, glosa_document_get_text (document));
  g_assert_false (gtk_text_view_get_editable (glosa_article_view_get_text_view (view)));

  /* Laid out wide, it still fits a phone. */
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_HORIZONTAL, -1,
                      &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 360);

  /* The title and byline above the text, as the article has them. */
  g_assert_true (shows_label (GTK_WIDGET (view), glosa_document_get_title (document)));

  glosa_article_view_set_analysis (view, NULL);
  gtk_text_buffer_get_bounds (get_buffer (view), &start, &end);
  g_assert_true (gtk_text_iter_equal (&start, &end));

  close_window (window, view);
}

static void
test_plain_title (void)
{
  GlosaArticleView *view = glosa_article_view_new ();
  GtkWindow *window = show_view (view);
  g_autoptr(GlosaDocument) document = glosa_document_new ("x", "<b>Petro</b> & Trump",
                                                          "Petro met Trump.");
  g_autoptr(GlosaAnalysis) analysis = NULL;

  glosa_document_set_author (document, "A <i>writer</i>");
  analysis = glosa_analysis_new (detector, document);
  glosa_article_view_set_analysis (view, analysis);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* Shown literally: markup in a file is text, not formatting. */
  g_assert_true (shows_label (GTK_WIDGET (view), "<b>Petro</b> & Trump"));
  g_assert_true (shows_label (GTK_WIDGET (view), "A <i>writer</i>"));

  close_window (window, view);
}

static void
test_mentions (void)
{
  GlosaArticleView *view = glosa_article_view_new ();
  GtkWindow *window = show_view (view);
  g_autoptr(GlosaAnalysis) analysis = analyse (0);
  GArray *mentions = glosa_analysis_get_mentions (analysis);
  int petro = find_actor ("gustavo-petro");
  GlosaActor *actor = glosa_codebook_get_actor (glosa_analysis_get_codebook (analysis), petro);
  g_autofree char *tooltip = NULL;
  g_autofree char *expected = NULL;
  const GlosaMatch *mention = NULL;

  glosa_article_view_set_analysis (view, analysis);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  assert_mentions_tagged (view, analysis);

  for (guint i = 0; i < mentions->len && mention == NULL; i++)
    if (g_array_index (mentions, GlosaMatch, i).value == (guint) petro)
      mention = &g_array_index (mentions, GlosaMatch, i);
  g_assert_nonnull (mention);

  /* Hovering a Petro mention names him and his kind. */
  expected = g_strdup_printf ("Gustavo Petro · %s",
                              glosa_actor_kind_get_label (glosa_actor_get_kind (actor)));
  tooltip = glosa_article_view_get_mention_tooltip (view, mention->start + 1);
  g_assert_cmpstr (tooltip, ==, expected);
  g_assert_null (glosa_article_view_get_mention_tooltip (view, mention->end));

  /* And the text view asks for that tooltip at the mention's place. */
  {
    GtkTextView *text_view = glosa_article_view_get_text_view (view);
    g_autoptr(GtkTooltip) gtk_tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
    GtkTextIter iter;
    GdkRectangle rect;
    gboolean shown = FALSE;
    int x, y;

    glosa_article_view_select_range (view, mention->start, mention->end);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    gtk_text_buffer_get_iter_at_offset (get_buffer (view), &iter, mention->start + 1);
    gtk_text_view_get_iter_location (text_view, &iter, &rect);
    gtk_text_view_buffer_to_window_coords (text_view, GTK_TEXT_WINDOW_WIDGET,
                                           rect.x + 1, rect.y + rect.height / 2, &x, &y);
    g_signal_emit_by_name (text_view, "query-tooltip", x, y, FALSE, gtk_tooltip, &shown);
    g_assert_true (shown);
  }

  close_window (window, view);
}

static void
test_highlight (void)
{
  GlosaArticleView *view = glosa_article_view_new ();
  GtkWindow *window = show_view (view);
  g_autoptr(GlosaAnalysis) analysis = analyse (1);
  GArray *mentions = glosa_analysis_get_mentions (analysis);
  int petro = find_actor ("gustavo-petro");
  GlosaActor *actor = glosa_codebook_get_actor (glosa_analysis_get_codebook (analysis), petro);
  g_autoptr(GArray) own = g_array_new (FALSE, FALSE, sizeof (GlosaMatch));
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *last = NULL;
  g_autofree char *selected = NULL;
  GtkTextIter iter;
  GtkTextTag *tag;
  gboolean background;
  guint start, end;

  glosa_article_view_set_analysis (view, analysis);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  for (guint i = 0; i < mentions->len; i++)
    if (g_array_index (mentions, GlosaMatch, i).value == (guint) petro)
      g_array_append_val (own, g_array_index (mentions, GlosaMatch, i));
  g_assert_cmpuint (own->len, >=, 3);
  first = span_text (view, g_array_index (own, GlosaMatch, 0).start,
                     g_array_index (own, GlosaMatch, 0).end);
  second = span_text (view, g_array_index (own, GlosaMatch, 1).start,
                      g_array_index (own, GlosaMatch, 1).end);
  last = span_text (view, g_array_index (own, GlosaMatch, own->len - 1).start,
                    g_array_index (own, GlosaMatch, own->len - 1).end);

  /* Highlighting gives Petro's tag a background, and takes it away. */
  gtk_text_buffer_get_iter_at_offset (get_buffer (view), &iter,
                                      g_array_index (own, GlosaMatch, 0).start);
  tag = underline_tag_at (&iter, glosa_actor_get_colour (actor));
  g_assert_nonnull (tag);
  glosa_article_view_set_highlighted_actor (view, petro);
  g_assert_cmpint (glosa_article_view_get_highlighted_actor (view), ==, petro);
  g_object_get (tag, "background-set", &background, NULL);
  g_assert_true (background);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* Stepping: first, second, back to the first, back round to the last. */
  g_assert_true (glosa_article_view_step_mention (view, 1));
  selected = selected_text (view);
  g_assert_cmpstr (selected, ==, first);
  g_assert_true (glosa_article_view_get_selection (view, &start, &end));
  g_assert_cmpuint (start, ==, g_array_index (own, GlosaMatch, 0).start);
  g_assert_cmpuint (end, ==, g_array_index (own, GlosaMatch, 0).end);
  g_clear_pointer (&selected, g_free);

  g_assert_true (glosa_article_view_step_mention (view, 1));
  selected = selected_text (view);
  g_assert_cmpstr (selected, ==, second);
  g_assert_true (glosa_article_view_get_selection (view, &start, NULL));
  g_assert_cmpuint (start, ==, g_array_index (own, GlosaMatch, 1).start);
  g_clear_pointer (&selected, g_free);

  g_assert_true (glosa_article_view_step_mention (view, -1));
  g_assert_true (glosa_article_view_get_selection (view, &start, NULL));
  g_assert_cmpuint (start, ==, g_array_index (own, GlosaMatch, 0).start);

  g_assert_true (glosa_article_view_step_mention (view, -1));
  selected = selected_text (view);
  g_assert_cmpstr (selected, ==, last);
  g_assert_true (glosa_article_view_get_selection (view, &start, NULL));
  g_assert_cmpuint (start, ==, g_array_index (own, GlosaMatch, own->len - 1).start);
  g_clear_pointer (&selected, g_free);

  /* Past the last comes the first again. */
  g_assert_true (glosa_article_view_step_mention (view, 1));
  g_assert_true (glosa_article_view_get_selection (view, &start, NULL));
  g_assert_cmpuint (start, ==, g_array_index (own, GlosaMatch, 0).start);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* No actor: every mention in turn, from the selection on. */
  glosa_article_view_set_highlighted_actor (view, -1);
  g_object_get (tag, "background-set", &background, NULL);
  g_assert_false (background);
  glosa_article_view_select_range (view, 0, 0);
  g_assert_true (glosa_article_view_step_mention (view, 1));
  g_assert_true (glosa_article_view_get_selection (view, &start, &end));
  g_assert_cmpuint (start, ==, g_array_index (mentions, GlosaMatch, 0).start);
  g_assert_cmpuint (end, ==, g_array_index (mentions, GlosaMatch, 0).end);

  close_window (window, view);
}

static void
test_no_mentions (void)
{
  GlosaArticleView *view = glosa_article_view_new ();
  GtkWindow *window = show_view (view);
  g_autoptr(GlosaDocument) document = glosa_document_new ("x", "Nothing", "Nobody is named here.");
  g_autoptr(GlosaAnalysis) analysis = glosa_analysis_new (detector, document);

  g_assert_false (glosa_article_view_step_mention (view, 1));
  glosa_article_view_set_analysis (view, analysis);
  g_assert_false (glosa_article_view_step_mention (view, 1));
  g_assert_false (glosa_article_view_step_mention (view, -1));
  glosa_article_view_set_highlighted_actor (view, find_actor ("gustavo-petro"));
  g_assert_false (glosa_article_view_step_mention (view, 1));
  g_assert_false (glosa_article_view_get_selection (view, NULL, NULL));

  close_window (window, view);
}

/* Coding wants whole words and sentences: the selection grows to them. */
static void
test_extend_selection (void)
{
  GlosaArticleView *view = glosa_article_view_new ();
  GtkWindow *window = show_view (view);
  g_autoptr(GlosaAnalysis) analysis = analyse (1);
  g_autofree char *word = NULL;
  g_autofree char *sentence = NULL;

  glosa_article_view_set_analysis (view, analysis);
  /* "de" inside "Medellin", the article's first word. */
  glosa_article_view_select_range (view, 2, 4);
  g_assert_true (glosa_article_view_extend_selection (view, FALSE));
  word = selected_text (view);
  g_assert_cmpstr (word, ==, "Medellin");

  glosa_article_view_select_range (view, 20, 30);
  g_assert_true (glosa_article_view_extend_selection (view, TRUE));
  sentence = selected_text (view);
  g_assert_true (g_str_has_prefix (sentence, "Medellin, Colombia – Colombian President Gustavo Petro"));
  g_assert_true (g_str_has_suffix (sentence, "diplomatic encounters of the year."));
  close_window (window, view);
}

static void
test_select_range (void)
{
  GlosaArticleView *view = glosa_article_view_new ();
  GtkWindow *window = show_view (view);
  g_autoptr(GlosaAnalysis) analysis = analyse (1);
  const char *text = glosa_document_get_text (glosa_analysis_get_document (analysis));
  guint n_chars = g_utf8_strlen (text, -1);
  GtkAdjustment *vadjustment;
  g_autofree char *selected = NULL;
  g_autofree char *expected = NULL;
  guint start, end;

  glosa_article_view_set_analysis (view, analysis);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  vadjustment = gtk_scrollable_get_vadjustment (
    GTK_SCROLLABLE (glosa_article_view_get_text_view (view)));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);

  /* Near the end, past "María" (code points, not bytes): scrolled to. */
  glosa_article_view_select_range (view, n_chars - 40, n_chars - 10);
  g_assert_true (glosa_article_view_get_selection (view, &start, &end));
  g_assert_cmpuint (start, ==, n_chars - 40);
  g_assert_cmpuint (end, ==, n_chars - 10);
  selected = selected_text (view);
  expected = g_utf8_substring (text, n_chars - 40, n_chars - 10);
  g_assert_cmpstr (selected, ==, expected);
  /* The text view scrolls once its lines are measured, which may take more
   * than one frame on a loaded machine. */
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (gtk_adjustment_get_value (vadjustment) == 0 && g_get_monotonic_time () < deadline)
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  }
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), >, 0);

  /* Out of range is clamped, not a crash. */
  glosa_article_view_select_range (view, n_chars + 5, n_chars + 10);
  g_assert_false (glosa_article_view_get_selection (view, NULL, NULL));

  close_window (window, view);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found)
        return found;
    }
  return NULL;
}

static GtkLabel *
find_match_label (GlosaArticleView *view)
{
  GtkWidget *bar = find_widget (GTK_WIDGET (view), GTK_TYPE_SEARCH_BAR);
  GtkWidget *entry = find_widget (bar, GTK_TYPE_SEARCH_ENTRY);

  return GTK_LABEL (gtk_widget_get_next_sibling (entry));
}

static void
test_find (void)
{
  GlosaArticleView *view = glosa_article_view_new ();
  GtkWindow *window = show_view (view);
  g_autoptr(GlosaAnalysis) analysis = analyse (1);
  GtkWidget *bar, *entry;
  g_autofree char *selected = NULL;
  g_autofree char *label = NULL;
  const char *shown;
  guint start, first;

  glosa_article_view_set_analysis (view, analysis);
  bar = find_widget (GTK_WIDGET (view), GTK_TYPE_SEARCH_BAR);
  entry = find_widget (bar, GTK_TYPE_SEARCH_ENTRY);
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (bar)));

  glosa_article_view_find (view);
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (bar)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* Without case or accents: "maria" is "María". */
  gtk_editable_set_text (GTK_EDITABLE (entry), "maria");
  g_signal_emit_by_name (entry, "search-changed");
  selected = selected_text (view);
  g_assert_cmpstr (selected, ==, "María");
  shown = gtk_label_get_text (find_match_label (view));
  g_assert_true (g_str_has_prefix (shown, "1 of "));
  g_assert_cmpint (atoi (shown + strlen ("1 of ")), >=, 1);
  g_assert_true (glosa_article_view_get_selection (view, &first, NULL));

  /* Enter steps on, and round. */
  label = g_strdup (shown);
  g_signal_emit_by_name (entry, "activate");
  if (!g_str_equal (label, "1 of 1"))
    {
      g_assert_true (glosa_article_view_get_selection (view, &start, NULL));
      g_assert_cmpuint (start, >, first);
      g_assert_true (g_str_has_prefix (gtk_label_get_text (find_match_label (view)), "2 of "));
      g_signal_emit_by_name (entry, "previous-match");
    }
  g_assert_true (glosa_article_view_get_selection (view, &start, NULL));
  g_assert_cmpuint (start, ==, first);

  /* Through the widget's actions, as Ctrl+G does. */
  gtk_widget_activate_action (GTK_WIDGET (view), "article.find-next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (view), "article.find-previous", NULL);
  g_assert_true (glosa_article_view_get_selection (view, &start, NULL));
  g_assert_cmpuint (start, ==, first);

  /* Typed further: "Medellin" finds "Medellín" as well. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "MEDELLIN");
  g_signal_emit_by_name (entry, "search-changed");
  g_clear_pointer (&selected, g_free);
  selected = selected_text (view);
  g_assert_cmpstr (selected, ==, "Medellin");

  gtk_editable_set_text (GTK_EDITABLE (entry), "no such words anywhere");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpstr (gtk_label_get_text (find_match_label (view)), ==, "No matches");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));

  /* Esc closes the bar. */
  g_signal_emit_by_name (entry, "stop-search");
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (bar)));
  g_assert_cmpstr (gtk_label_get_text (find_match_label (view)), ==, "");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  close_window (window, view);
}

static void
test_zoom (void)
{
  GlosaArticleView *view = glosa_article_view_new ();
  GtkWindow *window = show_view (view);
  g_autoptr(GlosaAnalysis) analysis = analyse (0);
  GtkTextView *text_view = glosa_article_view_get_text_view (view);
  GtkTextIter iter;
  GdkRectangle before, after;
  double zoom;

  glosa_article_view_set_analysis (view, analysis);
  g_assert_cmpfloat (glosa_article_view_get_zoom (view), ==, 1.0);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_text_buffer_get_iter_at_offset (get_buffer (view), &iter, 0);
  gtk_text_view_get_iter_location (text_view, &iter, &before);

  g_object_set (view, "zoom", 2.0, NULL);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_text_view_get_iter_location (text_view, &iter, &after);
  g_assert_cmpint (after.height, >, before.height * 3 / 2);

  glosa_article_view_set_zoom (view, 10);
  g_object_get (view, "zoom", &zoom, NULL);
  g_assert_cmpfloat (zoom, ==, 3.0);
  glosa_article_view_set_zoom (view, 1.0);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_text_view_get_iter_location (text_view, &iter, &after);
  g_assert_cmpint (after.height, ==, before.height);

  close_window (window, view);
}

/* About 1 MB: the corpus text over and over, with its mentions. */
static GlosaAnalysis *
analyse_long (void)
{
  g_autoptr(GlosaDocument) document = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  while (text->len < 1024 * 1024)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (corpus)); i++)
      {
        g_autoptr(GlosaDocument) part = g_list_model_get_item (G_LIST_MODEL (corpus), i);

        g_string_append (text, glosa_document_get_text (part));
        g_string_append_c (text, '\n');
      }
  document = glosa_document_new ("long", "A long article", text->str);
  return glosa_analysis_new (detector, document);
}

static void
test_long_article (void)
{
  GlosaArticleView *view = glosa_article_view_new ();
  GtkWindow *window = show_view (view);
  g_autoptr(GlosaAnalysis) long_analysis = analyse_long ();
  g_autoptr(GlosaAnalysis) analysis = analyse (1);
  GArray *mentions = glosa_analysis_get_mentions (long_analysis);
  const GlosaMatch *last = &g_array_index (mentions, GlosaMatch, mentions->len - 1);
  GlosaActor *last_actor = glosa_codebook_get_actor (glosa_analysis_get_codebook (long_analysis),
                                                     last->value);
  GtkTextIter iter;
  guint start;

  g_assert_cmpuint (mentions->len, >, 2000);

  /* The text is there at once; its last mention not yet tagged. */
  glosa_article_view_set_analysis (view, long_analysis);
  g_assert_cmpint (gtk_text_buffer_get_char_count (get_buffer (view)), ==,
                   glosa_document_get_chars (glosa_analysis_get_document (long_analysis)));
  gtk_text_buffer_get_iter_at_offset (get_buffer (view), &iter, last->start);
  g_assert_null (underline_tag_at (&iter, glosa_actor_get_colour (last_actor)));

  /* Left half done for another article: nothing of it lands there. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  glosa_article_view_set_analysis (view, analysis);
  wait_for_idle ();
  assert_mentions_tagged (view, analysis);

  /* Back to the long one, finished this time. */
  glosa_article_view_set_analysis (view, long_analysis);
  wait_for_idle ();
  assert_mentions_tagged (view, long_analysis);

  /* Stepping past the last mention wraps round to the first. */
  glosa_article_view_set_highlighted_actor (view, last->value);
  glosa_article_view_select_range (view, last->start, last->end);
  g_assert_true (glosa_article_view_step_mention (view, 1));
  g_assert_true (glosa_article_view_get_selection (view, &start, NULL));
  g_assert_cmpuint (start, <, last->start);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  close_window (window, view);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GlosaCodebook) codebook = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  glosa_ui_init ();

  path = g_build_filename (g_getenv ("GLOSA_SHARED_DIR"), "corpus", NULL);
  file = g_file_new_for_path (path);
  corpus = glosa_corpus_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);
  codebook = glosa_codebook_new_default (&error);
  g_assert_no_error (error);
  detector = glosa_detector_new (codebook);

  g_test_add_func ("/article-view/text", test_text);
  g_test_add_func ("/article-view/plain-title", test_plain_title);
  g_test_add_func ("/article-view/mentions", test_mentions);
  g_test_add_func ("/article-view/highlight", test_highlight);
  g_test_add_func ("/article-view/no-mentions", test_no_mentions);
  g_test_add_func ("/article-view/select-range", test_select_range);
  g_test_add_func ("/article-view/extend-selection", test_extend_selection);
  g_test_add_func ("/article-view/find", test_find);
  g_test_add_func ("/article-view/zoom", test_zoom);
  g_test_add_func ("/article-view/long-article", test_long_article);

  status = g_test_run ();
  g_clear_object (&detector);
  g_clear_object (&corpus);
  return status;
}
