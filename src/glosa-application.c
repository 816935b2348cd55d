/* glosa-application.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-application"

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-application.h"
#include "glosa-resources.h"
#include "glosa-window.h"

struct _GlosaApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (GlosaApplication, glosa_application, ADW_TYPE_APPLICATION)

/**
 * glosa_ui_init:
 *
 * Registers the UI resources and types. The resources live in a static
 * library, where the linker may drop their constructor, so this is explicit;
 * tests call it too.
 */
void
glosa_ui_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      g_resources_register (glosa_get_resource ());
      g_type_ensure (GLOSA_TYPE_WINDOW);
      g_once_init_leave (&initialized, 1);
    }
}

static GlosaWindow *
new_window (GlosaApplication *self)
{
  GlosaWindow *window = glosa_window_new (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
glosa_application_activate (GApplication *app)
{
  new_window (GLOSA_APPLICATION (app));
}

static void
glosa_application_open (GApplication  *app,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    glosa_window_open (new_window (GLOSA_APPLICATION (app)), files[i]);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GApplication *app = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Close windows one by one so each saves its state. */
  for (GList *l = windows; l != NULL; l = windows)
    {
      windows = l->next;
      gtk_window_close (GTK_WINDOW (l->data));
    }
  g_application_quit (app);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { "The Glosa authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-icon", APP_ID,
                        "application-name", _("Glosa"),
                        "developer-name", _("The Glosa authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Read a corpus of articles, see who says what, "
                                      "code it and export it"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        "copyright", "© 2026 The Glosa authors",
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
};

static void
glosa_application_startup (GApplication *app)
{
  GlosaApplication *self = GLOSA_APPLICATION (app);
  const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (glosa_application_parent_class)->startup (app);

  glosa_ui_init ();
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
}

static void
glosa_application_finalize (GObject *object)
{
  GlosaApplication *self = (GlosaApplication *) object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (glosa_application_parent_class)->finalize (object);
}

static void
glosa_application_class_init (GlosaApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = glosa_application_finalize;
  app_class->activate = glosa_application_activate;
  app_class->open = glosa_application_open;
  app_class->startup = glosa_application_startup;
}

static void
glosa_application_init (GlosaApplication *self)
{
}

GlosaApplication *
glosa_application_new (void)
{
  return g_object_new (GLOSA_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/glosa/Glosa",
                       NULL);
}

/**
 * glosa_application_get_settings:
 *
 * Returns: (transfer none) (nullable): the app's settings, or %NULL when its
 *   schema is not installed (running from a build tree without
 *   GSETTINGS_SCHEMA_DIR): then nothing is remembered, and nothing breaks
 */
GSettings *
glosa_application_get_settings (GlosaApplication *self)
{
  g_return_val_if_fail (GLOSA_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = NULL;

      if (source != NULL)
        schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
      if (schema != NULL)
        self->settings = g_settings_new_full (schema, NULL, NULL);
    }
  return self->settings;
}
