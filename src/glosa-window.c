/* glosa-window.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-window"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "glosa-application.h"
#include "glosa-window-private.h"

/* The main window: opening a corpus (in the background), then the articles
 * list, the article and the actors-and-positions sidebar, kept in step.
 * Once the corpus's project is open the window works from it alone: the
 * list reads titles from it as they come into sight, the article's text
 * is read when shown, search is its full-text index, and the whole-corpus
 * counts are cached in it; the corpus read from disk is then dropped.
 * Actions and dialogs live in glosa-window-actions.c. */

G_DEFINE_FINAL_TYPE (GlosaWindow, glosa_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_PAGE,
  PROP_SIDEBAR_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Articles longer than this are analysed in a worker thread. */
#define LONG_ARTICLE_BYTES (200 * 1024)

static GSettings *
get_settings (GlosaWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return GLOSA_IS_APPLICATION (app) ? glosa_application_get_settings (GLOSA_APPLICATION (app)) : NULL;
}

static void
set_page (GlosaWindow *self,
          const char  *page)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), page) == 0)
    return;
  gtk_stack_set_visible_child_name (self->main_stack, page);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

void
glosa_window_toast (GlosaWindow *self,
                    const char  *message)
{
  /* Toast titles are markup: whatever a file or a user wrote is escaped. */
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
cancel_sidebar_update (GlosaWindow *self)
{
  if (self->sidebar_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->sidebar_tick);
  self->sidebar_tick = 0;
  g_clear_handle_id (&self->sidebar_idle, g_source_remove);
}

static void
update_sidebar (GlosaWindow   *self,
                GlosaAnalysis *analysis)
{
  cancel_sidebar_update (self);
  glosa_sidebar_set_analysis (self->sidebar, analysis);
  glosa_article_view_set_highlighted_actor (self->article_view,
                                            glosa_sidebar_get_selected_actor (self->sidebar));
  if (analysis != NULL)
    glosa_window_bench_sidebar_shown (self);
}

static gboolean
sidebar_idle_cb (gpointer user_data)
{
  GlosaWindow *self = user_data;

  self->sidebar_idle = 0;
  update_sidebar (self, glosa_article_view_get_analysis (self->article_view));
  return G_SOURCE_REMOVE;
}

/* Called as the frame that shows the text begins: the idle runs once it is
 * painted. */
static gboolean
sidebar_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);

  self->sidebar_tick = 0;
  self->sidebar_idle = g_idle_add (sidebar_idle_cb, self);
  return G_SOURCE_REMOVE;
}

/**
 * glosa_window_sidebar_is_current:
 *
 * Returns: %TRUE unless the sidebar is still to catch up with the article
 */
gboolean
glosa_window_sidebar_is_current (GlosaWindow *self)
{
  return self->sidebar_tick == 0 && self->sidebar_idle == 0;
}

/* The text is what the reader waits for: it is set at once, and the
 * sidebar, whose rows cost more than the text, follows after the frame
 * that shows the text, when the main loop is idle. Paging quickly through
 * articles then makes the sidebar only for the one the reader stops at. */
static void
show_analysis (GlosaWindow   *self,
               GlosaAnalysis *analysis)
{
  glosa_article_view_set_analysis (self->article_view, analysis);
  if (analysis != NULL)
    glosa_window_bench_article_shown (self);
  if (analysis == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    update_sidebar (self, analysis);
  else if (glosa_window_sidebar_is_current (self))
    self->sidebar_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), sidebar_tick_cb, NULL, NULL);
}

static void
analysis_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GlosaWindow) self = user_data;
  g_autoptr(GlosaAnalysis) analysis = glosa_analysis_new_finish (result, NULL);

  if (analysis != NULL)
    show_analysis (self, analysis);
}

static void
show_document (GlosaWindow   *self,
               GlosaDocument *document)
{
  g_cancellable_cancel (self->document_cancellable);
  g_clear_object (&self->document_cancellable);

  if (document == NULL || self->detector == NULL)
    {
      show_analysis (self, NULL);
      return;
    }
  if (strlen (glosa_document_get_text (document)) > LONG_ARTICLE_BYTES)
    {
      self->document_cancellable = g_cancellable_new ();
      glosa_analysis_new_async (self->detector, document, self->document_cancellable, analysis_cb,
                                g_object_ref (self));
    }
  else
    {
      g_autoptr(GlosaAnalysis) analysis = glosa_analysis_new (self->detector, document);

      show_analysis (self, analysis);
    }
}

static void
article_selected_cb (GlosaWindow *self)
{
  show_document (self, glosa_article_list_get_selected (self->article_list));
  glosa_window_update_annotations (self);
}


static void
article_activated_cb (GlosaWindow *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->article_pane);
}

