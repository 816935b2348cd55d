/* glosa-annotations-window.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-annotations-window"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-annotations-window.h"
#include "glosa-text.h"

/* Every annotation in the project, filtered by text, tag, actor, issue,
 * stance and author; activating one shows it in the main window. */

struct _GlosaAnnotationsWindow
{
  AdwWindow           parent_instance;

  AdwWindowTitle     *title;
  GtkSearchEntry     *search_entry;
  GtkFlowBox         *filter_box;
  GtkStack           *stack;
  GtkListView        *list_view;

  GlosaProject       *project;
  GlosaCodebook      *codebook;  /* nullable: names for actors and issues */
  GtkFilterListModel *filtered;
  GtkDropDown        *dropdowns[GLOSA_ANNOTATIONS_N_FILTERS];
  GPtrArray          *values[GLOSA_ANNOTATIONS_N_FILTERS];  /* ids; index 0 is "Any", NULL */
};

G_DEFINE_FINAL_TYPE (GlosaAnnotationsWindow, glosa_annotations_window, ADW_TYPE_WINDOW)

enum
{
  ANNOTATION_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
selected_value (GlosaAnnotationsWindow     *self,
                GlosaAnnotationsFilterKind  kind)
{
  guint selected = gtk_drop_down_get_selected (self->dropdowns[kind]);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->values[kind]->len)
    return NULL;
  return g_ptr_array_index (self->values[kind], selected);
}

static gboolean
match_cb (gpointer item,
          gpointer user_data)
{
  GlosaAnnotationsWindow *self = user_data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GlosaAnnotationFilter filter = {
    .tag = selected_value (self, GLOSA_ANNOTATIONS_FILTER_TAG),
    .actor = selected_value (self, GLOSA_ANNOTATIONS_FILTER_ACTOR),
    .issue = selected_value (self, GLOSA_ANNOTATIONS_FILTER_ISSUE),
    .stance = selected_value (self, GLOSA_ANNOTATIONS_FILTER_STANCE),
    .author = selected_value (self, GLOSA_ANNOTATIONS_FILTER_AUTHOR),
    .text = text[0] != '\0' ? text : NULL,
  };

  return glosa_project_annotation_matches (self->project, item, &filter);
}

static void
update_count (GlosaAnnotationsWindow *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint total = g_list_model_get_n_items (glosa_project_get_annotations (self->project, NULL));
  g_autofree char *subtitle = NULL;

  /* Translators: "3 of 12 annotations" */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u annotation",
                                           "%u of %u annotations", total), shown, total);
  adw_window_title_set_subtitle (self->title, subtitle);
  gtk_stack_set_visible_child_name (self->stack, shown > 0 ? "list" : "empty");
}

static void
filters_changed_cb (GlosaAnnotationsWindow *self)
{
  GtkFilter *filter = gtk_filter_list_model_get_filter (self->filtered);

  gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

static const char *
tag_name (GlosaAnnotationsWindow *self,
          const char             *id)
{
  GlosaTag *tag = glosa_project_lookup_tag (self->project, id);

  return tag ? glosa_tag_get_name (tag) : id;
}

static const char *
actor_name (GlosaAnnotationsWindow *self,
            const char             *id)
{
  GlosaActor *actor = self->codebook ? glosa_codebook_lookup_actor (self->codebook, id) : NULL;

  return actor ? glosa_actor_get_name (actor) : id;
}

static const char *
issue_label (GlosaAnnotationsWindow *self,
             const char             *id)
{
  GlosaIssue *issue = self->codebook ? glosa_codebook_lookup_issue (self->codebook, id) : NULL;

  return issue ? glosa_issue_get_label (issue) : id;
}

static const char *
stance_label (const char *id)
{
  GlosaStance value;

  return glosa_stance_from_string (id, &value) ? glosa_stance_get_label (value) : id;
}

/* Labels are plain text throughout: quotes and notes are the user's. */
static GtkWidget *
add_label (GtkWidget  *box,
           const char *text,
           const char *style)
{
  g_autofree char *shown = glosa_text_shorten (text, GLOSA_TEXT_MAX_ROW_CHARS);
  GtkWidget *label = gtk_label_new (shown);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_item_set_child (item, box);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         GlosaAnnotationsWindow   *self)
{
  GlosaAnnotation *annotation = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  const char *document_id = glosa_annotation_get_document (annotation);
  GlosaDocument *document = glosa_project_lookup_document (self->project, document_id);
  const char * const *tags = glosa_annotation_get_tags (annotation);
  const char *actor = glosa_annotation_get_actor (annotation);
  const char *issue = glosa_annotation_get_issue (annotation);
  const char *stance = glosa_annotation_get_stance (annotation);
  const char *note = glosa_annotation_get_note (annotation);
  const char *author = glosa_annotation_get_author (annotation);
  g_autoptr(GString) tag_names = g_string_new (NULL);
  g_autoptr(GString) who = g_string_new (NULL);
  GtkWidget *child, *title, *quote;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);

  title = add_label (box, document ? glosa_document_get_title (document) : document_id, "heading");
  gtk_label_set_wrap (GTK_LABEL (title), FALSE);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  quote = add_label (box, glosa_annotation_get_quote (annotation), "note-quote");
  gtk_label_set_lines (GTK_LABEL (quote), 2);
  gtk_label_set_ellipsize (GTK_LABEL (quote), PANGO_ELLIPSIZE_END);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    /* Translators: the separator between an annotation's tags */
    g_string_append_printf (tag_names, "%s%s", i ? _(", ") : "", tag_name (self, tags[i]));
  if (tag_names->len > 0)
    add_label (box, tag_names->str, "accent");
  if (actor != NULL)
    g_string_append (who, actor_name (self, actor));
  if (issue != NULL)
    /* Translators: an actor and an issue or stance, "Gustavo Petro · opposes" */
    g_string_append_printf (who, "%s%s", who->len ? _(" · ") : "", issue_label (self, issue));
  if (stance != NULL)
    g_string_append_printf (who, "%s%s", who->len ? _(" · ") : "", stance_label (stance));
  if (who->len > 0)
    add_label (box, who->str, "caption");
  if (note != NULL && note[0] != '\0')
    add_label (box, note, NULL);
  if (author != NULL && author[0] != '\0')
    add_label (box, author, "dim-label");
}

