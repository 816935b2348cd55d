/* glosa-article-view.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-article-view"

#include "config.h"

#include <adwaita.h>
#include <float.h>
#include <glib/gi18n.h>

#include "glosa-article-view-private.h"
#include "glosa-text.h"

#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/lsan_interface.h>
#endif

/* The article being read: its title and byline, then the text with every
 * actor mention underlined in the actor's colour, and one actor's mentions
 * highlighted. Find in article is in glosa-article-view-find.c.
 *
 * Each actor has one text tag, whatever the article, so highlighting an
 * actor is a change of one tag's background rather than of thousands of
 * ranges. Tags go on in text order with one forward-moving iterator; a long
 * article gets its text at once and its tags in idle chunks, so the window
 * keeps drawing while they arrive.
 *
 * The text view is itself the scrolled child, so that GTK lays out and
 * draws only the lines in sight of a long article (a text view inside a
 * viewport is laid out whole, and every change to it costs half a second
 * for 1 MB). The title and byline ride in its top margin as an overlay. */

G_DEFINE_FINAL_TYPE (GlosaArticleView, glosa_article_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ANALYSIS,
  PROP_HIGHLIGHTED_ACTOR,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* An article with more spans than this, or more characters, gets its tags
 * in idle chunks; below, all at once so it is drawn complete in one frame. */
#define SYNC_SPANS      2000
#define SYNC_CHARS      (200 * 1024)
/* Time an idle chunk may take, in microseconds: well under a frame. */
#define CHUNK_BUDGET    (4 * 1000)
/* A longer word wraps anywhere, not only between words. */
#define MAX_WRAPPED_WORD 1000

/* The widest text column at zoom 1, about 75 characters of the reading
 * face, and the space around it. */
#define COLUMN_WIDTH    660
#define NARROW_WIDTH    560
#define HEADER_TOP      32
#define HEADER_GAP      24

gboolean
_glosa_article_view_is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

/* The actor's colour; on a dark page a little lighter, as the thin
 * underline of a dark blue would hardly show there. */
static void
get_actor_colour (GlosaActor *actor,
                  GdkRGBA    *colour)
{
  if (!gdk_rgba_parse (colour, glosa_actor_get_colour (actor)))
    gdk_rgba_parse (colour, "#9a9996");
  if (_glosa_article_view_is_dark ())
    {
      colour->red += (1 - colour->red) * 0.3;
      colour->green += (1 - colour->green) * 0.3;
      colour->blue += (1 - colour->blue) * 0.3;
    }
}

/* A wash of the actor's colour behind its mentions. Body text is dark on
 * light and light on dark; either way it stays readable on a translucent
 * tint, which dark mode needs a little stronger to show at all. */
static void
get_highlight_colour (GlosaActor *actor,
                      GdkRGBA    *colour)
{
  get_actor_colour (actor, colour);
  colour->alpha = _glosa_article_view_is_dark () ? 0.32 : 0.26;
}

static GlosaCodebook *
get_codebook (GlosaArticleView *self)
{
  return self->analysis ? glosa_analysis_get_codebook (self->analysis) : NULL;
}

static GtkTextTag *
get_actor_tag (GlosaArticleView *self,
               guint             actor)
{
  return actor < self->actor_tags->len ? g_ptr_array_index (self->actor_tags, actor) : NULL;
}

/* Brings an actor's tag in line with the codebook: the colour can change
 * when the codebook is edited, and the tag is reused for every article. */
static void
update_actor_tag (GlosaArticleView *self,
                  guint             index)
{
  GtkTextTag *tag = get_actor_tag (self, index);
  GlosaCodebook *codebook = get_codebook (self);
  GlosaActor *actor;
  g_autoptr(GdkRGBA) underline = NULL;
  g_autoptr(GdkRGBA) background = NULL;
  gboolean background_set;
  GdkRGBA colour, highlight;

  if (tag == NULL || codebook == NULL || index >= glosa_codebook_get_n_actors (codebook))
    return;

  actor = glosa_codebook_get_actor (codebook, index);
  get_actor_colour (actor, &colour);
  get_highlight_colour (actor, &highlight);
  g_object_get (tag,
                "underline-rgba", &underline,
                "background-rgba", &background,
                "background-set", &background_set,
                NULL);

  /* Setting a tag property relays out every range it covers: only on change. */
  if (underline == NULL || !gdk_rgba_equal (underline, &colour))
    g_object_set (tag, "underline-rgba", &colour, NULL);
  if ((int) index == self->highlighted)
    {
      if (!background_set || background == NULL || !gdk_rgba_equal (background, &highlight))
        g_object_set (tag, "background-rgba", &highlight, NULL);
    }
  else if (background_set)
    {
      g_object_set (tag, "background-set", FALSE, NULL);
    }
}

static GtkTextTag *
ensure_actor_tag (GlosaArticleView *self,
                  guint             actor)
{
  GtkTextTag *tag = get_actor_tag (self, actor);
  int top;

  if (tag != NULL)
    return tag;

  if (actor >= self->actor_tags->len)
    g_ptr_array_set_size (self->actor_tags, actor + 1);
  tag = gtk_text_buffer_create_tag (self->buffer, NULL, "underline", PANGO_UNDERLINE_SINGLE, NULL);
  g_ptr_array_index (self->actor_tags, actor) = tag;
  update_actor_tag (self, actor);

  /* Find hits stay on top, to show inside a highlighted mention too. */
  top = gtk_text_tag_table_get_size (gtk_text_buffer_get_tag_table (self->buffer)) - 1;
  gtk_text_tag_set_priority (self->match_tag, top);
  gtk_text_tag_set_priority (self->current_tag, top);
  return tag;
}

static void
update_actor_tags (GlosaArticleView *self)
{
  for (guint i = 0; i < self->actor_tags->len; i++)
    update_actor_tag (self, i);
}

static void
dark_changed_cb (GlosaArticleView *self)
{
  update_actor_tags (self);
  _glosa_article_view_update_find_tags (self);
}

/* Tag jobs */

void
_glosa_article_view_cancel_tags (GlosaTagJob *job)
{
  g_clear_handle_id (&job->idle_id, g_source_remove);
  g_clear_pointer (&job->spans, g_array_unref);
  job->next = 0;
}

/* Applies spans until the job is done or @deadline (monotonic time) has
 * passed. Returns %TRUE when every span has its tag. */
static gboolean
run_tags (GlosaTagJob *job,
          gint64       deadline)
{
  GlosaArticleView *self = job->view;
  guint n_chars = gtk_text_buffer_get_char_count (self->buffer);
  GtkTextIter start, end;

  gtk_text_buffer_get_start_iter (self->buffer, &start);
  while (job->next < job->spans->len)
    {
      const GlosaMatch *span = &g_array_index (job->spans, GlosaMatch, job->next++);
      GtkTextTag *tag = job->tag ? job->tag : ensure_actor_tag (self, span->value);

      if (span->end <= span->start || span->end > n_chars)
        continue;
      gtk_text_iter_set_offset (&start, span->start);
      end = start;
      gtk_text_iter_forward_chars (&end, span->end - span->start);
      gtk_text_buffer_apply_tag (self->buffer, tag, &start, &end);

      if (job->next % 64 == 0 && g_get_monotonic_time () > deadline)
        return job->next >= job->spans->len;
    }
  return TRUE;
}

static gboolean
run_tags_cb (gpointer user_data)
{
  GlosaTagJob *job = user_data;

  if (!run_tags (job, g_get_monotonic_time () + CHUNK_BUDGET))
    return G_SOURCE_CONTINUE;
  job->idle_id = 0;
  _glosa_article_view_cancel_tags (job);
  return G_SOURCE_REMOVE;
}

/**
 * _glosa_article_view_start_tags:
 * @job: the job to (re)start; its earlier work is dropped
 * @spans: (nullable): what to tag, in text order
 * @tag: (nullable): the tag to apply, or %NULL for each span's actor tag
 *
 * Tags @spans: at once for an ordinary article; for a long one the start
 * now, so that the first screen shows its tags, and the rest when idle.
 */
void
_glosa_article_view_start_tags (GlosaArticleView *self,
                                GlosaTagJob      *job,
                                GArray           *spans,
                                GtkTextTag       *tag)
{
  gboolean small;

  _glosa_article_view_cancel_tags (job);
  if (spans == NULL || spans->len == 0)
    return;

  job->spans = g_array_ref (spans);
  job->tag = tag;
  small = spans->len <= SYNC_SPANS && gtk_text_buffer_get_char_count (self->buffer) <= SYNC_CHARS;
  if (run_tags (job, small ? G_MAXINT64 : g_get_monotonic_time () + CHUNK_BUDGET))
    {
      _glosa_article_view_cancel_tags (job);
      return;
    }
  /* Below redrawing and relayout, so frames keep coming while tags arrive. */
  job->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, run_tags_cb, job, NULL);
}

