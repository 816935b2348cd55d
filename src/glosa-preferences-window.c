/* glosa-preferences-window.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-preferences-window"

#include "config.h"

#include "glosa-preferences-window.h"

/* The app's preferences, bound straight to its GSettings: whoever needs a
 * value listens to the settings, not to this window. */

struct _GlosaPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* Template widgets */
  AdwEntryRow         *author_row;
};

G_DEFINE_FINAL_TYPE (GlosaPreferencesWindow, glosa_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
glosa_preferences_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), GLOSA_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (glosa_preferences_window_parent_class)->dispose (object);
}

static void
glosa_preferences_window_class_init (GlosaPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = glosa_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/glosa/Glosa/glosa-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GlosaPreferencesWindow, author_row);
}

static void
glosa_preferences_window_init (GlosaPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * glosa_preferences_window_new:
 * @parent: (nullable): the window it belongs to
 * @settings: (nullable): the app's settings; without them the rows are
 *   shown but keep nothing
 *
 * Returns: (transfer floating): a new preferences window
 */
GlosaPreferencesWindow *
glosa_preferences_window_new (GtkWindow *parent,
                              GSettings *settings)
{
  GlosaPreferencesWindow *self = g_object_new (GLOSA_TYPE_PREFERENCES_WINDOW,
                                               "transient-for", parent, NULL);

  if (settings != NULL)
    g_settings_bind (settings, "author-name", self->author_row, "text", G_SETTINGS_BIND_DEFAULT);
  return self;
}
