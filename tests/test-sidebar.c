/* test-sidebar.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "glosa-actor-row.h"
#include "glosa-application.h"
#include "glosa-corpus-loader.h"
#include "glosa-name-row.h"
#include "glosa-sidebar.h"

/* The sidebar on its own, at phone width, under Xvfb, on the shared corpus. */

static GlosaCorpus *corpus;
static GlosaDetector *detector;

static GlosaAnalysis *
analyse (guint article)
{
  g_autoptr(GlosaDocument) document = g_list_model_get_item (G_LIST_MODEL (corpus), article);

  return glosa_analysis_new (detector, document);
}

static int
find_actor (GlosaCodebook *codebook,
            const char    *name)
{
  for (guint i = 0; i < glosa_codebook_get_n_actors (codebook); i++)
    if (g_str_equal (glosa_actor_get_name (glosa_codebook_get_actor (codebook, i)), name))
      return i;
  g_assert_not_reached ();
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

/* What @widget shows in labels right now, one per line. */
static char *
shown_text (GtkWidget *widget)
{
  GString *out = g_string_new (NULL);

  gtk_test_widget_wait_for_draw (widget);
  collect_labels (widget, out);
  return g_string_free (out, FALSE);
}

/* Waits for @needle to show in @widget: revealers take a moment. */
static void
wait_for_text (GtkWidget  *widget,
               const char *needle)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  for (;;)
    {
      g_autofree char *text = shown_text (widget);

      if (strstr (text, needle) != NULL)
        return;
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* The first widget of @type under @widget, or NULL. */
static GtkWidget *
find_child (GtkWidget *widget,
            GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The rows of @type under @widget, shown or not. */
static guint
count_rows (GtkWidget *widget,
            GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, type);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    n += count_rows (child, type);
  return n;
}

static void
collect_rows (GtkWidget *widget,
              GType      type,
              GPtrArray *rows)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (rows, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, type, rows);
}

/* The rows of @type shown, in order. */
static GPtrArray *
shown_rows (GlosaSidebar *sidebar,
            GType         type)
{
  GPtrArray *rows = g_ptr_array_new ();

  gtk_test_widget_wait_for_draw (GTK_WIDGET (sidebar));
  collect_rows (GTK_WIDGET (sidebar), type, rows);
  return rows;
}

static GlosaActorRow *
find_actor_row (GlosaSidebar *sidebar,
                const char   *name)
{
  g_autoptr(GPtrArray) rows = shown_rows (sidebar, GLOSA_TYPE_ACTOR_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (glosa_actor_get_name (glosa_actor_row_get_actor (rows->pdata[i])), name))
      return rows->pdata[i];
  return NULL;
}

static const char *
heading_of (GtkListBoxRow *row)
{
  GtkWidget *header = gtk_list_box_row_get_header (row);

  return GTK_IS_LABEL (header) ? gtk_label_get_text (GTK_LABEL (header)) : NULL;
}

/* The heading of the group @row is in: its own or that of a row above. */
static const char *
group_of (GtkListBoxRow *row)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row)));

  for (int i = gtk_list_box_row_get_index (row); i >= 0; i--)
    {
      const char *heading = heading_of (gtk_list_box_get_row_at_index (list, i));

      if (heading != NULL)
        return heading;
    }
  return NULL;
}

static GtkWindow *
new_window (GlosaSidebar *sidebar)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, 360, 720);
  gtk_window_set_child (window, GTK_WIDGET (sidebar));
  gtk_window_present (window);
  return window;
}

static void
close_window (GtkWindow    *window,
              GlosaSidebar *sidebar)
{
  g_object_ref (sidebar);
  gtk_window_destroy (window);
  g_assert_finalize_object (sidebar);
}

static void
check_count (GlosaSidebar  *sidebar,
             GlosaAnalysis *analysis,
             const char    *name,
             guint          expected)
{
  int actor = find_actor (glosa_analysis_get_codebook (analysis), name);
  GlosaActorRow *row = find_actor_row (sidebar, name);
  g_autofree char *text = NULL;
  g_autofree char *count = NULL;

  g_assert_nonnull (row);
  g_assert_cmpuint (glosa_actor_row_get_index (row), ==, actor);
  g_assert_cmpuint (glosa_analysis_count_mentions (analysis, actor), ==, expected);
  text = shown_text (GTK_WIDGET (row));
  count = g_strdup_printf ("%s\n%u\n", name, expected);
  g_assert_cmpstr (text, ==, count);
  g_assert_cmpstr (group_of (GTK_LIST_BOX_ROW (row)), ==, "People");
}

