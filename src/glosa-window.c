/* glosa-window.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-window"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-application.h"
#include "glosa-corpus-loader.h"
#include "glosa-window.h"

struct _GlosaWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  GtkLabel             *error_details;
  GtkProgressBar       *loading_progress;
  AdwLeaflet           *leaflet;
  GtkWidget            *articles_pane;
  GtkWidget            *article_pane;
  AdwWindowTitle       *corpus_title;
  GtkListView          *articles_view;
  GtkScrolledWindow    *article_scroller;
  GtkLabel             *article_title;
  GtkLabel             *article_byline;
  GtkTextView          *article_text;

  GCancellable         *cancellable;
  GlosaCorpusLoader    *loader;
  GlosaCorpus          *corpus;
  GtkSingleSelection   *selection;
};

G_DEFINE_FINAL_TYPE (GlosaWindow, glosa_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

/* "Latin America Report · 4 February 2026", or the file it came from. */
static char *
glosa_article_row_byline (GObject       *item,
                          GlosaDocument *document)
{
  const char *parts[4] = { NULL };
  guint n = 0;

  if (document == NULL)
    return NULL;
  if (glosa_document_get_author (document))
    parts[n++] = glosa_document_get_author (document);
  if (glosa_document_get_source (document))
    parts[n++] = glosa_document_get_source (document);
  if (glosa_document_get_date (document))
    parts[n++] = glosa_document_get_date (document);
  if (n == 0)
    parts[n++] = glosa_document_get_path (document);
  return g_strjoinv (" · ", (char **) parts);
}

static void
show_document (GlosaWindow   *self,
               GlosaDocument *document)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->article_text);
  g_autofree char *byline = NULL;

  if (document == NULL)
    {
      gtk_label_set_text (self->article_title, "");
      gtk_label_set_text (self->article_byline, "");
      gtk_text_buffer_set_text (buffer, "", 0);
      return;
    }

  byline = glosa_article_row_byline (NULL, document);
  gtk_label_set_text (self->article_title, glosa_document_get_title (document));
  gtk_label_set_text (self->article_byline, byline);
  gtk_text_buffer_set_text (buffer, glosa_document_get_text (document), -1);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->article_scroller), 0);
}

static void
selection_changed_cb (GlosaWindow *self)
{
  show_document (self, gtk_single_selection_get_selected_item (self->selection));
}

static void
article_activated_cb (GlosaWindow *self,
                      guint        position)
{
  adw_leaflet_set_visible_child (self->leaflet, self->article_pane);
}

static void
show_warnings_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);
  g_autoptr(GString) body = g_string_new (NULL);
  GPtrArray *warnings;
  GtkWidget *dialog;

  if (self->corpus == NULL)
    return;
  warnings = glosa_corpus_get_warnings (self->corpus);
  for (guint i = 0; i < warnings->len; i++)
    {
      GlosaCorpusWarning *warning = g_ptr_array_index (warnings, i);

      g_string_append_printf (body, "%s%s: %s", i ? "\n\n" : "", warning->path, warning->message);
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Skipped or Repaired Files"), NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_corpus (GlosaWindow *self,
            GlosaCorpus *corpus)
{
  GPtrArray *warnings = glosa_corpus_get_warnings (corpus);

  g_set_object (&self->corpus, corpus);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (corpus));
  adw_window_title_set_title (self->corpus_title, glosa_corpus_get_name (corpus));
  {
    guint n = g_list_model_get_n_items (G_LIST_MODEL (corpus));
    g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article",
                                                              "%u articles", n), n);

    adw_window_title_set_subtitle (self->corpus_title, subtitle);
  }
  selection_changed_cb (self);
  set_page (self, "corpus");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-warnings", warnings->len > 0);

  if (warnings->len > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u file was skipped or repaired",
                                                             "%u files were skipped or repaired",
                                                             warnings->len),
                                                warnings->len);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_button_label (toast, _("_Details"));
      adw_toast_set_action_name (toast, "win.show-warnings");
      adw_toast_set_timeout (toast, 10);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
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
      gtk_label_set_text (self->error_details, error->message);
      set_page (self, "error");
      return;
    }
  set_corpus (self, corpus);
}

/**
 * glosa_window_open:
 * @file: a corpus folder, or a .txt, .md, .json or .jsonl file
 *
 * Reads @file in the background, showing progress, then shows its articles.
 */