/* Tooltips */

/* The mention at @offset, or NULL. */
static const GlosaMatch *
mention_at (GlosaArticleView *self,
            guint             offset)
{
  GArray *mentions = glosa_analysis_get_mentions (self->analysis);
  guint i = _glosa_article_view_lower_bound (mentions, offset + 1);

  if (i == 0)
    return NULL;
  if (offset < g_array_index (mentions, GlosaMatch, i - 1).end)
    return &g_array_index (mentions, GlosaMatch, i - 1);
  return NULL;
}

static gboolean
query_tooltip_cb (GlosaArticleView *self,
                  int               x,
                  int               y,
                  gboolean          keyboard_mode,
                  GtkTooltip       *tooltip)
{
  g_autofree char *text = NULL;
  GtkTextIter iter;
  GdkRectangle area;
  int buffer_x, buffer_y;

  if (keyboard_mode)
    {
      gtk_text_buffer_get_iter_at_mark (self->buffer, &iter,
                                        gtk_text_buffer_get_insert (self->buffer));
    }
  else
    {
      gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, x, y,
                                             &buffer_x, &buffer_y);
      if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, buffer_x, buffer_y))
        return FALSE;
    }

  text = glosa_article_view_get_mention_tooltip (self, gtk_text_iter_get_offset (&iter));
  if (text == NULL)
    return FALSE;
  /* Names come from files: plain text, never markup. */
  gtk_tooltip_set_text (tooltip, text);

  /* Ask again when the pointer leaves this character: it may be another
   * actor's mention. */
  gtk_text_view_get_iter_location (self->text_view, &iter, &area);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, area.x, area.y,
                                         &area.x, &area.y);
  gtk_tooltip_set_tip_area (tooltip, &area);
  return TRUE;
}