static void
test_actors (void)
{
  g_autoptr(GlosaAnalysis) first = analyse (0);
  g_autoptr(GlosaAnalysis) second = analyse (1);
  GlosaSidebar *sidebar = glosa_sidebar_new ();
  GtkWindow *window = new_window (sidebar);
  GlosaActorRow *kept;
  int minimum;

  g_assert_cmpstr (glosa_sidebar_get_page (sidebar), ==, "actors");

  glosa_sidebar_set_analysis (sidebar, first);
  check_count (sidebar, first, "Gustavo Petro", 12);
  check_count (sidebar, first, "Donald Trump", glosa_analysis_count_mentions (first,
                                                  find_actor (glosa_analysis_get_codebook (first),
                                                              "Donald Trump")));
  g_assert_null (find_actor_row (sidebar, "Ana María Rueda"));
  kept = find_actor_row (sidebar, "Gustavo Petro");

  glosa_sidebar_set_analysis (sidebar, second);
  check_count (sidebar, second, "Ana María Rueda", 10);
  check_count (sidebar, second, "Gustavo Petro", 13);
  /* An actor both articles name keeps its row, with the new count. */
  g_assert_true (find_actor_row (sidebar, "Gustavo Petro") == kept);
  g_assert_cmpuint (glosa_actor_row_get_count (kept), ==, 13);
  check_count (sidebar, second, "Donald Trump", glosa_analysis_count_mentions (second,
                                                   find_actor (glosa_analysis_get_codebook (second),
                                                               "Donald Trump")));

  /* The most mentioned person heads the group. */
  {
    GlosaActorRow *petro = find_actor_row (sidebar, "Gustavo Petro");

    g_assert_cmpstr (heading_of (GTK_LIST_BOX_ROW (petro)), ==, "People");
  }

  /* Nothing is cut off at phone width. */
  gtk_widget_measure (GTK_WIDGET (sidebar), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  close_window (window, sidebar);
}

static void
actor_selected_cb (GlosaSidebar *sidebar,
                   int           actor,
                   int          *out)
{
  *out = actor;
}

static void
test_select_actor (void)
{
  g_autoptr(GlosaAnalysis) first = analyse (0);
  g_autoptr(GlosaAnalysis) second = analyse (1);
  GlosaSidebar *sidebar = glosa_sidebar_new ();
  GtkWindow *window = new_window (sidebar);
  int petro = find_actor (glosa_analysis_get_codebook (first), "Gustavo Petro");
  int rueda = find_actor (glosa_analysis_get_codebook (first), "Ana María Rueda");
  int selected = -2;
  GlosaActorRow *row;
  g_autofree char *text = NULL;

  g_signal_connect (sidebar, "actor-selected", G_CALLBACK (actor_selected_cb), &selected);
  glosa_sidebar_set_analysis (sidebar, first);
  row = find_actor_row (sidebar, "Gustavo Petro");
  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row))),
                           GTK_LIST_BOX_ROW (row));
  g_assert_cmpint (selected, ==, petro);
  g_assert_cmpint (glosa_sidebar_get_selected_actor (sidebar), ==, petro);

  /* The selected row offers to step through the mentions. */
  wait_for_text (GTK_WIDGET (row), "Previous");
  text = shown_text (GTK_WIDGET (row));
  g_assert_nonnull (strstr (text, "Next"));

  /* Petro is in both articles, so stays selected; Rueda is not. */
  glosa_sidebar_set_analysis (sidebar, second);
  g_assert_cmpint (glosa_sidebar_get_selected_actor (sidebar), ==, petro);
  row = find_actor_row (sidebar, "Gustavo Petro");
  g_assert_true (gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (row)));
  glosa_sidebar_select_actor (sidebar, rueda);
  g_assert_cmpint (selected, ==, rueda);
  glosa_sidebar_set_analysis (sidebar, first);
  g_assert_cmpint (selected, ==, -1);

  glosa_sidebar_select_actor (sidebar, petro);
  g_assert_cmpint (selected, ==, petro);
  gtk_widget_activate_action (GTK_WIDGET (find_actor_row (sidebar, "Gustavo Petro")),
                              "sidebar.unselect-actor", NULL);
  g_assert_cmpint (selected, ==, -1);
  g_assert_cmpint (glosa_sidebar_get_selected_actor (sidebar), ==, -1);

  close_window (window, sidebar);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_whole_corpus (void)
{
  g_autoptr(GlosaAnalysis) first = analyse (0);
  g_autoptr(GlosaAnalysis) second = analyse (1);
  GlosaCodebook *codebook = glosa_analysis_get_codebook (first);
  guint n_actors = glosa_codebook_get_n_actors (codebook);
  g_autoptr(GArray) mentions = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autoptr(GArray) documents = g_array_new (FALSE, TRUE, sizeof (guint));
  GlosaSidebar *sidebar = glosa_sidebar_new ();
  GtkWindow *window = new_window (sidebar);
  g_autofree char *counting = NULL;
  g_autofree char *text = NULL;
  guint notified = 0;

  for (guint i = 0; i < n_actors; i++)
    {
      guint in_first = glosa_analysis_count_mentions (first, i);
      guint in_second = glosa_analysis_count_mentions (second, i);
      guint total = in_first + in_second;
      guint articles = (in_first > 0) + (in_second > 0);

      g_array_append_val (mentions, total);
      g_array_append_val (documents, articles);
    }

  glosa_sidebar_set_analysis (sidebar, first);
  g_signal_connect (sidebar, "notify::whole-corpus", G_CALLBACK (count_cb), &notified);
  glosa_sidebar_set_whole_corpus (sidebar, TRUE);
  glosa_sidebar_set_whole_corpus (sidebar, TRUE);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (glosa_sidebar_get_whole_corpus (sidebar));
  counting = shown_text (GTK_WIDGET (sidebar));
  g_assert_nonnull (strstr (counting, "Counting…"));

  glosa_sidebar_set_corpus_counts (sidebar, mentions, documents);
  text = shown_text (GTK_WIDGET (sidebar));
  g_assert_null (strstr (text, "Counting…"));
  g_assert_nonnull (strstr (text, "Gustavo Petro\n25 mentions in 2 articles\n"));
  g_assert_nonnull (strstr (text, "Ana María Rueda\n10 mentions in 1 article\n"));
  /* Names the codebook lacks belong to one article only. */
  g_assert_null (strstr (text, "Not in the Codebook"));

  glosa_sidebar_set_whole_corpus (sidebar, FALSE);
  g_clear_pointer (&text, g_free);
  text = shown_text (GTK_WIDGET (sidebar));
  g_assert_nonnull (strstr (text, "Gustavo Petro\n12\n"));
  g_assert_null (strstr (text, "Ana María Rueda"));

  close_window (window, sidebar);
}

