/* glosa-window-bench.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-window-bench"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "glosa-window-private.h"

/* Timings for build-aux/bench, only when GLOSA_BENCH_LOG=PATH is set:
 * appends "first-frame MS" (the window's first painted frame) and
 * "first-article MS" (the frame that first shows an article), both in ms
 * since glosa_window_bench_mark_start(); then, if GLOSA_BENCH_SWITCH=N,
 * selects the next article N times, at the start of a frame as a key press
 * would be, logging for each, from the selection to the end of the frame
 * that shows its text, the window's thread's CPU time ("switch MS": the
 * work, which a frame at 60 Hz has 16 ms for) and the wall time
 * ("switch-latency MS": the work and any time lost to other processes),
 * then the wall time to the frame that shows its sidebar too
 * ("switch-sidebar MS"); then "peak-rss-kb KB"
 * (VmHWM) and quits. Frames are taken from the frame clock's after-paint. */

#define BENCH_KEY "glosa-window-bench"

static gint64 bench_start;

typedef struct
{
  GlosaWindow *window;         /* unowned: the state is the window's data */
  char        *log;
  guint        switches;       /* still to do */
  gint64       switch_started; /* when the pending switch was asked, or 0 */
  gint64       switch_cpu;     /* the thread's CPU time then */
  gboolean     text_logged;    /* the pending switch's text was painted */
  gboolean     framed;         /* first frame logged */
  gboolean     shown;          /* first article logged */
  gboolean     article_pending;
  GdkFrameClock *clock;        /* the window's, while it is realized */
  gulong       paint_id;
  guint        idle_id;        /* the next switch */
} Bench;

static void
bench_free (Bench *bench)
{
  g_clear_handle_id (&bench->idle_id, g_source_remove);
  g_free (bench->log);
  g_free (bench);
}

/**
 * glosa_window_bench_mark_start:
 *
 * Records the moment the process started, for the bench's timings; main()
 * calls it first.
 */
void
glosa_window_bench_mark_start (void)
{
  if (bench_start == 0)
    bench_start = g_get_monotonic_time ();
}

/* The calling thread's CPU time, in µs. */
static gint64
thread_cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static void
bench_log (Bench      *bench,
           const char *what,
           double      value)
{
  FILE *file = fopen (bench->log, "a");

  if (file == NULL)
    {
      g_warning ("Could not write the bench log %s", bench->log);
      return;
    }
  fprintf (file, "%s %.1f\n", what, value);
  fclose (file);
}

static double
since_start_ms (gint64 now)
{
  return (now - bench_start) / 1000.0;
}

static gint64
peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL)
      || (line = strstr (status, "VmHWM:")) == NULL)
    return 0;
  return g_ascii_strtoll (line + strlen ("VmHWM:"), NULL, 10);
}

/* GTK 4 hands input to the window at the start of a frame, whose layout
 * and paint follow at once: the switch is made there too, as a key press
 * would be, so that a switch's frame is its own and not the wait for one. */
static gboolean
switch_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  Bench *bench = user_data;

  bench->switch_started = g_get_monotonic_time ();
  bench->switch_cpu = thread_cpu_time ();
  glosa_article_list_step (bench->window->article_list, 1);
  return G_SOURCE_REMOVE;
}

static gboolean
next_switch_cb (gpointer user_data)
{
  Bench *bench = user_data;

  bench->idle_id = 0;
  if (bench->switches == 0)
    {
      bench_log (bench, "peak-rss-kb", peak_rss_kb ());
      g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (bench->window))));
      return G_SOURCE_REMOVE;
    }
  bench->switches--;
  gtk_widget_add_tick_callback (GTK_WIDGET (bench->window), switch_tick_cb, bench, NULL);
  return G_SOURCE_REMOVE;
}

static void
schedule_switch (Bench *bench)
{
  if (bench->idle_id == 0)
    bench->idle_id = g_idle_add (next_switch_cb, bench);
}

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  gint64 now = g_get_monotonic_time ();

  if (!bench->framed)
    {
      bench->framed = TRUE;
      bench_log (bench, "first-frame", since_start_ms (now));
    }
  if (bench->switch_started != 0)
    {
      if (bench->article_pending && !bench->text_logged)
        {
          bench_log (bench, "switch", (thread_cpu_time () - bench->switch_cpu) / 1000.0);
          bench_log (bench, "switch-latency", (now - bench->switch_started) / 1000.0);
          bench->text_logged = TRUE;
          bench->article_pending = FALSE;
        }
      if (bench->text_logged && glosa_window_sidebar_is_current (bench->window))
        {
          bench_log (bench, "switch-sidebar", (now - bench->switch_started) / 1000.0);
          bench->switch_started = 0;
          bench->text_logged = FALSE;
          schedule_switch (bench);
        }
    }
  else if (bench->article_pending && !bench->shown)
    {
      bench->shown = TRUE;
      bench->article_pending = FALSE;
      bench_log (bench, "first-article", since_start_ms (now));
      schedule_switch (bench);
    }
}

static void
realize_cb (GlosaWindow *self,
            Bench       *bench)
{
  bench->clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  bench->paint_id = g_signal_connect (bench->clock, "after-paint", G_CALLBACK (after_paint_cb), bench);
}

static void
unrealize_cb (GlosaWindow *self,
              Bench       *bench)
{
  if (bench->clock != NULL)
    g_clear_signal_handler (&bench->paint_id, bench->clock);
  bench->clock = NULL;
}

/**
 * glosa_window_bench_init:
 *
 * Starts timing the window when GLOSA_BENCH_LOG is set; does nothing
 * otherwise.
 */
void
glosa_window_bench_init (GlosaWindow *self)
{
  const char *log = g_getenv ("GLOSA_BENCH_LOG");
  const char *switches = g_getenv ("GLOSA_BENCH_SWITCH");
  Bench *bench;

  if (log == NULL || *log == '\0')
    return;
  glosa_window_bench_mark_start ();
  bench = g_new0 (Bench, 1);
  bench->window = self;
  bench->log = g_strdup (log);
  bench->switches = switches ? (guint) CLAMP (g_ascii_strtoll (switches, NULL, 10), 0, 100000) : 0;
  g_object_set_data_full (G_OBJECT (self), BENCH_KEY, bench, (GDestroyNotify) bench_free);
  g_signal_connect_after (self, "realize", G_CALLBACK (realize_cb), bench);
  g_signal_connect (self, "unrealize", G_CALLBACK (unrealize_cb), bench);
}

/**
 * glosa_window_bench_article_shown:
 *
 * The article view was given an article: the next frame shows it.
 */
void
glosa_window_bench_article_shown (GlosaWindow *self)
{
  Bench *bench = g_object_get_data (G_OBJECT (self), BENCH_KEY);

  if (bench == NULL)
    return;
  bench->article_pending = TRUE;
}

/**
 * glosa_window_bench_sidebar_shown:
 *
 * The sidebar caught up with the article: the next frame shows both.
 */
void
glosa_window_bench_sidebar_shown (GlosaWindow *self)
{
  /* A sidebar that did not change would not ask for that frame. */
  if (g_object_get_data (G_OBJECT (self), BENCH_KEY) != NULL)
    gtk_widget_queue_draw (GTK_WIDGET (self->sidebar));
}
