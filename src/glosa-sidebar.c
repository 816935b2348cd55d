/* glosa-sidebar.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-actor-row.h"
#include "glosa-name-row.h"
#include "glosa-note-list.h"
#include "glosa-position-list.h"
#include "glosa-sidebar.h"
#include "glosa-sidebar-private.h"

/* The sidebar beside the article: who it mentions (in this article or the
 * whole corpus), the positions they take, and the article's notes. It
 * only shows and reports; the window acts on its signals. */
struct _GlosaSidebar
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkWidget         *box;
  AdwViewStack      *view_stack;
  GtkToggleButton   *article_scope_button;
  GtkToggleButton   *corpus_scope_button;
  GtkStack          *actors_stack;
  GtkListBox        *actors_list;
  AdwStatusPage     *actors_empty;
  GlosaPositionList *position_list;
  AdwStatusPage     *notes_empty;
  GtkStack          *notes_stack;
  GlosaNoteList     *note_list;

  GlosaAnalysis     *analysis;
  GListModel        *annotations;       /* GlosaAnnotation of the article, or NULL */
  GArray            *counts;            /* guint per actor: mentions in this article */
  GArray            *corpus_mentions;   /* guint per actor, or NULL while counting */
  GArray            *corpus_documents;  /* guint per actor, or NULL while counting */
  int                selected_actor;
  gboolean           whole_corpus;
  gboolean           rebuilding;        /* the lists change under us: ignore their signals */
};

G_DEFINE_FINAL_TYPE (GlosaSidebar, glosa_sidebar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ANALYSIS,
  PROP_WHOLE_CORPUS,
  PROP_PAGE,
  PROP_SELECTED_ACTOR,
  N_PROPS
};

enum {
  ACTOR_SELECTED,
  POSITION_ACTIVATED,
  POSITION_REVIEWED,
  ADD_ACTOR,
  ADD_ALIAS,
  ANNOTATION_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GlosaActorRow *
find_actor_row (GlosaSidebar *self,
                int           actor)
{
  GtkListBoxRow *row;

  if (actor < 0)
    return NULL;
  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->actors_list, i)) != NULL; i++)
    if (GLOSA_IS_ACTOR_ROW (row)
        && glosa_actor_row_get_index (GLOSA_ACTOR_ROW (row)) == (guint) actor)
      return GLOSA_ACTOR_ROW (row);
  return NULL;
}

/* Selects the selected actor's row, and gives it the stepping buttons. */
static void
sync_actor_rows (GlosaSidebar *self)
{
  GlosaActorRow *selected = find_actor_row (self, self->selected_actor);
  GtkListBoxRow *row;

  self->rebuilding = TRUE;
  if (selected != NULL)
    gtk_list_box_select_row (self->actors_list, GTK_LIST_BOX_ROW (selected));
  else
    gtk_list_box_unselect_all (self->actors_list);
  self->rebuilding = FALSE;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->actors_list, i)) != NULL; i++)
    if (GLOSA_IS_ACTOR_ROW (row))
      glosa_actor_row_set_stepping (GLOSA_ACTOR_ROW (row), row == GTK_LIST_BOX_ROW (selected));
}

static void
set_selected_actor (GlosaSidebar *self,
                    int           actor)
{
  if (self->selected_actor == actor)
    return;

  self->selected_actor = actor;
  sync_actor_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ACTOR]);
  g_signal_emit (self, signals[ACTOR_SELECTED], 0, actor);
}

static void
show_no_actors (GlosaSidebar *self,
                const char   *title,
                const char   *description)
{
  adw_status_page_set_title (self->actors_empty, title);
  adw_status_page_set_description (self->actors_empty, description);
  gtk_stack_set_visible_child_name (self->actors_stack, "empty");
}

/* What the Actors page shows for actor @i: its mentions (and, for the
 * whole corpus, the articles with them), 0 to leave it out. */
static guint
actor_count (GlosaSidebar *self,
             guint         i,
             guint        *documents)
{
  GArray *counts = self->whole_corpus ? self->corpus_mentions : self->counts;

  *documents = self->whole_corpus && i < self->corpus_documents->len
               ? g_array_index (self->corpus_documents, guint, i) : 0;
  return i < counts->len ? g_array_index (counts, guint, i) : 0;
}

