/* glosa-note-list.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-note-list"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-note-list.h"
#include "glosa-text.h"
#include "glosa-tag.h"

/* The article's annotations, each with its quote, tags, actor and stance,
 * and note; activating one shows its span in the article. The list is
 * bound to the project's live model, so it follows every edit and undo. */

struct _GlosaNoteList
{
  GtkWidget      parent_instance;

  /* Template widgets */
  GtkWidget     *scroller;
  GtkListBox    *list;

  GListModel    *annotations;
  GListModel    *tags;
  GlosaCodebook *codebook;
};

G_DEFINE_FINAL_TYPE (GlosaNoteList, glosa_note_list, GTK_TYPE_WIDGET)

enum {
  ANNOTATION_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
tag_name (GlosaNoteList *self,
          const char    *id)
{
  for (guint i = 0; self->tags != NULL && i < g_list_model_get_n_items (self->tags); i++)
    {
      g_autoptr(GlosaTag) tag = g_list_model_get_item (self->tags, i);

      if (g_str_equal (glosa_tag_get_id (tag), id))
        return glosa_tag_get_name (tag);
    }
  return id;
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

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  GlosaNoteList *self = user_data;
  GlosaAnnotation *annotation = item;
  const char * const *tags = glosa_annotation_get_tags (annotation);
  const char *actor_id = glosa_annotation_get_actor (annotation);
  const char *stance = glosa_annotation_get_stance (annotation);
  const char *note = glosa_annotation_get_note (annotation);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *quote;
  g_autoptr(GString) tag_names = g_string_new (NULL);
  g_autoptr(GString) who = g_string_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  quote = add_label (box, glosa_annotation_get_quote (annotation), "note-quote");
  gtk_label_set_lines (GTK_LABEL (quote), 3);
  gtk_label_set_ellipsize (GTK_LABEL (quote), PANGO_ELLIPSIZE_END);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    /* Translators: the separator between an annotation's tags */
    g_string_append_printf (tag_names, "%s%s", i ? _(", ") : "", tag_name (self, tags[i]));
  if (tag_names->len > 0)
    add_label (box, tag_names->str, "accent");

  if (actor_id != NULL)
    {
      GlosaActor *actor = self->codebook ? glosa_codebook_lookup_actor (self->codebook, actor_id) : NULL;

      g_string_append (who, actor ? glosa_actor_get_name (actor) : actor_id);
    }
  if (stance != NULL)
    {
      GlosaStance value;

      if (glosa_stance_from_string (stance, &value))
        /* Translators: an actor and a stance, "Gustavo Petro · opposes" */
        g_string_append_printf (who, "%s%s", who->len ? _(" · ") : "", glosa_stance_get_label (value));
    }
  if (who->len > 0)
    add_label (box, who->str, "caption");
  if (note != NULL && note[0] != '\0')
    add_label (box, note, NULL);
  if (glosa_annotation_get_orphaned (annotation))
    add_label (box, _("Its text is no longer in the article"), "warning");

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "annotation", g_object_ref (annotation), g_object_unref);
  return row;
}

static void
row_activated_cb (GlosaNoteList *self,
                  GtkListBoxRow *row)
{
  GlosaAnnotation *annotation = g_object_get_data (G_OBJECT (row), "annotation");

  if (annotation != NULL)
    g_signal_emit (self, signals[ANNOTATION_ACTIVATED], 0, annotation);
}

static void
glosa_note_list_dispose (GObject *object)
{
  GlosaNoteList *self = GLOSA_NOTE_LIST (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GLOSA_TYPE_NOTE_LIST);
  g_clear_object (&self->annotations);
  g_clear_object (&self->tags);
  g_clear_object (&self->codebook);

  G_OBJECT_CLASS (glosa_note_list_parent_class)->dispose (object);
}

static void
glosa_note_list_class_init (GlosaNoteListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = glosa_note_list_dispose;

  /**
   * GlosaNoteList::annotation-activated:
   * @annotation: the annotation whose row was activated
   */
  signals[ANNOTATION_ACTIVATED] =
    g_signal_new ("annotation-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSA_TYPE_ANNOTATION);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glosa/Glosa/glosa-note-list.ui");
  gtk_widget_class_bind_template_child (widget_class, GlosaNoteList, scroller);
  gtk_widget_class_bind_template_child (widget_class, GlosaNoteList, list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
glosa_note_list_init (GlosaNoteList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * glosa_note_list_set_annotations:
 * @annotations: (nullable): a live #GListModel of #GlosaAnnotation
 * @tags: (nullable): the project's tags, for their names
 * @codebook: (nullable): the codebook, for the actors' names
 */
void
glosa_note_list_set_annotations (GlosaNoteList *self,
                                 GListModel    *annotations,
                                 GListModel    *tags,
                                 GlosaCodebook *codebook)
{
  g_return_if_fail (GLOSA_IS_NOTE_LIST (self));

  g_set_object (&self->annotations, annotations);
  g_set_object (&self->tags, tags);
  g_set_object (&self->codebook, codebook);
  gtk_list_box_bind_model (self->list, annotations, create_row, self, NULL);
}
