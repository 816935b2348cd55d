/* glosa-position-list.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-position-list"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-position-list.h"
#include "glosa-sidebar-private.h"

/* The sidebar's Positions page. It remembers, for the session, which
 * suggestions the user accepted or dismissed, in every article shown. */
struct _GlosaPositionList
{
  GtkWidget      parent_instance;

  /* Template widgets */
  GtkWidget     *stack;
  GtkListBox    *list;
  AdwStatusPage *empty_page;

  GlosaAnalysis *analysis;
  GHashTable    *reviews;  /* review_key () → GlosaReview */
  gboolean       stale;    /* the rows show an older analysis */
};

G_DEFINE_FINAL_TYPE (GlosaPositionList, glosa_position_list, GTK_TYPE_WIDGET)

enum {
  POSITION_ACTIVATED,
  POSITION_REVIEWED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Reviews outlive the analysis they were made in: a new analysis of the
 * same article makes new position objects, so they are keyed by content. */
static char *
review_key (GlosaPosition *position)
{
  const char *document = glosa_position_get_document (position);

  return g_strdup_printf ("%s|%s|%s|%u", document ? document : "",
                          glosa_position_get_actor (position),
                          glosa_position_get_issue (position),
                          glosa_position_get_start (position));
}

static GlosaPosition *
row_position (GtkListBoxRow *row)
{
  return glosa_position_row_get_position (GLOSA_POSITION_ROW (row));
}

static void
header_cb (GtkListBoxRow *row,
           GtkListBoxRow *before,
           gpointer       user_data)
{
  GlosaPositionList *self = user_data;
  const char *id = glosa_position_get_actor (row_position (row));
  GlosaActor *actor = NULL;

  if (before != NULL && g_strcmp0 (id, glosa_position_get_actor (row_position (before))) == 0)
    {
      glosa_sidebar_set_heading (row, NULL);
      return;
    }
  if (self->analysis != NULL)
    actor = glosa_codebook_lookup_actor (glosa_analysis_get_codebook (self->analysis), id);
  glosa_sidebar_set_heading (row, actor ? glosa_actor_get_name (actor) : id);
}

typedef struct
{
  GHashTable *index;   /* actor id → position in the codebook + 1 */
  GArray     *counts;  /* guint per actor: mentions in the article */
} Order;

static guint
actor_rank (const Order   *order,
            GlosaPosition *position,
            guint         *index)
{
  gpointer found = g_hash_table_lookup (order->index, glosa_position_get_actor (position));

  *index = found ? GPOINTER_TO_UINT (found) - 1 : G_MAXUINT;
  return found ? g_array_index (order->counts, guint, *index) : 0;
}

/* Grouped by actor, the most mentioned first, as on the Actors page; then
 * in the order of the text. */
static int
compare_positions (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  GlosaPosition *position1 = *(GlosaPosition **) a;
  GlosaPosition *position2 = *(GlosaPosition **) b;
  guint index1, index2;
  guint rank1 = actor_rank (user_data, position1, &index1);
  guint rank2 = actor_rank (user_data, position2, &index2);
  guint start1 = glosa_position_get_start (position1);
  guint start2 = glosa_position_get_start (position2);
  int by_id;

  if (rank1 != rank2)
    return rank1 > rank2 ? -1 : 1;
  if (index1 != index2)
    return index1 < index2 ? -1 : 1;
  by_id = g_strcmp0 (glosa_position_get_actor (position1), glosa_position_get_actor (position2));
  if (by_id != 0)
    return by_id;
  if (start1 != start2)
    return start1 < start2 ? -1 : 1;
  return g_strcmp0 (glosa_position_get_issue (position1), glosa_position_get_issue (position2));
}

/* The analysis's positions in the order the list shows them. */
static GPtrArray *
sort_positions (GlosaAnalysis *analysis)
{
  GlosaCodebook *codebook = glosa_analysis_get_codebook (analysis);
  GPtrArray *positions = glosa_analysis_get_positions (analysis);
  guint n_actors = glosa_codebook_get_n_actors (codebook);
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) counts = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_actors);
  GPtrArray *sorted = g_ptr_array_new_full (positions->len, g_object_unref);
  Order order = { index, counts };

  for (guint i = 0; i < n_actors; i++)
    {
      GlosaActor *actor = glosa_codebook_get_actor (codebook, i);
      guint count = glosa_analysis_count_mentions (analysis, i);

      g_hash_table_insert (index, (gpointer) glosa_actor_get_id (actor), GUINT_TO_POINTER (i + 1));
      g_array_append_val (counts, count);
    }
  for (guint i = 0; i < positions->len; i++)
    g_ptr_array_add (sorted, g_object_ref (positions->pdata[i]));
  g_ptr_array_sort_with_data (sorted, compare_positions, &order);
  return sorted;
}