static void
set_row_count (GlosaSidebar  *self,
               GlosaActorRow *row,
               guint          count,
               guint          documents)
{
  if (self->whole_corpus)
    glosa_actor_row_set_corpus_count (row, count, documents);
  else
    glosa_actor_row_set_count (row, count);
}

/* Rows are costly to make, and articles of one corpus mostly name the
 * same actors: the rows of actors still shown are kept, with their new
 * counts, and only the others are removed or made. */
static guint
update_actor_rows (GlosaSidebar *self)
{
  GlosaCodebook *codebook = glosa_analysis_get_codebook (self->analysis);
  guint n_actors = glosa_codebook_get_n_actors (codebook);
  g_autofree gboolean *shown = g_new0 (gboolean, n_actors);
  GtkListBoxRow *row;
  guint n_rows = 0, documents;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->actors_list, i)) != NULL;)
    {
      guint index = GLOSA_IS_ACTOR_ROW (row) ? glosa_actor_row_get_index (GLOSA_ACTOR_ROW (row)) : G_MAXUINT;
      guint count = index < n_actors ? actor_count (self, index, &documents) : 0;

      if (count == 0 || shown[index]
          || glosa_actor_row_get_actor (GLOSA_ACTOR_ROW (row)) != glosa_codebook_get_actor (codebook, index))
        {
          gtk_list_box_remove (self->actors_list, GTK_WIDGET (row));
          continue;
        }
      set_row_count (self, GLOSA_ACTOR_ROW (row), count, documents);
      shown[index] = TRUE;
      n_rows++;
      i++;
    }

  for (guint i = 0; i < n_actors; i++)
    {
      guint count = actor_count (self, i, &documents);
      GlosaActorRow *new_row;

      if (count == 0 || shown[i])
        continue;
      new_row = glosa_actor_row_new (i, glosa_codebook_get_actor (codebook, i));
      set_row_count (self, new_row, count, documents);
      gtk_list_box_append (self->actors_list, GTK_WIDGET (new_row));
      n_rows++;
    }

  /* Unlisted names belong to one article: they have no corpus count. */
  if (!self->whole_corpus)
    {
      GPtrArray *unlisted = glosa_analysis_get_unlisted (self->analysis);

      for (guint i = 0; i < unlisted->len; i++)
        gtk_list_box_append (self->actors_list,
                             GTK_WIDGET (glosa_name_row_new (unlisted->pdata[i])));
      n_rows += unlisted->len;
    }
  gtk_list_box_invalidate_headers (self->actors_list);
  return n_rows;
}

static void
rebuild_actors (GlosaSidebar *self)
{
  gboolean counting = FALSE;

  self->rebuilding = TRUE;
  if (self->analysis == NULL)
    show_no_actors (self, _("No Article"), _("Open an article to see the actors it mentions"));
  else if (self->whole_corpus && (self->corpus_mentions == NULL || self->corpus_documents == NULL))
    {
      counting = TRUE;
      gtk_stack_set_visible_child_name (self->actors_stack, "counting");
    }
  else if (update_actor_rows (self) > 0)
    gtk_stack_set_visible_child_name (self->actors_stack, "list");
  else if (self->whole_corpus)
    show_no_actors (self, _("No Actors"),
                    _("No article in the corpus mentions an actor of the codebook"));
  else
    show_no_actors (self, _("No Actors"), _("This article mentions no actor of the codebook"));
  if (!g_str_equal (gtk_stack_get_visible_child_name (self->actors_stack), "list"))
    glosa_sidebar_clear_list (self->actors_list);
  self->rebuilding = FALSE;

  /* An actor the list no longer shows cannot stay selected, or its
   * highlight would be invisible; while counting, wait and see. */
  if (!counting && find_actor_row (self, self->selected_actor) == NULL)
    set_selected_actor (self, -1);
  else
    sync_actor_rows (self);
}

static void
update_notes (GlosaSidebar *self)
{
  if (self->analysis == NULL)
    {
      adw_status_page_set_title (self->notes_empty, _("No Article"));
      adw_status_page_set_description (self->notes_empty, _("Open an article to see its notes"));
    }
  else
    {
      adw_status_page_set_title (self->notes_empty, _("No Notes Yet"));
      adw_status_page_set_description (self->notes_empty,
                                       _("Select text and press Ctrl+E to annotate it"));
    }
  gtk_stack_set_visible_child_name (self->notes_stack,
                                    self->analysis != NULL && self->annotations != NULL
                                    && g_list_model_get_n_items (self->annotations) > 0
                                    ? "list" : "empty");
}