/* Layout */

static void
move_header (GlosaArticleView *self)
{
  gtk_widget_queue_allocate (GTK_WIDGET (self->text_view));
  gtk_widget_queue_allocate (gtk_widget_get_parent (self->header));
}

static gboolean
move_header_cb (gpointer user_data)
{
  GlosaArticleView *self = user_data;

  self->relayout_id = 0;
  move_header (self);
  return G_SOURCE_REMOVE;
}

/* GTK 4.8 moves overlay children by the scroll offset only when the text
 * view and the overlay's container are allocated, which scrolling does not
 * do: without this the header would stay put while the text scrolls. Once
 * now, and once more after this frame, as a scroll to a mark happens while
 * the text view is being allocated and a request then goes unheard. */
static void
scrolled_cb (GlosaArticleView *self)
{
  move_header (self);
  if (self->relayout_id == 0)
    self->relayout_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, move_header_cb, self, NULL);
}

/* Centres a column of readable width in the text view, wider when zoomed,
 * and makes room above it for the header. Done before the children are
 * allocated, so they are laid out once with the new margins. Overlay
 * positions are in buffer coordinates: x from the view's left edge, y from
 * the first line, so the header sits at a negative y in the top margin. */
static void
update_column (GlosaArticleView *self,
               int               width)
{
  int padding = width < NARROW_WIDTH ? 12 : 24;
  int column = MAX (1, MIN (width - 2 * padding, (int) (COLUMN_WIDTH * self->zoom)));
  int left = MAX (0, (width - column) / 2);
  int header_height;

  if (column != self->column_width)
    gtk_widget_set_size_request (self->header, column, -1);
  gtk_widget_measure (self->header, GTK_ORIENTATION_VERTICAL, column,
                      &header_height, NULL, NULL, NULL);

  if (column != self->column_width || left != self->column_left)
    {
      gtk_text_view_set_left_margin (self->text_view, left);
      gtk_text_view_set_right_margin (self->text_view, MAX (0, width - column - left));
    }
  if (header_height != self->header_height)
    gtk_text_view_set_top_margin (self->text_view, HEADER_TOP + header_height + HEADER_GAP);
  if (left != self->column_left || header_height != self->header_height)
    gtk_text_view_move_overlay (self->text_view, self->header, left, -header_height - HEADER_GAP);

  self->column_width = column;
  self->column_left = left;
  self->header_height = header_height;
}

