/* test-document-list.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "glosa-document-list.h"
#include "glosa-subset-model.h"
#include "project-fixture.h"

/* Lazy documents: the paged list model, the subset model filters are
 * shown through, documents whose text is fetched when asked for, and a
 * project of thousands of articles read that way. */

typedef struct
{
  guint fetches;   /* pages read */
  guint texts;     /* texts fetched */
  guint freed;     /* text sources freed */
} Counters;

static void
fake_fetch (const gint64 *nums,
            guint         n_nums,
            GPtrArray    *documents,
            gpointer      user_data)
{
  Counters *counters = user_data;

  counters->fetches++;
  for (guint i = 0; i < n_nums; i++)
    {
      g_autofree char *id = g_strdup_printf ("doc-%" G_GINT64_FORMAT, nums[i]);

      g_ptr_array_add (documents, glosa_document_new (id, NULL, "text"));
    }
}

static void
count_changes (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               guint      *changes)
{
  (*changes)++;
}

static GArray *
range (gint64 from,
       guint  n)
{
  GArray *nums = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < n; i++)
    {
      gint64 num = from + i;

      g_array_append_val (nums, num);
    }
  return nums;
}

static void
test_pages (void)
{
  Counters counters = { 0 };
  g_autoptr(GlosaDocumentList) list = glosa_document_list_new (fake_fetch, &counters);
  g_autoptr(GArray) nums = range (1000, 10000);
  GListModel *model = G_LIST_MODEL (list);
  guint changes = 0;

  g_signal_connect (list, "items-changed", G_CALLBACK (count_changes), &changes);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  glosa_document_list_set_nums (list, nums);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 10000);
  /* Knowing the count reads nothing. */
  g_assert_cmpuint (counters.fetches, ==, 0);

  {
    g_autoptr(GlosaDocument) first = g_list_model_get_item (model, 0);
    g_autoptr(GlosaDocument) again = g_list_model_get_item (model, 1);
    g_autoptr(GlosaDocument) last = g_list_model_get_item (model, 9999);

    g_assert_cmpstr (glosa_document_get_id (first), ==, "doc-1000");
    g_assert_cmpstr (glosa_document_get_id (again), ==, "doc-1001");
    g_assert_cmpstr (glosa_document_get_id (last), ==, "doc-10999");
    /* One page each for the first two, one for the last. */
    g_assert_cmpuint (counters.fetches, ==, 2);
    g_assert_null (g_list_model_get_item (model, 10000));
  }

  /* Reading everything keeps a bounded number of documents. */
  for (guint i = 0; i < 10000; i++)
    g_object_unref (g_list_model_get_item (model, i));
  g_assert_cmpuint (counters.fetches, ==, 2 + (10000 + 63) / 64 - 1);
  g_assert_cmpuint (glosa_document_list_get_n_cached (list), <=, 64 * 64);
  g_assert_cmpuint (glosa_document_list_get_n_cached (list), >, 0);

  /* A recently used page is not read again; an evicted one is. */
  counters.fetches = 0;
  g_object_unref (g_list_model_get_item (model, 9990));
  g_assert_cmpuint (counters.fetches, ==, 0);
  g_object_unref (g_list_model_get_item (model, 5));
  g_assert_cmpuint (counters.fetches, ==, 1);

  /* A reload: all removed, then all added. */
  glosa_document_list_set_nums (list, nums);
  g_assert_cmpuint (changes, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 10000);

  glosa_document_list_detach (list);
  g_assert_cmpuint (changes, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_null (g_list_model_get_item (model, 0));
}

