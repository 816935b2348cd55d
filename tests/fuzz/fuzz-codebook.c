/* fuzz-codebook.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fuzz-codebook"

#include "config.h"

#include "fuzz-common.h"
#include "glosa-codebook.h"
#include "glosa-detector.h"

/* The codebook parser (codebook.json). A file is refused with a message or
 * read; what is read has actors and issues with ids and names, each id
 * found again by lookup, before and after it is laid over the default
 * codebook. Its aliases, written out as a text, go through the detector it
 * builds. */

static void
check_actors (GlosaCodebook *codebook,
              GString       *aliases)
{
  for (guint i = 0; i < glosa_codebook_get_n_actors (codebook); i++)
    {
      GlosaActor *actor = glosa_codebook_get_actor (codebook, i);
      const char * const *all = glosa_actor_get_all_aliases (actor);

      FUZZ_CHECK (glosa_actor_get_id (actor) != NULL && glosa_actor_get_name (actor) != NULL);
      FUZZ_CHECK (glosa_codebook_lookup_actor (codebook, glosa_actor_get_id (actor)) == actor);
      glosa_codebook_get_affiliation (codebook, actor);
      for (guint j = 0; all != NULL && all[j] != NULL; j++)
        g_string_append_printf (aliases, "%s. ", all[j]);
    }
}

static void
check_issues (GlosaCodebook *codebook,
              GString       *aliases)
{
  for (guint i = 0; i < glosa_codebook_get_n_issues (codebook); i++)
    {
      GlosaIssue *issue = glosa_codebook_get_issue (codebook, i);
      const char * const *all = glosa_issue_get_all_keywords (issue);

      FUZZ_CHECK (glosa_issue_get_id (issue) != NULL && glosa_issue_get_label (issue) != NULL);
      FUZZ_CHECK (glosa_codebook_lookup_issue (codebook, glosa_issue_get_id (issue)) == issue);
      for (guint j = 0; all != NULL && all[j] != NULL; j++)
        g_string_append_printf (aliases, "%s ", all[j]);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GlosaCodebook) codebook = NULL;
  g_autoptr(GlosaCodebook) merged = NULL;
  g_autoptr(GlosaDetector) detector = NULL;
  g_autoptr(GArray) mentions = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const char * const *problems;

  if (size > FUZZ_MAX_INPUT)
    return 0;

  bytes = g_bytes_new_static (data, size);
  codebook = glosa_codebook_new_from_bytes (bytes, "codebook.json", &error);
  FUZZ_CHECK ((codebook == NULL) == (error != NULL));
  if (codebook == NULL)
    {
      FUZZ_CHECK (g_str_has_prefix (error->message, "codebook.json"));
      return 0;
    }

  problems = glosa_codebook_get_problems (codebook);
  for (guint i = 0; problems != NULL && problems[i] != NULL; i++)
    FUZZ_CHECK (g_utf8_validate (problems[i], -1, NULL));
  check_actors (codebook, text);
  check_issues (codebook, text);

  detector = glosa_detector_new (codebook);
  mentions = glosa_detector_find_mentions (detector, text->str);

  merged = glosa_codebook_new_default (&error);
  FUZZ_CHECK (merged != NULL);
  glosa_codebook_merge (merged, codebook);
  g_string_truncate (text, 0);
  check_actors (merged, text);
  check_issues (merged, text);
  return 0;
}