static void
activate_cb (GlosaAnnotationsWindow *self,
             guint                   position)
{
  glosa_annotations_window_activate (self, position);
}

static int
compare_labels (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  return g_utf8_collate (((const char * const *) a)[1], ((const char * const *) b)[1]);
}

/* One dropdown: "Any", then each value in use, by its label. */
static void
add_dropdown (GlosaAnnotationsWindow     *self,
              GlosaAnnotationsFilterKind  kind,
              const char                 *any,
              GHashTable                 *labels)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (const char *) * 2);
  GHashTableIter iter;
  gpointer key, value;
  GtkWidget *dropdown;

  g_hash_table_iter_init (&iter, labels);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *pair[2] = { key, value };

      g_array_append_vals (pairs, pair, 1);
    }
  g_array_sort_with_data (pairs, compare_labels, NULL);

  self->values[kind] = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->values[kind], NULL);
  gtk_string_list_append (strings, any);
  for (guint i = 0; i < pairs->len; i++)
    {
      const char **pair = &g_array_index (pairs, const char *, 2 * i);

      g_ptr_array_add (self->values[kind], g_strdup (pair[0]));
      gtk_string_list_append (strings, pair[1]);
    }
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&strings)), NULL);
  gtk_widget_set_tooltip_text (dropdown, any);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (filters_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_flow_box_append (self->filter_box, dropdown);
  self->dropdowns[kind] = GTK_DROP_DOWN (dropdown);
}

static void
build_filters (GlosaAnnotationsWindow *self)
{
  GListModel *annotations = glosa_project_get_annotations (self->project, NULL);
  GListModel *tags = glosa_project_get_tags (self->project);
  GHashTable *labels[GLOSA_ANNOTATIONS_N_FILTERS];

  for (guint k = 0; k < GLOSA_ANNOTATIONS_N_FILTERS; k++)
    labels[k] = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
    {
      g_autoptr(GlosaTag) tag = g_list_model_get_item (tags, i);

      g_hash_table_insert (labels[GLOSA_ANNOTATIONS_FILTER_TAG], (gpointer) glosa_tag_get_id (tag),
                           (gpointer) glosa_tag_get_name (tag));
    }
  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(GlosaAnnotation) annotation = g_list_model_get_item (annotations, i);
      const char *actor = glosa_annotation_get_actor (annotation);
      const char *issue = glosa_annotation_get_issue (annotation);
      const char *stance = glosa_annotation_get_stance (annotation);
      const char *author = glosa_annotation_get_author (annotation);

      /* The strings belong to the project's annotations, which outlive this. */
      if (actor != NULL)
        g_hash_table_insert (labels[GLOSA_ANNOTATIONS_FILTER_ACTOR], (gpointer) actor,
                             (gpointer) actor_name (self, actor));
      if (issue != NULL)
        g_hash_table_insert (labels[GLOSA_ANNOTATIONS_FILTER_ISSUE], (gpointer) issue,
                             (gpointer) issue_label (self, issue));
      if (stance != NULL)
        g_hash_table_insert (labels[GLOSA_ANNOTATIONS_FILTER_STANCE], (gpointer) stance,
                             (gpointer) stance_label (stance));
      if (author != NULL && author[0] != '\0')
        g_hash_table_insert (labels[GLOSA_ANNOTATIONS_FILTER_AUTHOR], (gpointer) author,
                             (gpointer) author);
    }
  add_dropdown (self, GLOSA_ANNOTATIONS_FILTER_TAG, _("Any Tag"),
                labels[GLOSA_ANNOTATIONS_FILTER_TAG]);
  add_dropdown (self, GLOSA_ANNOTATIONS_FILTER_ACTOR, _("Any Actor"),
                labels[GLOSA_ANNOTATIONS_FILTER_ACTOR]);
  add_dropdown (self, GLOSA_ANNOTATIONS_FILTER_ISSUE, _("Any Issue"),
                labels[GLOSA_ANNOTATIONS_FILTER_ISSUE]);
  add_dropdown (self, GLOSA_ANNOTATIONS_FILTER_STANCE, _("Any Stance"),
                labels[GLOSA_ANNOTATIONS_FILTER_STANCE]);
  add_dropdown (self, GLOSA_ANNOTATIONS_FILTER_AUTHOR, _("Any Author"),
                labels[GLOSA_ANNOTATIONS_FILTER_AUTHOR]);
  for (guint k = 0; k < GLOSA_ANNOTATIONS_N_FILTERS; k++)
    g_hash_table_unref (labels[k]);
}