static void
test_subset (void)
{
  g_autoptr(GListStore) store = g_list_store_new (GLOSA_TYPE_DOCUMENT);
  g_autoptr(GlosaSubsetModel) subset = NULL;
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));
  const guint picked[] = { 1, 4, 7 };
  guint changes = 0, found = 0;

  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *id = g_strdup_printf ("d%u", i);
      g_autoptr(GlosaDocument) document = glosa_document_new (id, NULL, "");

      g_list_store_append (store, document);
    }
  subset = glosa_subset_model_new (G_LIST_MODEL (store));
  g_signal_connect (subset, "items-changed", G_CALLBACK (count_changes), &changes);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (subset)), ==, 10);

  g_array_append_vals (positions, picked, G_N_ELEMENTS (picked));
  glosa_subset_model_set_positions (subset, positions);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (subset)), ==, 3);
  {
    g_autoptr(GlosaDocument) second = g_list_model_get_item (G_LIST_MODEL (subset), 1);

    g_assert_cmpstr (glosa_document_get_id (second), ==, "d4");
    g_assert_null (g_list_model_get_item (G_LIST_MODEL (subset), 3));
  }
  g_assert_true (glosa_subset_model_find (subset, 7, &found));
  g_assert_cmpuint (found, ==, 2);
  g_assert_false (glosa_subset_model_find (subset, 5, NULL));

  /* The same positions again tell a view nothing. */
  glosa_subset_model_set_positions (subset, positions);
  g_assert_cmpuint (changes, ==, 1);
  glosa_subset_model_set_positions (subset, NULL);
  g_assert_cmpuint (changes, ==, 2);
  glosa_subset_model_set_positions (subset, NULL);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_true (glosa_subset_model_find (subset, 5, &found));
  g_assert_cmpuint (found, ==, 5);

  /* When the whole changes, the subset shows all of it. */
  glosa_subset_model_set_positions (subset, positions);
  g_list_store_remove (store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (subset)), ==, 9);
}

static char *
fake_text (GlosaDocument *document,
           gpointer       user_data)
{
  Counters *counters = user_data;

  counters->texts++;
  return g_strdup_printf ("The text of %s.", glosa_document_get_id (document));
}

static void
fake_free (gpointer user_data)
{
  Counters *counters = user_data;

  counters->freed++;
}

static void
test_lazy_text (void)
{
  Counters counters = { 0 };
  g_autoptr(GlosaDocument) document = glosa_document_new_lazy ("a", "A", "cafe", fake_text,
                                                               &counters, fake_free);
  g_autoptr(GlosaDocument) unread = glosa_document_new_lazy ("b", "B", "beef", fake_text,
                                                             &counters, fake_free);
  g_autofree char *property = NULL;

  g_assert_false (glosa_document_has_text (document));
  /* The hash comes from where the text is kept: asking reads nothing. */
  g_assert_cmpstr (glosa_document_get_hash (document), ==, "cafe");
  g_assert_cmpuint (counters.texts, ==, 0);
  g_assert_cmpstr (glosa_document_get_text (document), ==, "The text of a.");
  g_assert_true (glosa_document_has_text (document));
  g_assert_cmpuint (glosa_document_get_chars (document), ==, 14);
  g_object_get (document, "text", &property, NULL);
  g_assert_cmpstr (property, ==, "The text of a.");
  g_assert_cmpuint (counters.texts, ==, 1);
  g_assert_cmpuint (counters.freed, ==, 1);

  g_clear_object (&unread);
  g_assert_cmpuint (counters.texts, ==, 1);
  g_assert_cmpuint (counters.freed, ==, 2);
}

static char *
zanahoria_text (guint i)
{
  return g_strdup_printf ("Article %u says %s.", i, i % 7 == 0 ? "zanahoria" : "nothing");
}

