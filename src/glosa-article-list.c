/* glosa-article-list.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-article-list"

#include "config.h"

#include <adwaita.h>
#include <string.h>
#include <glib/gi18n.h>

#include "glosa-article-list.h"
#include "glosa-document.h"
#include "glosa-document-list.h"
#include "glosa-fold.h"
#include "glosa-subset-model.h"

/* The articles pane: a search field (titles and full text through the
 * FTS5 index), a sort order, an optional "mentions this actor" filter, and
 * a list view that only builds the visible rows. Filters are decided by
 * position (the search index and the mention counts both answer so) and
 * shown through a subset model, so a search in a project of 100,000
 * articles reads none of them: the list reads only the rows in sight.
 * A project's documents are sorted by the project too, in one query, and
 * shown through a sorted list that stays as lazy; a bare corpus folder
 * (all in memory anyway) is sorted by a GtkSortListModel. */
struct _GlosaArticleList
{
  GtkWidget           parent_instance;

  GtkSearchEntry     *search_entry;
  GtkLabel           *count_label;
  GtkDropDown        *sort_dropdown;
  GtkWidget          *actor_filter_box;
  GtkLabel           *actor_filter_label;
  GtkStack           *list_stack;
  GtkListView        *list_view;

  GListModel         *documents;
  GlosaProject       *project;       /* searched when the documents are its own */
  GlosaDocumentList  *project_sorted; /* the project's documents, as sorted */
  GArray             *orders[4];     /* by GlosaDocumentOrder, kept until they change */
  GCancellable       *sorting;       /* the project's sort in progress */
  gboolean            sort_failed;   /* so sort the project's documents in memory */
  GlosaSearchIndex   *index;
  GlosaCorpusMentions *mentions;     /* the actor filter's counts, or NULL */
  int                 actor;
  GHashTable         *counts;        /* document id → annotations, shared with rows */
  GtkMapListModel    *mapped;
  GlosaSubsetModel   *subset;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  GtkListItemFactory *factory;
  gboolean            swapping;      /* the selection changes only in passing */
};

/* Each document carries the list's table of annotation counts for its row
 * to look itself up in, as object data set when the row asks for it: a
 * row's bindings can reach nothing but its document, and lazy documents
 * come and go. The table is updated in place. */
#define N_ANNOTATIONS_KEY "glosa-article-list-annotation-counts"

G_DEFINE_FINAL_TYPE (GlosaArticleList, glosa_article_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

enum {
  ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The sort drop-down's items, in order. */
static const char * const sort_properties[] = {
  [GLOSA_DOCUMENT_ORDER_NONE] = NULL,
  [GLOSA_DOCUMENT_ORDER_TITLE] = "title",
  [GLOSA_DOCUMENT_ORDER_DATE] = "date",
  [GLOSA_DOCUMENT_ORDER_SOURCE] = "source",
};

/* "Latin America Report · 2026-02-04", or the file the article came from. */
static char *
glosa_article_row_byline (GObject       *item,
                          GlosaDocument *document)
{
  const char *parts[5] = { NULL };
  g_autofree char *label = NULL;
  GHashTable *counts;
  guint n = 0, notes;

  if (document == NULL)
    return NULL;
  if (glosa_document_get_source (document))
    parts[n++] = glosa_document_get_source (document);
  if (glosa_document_get_date (document))
    parts[n++] = glosa_document_get_date (document);
  if (n == 0)
    parts[n++] = glosa_document_get_path (document);
  counts = g_object_get_data (G_OBJECT (document), N_ANNOTATIONS_KEY);
  notes = counts ? GPOINTER_TO_UINT (g_hash_table_lookup (counts, glosa_document_get_id (document)))
                 : 0;
  if (notes > 0)
    parts[n++] = label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes", notes),
                                          notes);
  return g_strjoinv (" · ", (char **) parts);
}

static gpointer
map_func (gpointer item,
          gpointer user_data)
{
  GlosaArticleList *self = user_data;

  g_object_set_data_full (item, N_ANNOTATIONS_KEY, g_hash_table_ref (self->counts),
                          (GDestroyNotify) g_hash_table_unref);
  return item;
}

static void
update_count (GlosaArticleList *self)
{
  guint total = self->documents ? g_list_model_get_n_items (self->documents) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->subset));
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", total), total);
  else
    /* TRANSLATORS: "3 of 120 articles" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u article", "%u of %u articles",
                                         total), shown, total);
  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 || total == 0 ? "list" : "empty");
}

/* Without an index (still being built), search titles, folded. */
static GHashTable *
title_matches (GlosaArticleList *self,
               const char       *text)
{
  g_autofree char *needle = glosa_fold_string (text, -1);
  GHashTable *set = g_hash_table_new (NULL, NULL);
  guint n = g_list_model_get_n_items (self->documents);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (self->documents, i);
      g_autofree char *title = glosa_fold_string (glosa_document_get_title (document), -1);

      if (strstr (title, needle) != NULL)
        g_hash_table_add (set, GUINT_TO_POINTER (i));
    }
  return set;
}

