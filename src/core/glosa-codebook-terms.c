/* glosa-codebook-terms.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-codebook-terms"

#include "config.h"

#include "glosa-codebook-private.h"

/* Actor aliases and issue keywords share this storage. Lists are short in a
 * hand-written codebook but may hold 100,000 entries in a generated one, so
 * bulk replacement deduplicates with a hash table, never pairwise. */

static const char * const empty_list[] = { NULL };

/**
 * glosa_codebook_normalize_term:
 * @term: an alias or keyword as written
 *
 * Puts @term in NFC (as corpus texts are), turns every run of white space
 * into one space and trims both ends, so that "Gustavo  Petro" typed with
 * two spaces still matches the text.
 *
 * Returns: (transfer full) (nullable): the term, or %NULL if nothing is left
 */
char *
glosa_codebook_normalize_term (const char *term)
{
  g_autofree char *nfc = NULL;
  GString *out;
  gboolean pending_space = FALSE;

  if (term == NULL || !g_utf8_validate (term, -1, NULL))
    return NULL;

  nfc = g_utf8_normalize (term, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  if (nfc == NULL)
    return NULL;

  out = g_string_sized_new (strlen (nfc));
  for (const char *p = nfc; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || g_unichar_iscntrl (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

/**
 * glosa_codebook_normalize_language:
 * @language: a language tag such as "en", "es" or "pt-BR"
 *
 * Language tags compare without regard to case (BCP 47), so they are kept
 * in lower case.
 *
 * Returns: (transfer full) (nullable): the tag in lower case, or %NULL if
 *   @language does not look like a language tag
 */
char *
glosa_codebook_normalize_language (const char *language)
{
  gsize run = 0;
  gboolean first_part = TRUE;

  if (language == NULL)
    return NULL;

  /* A primary language of two or three letters (so "english" is refused),
   * then subtags of one to eight letters or digits. */
  for (gsize i = 0; language[i] != '\0'; i++)
    {
      char c = language[i];

      if (c == '-')
        {
          if (run == 0 || (first_part && run < 2))
            return NULL;
          first_part = FALSE;
          run = 0;
          continue;
        }
      if (first_part ? !g_ascii_isalpha (c) : !g_ascii_isalnum (c))
        return NULL;
      if (++run > (first_part ? 3 : 8))
        return NULL;
    }
  if (run == 0 || (first_part && run < 2))
    return NULL;

  return g_ascii_strdown (language, -1);
}

void
glosa_term_set_init (GlosaTermSet *set)
{
  g_assert (set != NULL);

  set->languages = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  set->lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  set->unspecified = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  set->all = NULL;
}

void
glosa_term_set_clear (GlosaTermSet *set)
{
  g_assert (set != NULL);

  g_clear_pointer (&set->languages, g_ptr_array_unref);
  g_clear_pointer (&set->lists, g_ptr_array_unref);
  g_clear_pointer (&set->unspecified, g_ptr_array_unref);
  g_clear_pointer (&set->all, g_ptr_array_unref);
}

static const char * const *
as_strv (GPtrArray *array)
{
  if (array == NULL || array->pdata == NULL)
    return empty_list;
  return (const char * const *) array->pdata;
}

/* The list for @language (NULL or "" for the unspecified language), created
 * when @create is set. */
static GPtrArray *
find_list (GlosaTermSet *set,
           const char   *language,
           gboolean      create)
{
  if (language == NULL || *language == '\0')
    return set->unspecified;

  for (guint i = 0; i < set->languages->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (set->languages, i), language) == 0)
      return g_ptr_array_index (set->lists, i);

  if (!create)
    return NULL;

  g_ptr_array_add (set->languages, g_ascii_strdown (language, -1));
  g_ptr_array_add (set->lists, g_ptr_array_new_null_terminated (0, g_free, TRUE));
  return g_ptr_array_index (set->lists, set->lists->len - 1);
}

static void
drop_list (GlosaTermSet *set,
           const char   *language)
{
  if (language == NULL || *language == '\0')
    return;

  for (guint i = 0; i < set->languages->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (set->languages, i), language) == 0)
      {
        g_ptr_array_remove_index (set->languages, i);
        g_ptr_array_remove_index (set->lists, i);
        return;
      }
}

const char * const *
glosa_term_set_get (GlosaTermSet *set,
                    const char   *language)
{
  g_assert (set != NULL);

  return as_strv (find_list (set, language, FALSE));
}

const char * const *
glosa_term_set_get_languages (GlosaTermSet *set)
{
  g_assert (set != NULL);

  return as_strv (set->languages);
}

void
glosa_term_set_invalidate (GlosaTermSet *set)
{
  g_assert (set != NULL);

  g_clear_pointer (&set->all, g_ptr_array_unref);
}

static void
add_unique (GPtrArray  *out,
            GHashTable *seen,
            const char *term)
{
  if (term != NULL && g_hash_table_add (seen, (gpointer) term))
    g_ptr_array_add (out, (gpointer) term);
}

/* @first (the actor's name) comes first; the strings are borrowed, which is
 * why every change to the set or to @first invalidates the cache. */
const char * const *
glosa_term_set_get_all (GlosaTermSet *set,
                        const char   *first)
{
  g_autoptr(GHashTable) seen = NULL;

  g_assert (set != NULL);

  if (set->all != NULL)
    return as_strv (set->all);

  seen = g_hash_table_new (g_str_hash, g_str_equal);
  set->all = g_ptr_array_new_null_terminated (0, NULL, TRUE);
  add_unique (set->all, seen, first);
  for (guint i = 0; i < set->lists->len; i++)
    {
      GPtrArray *list = g_ptr_array_index (set->lists, i);

      for (guint j = 0; j < list->len; j++)
        add_unique (set->all, seen, g_ptr_array_index (list, j));
    }
  for (guint j = 0; j < set->unspecified->len; j++)
    add_unique (set->all, seen, g_ptr_array_index (set->unspecified, j));

  return as_strv (set->all);
}

/* Returns FALSE if @term is empty once normalised or already listed for
 * @language. Linear in the list: meant for one edit at a time. */
gboolean
glosa_term_set_add (GlosaTermSet *set,
                    const char   *language,
                    const char   *term)
{
  g_autofree char *normal = glosa_codebook_normalize_term (term);
  GPtrArray *list;

  g_assert (set != NULL);

  if (normal == NULL)
    return FALSE;

  list = find_list (set, language, TRUE);
  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (g_ptr_array_index (list, i), normal))
      return FALSE;

  g_ptr_array_add (list, g_steal_pointer (&normal));
  glosa_term_set_invalidate (set);
  return TRUE;
}

/* Replaces the list for @language; empty and repeated terms are dropped. */
void
glosa_term_set_replace (GlosaTermSet       *set,
                        const char         *language,
                        const char * const *terms)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) fresh = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  GPtrArray *list;

  g_assert (set != NULL);

  for (gsize i = 0; terms != NULL && terms[i] != NULL; i++)
    {
      char *normal = glosa_codebook_normalize_term (terms[i]);

      if (normal == NULL)
        continue;
      if (g_hash_table_add (seen, normal))
        g_ptr_array_add (fresh, normal);
      else
        g_free (normal);
    }

  glosa_term_set_invalidate (set);

  if (fresh->len == 0)
    {
      if (language == NULL || *language == '\0')
        g_ptr_array_set_size (set->unspecified, 0);
      else
        drop_list (set, language);
      return;
    }

  list = find_list (set, language, TRUE);
  g_ptr_array_set_size (list, 0);
  g_ptr_array_extend_and_steal (list, g_steal_pointer (&fresh));
}