static void
test_project_documents (void)
{
  g_autofree char *dir = g_dir_make_tmp ("glosa-document-list-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.glosa", NULL);
  GlosaProject *project = generated_project (path, 5000, zanahoria_text);
  GListModel *documents = glosa_project_get_documents (project);
  g_autoptr(GHashTable) found = NULL;
  g_autoptr(GError) error = NULL;
  GlosaDocument *looked_up;
  guint position = 0;

  g_assert_true (GLOSA_IS_DOCUMENT_LIST (documents));
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 5000);
  for (guint i = 0; i < 5000; i += 499)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (documents, i);
      g_autofree char *id = g_strdup_printf ("article-%05u.txt", i);
      g_autofree char *text = zanahoria_text (i);

      g_assert_cmpstr (glosa_document_get_id (document), ==, id);
      /* Read without its text, which comes when asked for. */
      g_assert_false (glosa_document_has_text (document));
      g_assert_cmpstr (glosa_document_get_text (document), ==, text);
      g_assert_true (glosa_project_get_document_position (project, id, &position));
      g_assert_cmpuint (position, ==, i);
    }
  for (guint i = 0; i < 5000; i++)
    g_object_unref (g_list_model_get_item (documents, i));
  g_assert_cmpuint (glosa_document_list_get_n_cached (GLOSA_DOCUMENT_LIST (documents)), <=, 4096);

  /* Looked up by id: the same object while the project lasts. */
  looked_up = glosa_project_lookup_document (project, "article-01234.txt");
  g_assert_nonnull (looked_up);
  g_assert_true (glosa_project_lookup_document (project, "article-01234.txt") == looked_up);
  g_assert_cmpstr (glosa_document_get_title (looked_up), ==, "Article 1234");
  g_assert_null (glosa_project_lookup_document (project, "article-99999.txt"));
  g_assert_false (glosa_project_get_document_position (project, "article-99999.txt", NULL));

  /* Search positions are the model's. */
  found = glosa_project_search (project, "zanahoria", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (found), ==, (5000 + 6) / 7);
  g_assert_true (g_hash_table_contains (found, GUINT_TO_POINTER (4998)));
  g_assert_false (g_hash_table_contains (found, GUINT_TO_POINTER (4999)));

  g_assert_finalize_object (project);
  remove_tree (dir);
}

/* A sorted view of a list: its own pages, in its order, through the
 * list's source; it follows the list when that changes. */
static void
test_sorted_view (void)
{
  Counters counters = { 0 };
  g_autoptr(GlosaDocumentList) list = glosa_document_list_new (fake_fetch, &counters);
  g_autoptr(GlosaDocumentList) view = NULL;
  g_autoptr(GArray) nums = range (0, 1000);
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  guint changes = 0, position = 0;

  glosa_document_list_set_nums (list, nums);
  view = glosa_document_list_new_sorted (list);
  g_signal_connect (view, "items-changed", G_CALLBACK (count_changes), &changes);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (view)), ==, 1000);

  /* Reversed. */
  for (guint i = 0; i < 1000; i++)
    {
      guint at = 999 - i;

      g_array_append_val (order, at);
    }
  glosa_document_list_set_order (view, order);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpuint (counters.fetches, ==, 0);
  for (guint i = 0; i < 64; i++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (G_LIST_MODEL (view), i);
      g_autofree char *id = g_strdup_printf ("doc-%u", 999 - i);

      g_assert_cmpstr (glosa_document_get_id (document), ==, id);
    }
  /* The first 64 of the order are one page, read through the list's source;
   * the list itself read nothing. */
  g_assert_cmpuint (counters.fetches, ==, 1);
  g_assert_cmpuint (glosa_document_list_get_n_read (view), ==, 64);
  g_assert_cmpuint (glosa_document_list_get_n_read (list), ==, 0);
  g_assert_cmpuint (glosa_document_list_get_unsorted_position (view, 10), ==, 989);
  g_assert_true (glosa_document_list_find (view, 989, &position));
  g_assert_cmpuint (position, ==, 10);
  g_assert_false (glosa_document_list_find (view, 1000, NULL));

  /* The list reloaded: the view shows it, unsorted. */
  glosa_document_list_set_nums (list, nums);
  g_assert_cmpuint (glosa_document_list_get_unsorted_position (view, 10), ==, 10);
  {
    g_autoptr(GlosaDocument) document = g_list_model_get_item (G_LIST_MODEL (view), 10);

    g_assert_cmpstr (glosa_document_get_id (document), ==, "doc-10");
  }
  glosa_document_list_set_order (view, NULL);
  g_assert_true (glosa_document_list_find (view, 989, &position));
  g_assert_cmpuint (position, ==, 989);

  /* Detached with its source: empty, reading nothing. */
  glosa_document_list_detach (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (view)), ==, 0);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (view), 0));
}

/* 300 articles whose titles, dates and sources repeat, differ in case and
 * accents, or are missing. */