static void
name_cb (GlosaSidebar  *sidebar,
         const char    *name,
         char         **out)
{
  g_free (*out);
  *out = g_strdup (name);
}

static void
test_unlisted (void)
{
  g_autoptr(GlosaAnalysis) first = analyse (0);
  GlosaSidebar *sidebar = glosa_sidebar_new ();
  GtkWindow *window = new_window (sidebar);
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *actor = NULL;
  g_autofree char *alias = NULL;
  GlosaNameRow *row;
  GtkMenuButton *button;

  g_signal_connect (sidebar, "add-actor", G_CALLBACK (name_cb), &actor);
  g_signal_connect (sidebar, "add-alias", G_CALLBACK (name_cb), &alias);
  glosa_sidebar_set_analysis (sidebar, first);
  rows = shown_rows (sidebar, GLOSA_TYPE_NAME_ROW);
  g_assert_cmpuint (rows->len, ==, glosa_analysis_get_unlisted (first)->len);
  g_assert_cmpuint (rows->len, >, 0);
  row = rows->pdata[0];
  g_assert_cmpstr (heading_of (GTK_LIST_BOX_ROW (row)), ==, "Not in the Codebook");

  gtk_widget_activate_action (GTK_WIDGET (row), "sidebar.add-actor", "s",
                              glosa_name_row_get_name (row));
  g_assert_cmpstr (actor, ==, glosa_name_row_get_name (row));
  gtk_widget_activate_action (GTK_WIDGET (row), "sidebar.add-alias", "s", "Vuelo Final");
  g_assert_cmpstr (alias, ==, "Vuelo Final");

  /* The row's menu is made when it is first opened. */
  button = GTK_MENU_BUTTON (find_child (GTK_WIDGET (row), GTK_TYPE_MENU_BUTTON));
  g_assert_null (gtk_menu_button_get_menu_model (button));

  close_window (window, sidebar);
}