void
glosa_window_open (GlosaWindow *self,
                   GFile       *file)
{
  g_return_if_fail (GLOSA_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  g_clear_object (&self->loader);
  self->loader = glosa_corpus_loader_new (file);
  g_signal_connect_object (self->loader, "notify::fraction", G_CALLBACK (progress_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_progress_bar_set_fraction (self->loading_progress, 0.0);
  set_page (self, "loading");
  glosa_corpus_loader_load_async (self->loader, self->cancellable, load_cb, g_object_ref (self));
}

static void
cancel_loading_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_cancellable_cancel (GLOSA_WINDOW (widget)->cancellable);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     GlosaWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        glosa_window_open (self, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);
  gboolean folder = g_str_equal (action_name, "win.open-folder");
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (folder ? _("Open Corpus Folder") : _("Open Corpus File"),
                                         GTK_WINDOW (self),
                                         folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                                : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (!folder)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _("Articles (.txt, .md, .json, .jsonl)"));
      gtk_file_filter_add_suffix (filter, "txt");
      gtk_file_filter_add_suffix (filter, "md");
      gtk_file_filter_add_suffix (filter, "json");
      gtk_file_filter_add_suffix (filter, "jsonl");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    }
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
step_article_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint position = gtk_single_selection_get_selected (self->selection);

  if (n == 0)
    return;
  if (g_str_equal (action_name, "win.next-article"))
    position = position == GTK_INVALID_LIST_POSITION ? 0 : MIN (position + 1, n - 1);
  else
    position = position == GTK_INVALID_LIST_POSITION || position == 0 ? 0 : position - 1;
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->articles_view), "list.scroll-to-item", "u", position);
}

static void
show_articles_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GlosaWindow *self = GLOSA_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->articles_pane);
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
    }
  return GTK_WINDOW_CLASS (glosa_window_parent_class)->close_request (window);
}

static void
glosa_window_constructed (GObject *object)
{
  GlosaWindow *self = GLOSA_WINDOW (object);
  GSettings *settings;

  G_OBJECT_CLASS (glosa_window_parent_class)->constructed (object);

  settings = get_settings (self);
  if (settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (settings, "window-width"),
                                   g_settings_get_int (settings, "window-height"));
      if (g_settings_get_boolean (settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
}

static void
glosa_window_dispose (GObject *object)
{
  GlosaWindow *self = (GlosaWindow *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->loader);
  gtk_widget_dispose_template (GTK_WIDGET (self), GLOSA_TYPE_WINDOW);
  g_clear_object (&self->selection);
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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
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
  window_class->close_request = glosa_window_close_request;

  properties[PROP_CORPUS] =
    g_param_spec_object ("corpus", NULL, NULL, GLOSA_TYPE_CORPUS,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Which view shows: "welcome", "loading", "error" or "corpus". */
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glosa/Glosa/glosa-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, error_details);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, loading_progress);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, articles_pane);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, article_pane);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, corpus_title);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, articles_view);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, article_scroller);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, article_title);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, article_byline);
  gtk_widget_class_bind_template_child (widget_class, GlosaWindow, article_text);

  gtk_widget_class_install_action (widget_class, "win.open-folder", NULL, open_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open-folder", NULL);
  gtk_widget_class_install_action (widget_class, "win.open-file", NULL, open_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.open-file", NULL);
  gtk_widget_class_install_action (widget_class, "win.cancel-loading", NULL, cancel_loading_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel-loading", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-warnings", NULL, show_warnings_action);
  gtk_widget_class_install_action (widget_class, "win.next-article", NULL, step_article_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "win.next-article", NULL);
  gtk_widget_class_install_action (widget_class, "win.previous-article", NULL, step_article_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "win.previous-article", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-articles", NULL, show_articles_action);
}

static void
glosa_window_init (GlosaWindow *self)
{
  g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();
  g_autoptr(GtkListItemFactory) factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_single_selection_new (NULL);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->articles_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->articles_view, "activate", G_CALLBACK (article_activated_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "glosa_article_row_byline",
                                          G_CALLBACK (glosa_article_row_byline));
  factory = gtk_builder_list_item_factory_new_from_resource (scope,
                                                             "/io/github/glosa/Glosa/glosa-article-row.ui");
  gtk_list_view_set_factory (self->articles_view, factory);

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
 * Returns: (transfer none) (nullable): the corpus shown
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
