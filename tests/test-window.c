/* test-window.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "glosa-application.h"
#include "glosa-document-list.h"
#include "glosa-subset-model.h"
#include "glosa-test-window.h"
#include "project-fixture.h"

/* The real window, under Xvfb, driven through its actions. */

static void
wait_for_page (GlosaWindow *window,
               const char  *page)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (g_strcmp0 (glosa_window_get_page (window), page) != 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

/* What the window shows in labels right now, one per line. */
static char *
shown_text (GlosaWindow *window)
{
  GString *out = g_string_new (NULL);

  glosa_test_wait_for_draw (GTK_WIDGET (window));
  collect_labels (GTK_WIDGET (window), out);
  return g_string_free (out, FALSE);
}

static GlosaWindow *
new_window (void)
{
  GlosaWindow *window = glosa_window_new (GTK_APPLICATION (glosa_test_app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
test_welcome (void)
{
  GlosaWindow *window = new_window ();
  g_autofree char *text = NULL;

  g_assert_cmpstr (glosa_window_get_page (window), ==, "welcome");
  text = shown_text (window);
  g_assert_nonnull (strstr (text, "Welcome to Glosa"));
  g_assert_nonnull (strstr (text, "Open Folder…"));
  g_assert_nonnull (strstr (text, "Open File…"));
  glosa_test_close_window (window);
}

static void
test_shared_corpus (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("GLOSA_SHARED_DIR"), "corpus", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GlosaWindow *window = new_window ();
  g_autofree char *text = NULL;
  g_autofree char *after = NULL;

  glosa_window_open (window, file);
  wait_for_page (window, "corpus");
  g_assert_cmpuint (glosa_article_list_get_n_shown (window->article_list), ==, 2);

  /* Both titles in the list; the first article open beside it. */
  text = shown_text (window);
  g_assert_nonnull (strstr (text, "The visit of Colombian President Gustavo Petro to Washington"));
  g_assert_nonnull (strstr (text, "Did the White House meeting result in substantive changes to the "
                                  "U.S.-Colombia counter-drug strategy?"));
  g_assert_nonnull (strstr (text, "2 articles"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-article", NULL);
  after = shown_text (window);
  /* The headline now shows twice: in the list and above the text. */
  {
    const char *title = "Did the White House meeting result in substantive changes";
    const char *first = strstr (after, title);

    g_assert_nonnull (first);
    g_assert_nonnull (strstr (first + 1, title));
  }
  glosa_test_close_window (window);
}

static gboolean
counted (GlosaWindow *window)
{
  return window->corpus_mentions != NULL;
}

static gboolean
one_article_shown (GlosaWindow *window)
{
  /* The full-text index arrives in the background; until then titles
   * alone are searched. */
  return glosa_article_list_get_n_shown (window->article_list) == 1;
}

static char *
widget_text (GtkWidget *widget)
{
  GString *out = g_string_new (NULL);

  glosa_test_wait_for_draw (widget);
  collect_labels (widget, out);
  return g_string_free (out, FALSE);
}

static int
actor_index (GlosaWindow *window,
             const char  *id)
{
  GlosaCodebook *codebook = glosa_detector_get_codebook (window->detector);

  for (guint i = 0; i < glosa_codebook_get_n_actors (codebook); i++)
    if (g_str_equal (glosa_actor_get_id (glosa_codebook_get_actor (codebook, i)), id))
      return i;
  g_assert_not_reached ();
}

static char *
selected_text (GlosaWindow *window)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (glosa_article_view_get_text_view (window->article_view));
  GtkTextIter start, end;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return g_strdup ("");
  return gtk_text_iter_get_text (&start, &end);
}

/* The walk through the window: each article with its actors, an
 * actor's mentions stepped through, the list filtered by a word. */
static void
test_reading (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("GLOSA_SHARED_DIR"), "corpus", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GlosaWindow *window = new_window ();
  g_autofree char *first_sidebar = NULL;
  g_autofree char *second_sidebar = NULL;
  g_autofree char *mention = NULL;
  g_autofree char *next = NULL;
  g_autofree char *list = NULL;
  GlosaDocument *document;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL);
  if (!adw_flap_get_reveal_flap (window->flap))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL);
  g_assert_true (adw_flap_get_reveal_flap (window->flap));

  glosa_window_open (window, file);
  wait_for_page (window, "corpus");

  /* First article: Petro and Trump in the sidebar, Rueda not. */
  document = glosa_article_list_get_selected (window->article_list);
  g_assert_cmpstr (glosa_document_get_id (document), ==, "000_8201e9c1fadbd55d.txt");
  first_sidebar = widget_text (GTK_WIDGET (window->sidebar));
  g_assert_nonnull (strstr (first_sidebar, "Gustavo Petro"));
  g_assert_nonnull (strstr (first_sidebar, "Donald Trump"));
  g_assert_null (strstr (first_sidebar, "Ana María Rueda"));

  /* Second article, through the action. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-article", NULL);
  document = glosa_article_list_get_selected (window->article_list);
  g_assert_cmpstr (glosa_document_get_id (document), ==, "001_a87c4153953d173a.txt");
  g_assert_true (glosa_analysis_get_document (glosa_article_view_get_analysis (window->article_view))
                 == document);
  second_sidebar = widget_text (GTK_WIDGET (window->sidebar));
  g_assert_nonnull (strstr (second_sidebar, "Gustavo Petro"));
  g_assert_nonnull (strstr (second_sidebar, "Donald Trump"));
  g_assert_nonnull (strstr (second_sidebar, "Ana María Rueda"));

  /* Select Rueda: her mentions are stepped through, in text order. */
  glosa_sidebar_select_actor (window->sidebar, actor_index (window, "ana-maria-rueda"));
  g_assert_cmpint (glosa_article_view_get_highlighted_actor (window->article_view), ==,
                   actor_index (window, "ana-maria-rueda"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-mention", NULL);
  mention = selected_text (window);
  g_assert_cmpstr (mention, ==, "Ana María Rueda");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-mention", NULL);
  next = selected_text (window);
  g_assert_cmpstr (next, ==, "Rueda");

  /* Whole corpus: the list keeps the articles that mention her. */
  glosa_test_wait_until (counted, window);
  glosa_sidebar_set_whole_corpus (window->sidebar, TRUE);
  g_assert_cmpuint (glosa_article_list_get_n_shown (window->article_list), ==, 1);
  glosa_sidebar_set_whole_corpus (window->sidebar, FALSE);
  g_assert_cmpuint (glosa_article_list_get_n_shown (window->article_list), ==, 2);

  /* A word only the second article holds, in its text, not its title. */
  glosa_article_list_set_search_text (window->article_list, "Medellin");
  glosa_test_wait_until (one_article_shown, window);
  list = widget_text (GTK_WIDGET (window->article_list));
  g_assert_nonnull (strstr (list, "1 of 2 articles"));
  g_assert_nonnull (strstr (list, "Did the White House meeting result"));
  g_assert_null (strstr (list, "The visit of Colombian President"));

  glosa_test_close_window (window);
}

static void
collect_triggers (GtkWidget *widget,
                  GPtrArray *triggers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);

          g_ptr_array_add (triggers, g_object_ref (gtk_shortcut_get_trigger (shortcut)));
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect_triggers (child, triggers);
}

/* Every key the shortcuts window lists is bound: in the window, in one of
 * its widgets, or on the application. */
static void
test_shortcuts (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/glosa/Glosa/gtk/help-overlay.ui");
  g_autoptr(GPtrArray) triggers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  GlosaWindow *window = new_window ();
  guint checked = 0;

  collect_triggers (GTK_WIDGET (window), triggers);
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accel = NULL;
      g_autoptr(GtkShortcutTrigger) wanted = NULL;
      g_auto(GStrv) app_actions = NULL;
      gboolean bound = FALSE;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accel, NULL);
      wanted = gtk_shortcut_trigger_parse_string (accel);
      g_assert_nonnull (wanted);
      for (guint i = 0; i < triggers->len && !bound; i++)
        bound = gtk_shortcut_trigger_equal (wanted, g_ptr_array_index (triggers, i));
      app_actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (glosa_test_app), accel);
      g_test_message ("%s", accel);
      g_assert_true (bound || app_actions[0] != NULL);
      checked++;
    }
  g_assert_cmpuint (checked, >=, 21);
  glosa_test_close_window (window);
}

static gboolean
project_counted (GlosaWindow *window)
{
  return window->project != NULL && window->corpus_mentions != NULL;
}

/* One article in three mentions Petro; one holds "zanahorias". */
static char *
petro_text (guint i)
{
  return g_strdup_printf ("Article %u. %s spoke about %s.", i, i % 3 == 0 ? "Gustavo Petro" : "Nobody",
                          i == 42 ? "zanahorias" : "the weather");
}

/* Its project, closed, for the window to open. */
static char *
petro_project (const char *dir,
               guint       n)
{
  char *path = g_build_filename (dir, "generated.glosa", NULL);

  g_assert_finalize_object (generated_project (path, n, petro_text));
  return path;
}

/* A .glosa of thousands of articles: the list reads them from the
 * project, searches its index, and counts from its cache. */
static void
test_large_project (void)
{
  g_autofree char *dir = g_dir_make_tmp ("glosa-large-XXXXXX", NULL);
  g_autofree char *path = petro_project (dir, 3000);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GlosaWindow *window = new_window ();
  GListModel *documents;
  GlosaCodebook *codebook;
  g_autofree char *text = NULL;
  GlosaDocument *selected;

  glosa_window_open (window, file);
  glosa_test_wait_until (project_counted, window);
  documents = glosa_project_get_documents (window->project);
  g_assert_cmpuint (glosa_article_list_get_n_shown (window->article_list), ==, 3000);
  /* The window holds none of the articles itself. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (glosa_window_get_corpus (window))), ==, 0);
  text = shown_text (window);
  g_assert_nonnull (strstr (text, "3000 articles"));
  g_assert_nonnull (strstr (text, "Article 0"));
  g_assert_cmpuint (glosa_document_list_get_n_cached (GLOSA_DOCUMENT_LIST (documents)), <, 3000);
  selected = glosa_article_list_get_selected (window->article_list);
  g_assert_cmpstr (glosa_document_get_id (selected), ==, "article-00000.txt");
  g_assert_true (glosa_document_has_text (selected));

  /* Whole-corpus counts, and the filter they drive. */
  codebook = glosa_detector_get_codebook (window->detector);
  g_assert_cmpuint (g_array_index (glosa_corpus_mentions_get_documents (window->corpus_mentions), guint,
                                   actor_index (window, "gustavo-petro")), ==, 1000);
  g_assert_nonnull (codebook);
  glosa_sidebar_set_whole_corpus (window->sidebar, TRUE);
  glosa_sidebar_select_actor (window->sidebar, actor_index (window, "gustavo-petro"));
  g_assert_cmpuint (glosa_article_list_get_n_shown (window->article_list), ==, 1000);
  glosa_sidebar_select_actor (window->sidebar, -1);
  g_assert_cmpuint (glosa_article_list_get_n_shown (window->article_list), ==, 3000);

  /* Search goes through the project's index: a word in one text. */
  glosa_article_list_set_search_text (window->article_list, "zanahorias");
  g_assert_cmpuint (glosa_article_list_get_n_shown (window->article_list), ==, 1);
  selected = glosa_article_list_get_selected (window->article_list);
  g_assert_cmpstr (glosa_document_get_id (selected), ==, "article-00042.txt");
  g_assert_true (glosa_analysis_get_document (glosa_article_view_get_analysis (window->article_view))
                 == selected);
  glosa_article_list_set_search_text (window->article_list, "");
  g_assert_cmpuint (glosa_article_list_get_n_shown (window->article_list), ==, 3000);
  /* The article stays selected when the search is cleared. */
  selected = glosa_article_list_get_selected (window->article_list);
  g_assert_cmpstr (glosa_document_get_id (selected), ==, "article-00042.txt");
  g_assert_true (glosa_article_list_select (window->article_list, "article-02999.txt"));
  g_assert_cmpstr (glosa_document_get_id (glosa_article_list_get_selected (window->article_list)), ==,
                   "article-02999.txt");
  glosa_test_close_window (window);

  glosa_test_remove_tree (dir);
}

/* The first @type in @widget, not counting popovers (a drop-down's list). */
static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  if (GTK_IS_POPOVER (widget))
    return NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The article list's models, from the view down to the documents. */
static GListModel *
shown_articles (GlosaWindow *window)
{
  GtkListView *view = GTK_LIST_VIEW (find_widget (GTK_WIDGET (window->article_list),
                                                  GTK_TYPE_LIST_VIEW));

  return G_LIST_MODEL (gtk_list_view_get_model (view));
}

static GlosaDocumentList *
sorted_documents (GlosaWindow *window)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (shown_articles (window));
  GtkSortListModel *sorted = GTK_SORT_LIST_MODEL (gtk_single_selection_get_model (selection));
  GlosaSubsetModel *subset = GLOSA_SUBSET_MODEL (gtk_sort_list_model_get_model (sorted));
  GListModel *mapped = glosa_subset_model_get_model (subset);

  return GLOSA_DOCUMENT_LIST (gtk_map_list_model_get_model (GTK_MAP_LIST_MODEL (mapped)));
}