static void
row_reviewed_cb (GlosaPositionRow  *row,
                 gboolean           accepted,
                 GlosaPositionList *self)
{
  glosa_position_list_review (self, glosa_position_row_get_position (row), accepted);
}

static void
rebuild (GlosaPositionList *self)
{
  g_autoptr(GPtrArray) sorted = NULL;
  GlosaCodebook *codebook;

  glosa_sidebar_clear_list (self->list);
  self->stale = FALSE;

  if (self->analysis == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("No Article"));
      adw_status_page_set_description (self->empty_page,
                                       _("Open an article to see who takes which position"));
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
      return;
    }
  if (glosa_analysis_get_positions (self->analysis)->len == 0)
    {
      adw_status_page_set_title (self->empty_page, _("No Positions"));
      adw_status_page_set_description (self->empty_page,
                                       _("No actor in this article takes a position on an issue "
                                         "of the codebook"));
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
      return;
    }

  codebook = glosa_analysis_get_codebook (self->analysis);
  sorted = sort_positions (self->analysis);
  for (guint i = 0; i < sorted->len; i++)
    {
      GlosaPosition *position = sorted->pdata[i];
      const char *issue_id = glosa_position_get_issue (position);
      GlosaIssue *issue = glosa_codebook_lookup_issue (codebook, issue_id);
      GlosaPositionRow *row;

      row = glosa_position_row_new (position, issue ? glosa_issue_get_label (issue) : NULL);
      glosa_position_row_set_review (row, glosa_position_list_get_review (self, position));
      g_signal_connect_object (row, "reviewed", G_CALLBACK (row_reviewed_cb), self, 0);
      gtk_list_box_append (self->list, GTK_WIDGET (row));
    }
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "list");
}

static void
row_activated_cb (GlosaPositionList *self,
                  GtkListBoxRow     *row)
{
  g_signal_emit (self, signals[POSITION_ACTIVATED], 0, row_position (row));
}

/* Rows are costly to make and the page is often hidden: a hidden list
 * makes them when it is next shown, which keeps switching articles fast. */
static void
glosa_position_list_map (GtkWidget *widget)
{
  GlosaPositionList *self = (GlosaPositionList *) widget;

  if (self->stale)
    rebuild (self);
  GTK_WIDGET_CLASS (glosa_position_list_parent_class)->map (widget);
}

static void
glosa_position_list_dispose (GObject *object)
{
  GlosaPositionList *self = (GlosaPositionList *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), GLOSA_TYPE_POSITION_LIST);
  g_clear_object (&self->analysis);

  G_OBJECT_CLASS (glosa_position_list_parent_class)->dispose (object);
}

static void
glosa_position_list_finalize (GObject *object)
{
  GlosaPositionList *self = (GlosaPositionList *) object;

  g_clear_pointer (&self->reviews, g_hash_table_unref);

  G_OBJECT_CLASS (glosa_position_list_parent_class)->finalize (object);
}