static void
glosa_article_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  GlosaArticleView *self = GLOSA_ARTICLE_VIEW (widget);

  gtk_widget_measure (GTK_WIDGET (self->stack), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
glosa_article_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  GlosaArticleView *self = GLOSA_ARTICLE_VIEW (widget);

  update_column (self, width);
  gtk_widget_size_allocate (GTK_WIDGET (self->stack),
                            &(GtkAllocation) { 0, 0, width, height }, baseline);
  if (self->popover != NULL)
    gtk_popover_present (self->popover);
}

/* GObject */

static void
glosa_article_view_dispose (GObject *object)
{
  GlosaArticleView *self = (GlosaArticleView *) object;

  _glosa_article_view_cancel_tags (&self->mention_job);
  _glosa_article_view_cancel_tags (&self->match_job);
  g_clear_handle_id (&self->relayout_id, g_source_remove);
  _glosa_article_view_dispose_annotations (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), GLOSA_TYPE_ARTICLE_VIEW);
  g_clear_object (&self->analysis);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->folded, glosa_folded_unref);

  G_OBJECT_CLASS (glosa_article_view_parent_class)->dispose (object);
}

static void
glosa_article_view_finalize (GObject *object)
{
  GlosaArticleView *self = (GlosaArticleView *) object;

  g_clear_pointer (&self->actor_tags, g_ptr_array_unref);
  g_clear_object (&self->buffer);

  G_OBJECT_CLASS (glosa_article_view_parent_class)->finalize (object);
}

static void
glosa_article_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  GlosaArticleView *self = GLOSA_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_ANALYSIS:
      g_value_set_object (value, self->analysis);
      break;

    case PROP_HIGHLIGHTED_ACTOR:
      g_value_set_int (value, self->highlighted);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