static void
sort_by (GlosaWindow *window,
         guint        item)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (find_widget (GTK_WIDGET (window->article_list),
                                                      GTK_TYPE_DROP_DOWN));

  gtk_drop_down_set_selected (dropdown, item);
}

static void
assert_shown (GlosaWindow *window,
              guint        position,
              const char  *id)
{
  g_autoptr(GlosaDocument) document = g_list_model_get_item (shown_articles (window), position);

  g_assert_nonnull (document);
  g_assert_cmpstr (glosa_document_get_id (document), ==, id);
}

static gboolean
shows (GlosaWindow *window,
       guint        position,
       const char  *id)
{
  g_autoptr(GlosaDocument) document = g_list_model_get_item (shown_articles (window), position);

  return document != NULL && g_str_equal (glosa_document_get_id (document), id);
}

/* A project sorts in a thread: waits for the order to show. */
static void
wait_for_shown (GlosaWindow *window,
                guint        position,
                const char  *id)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!shows (window, position, id))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static int
compare_titles (gconstpointer a,
                gconstpointer b)
{
  g_autofree char *ta = g_strdup_printf ("article %u", *(const guint *) a);
  g_autofree char *tb = g_strdup_printf ("article %u", *(const guint *) b);

  return g_utf8_collate (ta, tb);
}