static void
glosa_position_list_class_init (GlosaPositionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = glosa_position_list_dispose;
  object_class->finalize = glosa_position_list_finalize;
  widget_class->map = glosa_position_list_map;

  /**
   * GlosaPositionList::position-activated:
   * @position: the position
   *
   * The user activated a position's row.
   */
  signals[POSITION_ACTIVATED] =
    g_signal_new ("position-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSA_TYPE_POSITION);

  /**
   * GlosaPositionList::position-reviewed:
   * @position: a suggested position
   * @accepted: %TRUE if accepted, %FALSE if dismissed
   *
   * A suggestion was accepted or dismissed; the list already shows it.
   */
  signals[POSITION_REVIEWED] =
    g_signal_new ("position-reviewed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, GLOSA_TYPE_POSITION, G_TYPE_BOOLEAN);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/glosa/Glosa/glosa-position-list.ui");
  gtk_widget_class_bind_template_child (widget_class, GlosaPositionList, stack);
  gtk_widget_class_bind_template_child (widget_class, GlosaPositionList, list);
  gtk_widget_class_bind_template_child (widget_class, GlosaPositionList, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
glosa_position_list_init (GlosaPositionList *self)
{
  g_type_ensure (GLOSA_TYPE_POSITION_ROW);

  self->reviews = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->list, header_cb, self, NULL);
  rebuild (self);
}

/**
 * glosa_position_list_set_analysis:
 * @analysis: (nullable): the analysis whose positions to show
 *
 * Shows @analysis's positions, with the reviews made of them before.
 */
void
glosa_position_list_set_analysis (GlosaPositionList *self,
                                  GlosaAnalysis     *analysis)
{
  g_return_if_fail (GLOSA_IS_POSITION_LIST (self));
  g_return_if_fail (analysis == NULL || GLOSA_IS_ANALYSIS (analysis));

  if (!g_set_object (&self->analysis, analysis))
    return;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    self->stale = TRUE;
}

/**
 * glosa_position_list_get_review:
 * @position: a position
 *
 * Returns: what the user made of @position in this session
 */
GlosaReview
glosa_position_list_get_review (GlosaPositionList *self,
                                GlosaPosition     *position)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (GLOSA_IS_POSITION_LIST (self), GLOSA_REVIEW_NONE);
  g_return_val_if_fail (GLOSA_IS_POSITION (position), GLOSA_REVIEW_NONE);

  key = review_key (position);
  return GPOINTER_TO_INT (g_hash_table_lookup (self->reviews, key));
}

/**
 * glosa_position_list_review:
 * @position: a suggested position
 * @accepted: %TRUE to accept it, %FALSE to dismiss it
 *
 * Records the review for the session, shows it, and emits
 * #GlosaPositionList::position-reviewed, as the row's buttons do.
 */
void
glosa_position_list_review (GlosaPositionList *self,
                            GlosaPosition     *position,
                            gboolean           accepted)
{
  GlosaReview review = accepted ? GLOSA_REVIEW_ACCEPTED : GLOSA_REVIEW_DISMISSED;

  g_return_if_fail (GLOSA_IS_POSITION_LIST (self));
  g_return_if_fail (GLOSA_IS_POSITION (position));

  glosa_position_list_show_review (self, position, review);
  g_signal_emit (self, signals[POSITION_REVIEWED], 0, position, !!accepted);
}

/**
 * glosa_position_list_show_review:
 * @position: a suggested position
 * @review: what the user made of it, as the project remembers
 *
 * Shows @review without emitting #GlosaPositionList::position-reviewed:
 * for a review that is already saved, or undone.
 */
void
glosa_position_list_show_review (GlosaPositionList *self,
                                 GlosaPosition     *position,
                                 GlosaReview        review)
{
  g_autofree char *key = NULL;
  GtkListBoxRow *row;

  g_return_if_fail (GLOSA_IS_POSITION_LIST (self));
  g_return_if_fail (GLOSA_IS_POSITION (position));

  key = review_key (position);
  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    {
      g_autofree char *row_key = review_key (row_position (row));

      if (g_str_equal (row_key, key))
        glosa_position_row_set_review (GLOSA_POSITION_ROW (row), review);
    }
  if (review == GLOSA_REVIEW_NONE)
    g_hash_table_remove (self->reviews, key);
  else
    g_hash_table_replace (self->reviews, g_steal_pointer (&key), GINT_TO_POINTER (review));
}