/* The positions of the documents matching the search, or %NULL for all. */
static GHashTable *
search_positions (GlosaArticleList *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  g_autoptr(GError) error = NULL;
  GHashTable *positions = NULL;

  if (self->documents == NULL || *text == '\0')
    return NULL;
  if (self->project != NULL)
    positions = glosa_project_search (self->project, text, &error);
  else if (self->index != NULL)
    positions = glosa_search_index_query (self->index, text, &error);
  if (error != NULL)
    g_debug ("Searching titles only: %s", error->message);
  return positions ? positions : title_matches (self, text);
}

/* GtkSingleSelection looks for the selected item among every row a
 * change adds, comparing objects: on a lazy model, which makes new ones,
 * that reads every document. So the selection is set aside while the
 * contents change, then the article put back if still shown; the window
 * hears only when another article ends up selected. */
static char *
begin_swap (GlosaArticleList *self)
{
  GlosaDocument *selected = glosa_article_list_get_selected (self);
  char *id = selected ? g_strdup (glosa_document_get_id (selected)) : NULL;

  self->swapping = TRUE;
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  return id;
}

static guint find_shown (GlosaArticleList *self,
                         const char       *id);

static void
end_swap (GlosaArticleList *self,
          char             *id)
{
  guint position = id ? find_shown (self, id) : GTK_INVALID_LIST_POSITION;
  GlosaDocument *selected;

  if (position == GTK_INVALID_LIST_POSITION)
    position = 0;
  gtk_single_selection_set_selected (self->selection, position);
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  self->swapping = FALSE;
  selected = glosa_article_list_get_selected (self);
  if (g_strcmp0 (id, selected ? glosa_document_get_id (selected) : NULL) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
  else if (selected != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  g_free (id);
}

static void
clear_orders (GlosaArticleList *self)
{
  g_cancellable_cancel (self->sorting);
  g_clear_object (&self->sorting);
  for (guint i = 0; i < G_N_ELEMENTS (self->orders); i++)
    g_clear_pointer (&self->orders[i], g_array_unref);
}

static GlosaDocumentOrder
chosen_order (GlosaArticleList *self)
{
  guint selected = gtk_drop_down_get_selected (self->sort_dropdown);

  G_STATIC_ASSERT (G_N_ELEMENTS (sort_properties) == G_N_ELEMENTS (self->orders));

  return selected < G_N_ELEMENTS (sort_properties) ? selected : GLOSA_DOCUMENT_ORDER_NONE;
}

static void update_list (GlosaArticleList *self,
                         gboolean          resort);

static void
sorted_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GlosaArticleList *self = user_data;
  GlosaDocumentOrder order;
  g_autoptr(GArray) positions = NULL;
  g_autoptr(GError) error = NULL;

  /* Cancelled when the list went, or the order or the documents changed. */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  order = chosen_order (self);
  positions = glosa_project_sort_documents_finish (self->project, result, &error);
  g_clear_object (&self->sorting);
  if (error != NULL)
    {
      g_warning ("Sorting in memory: %s", error->message);
      self->sort_failed = TRUE;
    }
  else
    self->orders[order] = g_steal_pointer (&positions);
  update_list (self, TRUE);
}

/* A project's documents are sorted by the project, in a thread, each
 * order once while they stay the same (by title, 100,000 take most of a
 * second): the list keeps its order until the new one comes. Other
 * documents, or a project that failed to sort, are sorted in memory. */
static void
sort_documents (GlosaArticleList *self)
{
  GlosaDocumentOrder order = chosen_order (self);
  gboolean in_memory = self->project_sorted == NULL || self->sort_failed;
  g_autoptr(GtkSorter) sorter = NULL;

  g_cancellable_cancel (self->sorting);
  g_clear_object (&self->sorting);
  if (!in_memory)
    {
      if (order != GLOSA_DOCUMENT_ORDER_NONE && self->orders[order] == NULL)
        {
          self->sorting = g_cancellable_new ();
          glosa_project_sort_documents_async (self->project, order, self->sorting, sorted_cb, self);
          return;
        }
      glosa_document_list_set_order (self->project_sorted, self->orders[order]);
    }
  if (in_memory && sort_properties[order] != NULL)
    {
      GtkExpression *property = gtk_property_expression_new (GLOSA_TYPE_DOCUMENT, NULL,
                                                             sort_properties[order]);

      sorter = GTK_SORTER (gtk_string_sorter_new (property));
    }
  gtk_sort_list_model_set_sorter (self->sorted, sorter);
}

/* Filters (and sorts, with @resort) with the selection set aside. */
static void
update_list (GlosaArticleList *self,
             gboolean          resort)
{
  g_autoptr(GHashTable) hits = search_positions (self);
  gboolean by_actor = self->mentions != NULL && self->actor >= 0;
  g_autoptr(GArray) positions = NULL;
  char *id;

  id = begin_swap (self);
  if (resort)
    sort_documents (self);
  /* The search and the mentions know documents by their unsorted
   * positions; the subset wants the sorted list's, in its order. */
  if (hits != NULL || by_actor)
    {
      guint n = g_list_model_get_n_items (self->documents);

      positions = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint i = 0; i < n; i++)
        {
          guint at = self->project_sorted
                     ? glosa_document_list_get_unsorted_position (self->project_sorted, i) : i;

          if ((hits == NULL || g_hash_table_contains (hits, GUINT_TO_POINTER (at)))
              && (!by_actor || glosa_corpus_mentions_count (self->mentions, at, self->actor) > 0))
            g_array_append_val (positions, i);
        }
    }
  glosa_subset_model_set_positions (self->subset, positions);
  end_swap (self, id);
  update_count (self);
}