/* Sorting a project's articles sorts in the project: the list reads the
 * rows in sight, not every article; filters and the selection hold. */
static void
test_sorted_project (void)
{
  g_autofree char *dir = g_dir_make_tmp ("glosa-sorted-XXXXXX", NULL);
  g_autofree char *path = petro_project (dir, 3000);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (guint));
  GlosaWindow *window = new_window ();
  GlosaDocumentList *documents, *sorted;
  guint base_read, sorted_read;

  glosa_window_open (window, file);
  glosa_test_wait_until (project_counted, window);
  documents = GLOSA_DOCUMENT_LIST (glosa_project_get_documents (window->project));
  g_assert_true (glosa_article_list_select (window->article_list, "article-00042.txt"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  base_read = glosa_document_list_get_n_read (documents);
  sorted = sorted_documents (window);
  sorted_read = glosa_document_list_get_n_read (sorted);

  /* By title: "Article 0", "Article 1", "Article 10", "Article 100", … */
  sort_by (window, 1);
  wait_for_shown (window, 2, "article-00010.txt");
  g_assert_true (sorted_documents (window) == sorted);
  g_assert_cmpuint (glosa_article_list_get_n_shown (window->article_list), ==, 3000);
  g_assert_cmpstr (glosa_document_get_id (glosa_article_list_get_selected (window->article_list)), ==,
                   "article-00042.txt");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  /* Only rows near sight: the list view builds up to 200 rows at the top,
   * then around the selection, four pages of 64 each; not 3000. */
  sorted_read = glosa_document_list_get_n_read (sorted) - sorted_read;
  g_test_message ("Sorting read %u documents", sorted_read);
  g_assert_cmpuint (sorted_read, >, 0);
  g_assert_cmpuint (sorted_read, <=, 8 * 64);
  g_assert_cmpuint (glosa_document_list_get_n_read (documents), ==, base_read);
  assert_shown (window, 0, "article-00000.txt");
  assert_shown (window, 1, "article-00001.txt");
  assert_shown (window, 2, "article-00010.txt");
  assert_shown (window, 3, "article-00100.txt");
  assert_shown (window, 4, "article-01000.txt");
  assert_shown (window, 2999, "article-00999.txt");

  /* Filtered by an actor (one article in three), still by title. */
  glosa_sidebar_set_whole_corpus (window->sidebar, TRUE);
  glosa_sidebar_select_actor (window->sidebar, actor_index (window, "gustavo-petro"));
  g_assert_cmpuint (glosa_article_list_get_n_shown (window->article_list), ==, 1000);
  g_assert_cmpstr (glosa_document_get_id (glosa_article_list_get_selected (window->article_list)), ==,
                   "article-00042.txt");
  for (guint i = 0; i < 3000; i += 3)
    g_array_append_val (expected, i);
  g_array_sort (expected, compare_titles);
  for (guint i = 0; i < expected->len; i++)
    {
      g_autofree char *id = g_strdup_printf ("article-%05u.txt", g_array_index (expected, guint, i));

      assert_shown (window, i, id);
    }
  assert_shown (window, 1, "article-01002.txt");

  /* And searched: the one article. */
  glosa_article_list_set_search_text (window->article_list, "zanahorias");
  g_assert_cmpuint (glosa_article_list_get_n_shown (window->article_list), ==, 1);
  assert_shown (window, 0, "article-00042.txt");
  glosa_article_list_set_search_text (window->article_list, "");
  glosa_sidebar_select_actor (window->sidebar, -1);

  /* No article has a date: the project's own order. */
  sort_by (window, 2);
  wait_for_shown (window, 2, "article-00002.txt");
  assert_shown (window, 0, "article-00000.txt");
  assert_shown (window, 2999, "article-02999.txt");
  g_assert_cmpstr (glosa_document_get_id (glosa_article_list_get_selected (window->article_list)), ==,
                   "article-00042.txt");
  g_assert_true (glosa_article_list_select (window->article_list, "article-00999.txt"));
  /* Sorted before: at once. */
  sort_by (window, 1);
  assert_shown (window, 2, "article-00010.txt");
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (shown_articles (window))),
                    ==, 2999);
  sort_by (window, 0);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (shown_articles (window))),
                    ==, 999);

  /* A refresh that retitles one article (the others kept as missing,
   * after it) is sorted again, not by the order from before. */
  sort_by (window, 1);
  {
    g_autoptr(GPtrArray) retitled = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr(GPtrArray) warnings = g_ptr_array_new ();
    g_autoptr(GFile) root = g_file_new_for_path (dir);
    g_autoptr(GlosaCorpus) corpus = NULL;
    g_autoptr(GError) error = NULL;

    g_ptr_array_add (retitled, glosa_document_new ("article-02999.txt", "Aardvark", "Retitled."));
    corpus = glosa_corpus_new (root, retitled, warnings);
    g_assert_true (glosa_project_refresh (window->project, corpus, NULL, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (glosa_article_list_get_n_shown (window->article_list), ==, 3000);
  wait_for_shown (window, 3, "article-00010.txt");
  assert_shown (window, 0, "article-02999.txt");
  assert_shown (window, 1, "article-00000.txt");
  assert_shown (window, 2, "article-00001.txt");
  assert_shown (window, 3, "article-00010.txt");
  glosa_test_close_window (window);

  glosa_test_remove_tree (dir);
}

static char *
read_log (const char *path)
{
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, NULL);
  return contents;
}

static gboolean
bench_done (GlosaWindow *window)
{
  g_autofree char *contents = read_log (g_getenv ("GLOSA_BENCH_LOG"));

  return contents != NULL && strstr (contents, "peak-rss-kb ") != NULL;
}

/* GLOSA_BENCH_LOG: the window logs its first frame, its first article and
 * each switch (the text's frame, then the sidebar's), for build-aux/bench. */
static void
test_bench_log (void)
{
  g_autofree char *dir = g_dir_make_tmp ("glosa-bench-XXXXXX", NULL);
  g_autofree char *path = petro_project (dir, 20);
  g_autofree char *log = g_build_filename (dir, "bench.log", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_auto(GStrv) lines = NULL;
  g_autofree char *contents = NULL;
  GlosaWindow *window;

  g_setenv ("GLOSA_BENCH_LOG", log, TRUE);
  g_setenv ("GLOSA_BENCH_SWITCH", "3", TRUE);
  window = new_window ();
  glosa_window_open (window, file);
  glosa_test_wait_until (bench_done, window);
  g_unsetenv ("GLOSA_BENCH_LOG");
  g_unsetenv ("GLOSA_BENCH_SWITCH");

  contents = read_log (log);
  lines = g_strsplit (g_strstrip (contents), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 12);
  g_assert_true (g_str_has_prefix (lines[0], "first-frame "));
  g_assert_true (g_str_has_prefix (lines[1], "first-article "));
  g_assert_cmpint (g_ascii_strtoll (lines[1] + strlen ("first-article "), NULL, 10), >=,
                   g_ascii_strtoll (lines[0] + strlen ("first-frame "), NULL, 10));
  /* Work, its wall time, then the wall time with the sidebar: in order. */
  for (guint i = 2; i < 11; i += 3)
    {
      g_assert_true (g_str_has_prefix (lines[i], "switch "));
      g_assert_true (g_str_has_prefix (lines[i + 1], "switch-latency "));
      g_assert_true (g_str_has_prefix (lines[i + 2], "switch-sidebar "));
      g_assert_cmpfloat (g_ascii_strtod (lines[i] + strlen ("switch "), NULL), >, 0);
      g_assert_cmpfloat (g_ascii_strtod (lines[i + 1] + strlen ("switch-latency "), NULL), >=,
                         g_ascii_strtod (lines[i] + strlen ("switch "), NULL));
      g_assert_cmpfloat (g_ascii_strtod (lines[i + 2] + strlen ("switch-sidebar "), NULL), >=,
                         g_ascii_strtod (lines[i + 1] + strlen ("switch-latency "), NULL));
    }
  g_assert_true (g_str_has_prefix (lines[11], "peak-rss-kb "));
  /* Three steps from the first article. */
  g_assert_cmpstr (glosa_document_get_id (glosa_article_list_get_selected (window->article_list)), ==,
                   "article-00003.txt");
  glosa_test_close_window (window);

  g_unlink (log);
  glosa_test_remove_tree (dir);
}

static void
test_failed_corpus (void)
{
  g_autofree char *dir = g_dir_make_tmp ("glosa-window-XXXXXX", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  GlosaWindow *window = new_window ();
  g_autofree char *text = NULL;

  glosa_window_open (window, file);
  wait_for_page (window, "error");
  text = shown_text (window);
  g_assert_nonnull (strstr (text, "Could Not Open the Corpus"));
  g_assert_nonnull (strstr (text, "No articles could be loaded from"));
  glosa_test_close_window (window);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  glosa_test_window_init (&argc, &argv, "window");

  g_test_add_func ("/window/welcome", test_welcome);
  g_test_add_func ("/window/shared-corpus", test_shared_corpus);
  g_test_add_func ("/window/failed-corpus", test_failed_corpus);
  g_test_add_func ("/window/reading", test_reading);
  g_test_add_func ("/window/shortcuts", test_shortcuts);
  g_test_add_func ("/window/large-project", test_large_project);
  g_test_add_func ("/window/sorted-project", test_sorted_project);
  g_test_add_func ("/window/bench-log", test_bench_log);

  return glosa_test_window_run ();
}