static void
note_activated_cb (GlosaSidebar    *self,
                   GlosaAnnotation *annotation)
{
  g_signal_emit (self, signals[ANNOTATION_ACTIVATED], 0, annotation);
}

static void
actor_row_selected_cb (GlosaSidebar  *self,
                       GtkListBoxRow *row)
{
  if (self->rebuilding)
    return;
  if (GLOSA_IS_ACTOR_ROW (row))
    set_selected_actor (self, glosa_actor_row_get_index (GLOSA_ACTOR_ROW (row)));
  else
    set_selected_actor (self, -1);
}

static void
position_activated_cb (GlosaSidebar  *self,
                       GlosaPosition *position)
{
  g_signal_emit (self, signals[POSITION_ACTIVATED], 0, position);
}

static void
position_reviewed_cb (GlosaSidebar  *self,
                      GlosaPosition *position,
                      gboolean       accepted)
{
  g_signal_emit (self, signals[POSITION_REVIEWED], 0, position, accepted);
}

static void
scope_toggled_cb (GlosaSidebar *self)
{
  glosa_sidebar_set_whole_corpus (self, gtk_toggle_button_get_active (self->corpus_scope_button));
}

static void
page_changed_cb (GlosaSidebar *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static void
add_name_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  guint signal = g_str_equal (action_name, "sidebar.add-actor") ? ADD_ACTOR : ADD_ALIAS;

  g_signal_emit (widget, signals[signal], 0, g_variant_get_string (parameter, NULL));
}

static void
unselect_actor_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  glosa_sidebar_select_actor (GLOSA_SIDEBAR (widget), -1);
}

/* The stance colours live in their own stylesheet, loaded once per display,
 * so that the sidebar looks right in any window (and in its tests). */
static void
ensure_style (GtkWidget *widget)
{
  GdkDisplay *display = gtk_widget_get_display (widget);
  g_autoptr(GtkCssProvider) provider = NULL;

  if (g_object_get_data (G_OBJECT (display), "glosa-sidebar-style") != NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/glosa/Glosa/glosa-sidebar.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "glosa-sidebar-style", g_steal_pointer (&provider),
                          g_object_unref);
}

static void
glosa_sidebar_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  GlosaSidebar *self = GLOSA_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_ANALYSIS:
      g_value_set_object (value, self->analysis);
      break;
    case PROP_WHOLE_CORPUS:
      g_value_set_boolean (value, self->whole_corpus);
      break;
    case PROP_PAGE:
      g_value_set_string (value, glosa_sidebar_get_page (self));
      break;
    case PROP_SELECTED_ACTOR:
      g_value_set_int (value, self->selected_actor);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
glosa_sidebar_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  GlosaSidebar *self = GLOSA_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_ANALYSIS:
      glosa_sidebar_set_analysis (self, g_value_get_object (value));
      break;
    case PROP_WHOLE_CORPUS:
      glosa_sidebar_set_whole_corpus (self, g_value_get_boolean (value));
      break;
    case PROP_PAGE:
      glosa_sidebar_set_page (self, g_value_get_string (value));
      break;
    case PROP_SELECTED_ACTOR:
      glosa_sidebar_select_actor (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
glosa_sidebar_dispose (GObject *object)
{
  GlosaSidebar *self = (GlosaSidebar *) object;

  /* The lists are going: their rows must not report a selection change. */
  self->rebuilding = TRUE;
  if (self->annotations != NULL)
    g_signal_handlers_disconnect_by_func (self->annotations, update_notes, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), GLOSA_TYPE_SIDEBAR);
  g_clear_object (&self->analysis);
  g_clear_object (&self->annotations);

  G_OBJECT_CLASS (glosa_sidebar_parent_class)->dispose (object);
}

static void
glosa_sidebar_finalize (GObject *object)
{
  GlosaSidebar *self = (GlosaSidebar *) object;

  g_clear_pointer (&self->counts, g_array_unref);
  g_clear_pointer (&self->corpus_mentions, g_array_unref);
  g_clear_pointer (&self->corpus_documents, g_array_unref);

  G_OBJECT_CLASS (glosa_sidebar_parent_class)->finalize (object);
}

