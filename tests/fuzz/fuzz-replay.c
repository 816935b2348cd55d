/* fuzz-replay.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fuzz-replay"

#include "config.h"

#include "fuzz-common.h"

/* Stands in for libFuzzer's main() in an ordinary build: runs the target
 * once on every file named, or in a folder named, so that the seeds and
 * every crash ever found stay checked by the test suite. Prints the path
 * before each run, so that a crash names its input (replay.py reads it). */

static void
run_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);
  printf ("run %s\n", path);
  fflush (stdout);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
  printf ("ok %s\n", path);
  fflush (stdout);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

int
main (int   argc,
      char *argv[])
{
  LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GDir) dir = NULL;
      const char *name;

      if (!g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          run_file (argv[i]);
          continue;
        }
      dir = g_dir_open (argv[i], 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (names, g_build_filename (argv[i], name, NULL));
      /* The same order every run. */
      g_ptr_array_sort (names, compare_names);
      for (guint j = 0; j < names->len; j++)
        run_file (g_ptr_array_index (names, j));
    }
  return 0;
}