static void
refilter (GlosaArticleList *self)
{
  update_list (self, FALSE);
}

static void
search_changed_cb (GlosaArticleList *self)
{
  refilter (self);
}

static void
stop_search_cb (GlosaArticleList *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
sort_changed_cb (GlosaArticleList *self)
{
  update_list (self, TRUE);
}

static void
activate_cb (GlosaArticleList *self,
             guint             position)
{
  g_signal_emit (self, signals[ACTIVATED], 0);
}

static void
selection_changed_cb (GlosaArticleList *self)
{

  if (self->swapping)
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
clear_actor_filter_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  glosa_article_list_set_actor_filter (GLOSA_ARTICLE_LIST (widget), NULL, -1, NULL);
}

static void
glosa_article_list_dispose (GObject *object)
{
  GlosaArticleList *self = (GlosaArticleList *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), GLOSA_TYPE_ARTICLE_LIST);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->factory);
  g_clear_object (&self->documents);
  g_clear_object (&self->project);
  g_clear_object (&self->project_sorted);
  clear_orders (self);
  g_clear_object (&self->index);
  g_clear_object (&self->mentions);
  g_clear_object (&self->sorted);
  g_clear_object (&self->subset);
  g_clear_object (&self->mapped);
  g_clear_pointer (&self->counts, g_hash_table_unref);

  G_OBJECT_CLASS (glosa_article_list_parent_class)->dispose (object);
}

static void
glosa_article_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  GlosaArticleList *self = GLOSA_ARTICLE_LIST (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, glosa_article_list_get_selected (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
glosa_article_list_class_init (GlosaArticleListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = glosa_article_list_dispose;
  object_class->get_property = glosa_article_list_get_property;

  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, GLOSA_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GlosaArticleList::activated:
   *
   * The user chose an article (a click, or Enter): at narrow widths the
   * window then shows the article.
   */
  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glosa/Glosa/glosa-article-list.ui");
  gtk_widget_class_bind_template_child (widget_class, GlosaArticleList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, GlosaArticleList, count_label);
  gtk_widget_class_bind_template_child (widget_class, GlosaArticleList, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GlosaArticleList, actor_filter_box);
  gtk_widget_class_bind_template_child (widget_class, GlosaArticleList, actor_filter_label);
  gtk_widget_class_bind_template_child (widget_class, GlosaArticleList, list_stack);
  gtk_widget_class_bind_template_child (widget_class, GlosaArticleList, list_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, sort_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);

  gtk_widget_class_install_action (widget_class, "articles.clear-actor-filter", NULL,
                                   clear_actor_filter_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
glosa_article_list_init (GlosaArticleList *self)
{
  g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->actor = -1;
  self->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->mapped = gtk_map_list_model_new (NULL, map_func, self, NULL);
  self->subset = glosa_subset_model_new (G_LIST_MODEL (self->mapped));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->subset)), NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "glosa_article_row_byline",
                                          G_CALLBACK (glosa_article_row_byline));
  self->factory = gtk_builder_list_item_factory_new_from_resource (scope,
                                                                   "/io/github/glosa/Glosa/glosa-article-row.ui");
  gtk_list_view_set_factory (self->list_view, self->factory);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));
  update_count (self);
}