static void
actor_selected_cb (GlosaWindow *self,
                   int          actor)
{
  glosa_article_view_set_highlighted_actor (self->article_view, actor);
  glosa_window_update_actor_filter (self);
}

static void
scope_changed_cb (GlosaWindow *self)
{
  glosa_window_update_actor_filter (self);
}

static void
position_activated_cb (GlosaWindow   *self,
                       GlosaPosition *position)
{
  glosa_article_view_select_range (self->article_view, glosa_position_get_start (position),
                                   glosa_position_get_end (position));
  /* At phone width the sidebar covers the text: get out of the way. */
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

static void
add_actor_cb (GlosaWindow *self,
              const char  *name)
{
  glosa_window_show_add_actor (self, name);
}

static void
add_alias_cb (GlosaWindow *self,
              const char  *name)
{
  glosa_window_show_add_alias (self, name);
}

/**
 * glosa_window_update_detector:
 * @codebook: the codebook to detect with, after a load or an edit
 *
 * Re-analyses the article shown, and recounts the corpus in the background.
 */
void
glosa_window_update_detector (GlosaWindow   *self,
                              GlosaCodebook *codebook)
{
  g_clear_object (&self->detector);
  self->detector = glosa_detector_new (codebook);
  glosa_window_set_mentions (self, NULL);
  show_document (self, glosa_article_list_get_selected (self->article_list));
  glosa_window_count_mentions (self);
}

static void
search_index_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GlosaWindow) self = user_data;
  g_autoptr(GlosaSearchIndex) index = glosa_search_index_new_finish (result, NULL);

  if (index != NULL)
    glosa_article_list_set_search_index (self->article_list, index);
}

static void
show_warnings_toast (GlosaWindow *self)
{
  GPtrArray *warnings = glosa_corpus_get_warnings (self->corpus);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (warnings->len == 0)
    return;
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file was skipped or repaired",
                                        "%u files were skipped or repaired", warnings->len),
                           warnings->len);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_action_name (toast, "win.show-warnings");
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
set_subtitle (GlosaWindow *self,
              guint        n)
{
  g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article",
                                                            "%u articles", n), n);

  adw_window_title_set_subtitle (self->corpus_title, subtitle);
}

/* @project: the project @corpus was read from, or %NULL to open the
 * corpus's own; until it is open the list shows @corpus's documents. */
static void
set_corpus (GlosaWindow   *self,
            GlosaCorpus   *corpus,
            GlosaCodebook *codebook,
            GlosaProject  *project)
{
  g_set_object (&self->corpus, corpus);
  g_clear_object (&self->detector);
  adw_window_title_set_title (self->corpus_title, glosa_corpus_get_name (corpus));
  set_subtitle (self, g_list_model_get_n_items (G_LIST_MODEL (corpus)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-warnings",
                                 glosa_corpus_get_warnings (corpus)->len > 0);

  glosa_sidebar_select_actor (self->sidebar, -1);
  self->opening_project = TRUE;
  if (project == NULL)
    glosa_article_list_set_documents (self->article_list, G_LIST_MODEL (corpus));
  glosa_window_update_detector (self, codebook);
  set_page (self, "corpus");
  show_warnings_toast (self);
  glosa_window_open_project (self, project);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
}

/**
 * glosa_window_show_project:
 *
 * Shows the documents of the project just attached, read from it lazily,
 * and counts the corpus from it; the documents read from the corpus
 * folder are dropped, its name and warnings kept.
 */
void
glosa_window_show_project (GlosaWindow *self)
{
  GListModel *documents = glosa_project_get_documents (self->project);

  self->opening_project = FALSE;
  glosa_article_list_set_project (self->article_list, self->project);
  set_subtitle (self, g_list_model_get_n_items (documents));
  if (self->corpus != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->corpus)) > 0)
    {
      g_autoptr(GPtrArray) none = g_ptr_array_new ();
      g_autoptr(GlosaCorpus) shell = glosa_corpus_new (glosa_corpus_get_root (self->corpus), none,
                                                       glosa_corpus_get_warnings (self->corpus));

      g_set_object (&self->corpus, shell);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
    }
  glosa_window_set_mentions (self, NULL);
  glosa_window_count_mentions (self);
}

/**
 * glosa_window_project_failed:
 *
 * Without a project the window indexes and counts the corpus in memory.
 */
void
glosa_window_project_failed (GlosaWindow *self)
{
  self->opening_project = FALSE;
  if (self->corpus == NULL)
    return;
  glosa_search_index_new_async (G_LIST_MODEL (self->corpus), self->cancellable, search_index_cb,
                                g_object_ref (self));
  glosa_window_count_mentions (self);
}

