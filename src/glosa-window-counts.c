/* glosa-window-counts.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-window-counts"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-window-private.h"

/* The whole corpus's actor counts: counted in the background (from the
 * project's cache when there is one) with a progress bar and a stop
 * button, shown as the sidebar's totals, and filtering the article list
 * by the actor selected. */

/**
 * glosa_window_update_actor_filter:
 *
 * Lists only the articles that mention the actor selected in the sidebar,
 * when it counts the whole corpus and the counts are in.
 */
void
glosa_window_update_actor_filter (GlosaWindow *self)
{
  int actor = glosa_sidebar_get_selected_actor (self->sidebar);
  gboolean filter = actor >= 0 && glosa_sidebar_get_whole_corpus (self->sidebar)
                    && self->corpus_mentions != NULL;
  GlosaActor *selected = filter ? glosa_codebook_get_actor (glosa_detector_get_codebook (self->detector),
                                                            actor)
                                : NULL;

  glosa_article_list_set_actor_filter (self->article_list, filter ? self->corpus_mentions : NULL,
                                       filter ? actor : -1,
                                       selected ? glosa_actor_get_name (selected) : NULL);
}

/**
 * glosa_window_set_mentions:
 * @mentions: (nullable): the whole corpus's counts, or %NULL while counting
 */
void
glosa_window_set_mentions (GlosaWindow         *self,
                           GlosaCorpusMentions *mentions)
{
  gtk_widget_set_visible (self->count_box, FALSE);
  g_set_object (&self->corpus_mentions, mentions);
  glosa_sidebar_set_corpus_counts (self->sidebar,
                                   mentions ? glosa_corpus_mentions_get_totals (mentions) : NULL,
                                   mentions ? glosa_corpus_mentions_get_documents (mentions) : NULL);
  glosa_window_update_actor_filter (self);
}

/* A count that was stopped, or replaced by a newer one, is not shown.
 * Counts hold no reference on the window, which may be gone: dispose
 * cancels them, and their callbacks look at nothing else first. */
static gboolean
count_is_current (GAsyncResult *result)
{
  return !g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result)));
}

static void
corpus_mentions_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  GlosaWindow *self = user_data;
  g_autoptr(GlosaCorpusMentions) mentions = NULL;

  if (!count_is_current (result))
    return;
  if ((mentions = glosa_corpus_mentions_new_finish (result, NULL)) != NULL)
    glosa_window_set_mentions (self, mentions);
}

static void
project_mentions_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  GlosaWindow *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaCorpusMentions) mentions = NULL;
  guint counted = 0;

  /* A new project cancels the count of the old one. */
  if (!count_is_current (result) || self->project == NULL)
    return;
  mentions = glosa_project_count_mentions_finish (self->project, result, &counted, &error);
  if (mentions == NULL)
    {
      gtk_widget_set_visible (self->count_box, FALSE);
      glosa_window_toast (self, error->message);
      return;
    }
  g_debug ("Counted mentions in %u articles, read the rest from the project", counted);
  glosa_window_set_mentions (self, mentions);
}

/* The bar shows only once there is something to wait for: counts read
 * back from the project arrive without any progress. */
static void
count_progress_cb (double   fraction,
                   gpointer user_data)
{
  GlosaWindow *self = user_data;

  gtk_widget_set_visible (self->count_box, fraction < 1.0);
  gtk_progress_bar_set_fraction (self->count_progress, fraction);
}

void
glosa_window_stop_counting (GlosaWindow *self)
{
  g_cancellable_cancel (self->count_cancellable);
  g_clear_object (&self->count_cancellable);
  if (self->count_box != NULL)
    gtk_widget_set_visible (self->count_box, FALSE);
}

/**
 * glosa_window_count_mentions:
 *
 * Counts every article's actors in the background: from the project when
 * it is open (its cache makes this instant), or from the corpus in
 * memory when there is no project; not while the project is opening.
 */
void
glosa_window_count_mentions (GlosaWindow *self)
{
  glosa_window_stop_counting (self);
  if (self->detector == NULL)
    return;
  self->count_cancellable = g_cancellable_new ();
  if (self->project != NULL)
    {
      gtk_progress_bar_set_fraction (self->count_progress, 0.0);
      glosa_project_count_mentions_async (self->project, self->detector, self->count_cancellable,
                                          count_progress_cb, self, project_mentions_cb, self);
    }
  else if (!self->opening_project && self->corpus != NULL)
    glosa_corpus_mentions_new_async (self->detector, G_LIST_MODEL (self->corpus),
                                     self->count_cancellable, corpus_mentions_cb, self);
}

static void
stop_counting_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);

  glosa_window_stop_counting (self);
  glosa_window_toast (self, _("Counting stopped: whole-corpus counts are off until the codebook "
                              "changes or the project is opened again"));
}

void
glosa_window_class_install_count_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.stop-counting", NULL, stop_counting_action);
}