static const char * const sort_titles[] = {
  "Zebra crossing", "apple harvest", "Éclair recipe", "Apple harvest", NULL,
  "eclair recipe", "Banana", "", "École", "ñandú",
};
static const char * const sort_sources[] = { "Reuters", NULL, "El Tiempo", "AP", "reuters" };

static GlosaProject *
sort_project (const char *path)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *id = g_strdup_printf ("article-%05u.txt", i);
      g_autofree char *text = g_strdup_printf ("Article %u%s.", i, i % 3 == 0 ? " on coca" : "");
      g_autofree char *date = g_strdup_printf ("2026-%02u-%02u", 1 + i % 12, 1 + (i * 7) % 28);
      GlosaDocument *document = glosa_document_new (id, sort_titles[i % G_N_ELEMENTS (sort_titles)],
                                                    text);

      glosa_document_set_date (document, i % 11 == 0 ? NULL : date);
      glosa_document_set_source (document, sort_sources[i % G_N_ELEMENTS (sort_sources)]);
      g_ptr_array_add (documents, document);
    }
  return project_of_documents (path, documents);
}

static const char *
order_value (GlosaDocument      *document,
             GlosaDocumentOrder  order)
{
  switch (order)
    {
    case GLOSA_DOCUMENT_ORDER_TITLE:
      return glosa_document_get_title (document);
    case GLOSA_DOCUMENT_ORDER_DATE:
      return glosa_document_get_date (document);
    case GLOSA_DOCUMENT_ORDER_SOURCE:
      return glosa_document_get_source (document);
    case GLOSA_DOCUMENT_ORDER_NONE:
    default:
      g_assert_not_reached ();
    }
}

/* What GtkStringSorter did, by another road: g_utf8_collate() (strcoll)
 * of the case-folded strings, missing ones last, ties in list order. */
static int
compare_values (const char *a,
                const char *b)
{
  g_autofree char *fa = a ? g_utf8_casefold (a, -1) : NULL;
  g_autofree char *fb = b ? g_utf8_casefold (b, -1) : NULL;

  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);
  return g_utf8_collate (fa, fb);
}

static void
sorted_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* The same sort, in a thread. */
static GArray *
sort_in_thread (GlosaProject       *project,
                GlosaDocumentOrder  by)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GArray *order;

  glosa_project_sort_documents_async (project, by, NULL, sorted_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  order = glosa_project_sort_documents_finish (project, result, &error);
  g_assert_no_error (error);
  return order;
}