glosa_article_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  GlosaArticleView *self = GLOSA_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_ANALYSIS:
      glosa_article_view_set_analysis (self, g_value_get_object (value));
      break;

    case PROP_HIGHLIGHTED_ACTOR:
      glosa_article_view_set_highlighted_actor (self, g_value_get_int (value));
      break;

    case PROP_ZOOM:
      glosa_article_view_set_zoom (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
glosa_article_view_class_init (GlosaArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = glosa_article_view_dispose;
  object_class->finalize = glosa_article_view_finalize;
  object_class->get_property = glosa_article_view_get_property;
  object_class->set_property = glosa_article_view_set_property;
  widget_class->measure = glosa_article_view_measure;
  widget_class->size_allocate = glosa_article_view_size_allocate;

  properties[PROP_ANALYSIS] =
    g_param_spec_object ("analysis", NULL, NULL, GLOSA_TYPE_ANALYSIS, flags);
  properties[PROP_HIGHLIGHTED_ACTOR] =
    g_param_spec_int ("highlighted-actor", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0.5, 3.0, 1.0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/glosa/Glosa/glosa-article-view.ui");
  gtk_widget_class_bind_template_child (widget_class, GlosaArticleView, stack);
  gtk_widget_class_bind_template_child (widget_class, GlosaArticleView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, GlosaArticleView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, GlosaArticleView, match_label);
  gtk_widget_class_bind_template_child (widget_class, GlosaArticleView, scroller);
  gtk_widget_class_bind_template_child (widget_class, GlosaArticleView, text_view);
  gtk_widget_class_bind_template_child (widget_class, GlosaArticleView, header);
  gtk_widget_class_bind_template_child (widget_class, GlosaArticleView, title_label);
  gtk_widget_class_bind_template_child (widget_class, GlosaArticleView, byline_label);
  gtk_widget_class_bind_template_callback (widget_class, query_tooltip_cb);

  _glosa_article_view_class_init_find (widget_class);
  _glosa_article_view_class_init_annotations (widget_class);
}

static void
glosa_article_view_init (GlosaArticleView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->buffer = g_object_ref (gtk_text_view_get_buffer (self->text_view));
  self->actor_tags = g_ptr_array_new ();
  self->highlighted = -1;
  self->mention_job.view = self;
  self->zoom = 1.0;
  self->column_width = -1;
  self->column_left = -1;
  self->header_height = -1;
  /* Created first, so the lowest priority: it only scales the text. */
  self->zoom_tag = gtk_text_buffer_create_tag (self->buffer, NULL, "scale", 1.0, NULL);
  _glosa_article_view_init_find (self);
  _glosa_article_view_init_annotations (self);

  /* GTK 4.8 leaks one list node per text view overlay (gtktextviewchild.c
   * queues the overlay's own link as data). Without a full stack, which
   * LeakSanitizer's fast unwinder cannot get through GLib, that leak looks
   * like any of ours: keep it out of the report. */
#ifdef __SANITIZE_ADDRESS__
  __lsan_disable ();
#endif
  gtk_text_view_add_overlay (self->text_view, self->header, 0, 0);
#ifdef __SANITIZE_ADDRESS__
  __lsan_enable ();
#endif
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->text_view)),
                           "value-changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * glosa_article_view_new:
 *
 * Returns: (transfer floating): a new article view, showing no article
 */
GlosaArticleView *
glosa_article_view_new (void)
{
  return g_object_new (GLOSA_TYPE_ARTICLE_VIEW, NULL);
}

/* "Author · Latin America Report · 2026-02-04", with what the article has. */
static char *
make_byline (GlosaDocument *document)
{
  const char *parts[4] = { NULL };
  guint n = 0;

  if (glosa_document_get_author (document))
    parts[n++] = glosa_document_get_author (document);
  if (glosa_document_get_source (document))
    parts[n++] = glosa_document_get_source (document);
  if (glosa_document_get_date (document))
    parts[n++] = glosa_document_get_date (document);
  return g_strjoinv (" · ", (char **) parts);
}

/**
 * glosa_article_view_set_analysis:
 * @analysis: (nullable): the article to show, with its mentions
 *
 * Shows the article. Tags of a long article arrive in idle chunks; work
 * left over from the previous article is dropped.
 */
void
glosa_article_view_set_analysis (GlosaArticleView *self,
                                 GlosaAnalysis    *analysis)
{
  GlosaDocument *document;
  g_autofree char *byline = NULL;
  GtkTextIter start, end;

  g_return_if_fail (GLOSA_IS_ARTICLE_VIEW (self));
  g_return_if_fail (analysis == NULL || GLOSA_IS_ANALYSIS (analysis));

  if (analysis == self->analysis)
    return;

  _glosa_article_view_cancel_tags (&self->mention_job);
  g_set_object (&self->analysis, analysis);
  document = analysis ? glosa_analysis_get_document (analysis) : NULL;

  /* Colours first: the new text is then laid out once, with them. */
  update_actor_tags (self);
  /* Pango's word-char wrapping is quadratic in the length of a word that
   * fits no line: a 50,000-letter word takes seconds, a 5 MB one days. */
  gtk_text_view_set_wrap_mode (self->text_view,
                               document && glosa_text_longest_word_exceeds (
                                 glosa_document_get_text (document), MAX_WRAPPED_WORD)
                               ? GTK_WRAP_CHAR : GTK_WRAP_WORD_CHAR);
  gtk_text_buffer_set_text (self->buffer, document ? glosa_document_get_text (document) : "", -1);
  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_apply_tag (self->buffer, self->zoom_tag, &start, &end);
  gtk_text_buffer_place_cursor (self->buffer, &start);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);

  /* Plain text: a title may well contain "<b>" or "&". */
  gtk_label_set_text (self->title_label, document ? glosa_document_get_title (document) : "");
  byline = document ? make_byline (document) : g_strdup ("");
  gtk_label_set_text (self->byline_label, byline);
  gtk_widget_set_visible (GTK_WIDGET (self->byline_label), byline[0] != '\0');
  gtk_stack_set_visible_child_name (self->stack, document ? "article" : "empty");

  if (analysis != NULL)
    _glosa_article_view_start_tags (self, &self->mention_job,
                                    glosa_analysis_get_mentions (analysis), NULL);
  _glosa_article_view_apply_annotations (self);
  _glosa_article_view_reset_find (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANALYSIS]);
}

/**
 * glosa_article_view_get_analysis:
 *
 * Returns: (transfer none) (nullable): the article shown
 */
GlosaAnalysis *
glosa_article_view_get_analysis (GlosaArticleView *self)
{
  g_return_val_if_fail (GLOSA_IS_ARTICLE_VIEW (self), NULL);

  return self->analysis;
}