static void
show_error (GlosaWindow *self,
            const char  *message)
{
  gtk_label_set_text (self->error_details, message);
  set_page (self, "error");
}

static void
codebook_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GlosaWindow) self = user_data;
  g_autoptr(GlosaCorpus) corpus = g_steal_pointer (&self->pending_corpus);
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaCodebook) codebook = glosa_codebook_new_for_corpus_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (codebook == NULL)
    {
      g_autoptr(GError) default_error = NULL;
      g_autofree char *message = g_strdup_printf (_("The corpus’s codebook was not used: %s"),
                                                  error->message);

      /* A broken codebook.json must not hide the articles. */
      codebook = glosa_codebook_new_default (&default_error);
      if (codebook == NULL)
        {
          show_error (self, default_error->message);
          return;
        }
      glosa_window_toast (self, message);
    }
  set_corpus (self, corpus, codebook, NULL);
}

static void
progress_cb (GlosaWindow       *self,
             GParamSpec        *pspec,
             GlosaCorpusLoader *loader)
{
  gtk_progress_bar_set_fraction (self->loading_progress, glosa_corpus_loader_get_fraction (loader));
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GlosaWindow) self = user_data;
  GlosaCorpusLoader *loader = GLOSA_CORPUS_LOADER (object);
  g_autoptr(GlosaCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) root = NULL;
  GFile *file = glosa_corpus_loader_get_file (loader);

  corpus = glosa_corpus_loader_load_finish (loader, result, &error);
  g_signal_handlers_disconnect_by_func (loader, progress_cb, self);
  if (self->loader == loader)
    g_clear_object (&self->loader);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Back to what was shown before, unless another load took over. */
      if (self->loader == NULL)
        set_page (self, self->corpus ? "corpus" : "welcome");
      return;
    }
  if (corpus == NULL)
    {
      show_error (self, error->message);
      return;
    }

  /* The codebook lives beside the corpus: in its folder, or the file's. */
  root = g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY
         ? g_object_ref (file) : g_file_get_parent (file);
  g_set_object (&self->pending_corpus, corpus);
  glosa_codebook_new_for_corpus_async (root, NULL, self->cancellable, codebook_cb, g_object_ref (self));
}

static void
project_file_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GlosaWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaProject) project = glosa_project_open_finish (result, &error);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GlosaCorpus) corpus = NULL;
  g_autoptr(GlosaCodebook) codebook = NULL;
  g_autoptr(GFile) root = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (project == NULL)
    {
      show_error (self, error->message);
      return;
    }
  /* A project holds its documents and codebook: the corpus folder may be
   * gone. The corpus here only names it; the documents stay in the
   * project, read as they are shown. */
  root = glosa_project_get_corpus_path (project)
         ? g_file_new_for_path (glosa_project_get_corpus_path (project))
         : g_object_ref (glosa_project_get_file (project));
  corpus = glosa_corpus_new (root, none, none);
  codebook = glosa_project_load_codebook (project, &error);
  if (codebook == NULL)
    {
      show_error (self, error->message);
      return;
    }
  set_corpus (self, corpus, codebook, project);
}

/**
 * glosa_window_open:
 * @file: a corpus folder, a .txt, .md, .json or .jsonl file, or a .glosa
 *   project
 *
 * Reads @file and its codebook in the background, showing progress, then
 * shows its articles. A project opens directly, without its corpus.
 */