static void
glosa_sidebar_class_init (GlosaSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = glosa_sidebar_get_property;
  object_class->set_property = glosa_sidebar_set_property;
  object_class->dispose = glosa_sidebar_dispose;
  object_class->finalize = glosa_sidebar_finalize;

  properties[PROP_ANALYSIS] =
    g_param_spec_object ("analysis", NULL, NULL, GLOSA_TYPE_ANALYSIS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether the Actors page counts mentions in the whole corpus. */
  properties[PROP_WHOLE_CORPUS] =
    g_param_spec_boolean ("whole-corpus", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* "actors", "positions" or "notes". */
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, "actors",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The selected actor's position in the codebook, or -1. */
  properties[PROP_SELECTED_ACTOR] =
    g_param_spec_int ("selected-actor", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GlosaSidebar::actor-selected:
   * @actor: the actor's position in the codebook, or -1 for none
   *
   * The selected actor changed, by the user or by
   * glosa_sidebar_select_actor(): its mentions are to be highlighted.
   */
  signals[ACTOR_SELECTED] =
    g_signal_new ("actor-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  /**
   * GlosaSidebar::position-activated:
   * @position: the position
   *
   * The user activated a position: its evidence is to be shown and selected.
   */
  signals[POSITION_ACTIVATED] =
    g_signal_new ("position-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSA_TYPE_POSITION);

  /**
   * GlosaSidebar::position-reviewed:
   * @position: a suggested position
   * @accepted: %TRUE if accepted, %FALSE if dismissed
   *
   * The user accepted or dismissed a suggestion; the sidebar already shows it.
   */
  signals[POSITION_REVIEWED] =
    g_signal_new ("position-reviewed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, GLOSA_TYPE_POSITION, G_TYPE_BOOLEAN);

  /**
   * GlosaSidebar::add-actor:
   * @name: a name the codebook lacks
   *
   * The user chose "Add as Actor…" for @name.
   */
  signals[ADD_ACTOR] =
    g_signal_new ("add-actor", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * GlosaSidebar::add-alias:
   * @name: a name the codebook lacks
   *
   * The user chose "Add as Alias of…" for @name.
   */
  signals[ADD_ALIAS] =
    g_signal_new ("add-alias", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * GlosaSidebar::annotation-activated:
   * @annotation: the annotation chosen on the Notes page
   */
  signals[ANNOTATION_ACTIVATED] =
    g_signal_new ("annotation-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSA_TYPE_ANNOTATION);

  gtk_widget_class_install_action (widget_class, "sidebar.add-actor", "s", add_name_action);
  gtk_widget_class_install_action (widget_class, "sidebar.add-alias", "s", add_name_action);
  gtk_widget_class_install_action (widget_class, "sidebar.unselect-actor", NULL,
                                   unselect_actor_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/glosa/Glosa/glosa-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, GlosaSidebar, box);
  gtk_widget_class_bind_template_child (widget_class, GlosaSidebar, view_stack);
  gtk_widget_class_bind_template_child (widget_class, GlosaSidebar, article_scope_button);
  gtk_widget_class_bind_template_child (widget_class, GlosaSidebar, corpus_scope_button);
  gtk_widget_class_bind_template_child (widget_class, GlosaSidebar, actors_stack);
  gtk_widget_class_bind_template_child (widget_class, GlosaSidebar, actors_list);
  gtk_widget_class_bind_template_child (widget_class, GlosaSidebar, actors_empty);
  gtk_widget_class_bind_template_child (widget_class, GlosaSidebar, position_list);
  gtk_widget_class_bind_template_child (widget_class, GlosaSidebar, notes_empty);
  gtk_widget_class_bind_template_child (widget_class, GlosaSidebar, notes_stack);
  gtk_widget_class_bind_template_child (widget_class, GlosaSidebar, note_list);
  gtk_widget_class_bind_template_callback (widget_class, note_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, actor_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, position_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, position_reviewed_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);
}

static void
glosa_sidebar_init (GlosaSidebar *self)
{
  g_type_ensure (GLOSA_TYPE_ACTOR_ROW);
  g_type_ensure (GLOSA_TYPE_NAME_ROW);
  g_type_ensure (GLOSA_TYPE_POSITION_LIST);
  g_type_ensure (GLOSA_TYPE_NOTE_LIST);

  self->selected_actor = -1;

  gtk_widget_init_template (GTK_WIDGET (self));
  ensure_style (GTK_WIDGET (self));

  gtk_list_box_set_sort_func (self->actors_list, glosa_sidebar_sort_actors, NULL, NULL);
  gtk_list_box_set_header_func (self->actors_list, glosa_sidebar_head_actors, NULL, NULL);

  rebuild_actors (self);
  update_notes (self);
}

GlosaSidebar *
glosa_sidebar_new (void)
{
  return g_object_new (GLOSA_TYPE_SIDEBAR, NULL);
}

/**
 * glosa_sidebar_set_analysis:
 * @analysis: (nullable): what the detector found in the article shown
 *
 * Shows @analysis. The selected actor stays selected if the new lists show
 * it; reviews made of the article's positions are remembered for the
 * session and shown again.
 */
void
glosa_sidebar_set_analysis (GlosaSidebar  *self,
                            GlosaAnalysis *analysis)
{
  g_return_if_fail (GLOSA_IS_SIDEBAR (self));
  g_return_if_fail (analysis == NULL || GLOSA_IS_ANALYSIS (analysis));

  if (self->analysis == analysis)
    return;

  /* Actor numbers only mean something within one codebook. */
  if (self->analysis == NULL || analysis == NULL
      || glosa_analysis_get_codebook (self->analysis) != glosa_analysis_get_codebook (analysis))
    set_selected_actor (self, -1);

  g_set_object (&self->analysis, analysis);
  g_clear_pointer (&self->counts, g_array_unref);
  if (analysis != NULL)
    {
      guint n_actors = glosa_codebook_get_n_actors (glosa_analysis_get_codebook (analysis));
      GArray *mentions = glosa_analysis_get_mentions (analysis);

      self->counts = g_array_sized_new (FALSE, TRUE, sizeof (guint), n_actors);
      g_array_set_size (self->counts, n_actors);
      for (guint i = 0; i < mentions->len; i++)
        {
          guint actor = g_array_index (mentions, GlosaMatch, i).value;

          if (actor < n_actors)
            g_array_index (self->counts, guint, actor)++;
        }
    }

  rebuild_actors (self);
  glosa_position_list_set_analysis (self->position_list, analysis);
  update_notes (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANALYSIS]);
}

/**
 * glosa_sidebar_get_analysis:
 *
 * Returns: (transfer none) (nullable): the analysis shown
 */
GlosaAnalysis *
glosa_sidebar_get_analysis (GlosaSidebar *self)
{
  g_return_val_if_fail (GLOSA_IS_SIDEBAR (self), NULL);

  return self->analysis;
}

/**
 * glosa_sidebar_set_corpus_counts:
 * @mentions: (nullable) (element-type guint): mentions of each actor, by
 *   position in the codebook, in the whole corpus; %NULL while counting
 * @documents: (nullable) (element-type guint): how many articles mention
 *   each actor; %NULL while counting
 *
 * Gives the counts the "Whole Corpus" scope shows. The sidebar keeps a
 * reference to both arrays, which must not change afterwards.
 */
void
glosa_sidebar_set_corpus_counts (GlosaSidebar *self,
                                 GArray       *mentions,
                                 GArray       *documents)
{
  g_return_if_fail (GLOSA_IS_SIDEBAR (self));
  g_return_if_fail ((mentions == NULL) == (documents == NULL));

  if (mentions != NULL)
    g_array_ref (mentions);
  if (documents != NULL)
    g_array_ref (documents);
  g_clear_pointer (&self->corpus_mentions, g_array_unref);
  g_clear_pointer (&self->corpus_documents, g_array_unref);
  self->corpus_mentions = mentions;
  self->corpus_documents = documents;

  if (self->whole_corpus)
    rebuild_actors (self);
}

gboolean
glosa_sidebar_get_whole_corpus (GlosaSidebar *self)
{
  g_return_val_if_fail (GLOSA_IS_SIDEBAR (self), FALSE);

  return self->whole_corpus;
}

/**
 * glosa_sidebar_set_whole_corpus:
 * @whole_corpus: %TRUE to count mentions in the whole corpus, %FALSE for
 *   this article only
 *
 * Sets the scope of the Actors page, as its two toggle buttons do.
 */
void
glosa_sidebar_set_whole_corpus (GlosaSidebar *self,
                                gboolean      whole_corpus)
{
  g_return_if_fail (GLOSA_IS_SIDEBAR (self));

  whole_corpus = !!whole_corpus;
  if (self->whole_corpus == whole_corpus)
    return;

  self->whole_corpus = whole_corpus;
  gtk_toggle_button_set_active (whole_corpus ? self->corpus_scope_button
                                             : self->article_scope_button, TRUE);
  rebuild_actors (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHOLE_CORPUS]);
}

/**
 * glosa_sidebar_get_selected_actor:
 *
 * Returns: the selected actor's position in the codebook, or -1
 */
int
glosa_sidebar_get_selected_actor (GlosaSidebar *self)
{
  g_return_val_if_fail (GLOSA_IS_SIDEBAR (self), -1);

  return self->selected_actor;
}

/**
 * glosa_sidebar_select_actor:
 * @actor: an actor's position in the codebook, or -1 for none
 *
 * Selects @actor's row, as a click would, and emits
 * #GlosaSidebar::actor-selected if that changes the selection.
 */
void
glosa_sidebar_select_actor (GlosaSidebar *self,
                            int           actor)
{
  g_return_if_fail (GLOSA_IS_SIDEBAR (self));
  g_return_if_fail (actor >= -1);

  set_selected_actor (self, actor);
}

/**
 * glosa_sidebar_get_page:
 *
 * Returns: the page shown: "actors", "positions" or "notes"
 */
const char *
glosa_sidebar_get_page (GlosaSidebar *self)
{
  g_return_val_if_fail (GLOSA_IS_SIDEBAR (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
glosa_sidebar_set_page (GlosaSidebar *self,
                        const char   *page)
{
  g_return_if_fail (GLOSA_IS_SIDEBAR (self));
  g_return_if_fail (page != NULL);

  adw_view_stack_set_visible_child_name (self->view_stack, page);
}

/**
 * glosa_sidebar_get_review:
 * @position: a position
 *
 * Returns: what the user made of @position in this session
 */
GlosaReview
glosa_sidebar_get_review (GlosaSidebar  *self,
                          GlosaPosition *position)
{
  g_return_val_if_fail (GLOSA_IS_SIDEBAR (self), GLOSA_REVIEW_NONE);

  return glosa_position_list_get_review (self->position_list, position);
}

/**
 * glosa_sidebar_review_position:
 * @position: a suggested position
 * @accepted: %TRUE to accept it, %FALSE to dismiss it
 *
 * Records the review for the session, shows it, and emits
 * #GlosaSidebar::position-reviewed, as the row's buttons do.
 */
void
glosa_sidebar_review_position (GlosaSidebar  *self,
                               GlosaPosition *position,
                               gboolean       accepted)
{
  g_return_if_fail (GLOSA_IS_SIDEBAR (self));

  glosa_position_list_review (self->position_list, position, accepted);
}

/**
 * glosa_sidebar_set_annotations:
 * @annotations: (nullable): the live #GListModel of the article's
 *   #GlosaAnnotation
 * @tags: (nullable): the project's tags, for their names
 *
 * Lists @annotations on the Notes page, following their changes.
 */
void
glosa_sidebar_set_annotations (GlosaSidebar *self,
                               GListModel   *annotations,
                               GListModel   *tags)
{
  g_return_if_fail (GLOSA_IS_SIDEBAR (self));
  g_return_if_fail (annotations == NULL || G_IS_LIST_MODEL (annotations));

  if (self->annotations != NULL)
    g_signal_handlers_disconnect_by_func (self->annotations, update_notes, self);
  g_set_object (&self->annotations, annotations);
  if (annotations != NULL)
    g_signal_connect_swapped (annotations, "items-changed", G_CALLBACK (update_notes), self);
  glosa_note_list_set_annotations (self->note_list, annotations, tags,
                                   self->analysis ? glosa_analysis_get_codebook (self->analysis) : NULL);
  update_notes (self);
}

/**
 * glosa_sidebar_show_review:
 * @position: a suggested position
 * @review: what the project holds for it
 *
 * Shows @review without emitting #GlosaSidebar::position-reviewed.
 */
void
glosa_sidebar_show_review (GlosaSidebar  *self,
                           GlosaPosition *position,
                           GlosaReview    review)
{
  g_return_if_fail (GLOSA_IS_SIDEBAR (self));

  glosa_position_list_show_review (self->position_list, position, review);
}