/**
 * glosa_article_view_set_highlighted_actor:
 * @actor: an actor's position in the codebook, or -1
 *
 * Gives every mention of @actor a background of its colour, and makes
 * glosa_article_view_step_mention() step through its mentions only.
 */
void
glosa_article_view_set_highlighted_actor (GlosaArticleView *self,
                                          int               actor)
{
  int old;

  g_return_if_fail (GLOSA_IS_ARTICLE_VIEW (self));

  actor = MAX (actor, -1);
  if (actor == self->highlighted)
    return;

  old = self->highlighted;
  self->highlighted = actor;
  if (old >= 0)
    update_actor_tag (self, old);
  if (actor >= 0)
    update_actor_tag (self, actor);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHTED_ACTOR]);
}

int
glosa_article_view_get_highlighted_actor (GlosaArticleView *self)
{
  g_return_val_if_fail (GLOSA_IS_ARTICLE_VIEW (self), -1);

  return self->highlighted;
}

/**
 * glosa_article_view_step_mention:
 * @direction: 1 for the next mention, -1 for the previous one
 *
 * Selects the next or previous mention of the highlighted actor, or of any
 * actor when none is, after or before the selection or cursor; past the
 * last, the first. Scrolls it into view.
 *
 * Returns: %FALSE if there is no such mention
 */
gboolean
glosa_article_view_step_mention (GlosaArticleView *self,
                                 int               direction)
{
  GArray *mentions;
  int i;

  g_return_val_if_fail (GLOSA_IS_ARTICLE_VIEW (self), FALSE);

  if (self->analysis == NULL || direction == 0)
    return FALSE;

  mentions = glosa_analysis_get_mentions (self->analysis);
  i = _glosa_article_view_find_step (self, mentions, self->highlighted, direction);
  if (i < 0)
    return FALSE;

  _glosa_article_view_select_offsets (self, g_array_index (mentions, GlosaMatch, i).start,
                  g_array_index (mentions, GlosaMatch, i).end);
  return TRUE;
}

/**
 * glosa_article_view_set_zoom:
 * @zoom: the text size relative to the normal size, 0.5 to 3
 *
 * Scales the article text, and the width of its column with it.
 */
void
glosa_article_view_set_zoom (GlosaArticleView *self,
                             double            zoom)
{
  g_return_if_fail (GLOSA_IS_ARTICLE_VIEW (self));

  zoom = CLAMP (zoom, 0.5, 3.0);
  if (G_APPROX_VALUE (zoom, self->zoom, DBL_EPSILON))
    return;

  self->zoom = zoom;
  g_object_set (self->zoom_tag, "scale", zoom, NULL);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

double
glosa_article_view_get_zoom (GlosaArticleView *self)
{
  g_return_val_if_fail (GLOSA_IS_ARTICLE_VIEW (self), 1.0);

  return self->zoom;
}

/**
 * glosa_article_view_get_text_view:
 *
 * Returns: (transfer none): the text view showing the article
 */
GtkTextView *
glosa_article_view_get_text_view (GlosaArticleView *self)
{
  g_return_val_if_fail (GLOSA_IS_ARTICLE_VIEW (self), NULL);

  return self->text_view;
}

/**
 * glosa_article_view_get_mention_tooltip:
 * @offset: a code point offset into the article
 *
 * Returns: (transfer full) (nullable): what the tooltip over @offset says,
 *   "Gustavo Petro · Person", or %NULL if no actor is mentioned there
 */
char *
glosa_article_view_get_mention_tooltip (GlosaArticleView *self,
                                        guint             offset)
{
  GlosaCodebook *codebook;
  const GlosaMatch *mention;
  GlosaActor *actor;

  g_return_val_if_fail (GLOSA_IS_ARTICLE_VIEW (self), NULL);

  codebook = get_codebook (self);
  if (codebook == NULL)
    return NULL;
  mention = mention_at (self, offset);
  if (mention == NULL || mention->value >= glosa_codebook_get_n_actors (codebook))
    return NULL;

  actor = glosa_codebook_get_actor (codebook, mention->value);
  /* Translators: an actor's name and kind, "Gustavo Petro · Person" */
  return g_strdup_printf (_("%s · %s"), glosa_actor_get_name (actor),
                          glosa_actor_kind_get_label (glosa_actor_get_kind (actor)));
}