static void
position_activated_cb (GlosaSidebar   *sidebar,
                       GlosaPosition  *position,
                       GlosaPosition **out)
{
  *out = position;
}

static void
position_reviewed_cb (GlosaSidebar  *sidebar,
                      GlosaPosition *position,
                      gboolean       accepted,
                      int           *out)
{
  *out = accepted;
}

/* The first row for @issue, @stance and @actor, with its position. */
static GlosaPositionRow *
find_position_row (GlosaSidebar *sidebar,
                   const char   *actor,
                   const char   *issue,
                   const char   *stance)
{
  g_autoptr(GPtrArray) rows = shown_rows (sidebar, GLOSA_TYPE_POSITION_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      g_autofree char *text = shown_text (rows->pdata[i]);
      g_autofree char *start = g_strdup_printf ("%s\n%s\n", issue, stance);

      if (g_str_has_prefix (text, start) && g_strcmp0 (group_of (rows->pdata[i]), actor) == 0)
        return rows->pdata[i];
    }
  return NULL;
}

static void
test_positions (void)
{
  g_autoptr(GlosaAnalysis) first = analyse (0);
  g_autoptr(GlosaAnalysis) again = analyse (0);
  g_autoptr(GlosaAnalysis) second = analyse (1);
  GlosaSidebar *sidebar = glosa_sidebar_new ();
  GtkWindow *window = new_window (sidebar);
  GlosaPosition *activated = NULL;
  int accepted = -1;
  guint n_second;
  GlosaPositionRow *row;
  GlosaPosition *position;
  g_autofree char *text = NULL;
  g_autofree char *dismissed = NULL;

  g_signal_connect (sidebar, "position-activated", G_CALLBACK (position_activated_cb), &activated);
  g_signal_connect (sidebar, "position-reviewed", G_CALLBACK (position_reviewed_cb), &accepted);
  glosa_sidebar_set_analysis (sidebar, first);
  glosa_sidebar_set_page (sidebar, "positions");
  g_assert_cmpstr (glosa_sidebar_get_page (sidebar), ==, "positions");

  row = find_position_row (sidebar, "Gustavo Petro", "Forced eradication", "opposes");
  g_assert_nonnull (row);
  position = glosa_position_row_get_position (row);
  g_assert_cmpstr (glosa_position_get_evidence (position), ==,
                   "Petro has consistently maintained a frontal opposition to the "
                   "eradication of coca crops.");
  text = shown_text (GTK_WIDGET (row));
  g_assert_nonnull (strstr (text, glosa_position_get_evidence (position)));

  gtk_widget_activate (GTK_WIDGET (row));
  g_assert_true (activated == position);

  gtk_widget_activate_action (GTK_WIDGET (row), "position.accept", NULL);
  g_assert_cmpint (accepted, ==, TRUE);
  g_assert_cmpint (glosa_sidebar_get_review (sidebar, position), ==, GLOSA_REVIEW_ACCEPTED);
  g_clear_pointer (&text, g_free);
  text = shown_text (GTK_WIDGET (row));
  g_assert_nonnull (strstr (text, "Accepted"));

  /* Another article and back, analysed anew: the review is remembered.
   * The hidden page makes its rows only when it is shown again. */
  glosa_sidebar_set_analysis (sidebar, second);
  g_assert_null (find_position_row (sidebar, "Gustavo Petro", "Forced eradication", "opposes"));
  n_second = count_rows (GTK_WIDGET (sidebar), GLOSA_TYPE_POSITION_ROW);
  g_assert_cmpuint (n_second, ==, glosa_analysis_get_positions (second)->len);
  glosa_sidebar_set_page (sidebar, "actors");
  glosa_sidebar_set_analysis (sidebar, again);
  g_assert_cmpuint (count_rows (GTK_WIDGET (sidebar), GLOSA_TYPE_POSITION_ROW), ==, n_second);
  glosa_sidebar_set_page (sidebar, "positions");
  g_assert_cmpuint (count_rows (GTK_WIDGET (sidebar), GLOSA_TYPE_POSITION_ROW), ==,
                    glosa_analysis_get_positions (again)->len);
  row = find_position_row (sidebar, "Gustavo Petro", "Forced eradication", "opposes");
  g_assert_nonnull (row);
  g_assert_true (glosa_position_row_get_position (row) != position);
  g_assert_cmpint (glosa_position_row_get_review (row), ==, GLOSA_REVIEW_ACCEPTED);
  g_clear_pointer (&text, g_free);
  text = shown_text (GTK_WIDGET (row));
  g_assert_nonnull (strstr (text, "Accepted"));

  /* Dismissed suggestions stay, dimmed, and say so. */
  row = find_position_row (sidebar, "Gustavo Petro", "Relations with Israel", "opposes");
  g_assert_nonnull (row);
  gtk_widget_activate_action (GTK_WIDGET (row), "position.dismiss", NULL);
  g_assert_cmpint (accepted, ==, FALSE);
  dismissed = shown_text (GTK_WIDGET (row));
  g_assert_nonnull (strstr (dismissed, "Dismissed"));
  g_assert_cmpint (glosa_position_row_get_review (row), ==, GLOSA_REVIEW_DISMISSED);

  close_window (window, sidebar);
}