static void
show_documents (GlosaArticleList *self,
                GListModel       *documents,
                GlosaProject     *project)
{
  g_autoptr(GlosaDocumentList) project_sorted = NULL;
  char *id;

  /* A project's own sorted list; the sorts of the last one are stale. */
  if (self->documents != NULL)
    g_signal_handlers_disconnect_by_func (self->documents, clear_orders, self);
  clear_orders (self);
  self->sort_failed = FALSE;
  if (project != NULL)
    {
      project_sorted = glosa_document_list_new_sorted (GLOSA_DOCUMENT_LIST (documents));
      g_signal_connect_object (documents, "items-changed", G_CALLBACK (clear_orders), self,
                               G_CONNECT_SWAPPED);
    }
  g_set_object (&self->documents, documents);
  g_set_object (&self->project, project);
  g_clear_object (&self->index);
  g_clear_object (&self->mentions);
  self->actor = -1;
  gtk_widget_set_visible (self->actor_filter_box, FALSE);
  id = begin_swap (self);
  gtk_map_list_model_set_model (self->mapped, project_sorted ? G_LIST_MODEL (project_sorted)
                                                             : documents);
  g_set_object (&self->project_sorted, project_sorted);
  sort_documents (self);
  end_swap (self, id);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  refilter (self);
}

/**
 * glosa_article_list_set_documents:
 * @documents: (nullable): a #GListModel of #GlosaDocument
 *
 * Shows @documents, clearing the search, the actor filter and the index.
 */
void
glosa_article_list_set_documents (GlosaArticleList *self,
                                  GListModel       *documents)
{
  g_return_if_fail (GLOSA_IS_ARTICLE_LIST (self));
  g_return_if_fail (documents == NULL || G_IS_LIST_MODEL (documents));

  show_documents (self, documents, NULL);
}

/**
 * glosa_article_list_set_project:
 * @project: a project
 *
 * Shows the project's documents (glosa_project_get_documents(), read as
 * they come into sight) and searches its full-text index, keeping the
 * article selected if the project has it; the search and the actor filter
 * are cleared.
 */
void
glosa_article_list_set_project (GlosaArticleList *self,
                                GlosaProject     *project)
{
  g_return_if_fail (GLOSA_IS_ARTICLE_LIST (self));
  g_return_if_fail (GLOSA_IS_PROJECT (project));

  show_documents (self, glosa_project_get_documents (project), project);
}

/**
 * glosa_article_list_set_search_index:
 * @index: (nullable): the full-text index of the documents
 *
 * Until an index is set, the search looks at titles only (a project's
 * documents are searched through its own index).
 */
void
glosa_article_list_set_search_index (GlosaArticleList *self,
                                     GlosaSearchIndex *index)
{
  g_return_if_fail (GLOSA_IS_ARTICLE_LIST (self));

  g_set_object (&self->index, index);
  refilter (self);
}

/**
 * glosa_article_list_set_actor_filter:
 * @mentions: (nullable): mention counts of the documents, by position
 * @actor: an actor's position in the codebook, or -1 to show all articles
 * @actor_name: (nullable): the actor's name, for the filter's label
 *
 * Shows only the articles that mention @actor.
 */
void
glosa_article_list_set_actor_filter (GlosaArticleList    *self,
                                     GlosaCorpusMentions *mentions,
                                     int                  actor,
                                     const char          *actor_name)
{
  g_return_if_fail (GLOSA_IS_ARTICLE_LIST (self));

  g_clear_object (&self->mentions);
  self->actor = -1;
  if (actor >= 0 && mentions != NULL && self->documents != NULL)
    {
      g_autofree char *label = g_strdup_printf (_("Mentioning %s"), actor_name ? actor_name : "");

      self->mentions = g_object_ref (mentions);
      self->actor = actor;
      gtk_label_set_text (self->actor_filter_label, label);
    }
  gtk_widget_set_visible (self->actor_filter_box, self->mentions != NULL);
  refilter (self);
}

