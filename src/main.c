/* main.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "glosa-application.h"
#include "glosa-window.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(GlosaApplication) app = NULL;

  /* First, so GLOSA_BENCH_LOG timings count from the start. */
  glosa_window_bench_mark_start ();
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = glosa_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
