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
#include "glosa-fold.h"

/* The articles pane: a search field (titles and full text through the
 * FTS5 index), a sort order, an optional "mentions this actor" filter, and
 * a list view that only builds the visible rows. Filters are sets of
 * documents, so the filter function is one hash lookup per row. */
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
  GlosaSearchIndex   *index;
  GHashTable         *search_hits;   /* documents matching the search, or NULL */
  GHashTable         *actor_hits;    /* documents mentioning the actor, or NULL */
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  GtkListItemFactory *factory;
};

/* Each document carries its number of annotations for the row to show, as
 * object data: the documents are this window's own, and a row's bindings
 * can reach nothing but its document. */
#define N_ANNOTATIONS_KEY "glosa-article-list-n-annotations"

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

static const char * const sort_properties[] = { NULL, "title", "date", "source" };

/* "Latin America Report · 2026-02-04", or the file the article came from. */
static char *
glosa_article_row_byline (GObject       *item,
                          GlosaDocument *document)
{
  const char *parts[5] = { NULL };
  g_autofree char *label = NULL;
  guint n = 0, notes;

  if (document == NULL)
    return NULL;
  if (glosa_document_get_source (document))
    parts[n++] = glosa_document_get_source (document);
  if (glosa_document_get_date (document))
    parts[n++] = glosa_document_get_date (document);
  if (n == 0)
    parts[n++] = glosa_document_get_path (document);
  notes = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (document), N_ANNOTATIONS_KEY));
  if (notes > 0)
    parts[n++] = label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes", notes),
                                          notes);
  return g_strjoinv (" · ", (char **) parts);
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  GlosaArticleList *self = user_data;

  return (self->search_hits == NULL || g_hash_table_contains (self->search_hits, item))
         && (self->actor_hits == NULL || g_hash_table_contains (self->actor_hits, item));
}

static void
update_count (GlosaArticleList *self)
{
  guint total = self->documents ? g_list_model_get_n_items (self->documents) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
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

/* The set of documents at @positions in the model. */
static GHashTable *
documents_at (GlosaArticleList *self,
              GHashTable       *positions)
{
  GHashTable *set = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, positions);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gpointer item = g_list_model_get_item (self->documents, GPOINTER_TO_UINT (key));

      if (item != NULL)
        g_hash_table_add (set, item);
    }
  return set;
}

/* Without the index (still being built), search titles, folded. */
static GHashTable *
title_matches (GlosaArticleList *self,
               const char       *text)
{
  g_autofree char *needle = glosa_fold_string (text, -1);
  GHashTable *set = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  guint n = g_list_model_get_n_items (self->documents);

  for (guint i = 0; i < n; i++)
    {
      GlosaDocument *document = g_list_model_get_item (self->documents, i);
      g_autofree char *title = glosa_fold_string (glosa_document_get_title (document), -1);

      if (strstr (title, needle) != NULL)
        g_hash_table_add (set, document);
      else
        g_object_unref (document);
    }
  return set;
}

static void
refilter (GlosaArticleList *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  g_clear_pointer (&self->search_hits, g_hash_table_unref);
  if (self->documents != NULL && *text != '\0')
    {
      g_autoptr(GHashTable) positions = NULL;
      g_autoptr(GError) error = NULL;

      if (self->index != NULL)
        positions = glosa_search_index_query (self->index, text, &error);
      if (positions != NULL)
        self->search_hits = documents_at (self, positions);
      else
        self->search_hits = title_matches (self, text);
    }
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
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
  guint selected = gtk_drop_down_get_selected (self->sort_dropdown);
  g_autoptr(GtkSorter) sorter = NULL;

  if (selected > 0 && selected < G_N_ELEMENTS (sort_properties))
    sorter = GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (GLOSA_TYPE_DOCUMENT, NULL,
                                                                             sort_properties[selected])));
  gtk_sort_list_model_set_sorter (self->sorted, sorter);
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
  g_clear_object (&self->index);
  g_clear_pointer (&self->search_hits, g_hash_table_unref);
  g_clear_pointer (&self->actor_hits, g_hash_table_unref);

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

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->filtered), NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sorted));
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

  g_set_object (&self->documents, documents);
  g_clear_object (&self->index);
  g_clear_pointer (&self->actor_hits, g_hash_table_unref);
  gtk_widget_set_visible (self->actor_filter_box, FALSE);
  gtk_filter_list_model_set_model (self->filtered, documents);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  refilter (self);
}

/**
 * glosa_article_list_set_search_index:
 * @index: (nullable): the full-text index of the documents
 *
 * Until an index is set, the search looks at titles only.
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
 * @mentions: (nullable): mention counts of the documents
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

  g_clear_pointer (&self->actor_hits, g_hash_table_unref);
  if (actor >= 0 && mentions != NULL && self->documents != NULL)
    {
      guint n = g_list_model_get_n_items (self->documents);
      g_autofree char *label = g_strdup_printf (_("Mentioning %s"), actor_name ? actor_name : "");

      self->actor_hits = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
      for (guint i = 0; i < n; i++)
        if (glosa_corpus_mentions_count (mentions, i, actor) > 0)
          g_hash_table_add (self->actor_hits, g_list_model_get_item (self->documents, i));
      gtk_label_set_text (self->actor_filter_label, label);
    }
  gtk_widget_set_visible (self->actor_filter_box, self->actor_hits != NULL);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
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
gboolean
glosa_article_list_select (GlosaArticleList *self,
                           const char       *id)
{
  GListModel *model = G_LIST_MODEL (self->selection);

  g_return_val_if_fail (GLOSA_IS_ARTICLE_LIST (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(GlosaDocument) document = g_list_model_get_item (model, i);

          if (g_str_equal (glosa_document_get_id (document), id))
            {
              gtk_single_selection_set_selected (self->selection, i);
              gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
              return TRUE;
            }
        }
      if (pass == 0)
        glosa_article_list_set_search_text (self, "");
    }
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
void
glosa_article_list_set_annotation_counts (GlosaArticleList *self,
                                          GHashTable       *counts)
{
  g_return_if_fail (GLOSA_IS_ARTICLE_LIST (self));

  for (guint i = 0; self->documents != NULL && i < g_list_model_get_n_items (self->documents); i++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (self->documents, i);
      gpointer count = counts ? g_hash_table_lookup (counts, glosa_document_get_id (document)) : NULL;

      g_object_set_data (G_OBJECT (document), N_ANNOTATIONS_KEY, count);
    }
  /* Rows bind once: a new factory rebuilds the rows in sight, and leaves
   * the selection and the scroll position alone. */
  gtk_list_view_set_factory (self->list_view, NULL);
  gtk_list_view_set_factory (self->list_view, self->factory);
}