/* Names and evidence are shown as written, never read as markup. */
static void
test_plain_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaCodebook) codebook = glosa_codebook_new_default (&error);
  g_autoptr(GlosaActor) actor = glosa_actor_new ("markup", "<b>X</b> & Y", GLOSA_ACTOR_KIND_PERSON);
  g_autoptr(GlosaDetector) markup_detector = NULL;
  g_autoptr(GlosaDocument) document = NULL;
  g_autoptr(GlosaAnalysis) analysis = NULL;
  GlosaSidebar *sidebar = glosa_sidebar_new ();
  GtkWindow *window = new_window (sidebar);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  glosa_actor_add_alias (actor, "en", "Zorblax Quux");
  g_assert_true (glosa_codebook_add_actor (codebook, actor));
  markup_detector = glosa_detector_new (codebook);
  document = glosa_document_new ("markup.txt", "Markup",
                                 "Zorblax Quux opposes forced eradication. "
                                 "Zorblax Quux said so twice.");
  analysis = glosa_analysis_new (markup_detector, document);

  glosa_sidebar_set_analysis (sidebar, analysis);
  text = shown_text (GTK_WIDGET (sidebar));
  g_assert_nonnull (strstr (text, "\n<b>X</b> & Y\n2\n"));

  glosa_sidebar_set_page (sidebar, "positions");
  g_clear_pointer (&text, g_free);
  text = shown_text (GTK_WIDGET (sidebar));
  g_assert_nonnull (strstr (text, "<b>X</b> & Y\n"));

  close_window (window, sidebar);
}

static void
test_empty (void)
{
  GlosaSidebar *sidebar = glosa_sidebar_new ();
  GtkWindow *window = new_window (sidebar);
  g_autofree char *actors = NULL;
  g_autofree char *notes = NULL;

  g_assert_null (glosa_sidebar_get_analysis (sidebar));
  actors = shown_text (GTK_WIDGET (sidebar));
  g_assert_nonnull (strstr (actors, "No Article"));
  glosa_sidebar_set_page (sidebar, "notes");
  notes = shown_text (GTK_WIDGET (sidebar));
  g_assert_nonnull (strstr (notes, "No Article"));

  close_window (window, sidebar);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GlosaCodebook) codebook = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  glosa_ui_init ();

  path = g_build_filename (g_getenv ("GLOSA_SHARED_DIR"), "corpus", NULL);
  file = g_file_new_for_path (path);
  corpus = glosa_corpus_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);
  codebook = glosa_codebook_new_default (&error);
  g_assert_no_error (error);
  detector = glosa_detector_new (codebook);

  g_test_add_func ("/sidebar/actors", test_actors);
  g_test_add_func ("/sidebar/select-actor", test_select_actor);
  g_test_add_func ("/sidebar/whole-corpus", test_whole_corpus);
  g_test_add_func ("/sidebar/unlisted", test_unlisted);
  g_test_add_func ("/sidebar/positions", test_positions);
  g_test_add_func ("/sidebar/plain-text", test_plain_text);
  g_test_add_func ("/sidebar/empty", test_empty);

  status = g_test_run ();
  g_clear_object (&detector);
  g_clear_object (&corpus);
  return status;
}
