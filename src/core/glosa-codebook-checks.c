/* glosa-codebook-checks.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-codebook-checks"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "glosa-codebook.h"
#include "glosa-codebook-private.h"

/* What can only be checked on a whole codebook, after every layer and every
 * edit: affiliations that name no actor, or go round in a circle, and
 * aliases shared by two actors. The file that brought an entry may have
 * named an actor that a later layer adds, so none of this is checked while
 * a single file is read. */

/**
 * glosa_codebook_add_problem:
 * @problems: where to add the message
 * @where: (nullable): "FILE line L, column C", or %NULL
 * @format: what is wrong, as a printf() format
 *
 * Adds "WHERE: WHAT" to @problems.
 */
void
glosa_codebook_add_problem (GPtrArray  *problems,
                            const char *where,
                            const char *format,
                            ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  if (where != NULL)
    g_ptr_array_add (problems, g_strdup_printf ("%s: %s", where, what));
  else
    g_ptr_array_add (problems, g_steal_pointer (&what));
}

/* The affiliation @actor may use, given the links already @cut. */
static GlosaActor *
resolved_affiliation (GlosaCodebook *codebook,
                      GHashTable    *cut,
                      GlosaActor    *actor)
{
  const char *id = glosa_actor_get_affiliation (actor);
  GlosaActor *target;

  if (id == NULL || g_hash_table_contains (cut, actor))
    return NULL;
  target = glosa_codebook_lookup_actor (codebook, id);
  return target != actor ? target : NULL;
}

static void
check_affiliations (GlosaCodebook *codebook,
                    GHashTable    *locations,
                    GPtrArray     *problems)
{
  for (guint i = 0; i < glosa_codebook_get_n_actors (codebook); i++)
    {
      GlosaActor *actor = glosa_codebook_get_actor (codebook, i);
      const char *affiliation = glosa_actor_get_affiliation (actor);
      const char *where = g_hash_table_lookup (locations, actor);

      if (affiliation == NULL || glosa_codebook_lookup_actor (codebook, affiliation) != NULL)
        {
          if (g_strcmp0 (affiliation, glosa_actor_get_id (actor)) == 0)
            glosa_codebook_add_problem (problems, where,
                                        _("actor “%s” cannot be its own affiliation; it is "
                                          "ignored"), affiliation);
          continue;
        }
      if (glosa_codebook_lookup_issue (codebook, affiliation) != NULL)
        glosa_codebook_add_problem (problems, where,
                                    _("actor “%s”: the affiliation “%s” is an issue, not an "
                                      "actor; it is ignored"),
                                    glosa_actor_get_id (actor), affiliation);
      else
        glosa_codebook_add_problem (problems, where,
                                    _("actor “%s”: the affiliation “%s” is not the id of any "
                                      "actor; it is ignored"),
                                    glosa_actor_get_id (actor), affiliation);
    }
}

/* Affiliations that lead back to where they started cannot be followed to
 * an end; the link that closes each cycle is cut. Linear: every actor is
 * walked once. */
static void
cut_cycles (GlosaCodebook *codebook,
            GHashTable    *locations,
            GHashTable    *cut,
            GPtrArray     *problems)
{
  g_autoptr(GHashTable) state = g_hash_table_new (NULL, NULL);   /* 1 on path, 2 done */
  g_autoptr(GPtrArray) path = g_ptr_array_new ();

  for (guint i = 0; i < glosa_codebook_get_n_actors (codebook); i++)
    {
      GlosaActor *actor = glosa_codebook_get_actor (codebook, i);

      g_ptr_array_set_size (path, 0);
      while (actor != NULL && !g_hash_table_contains (state, actor))
        {
          g_hash_table_insert (state, actor, GUINT_TO_POINTER (1));
          g_ptr_array_add (path, actor);
          actor = resolved_affiliation (codebook, cut, actor);
        }

      if (actor != NULL && GPOINTER_TO_UINT (g_hash_table_lookup (state, actor)) == 1)
        {
          GlosaActor *last = g_ptr_array_index (path, path->len - 1);

          g_hash_table_add (cut, last);
          glosa_codebook_add_problem (problems, g_hash_table_lookup (locations, last),
                                      _("actor “%s”: the affiliation “%s” leads back to “%s”; "
                                        "it is ignored"),
                                      glosa_actor_get_id (last), glosa_actor_get_affiliation (last),
                                      glosa_actor_get_id (last));
        }

      for (guint j = 0; j < path->len; j++)
        g_hash_table_insert (state, g_ptr_array_index (path, j), GUINT_TO_POINTER (2));
    }
}

/* One alias naming two actors cannot tell their mentions apart. Compared
 * without regard to case, as the matcher compares them. */
static void
report_shared_aliases (GlosaCodebook *codebook,
                       GPtrArray     *problems)
{
  g_autoptr(GHashTable) owners = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < glosa_codebook_get_n_actors (codebook); i++)
    {
      GlosaActor *actor = glosa_codebook_get_actor (codebook, i);
      const char * const *aliases = glosa_actor_get_all_aliases (actor);

      for (guint j = 0; aliases[j] != NULL; j++)
        {
          char *key = g_utf8_casefold (aliases[j], -1);
          GlosaActor *owner = g_hash_table_lookup (owners, key);

          if (owner == NULL)
            {
              g_hash_table_insert (owners, key, actor);
              continue;
            }
          g_free (key);
          if (owner != actor)
            glosa_codebook_add_problem (problems, NULL,
                                        _("the alias “%s” names both “%s” and “%s”; its "
                                          "mentions cannot be told apart"),
                                        aliases[j], glosa_actor_get_id (owner),
                                        glosa_actor_get_id (actor));
        }
    }
}

/**
 * glosa_codebook_check:
 * @codebook: a codebook
 * @locations: actor → where its affiliation was written
 * @cut: (out): an empty set, filled with the actors whose affiliation
 *   closes a cycle and must not be followed
 * @problems: where to add what is wrong
 */
void
glosa_codebook_check (GlosaCodebook *codebook,
                      GHashTable    *locations,
                      GHashTable    *cut,
                      GPtrArray     *problems)
{
  g_assert (GLOSA_IS_CODEBOOK (codebook));
  g_assert (g_hash_table_size (cut) == 0);

  check_affiliations (codebook, locations, problems);
  cut_cycles (codebook, locations, cut, problems);
  report_shared_aliases (codebook, problems);
}