static void
glosa_annotations_window_dispose (GObject *object)
{
  GlosaAnnotationsWindow *self = GLOSA_ANNOTATIONS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GLOSA_TYPE_ANNOTATIONS_WINDOW);
  g_clear_object (&self->filtered);
  g_clear_object (&self->codebook);
  g_clear_object (&self->project);
  for (guint k = 0; k < GLOSA_ANNOTATIONS_N_FILTERS; k++)
    g_clear_pointer (&self->values[k], g_ptr_array_unref);

  G_OBJECT_CLASS (glosa_annotations_window_parent_class)->dispose (object);
}

static void
glosa_annotations_window_class_init (GlosaAnnotationsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = glosa_annotations_window_dispose;

  /**
   * GlosaAnnotationsWindow::annotation-activated:
   * @annotation: the annotation to show in its article
   */
  signals[ANNOTATION_ACTIVATED] =
    g_signal_new ("annotation-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSA_TYPE_ANNOTATION);

  gtk_widget_class_set_template_from_resource
    (widget_class, "/io/github/glosa/Glosa/glosa-annotations-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GlosaAnnotationsWindow, title);
  gtk_widget_class_bind_template_child (widget_class, GlosaAnnotationsWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, GlosaAnnotationsWindow, filter_box);
  gtk_widget_class_bind_template_child (widget_class, GlosaAnnotationsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, GlosaAnnotationsWindow, list_view);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);

}

static void
glosa_annotations_window_init (GlosaAnnotationsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

GlosaAnnotationsWindow *
glosa_annotations_window_new (GtkWindow     *parent,
                              GlosaProject  *project,
                              GlosaCodebook *codebook)
{
  GlosaAnnotationsWindow *self;
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;
  GtkCustomFilter *filter;
  GListModel *annotations;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (GLOSA_IS_PROJECT (project), NULL);
  g_return_val_if_fail (codebook == NULL || GLOSA_IS_CODEBOOK (codebook), NULL);

  self = g_object_new (GLOSA_TYPE_ANNOTATIONS_WINDOW, "transient-for", parent, NULL);
  self->project = g_object_ref (project);
  self->codebook = codebook ? g_object_ref (codebook) : NULL;
  build_filters (self);

  annotations = glosa_project_get_annotations (project, NULL);
  filter = gtk_custom_filter_new (match_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (annotations), GTK_FILTER (filter));
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_count), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  update_count (self);
  return self;
}

/**
 * glosa_annotations_window_set_filter:
 * @value: (nullable): an id among the dropdown's values, or %NULL for any
 *
 * Returns: whether the dropdown offers @value
 */
gboolean
glosa_annotations_window_set_filter (GlosaAnnotationsWindow     *self,
                                     GlosaAnnotationsFilterKind  kind,
                                     const char                 *value)
{
  g_return_val_if_fail (GLOSA_IS_ANNOTATIONS_WINDOW (self), FALSE);
  g_return_val_if_fail (kind < GLOSA_ANNOTATIONS_N_FILTERS, FALSE);

  for (guint i = 0; i < self->values[kind]->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->values[kind], i), value) == 0)
      {
        gtk_drop_down_set_selected (self->dropdowns[kind], i);
        return TRUE;
      }
  return FALSE;
}

void
glosa_annotations_window_set_text (GlosaAnnotationsWindow *self,
                                   const char             *text)
{
  g_return_if_fail (GLOSA_IS_ANNOTATIONS_WINDOW (self));
  g_return_if_fail (text != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* Typing waits for a pause; a caller setting the text wants it now. */
  filters_changed_cb (self);
}

guint
glosa_annotations_window_get_n_shown (GlosaAnnotationsWindow *self)
{
  g_return_val_if_fail (GLOSA_IS_ANNOTATIONS_WINDOW (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

/**
 * glosa_annotations_window_activate:
 * @position: a row among those shown
 *
 * Does what clicking the row does: asks for its annotation to be shown.
 */
void
glosa_annotations_window_activate (GlosaAnnotationsWindow *self,
                                   guint                   position)
{
  g_autoptr(GlosaAnnotation) annotation = NULL;

  g_return_if_fail (GLOSA_IS_ANNOTATIONS_WINDOW (self));

  annotation = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
  if (annotation != NULL)
    g_signal_emit (self, signals[ANNOTATION_ACTIVATED], 0, annotation);
}