/**
 * glosa_article_list_get_selected:
 *
 * Returns: (transfer none) (nullable): the selected document
 */
GlosaDocument *
glosa_article_list_get_selected (GlosaArticleList *self)
{
  g_return_val_if_fail (GLOSA_IS_ARTICLE_LIST (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

/**
 * glosa_article_list_get_n_shown:
 *
 * Returns: how many articles the search and filters let through
 */
guint
glosa_article_list_get_n_shown (GlosaArticleList *self)
{
  g_return_val_if_fail (GLOSA_IS_ARTICLE_LIST (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
}

/**
 * glosa_article_list_select:
 * @id: a document id
 *
 * Selects the document @id, clearing the search when it hides it.
 *
 * Returns: whether the list shows and selected it
 */
static gboolean
select_at (GlosaArticleList *self,
           guint             position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  return TRUE;
}

/* Where the list shows @id, or GTK_INVALID_LIST_POSITION. In a project's
 * documents that is a lookup; otherwise every row is looked at. */
static guint
find_shown (GlosaArticleList *self,
            const char       *id)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint position, found;

  if (self->project_sorted != NULL && gtk_sort_list_model_get_sorter (self->sorted) == NULL)
    {
      if (glosa_project_get_document_position (self->project, id, &position)
          && glosa_document_list_find (self->project_sorted, position, &position)
          && glosa_subset_model_find (self->subset, position, &found))
        return found;
      return GTK_INVALID_LIST_POSITION;
    }
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (model, i);

      if (g_str_equal (glosa_document_get_id (document), id))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

gboolean
glosa_article_list_select (GlosaArticleList *self,
                           const char       *id)
{
  guint position;

  g_return_val_if_fail (GLOSA_IS_ARTICLE_LIST (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if ((position = find_shown (self, id)) != GTK_INVALID_LIST_POSITION)
    return select_at (self, position);
  /* Hidden by the search? */
  glosa_article_list_set_search_text (self, "");
  if ((position = find_shown (self, id)) != GTK_INVALID_LIST_POSITION)
    return select_at (self, position);
  return FALSE;
}

/**
 * glosa_article_list_step:
 * @direction: 1 for the next article, -1 for the previous one
 */
void
glosa_article_list_step (GlosaArticleList *self,
                         int               direction)
{
  guint n, position;

  g_return_if_fail (GLOSA_IS_ARTICLE_LIST (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  position = gtk_single_selection_get_selected (self->selection);
  if (n == 0)
    return;
  if (position == GTK_INVALID_LIST_POSITION)
    position = 0;
  else if (direction > 0)
    position = MIN (position + 1, n - 1);
  else if (position > 0)
    position--;
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

void
glosa_article_list_set_search_text (GlosaArticleList *self,
                                    const char       *text)
{
  g_return_if_fail (GLOSA_IS_ARTICLE_LIST (self));
  g_return_if_fail (text != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* search-changed is delayed for typing; a program wants it now. */
  refilter (self);
}

void
glosa_article_list_focus_search (GlosaArticleList *self)
{
  g_return_if_fail (GLOSA_IS_ARTICLE_LIST (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * glosa_article_list_set_annotation_counts:
 * @counts: (nullable): document id → number of annotations, as
 *   GUINT_TO_POINTER(); %NULL for none
 *
 * Shows each article's number of annotations in its row.
 */
static gboolean
same_counts (GHashTable *old,
             GHashTable *counts)
{
  GHashTableIter iter;
  gpointer key, value;

  if (counts == NULL)
    return g_hash_table_size (old) == 0;
  if (g_hash_table_size (old) != g_hash_table_size (counts))
    return FALSE;
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_hash_table_lookup (old, key) != value)
      return FALSE;
  return TRUE;
}

void
glosa_article_list_set_annotation_counts (GlosaArticleList *self,
                                          GHashTable       *counts)
{
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (GLOSA_IS_ARTICLE_LIST (self));

  if (same_counts (self->counts, counts))
    return;
  /* In place: the documents in sight hold this table. */
  g_hash_table_remove_all (self->counts);
  if (counts != NULL)
    {
      g_hash_table_iter_init (&iter, counts);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_hash_table_insert (self->counts, g_strdup (key), value);
    }
  /* Rows bind once: a new factory rebuilds the rows in sight, and leaves
   * the selection and the scroll position alone. */
  gtk_list_view_set_factory (self->list_view, NULL);
  gtk_list_view_set_factory (self->list_view, self->factory);
}