static void
test_project_sort (void)
{
  g_autofree char *dir = g_dir_make_tmp ("glosa-sort-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sort.glosa", NULL);
  GlosaProject *project = sort_project (path);
  GlosaDocumentList *documents = GLOSA_DOCUMENT_LIST (glosa_project_get_documents (project));
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlosaDocumentList) view = glosa_document_list_new_sorted (documents);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) order = NULL;

  for (guint i = 0; i < 300; i++)
    g_ptr_array_add (all, g_list_model_get_item (G_LIST_MODEL (documents), i));
  g_assert_cmpuint (glosa_document_list_get_n_read (documents), ==, 300);

  order = glosa_project_sort_documents (project, GLOSA_DOCUMENT_ORDER_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (order->len, ==, 300);
  g_assert_cmpuint (g_array_index (order, guint, 299), ==, 299);
  g_clear_pointer (&order, g_array_unref);
  order = sort_in_thread (project, GLOSA_DOCUMENT_ORDER_NONE);
  g_assert_cmpuint (order->len, ==, 300);
  g_assert_cmpuint (g_array_index (order, guint, 299), ==, 299);
  g_clear_pointer (&order, g_array_unref);

  for (GlosaDocumentOrder by = GLOSA_DOCUMENT_ORDER_TITLE; by <= GLOSA_DOCUMENT_ORDER_SOURCE; by++)
    {
      GlosaDocument *last;
      guint n_null = 0;

      order = glosa_project_sort_documents (project, by, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (order->len, ==, 300);
      for (guint i = 0; i < 300; i++)
        n_null += order_value (g_ptr_array_index (all, i), by) == NULL;
      for (guint i = 1; i < 300; i++)
        {
          guint a = g_array_index (order, guint, i - 1), b = g_array_index (order, guint, i);
          int cmp = compare_values (order_value (g_ptr_array_index (all, a), by),
                                    order_value (g_ptr_array_index (all, b), by));

          /* In order; equal values (ignoring case) in list order. */
          g_assert_cmpint (cmp, <=, 0);
          if (cmp == 0)
            g_assert_cmpuint (a, <, b);
        }
      {
        g_autoptr(GArray) threaded = sort_in_thread (project, by);

        g_assert_cmpmem (threaded->data, threaded->len * sizeof (guint),
                         order->data, order->len * sizeof (guint));
      }
      /* Missing values last. */
      g_assert_cmpuint (n_null, >, 0);
      last = g_ptr_array_index (all, g_array_index (order, guint, 299 - n_null));
      g_assert_nonnull (order_value (last, by));
      last = g_ptr_array_index (all, g_array_index (order, guint, 300 - n_null));
      g_assert_null (order_value (last, by));
      g_clear_pointer (&order, g_array_unref);
    }

  /* Exact places, whatever the locale: "apple harvest" (1) and "Apple
   * harvest" (3) are one title, so 1, 3, 11, 13, …; no title (4, 7, …) last. */
  order = glosa_project_sort_documents (project, GLOSA_DOCUMENT_ORDER_TITLE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_array_index (order, guint, 0), ==, 1);
  g_assert_cmpuint (g_array_index (order, guint, 1), ==, 3);
  g_assert_cmpuint (g_array_index (order, guint, 2), ==, 11);
  g_assert_cmpuint (g_array_index (order, guint, 59), ==, 293);
  g_assert_cmpuint (g_array_index (order, guint, 60), ==, 6);   /* Banana */
  g_assert_cmpuint (g_array_index (order, guint, 240), ==, 4);
  g_assert_cmpuint (g_array_index (order, guint, 241), ==, 7);
  g_assert_cmpuint (g_array_index (order, guint, 299), ==, 297);

  /* Shown through a sorted view, page by page: no more read than seen. */
  glosa_document_list_set_order (view, order);
  for (guint i = 0; i < 70; i++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (G_LIST_MODEL (view), i);
      GlosaDocument *expected = g_ptr_array_index (all, g_array_index (order, guint, i));

      g_assert_cmpstr (glosa_document_get_id (document), ==, glosa_document_get_id (expected));
    }
  g_assert_cmpuint (glosa_document_list_get_n_read (view), ==, 128);
  g_assert_cmpuint (glosa_document_list_get_n_read (documents), ==, 300);

  /* Sources: "Reuters" and "reuters" together, in list order. */
  g_clear_pointer (&order, g_array_unref);
  order = glosa_project_sort_documents (project, GLOSA_DOCUMENT_ORDER_SOURCE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_array_index (order, guint, 0), ==, 3);    /* AP */
  g_assert_cmpuint (g_array_index (order, guint, 60), ==, 2);   /* El Tiempo */
  g_assert_cmpuint (g_array_index (order, guint, 120), ==, 0);  /* Reuters */
  g_assert_cmpuint (g_array_index (order, guint, 121), ==, 4);  /* reuters */
  g_assert_cmpuint (g_array_index (order, guint, 122), ==, 5);
  g_assert_cmpuint (g_array_index (order, guint, 240), ==, 1);  /* none */

  g_clear_pointer (&all, g_ptr_array_unref);
  g_clear_object (&view);
  g_assert_finalize_object (project);
  remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  /* Collation follows the locale, as in the app. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document-list/pages", test_pages);
  g_test_add_func ("/document-list/subset", test_subset);
  g_test_add_func ("/document-list/lazy-text", test_lazy_text);
  g_test_add_func ("/document-list/project", test_project_documents);
  g_test_add_func ("/document-list/sorted-view", test_sorted_view);
  g_test_add_func ("/document-list/project-sort", test_project_sort);

  return g_test_run ();
}