void
glosa_window_open (GlosaWindow *self,
                   GFile       *file)
{
  g_autofree char *name = NULL;

  g_return_if_fail (GLOSA_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  name = g_file_get_basename (file);
  if (name != NULL && g_str_has_suffix (name, ".glosa"))
    {
      g_clear_object (&self->loader);
      gtk_progress_bar_pulse (self->loading_progress);
      set_page (self, "loading");
      glosa_project_open_async (file, GLOSA_PROJECT_OPEN_DEFAULT, self->cancellable, project_file_cb,
                                g_object_ref (self));
      return;
    }

  g_clear_object (&self->loader);
  self->loader = glosa_corpus_loader_new (file);
  g_signal_connect_object (self->loader, "notify::fraction", G_CALLBACK (progress_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_progress_bar_set_fraction (self->loading_progress, 0.0);
  set_page (self, "loading");
  glosa_corpus_loader_load_async (self->loader, self->cancellable, load_cb, g_object_ref (self));
}

void
glosa_window_set_zoom (GlosaWindow *self,
                       double       zoom)
{
  GSettings *settings = get_settings (self);

  self->zoom = CLAMP (zoom, 0.5, 3.0);
  glosa_article_view_set_zoom (self->article_view, self->zoom);
  if (settings != NULL)
    g_settings_set_double (settings, "text-scale", self->zoom);
}

static gboolean
glosa_window_close_request (GtkWindow *window)
{
  GSettings *settings = get_settings (GLOSA_WINDOW (window));

  if (settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
      g_settings_set_boolean (settings, "sidebar-visible",
                              adw_flap_get_reveal_flap (GLOSA_WINDOW (window)->flap));
    }
  return GTK_WINDOW_CLASS (glosa_window_parent_class)->close_request (window);
}

static void
glosa_window_constructed (GObject *object)
{
  GlosaWindow *self = GLOSA_WINDOW (object);
  GSettings *settings;

  G_OBJECT_CLASS (glosa_window_parent_class)->constructed (object);

  glosa_window_init_coding (self);
  glosa_window_bench_init (self);
  settings = get_settings (self);
  if (settings == NULL)
    return;
  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  adw_flap_set_reveal_flap (self->flap, g_settings_get_boolean (settings, "sidebar-visible"));
  glosa_window_set_zoom (self, g_settings_get_double (settings, "text-scale"));
}

static void
glosa_window_dispose (GObject *object)
{
  GlosaWindow *self = (GlosaWindow *) object;

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->document_cancellable);
  glosa_window_stop_counting (self);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->document_cancellable);
  g_clear_object (&self->loader);
  if (self->popover != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->popover), (gpointer *) &self->popover);
  self->popover = NULL;
  cancel_sidebar_update (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), GLOSA_TYPE_WINDOW);
  g_clear_object (&self->project);
  g_clear_object (&self->corpus_mentions);
  g_clear_object (&self->detector);
  g_clear_object (&self->pending_corpus);
  g_clear_object (&self->corpus);

  G_OBJECT_CLASS (glosa_window_parent_class)->dispose (object);
}

static void
glosa_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  GlosaWindow *self = GLOSA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;
    case PROP_PAGE:
      g_value_set_string (value, glosa_window_get_page (self));
      break;
    case PROP_SIDEBAR_VISIBLE:
      /* The action muxer may ask while the template is disposed. */
      g_value_set_boolean (value, self->flap != NULL && adw_flap_get_reveal_flap (self->flap));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
glosa_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  GlosaWindow *self = GLOSA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SIDEBAR_VISIBLE:
      adw_flap_set_reveal_flap (self->flap, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
reveal_flap_cb (GlosaWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDEBAR_VISIBLE]);
}

static void
glosa_window_class_init (GlosaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = glosa_window_constructed;
  object_class->dispose = glosa_window_dispose;
  object_class->get_property = glosa_window_get_property;
  object_class->set_property = glosa_window_set_property;
  window_class->close_request = glosa_window_close_request;

  properties[PROP_CORPUS] =
    g_param_spec_object ("corpus", NULL, NULL, GLOSA_TYPE_CORPUS,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Which view shows: "welcome", "loading", "error" or "corpus". */
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIDEBAR_VISIBLE] =
    g_param_spec_boolean ("sidebar-visible", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GLOSA_TYPE_ARTICLE_LIST);
  g_type_ensure (GLOSA_TYPE_ARTICLE_VIEW);
  g_type_ensure (GLOSA_TYPE_SIDEBAR);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glosa/Glosa/glosa-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, error_details);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, loading_progress);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, articles_pane);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, article_pane);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, corpus_title);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, article_list);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, count_box);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, count_progress);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, article_view);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, sidebar);
  gtk_widget_class_bind_template_callback (widget_class, article_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, article_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, actor_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, position_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_actor_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_alias_cb);

  glosa_window_class_install_actions (widget_class);
  glosa_window_class_install_count_actions (widget_class);
  glosa_window_class_install_coding_actions (widget_class);
}

static void
glosa_window_init (GlosaWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->zoom = 1.0;
  g_signal_connect_object (self->flap, "notify::reveal-flap", G_CALLBACK (reveal_flap_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-warnings", FALSE);
  set_page (self, "welcome");
}

/**
 * glosa_window_new:
 * @application: the application
 *
 * Returns: (transfer full): a new window showing the welcome page
 */
GlosaWindow *
glosa_window_new (GtkApplication *application)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  return g_object_new (GLOSA_TYPE_WINDOW, "application", application, NULL);
}

/**
 * glosa_window_get_corpus:
 *
 * Returns: (transfer none) (nullable): the corpus shown: its name, root
 *   and warnings; its documents only until its project is open, after
 *   which they are the project's (glosa_project_get_documents())
 */
GlosaCorpus *
glosa_window_get_corpus (GlosaWindow *self)
{
  g_return_val_if_fail (GLOSA_IS_WINDOW (self), NULL);

  return self->corpus;
}

const char *
glosa_window_get_page (GlosaWindow *self)
{
  g_return_val_if_fail (GLOSA_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->main_stack);
}
