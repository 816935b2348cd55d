/* test-hostile-window.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "glosa-annotations-window.h"
#include "glosa-article-view-private.h"
#include "glosa-tag-manager.h"
#include "glosa-test-window.h"
#include "glosa-text.h"

/* Hostile input in the window, each corpus made here: a title, folder,
 * author, actor, tag and file name written in Pango markup with "&" show
 * literally everywhere (G_DEBUG=fatal-warnings turns a markup parse warning
 * into a failure); a 5 MB word, a 10 MB note and 50,000 empty files show
 * in bounded time. */

#define MARKUP "<b>Petro & Trump</b> <i>x</i>"
/* A file name cannot hold "/": markup that is not even well formed. */
#define FOLDER "<big>Trump & Petro"
#define FILE_NAME "<b>x & <i>y.txt"
#define MB (1024 * 1024)

static char *tmp_dir;

static void
write_file (const char *dir,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static char *
make_corpus (const char *name)
{
  char *dir = g_build_filename (tmp_dir, name, NULL);

  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  return dir;
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (labels, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

/* The label under @widget whose text is @text, or that contains it when
 * @whole is FALSE. Every label holding "Petro & Trump" must hold the tags
 * too: markup that was parsed would have dropped them. */
static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text,
            gboolean    whole)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkLabel *found = NULL;

  collect_labels (widget, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      const char *shown = gtk_label_get_text (label);

      if (strstr (shown, "Petro & Trump") != NULL)
        g_assert_nonnull (strstr (shown, MARKUP));
      if (found == NULL && (whole ? g_str_equal (shown, text) : strstr (shown, text) != NULL))
        found = label;
    }
  return found;
}

/* Waits until a label under @widget shows @text. */
static GtkLabel *
wait_for_label (GtkWidget  *widget,
                const char *text,
                gboolean    whole)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GtkLabel *label;

  while ((label = find_label (widget, text, whole)) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return label;
}

static GtkWindow *
find_window (GType      type,
             GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type)
          && gtk_window_get_transient_for (window) == parent)
        return window;
    }
  return NULL;
}

static GlosaAnnotation *
annotate (GlosaProject *project,
          const char   *document,
          const char   *quote,
          const char   *note,
          GlosaTag     *tag)
{
  const char *text = glosa_document_get_text (glosa_project_lookup_document (project, document));
  const char *found = strstr (text, quote);
  g_autoptr(GlosaAnnotation) draft = NULL;
  g_autoptr(GError) error = NULL;
  GlosaAnnotation *annotation;
  guint start;

  g_assert_nonnull (found);
  start = g_utf8_pointer_to_offset (text, found);
  draft = glosa_annotation_new (document, start, start + g_utf8_strlen (quote, -1));
  glosa_annotation_set_note (draft, note);
  if (tag != NULL)
    glosa_annotation_add_tag (draft, glosa_tag_get_id (tag));
  annotation = glosa_project_add_annotation (project, draft, &error);
  g_assert_no_error (error);
  return annotation;
}

static gboolean
article_shown (GlosaWindow *window)
{
  return glosa_article_view_get_analysis (window->article_view) != NULL;
}

static void
test_markup_everywhere (void)
{
  g_autofree char *dir = make_corpus (FOLDER);
  g_autofree char *note = NULL;
  GlosaWindow *window;
  GtkWindow *dialog, *view, *manager;
  GlosaTag *tag, *other;
  g_autoptr(GError) error = NULL;
  const char *text;
  g_autofree char *tooltip = NULL;
  GtkLabel *label;
  glong offset;

  write_file (dir, "articles.json",
              "[{\"id\": \"m1\", \"title\": \"" MARKUP "\", \"author\": \"<i>A & B</i>\", "
              "\"text\": \"Gustavo Petro met Zorblat in <b>Bogotá</b> & more.\"}]", -1);
  write_file (dir, "codebook.json",
              "{\"glosa_codebook\": 1, \"actors\": [{\"id\": \"markup-actor\", \"name\": \""
              MARKUP "\", \"kind\": \"person\", \"aliases\": {\"en\": [\"Zorblat\"]}}]}", -1);
  write_file (dir, FILE_NAME, "", 0);
  window = glosa_test_open_path (dir);
  glosa_test_wait_until (article_shown, window);

  /* The header: the corpus folder's name, and the article's title. */
  label = find_label (GTK_WIDGET (window->corpus_title), FOLDER, TRUE);
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (label));
  g_assert_cmpstr (gtk_label_get_text (window->article_view->title_label), ==, MARKUP);
  g_assert_nonnull (strstr (gtk_label_get_text (window->article_view->byline_label),
                            "<i>A & B</i>"));

  /* The article list's row. */
  wait_for_label (GTK_WIDGET (window->article_list), MARKUP, TRUE);

  /* The sidebar's actor row, and its tooltip. */
  label = wait_for_label (GTK_WIDGET (window->sidebar), MARKUP, TRUE);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (label)), ==, MARKUP);

  /* The tooltip over a mention. */
  text = glosa_document_get_text (glosa_analysis_get_document (window->article_view->analysis));
  offset = g_utf8_pointer_to_offset (text, strstr (text, "Zorblat"));
  tooltip = glosa_article_view_get_mention_tooltip (window->article_view, offset);
  g_assert_nonnull (tooltip);
  g_assert_true (g_str_has_prefix (tooltip, MARKUP));

  /* A toast that quotes it. */
  glosa_window_toast (window, MARKUP);
  wait_for_label (GTK_WIDGET (window->toast_overlay), MARKUP, TRUE);

  /* The skipped file's name in the warnings dialog. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-warnings", NULL);
  dialog = find_window (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  wait_for_label (GTK_WIDGET (dialog), FILE_NAME ": Skipped: the file is empty", FALSE);
  gtk_window_destroy (dialog);

  /* A tag named in markup, on an annotation whose note is markup: the
   * sidebar's Notes page and the Annotations view show both literally. */
  tag = glosa_project_create_tag (window->project, MARKUP, NULL, &error);
  g_assert_no_error (error);
  other = glosa_project_create_tag (window->project, "Other", NULL, &error);
  g_assert_no_error (error);
  annotate (window->project, "m1", "Zorblat", "<b>&amp;</b> & " MARKUP, tag);
  glosa_sidebar_set_page (window->sidebar, "notes");
  wait_for_label (GTK_WIDGET (window->sidebar), "<b>&amp;</b> & " MARKUP, TRUE);
  wait_for_label (GTK_WIDGET (window->sidebar), MARKUP, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-annotations", NULL);
  view = find_window (GLOSA_TYPE_ANNOTATIONS_WINDOW, GTK_WINDOW (window));
  g_assert_nonnull (view);
  wait_for_label (GTK_WIDGET (view), MARKUP, TRUE);
  wait_for_label (GTK_WIDGET (view), "<b>&amp;</b> & " MARKUP, TRUE);
  gtk_window_destroy (view);

  /* The tag manager: the toast that refuses a second tag of that name,
   * and the dialog that asks before deleting it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.manage-tags", NULL);
  manager = find_window (GLOSA_TYPE_TAG_MANAGER, GTK_WINDOW (window));
  g_assert_nonnull (manager);
  glosa_test_wait_for_draw (GTK_WIDGET (manager));
  g_assert_false (glosa_tag_manager_rename (GLOSA_TAG_MANAGER (manager), glosa_tag_get_id (other),
                                            MARKUP));
  note = g_strdup (glosa_tag_manager_get_error (GLOSA_TAG_MANAGER (manager)));
  g_assert_nonnull (strstr (note, MARKUP));
  wait_for_label (GTK_WIDGET (manager), note, TRUE);
  g_assert_cmpstr (glosa_tag_get_name (tag), ==, MARKUP);
  gtk_widget_activate_action (GTK_WIDGET (manager), "manager.delete", "s", glosa_tag_get_id (tag));
  dialog = find_window (ADW_TYPE_MESSAGE_DIALOG, manager);
  g_assert_nonnull (dialog);
  wait_for_label (GTK_WIDGET (dialog), "Delete “" MARKUP "”?", TRUE);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_assert_cmpstr (glosa_tag_get_name (tag), ==, MARKUP);
  gtk_window_destroy (manager);

  glosa_test_close_window (window);
}

static void
test_five_mb_word_and_ten_mb_note (void)
{
  g_autofree char *dir = make_corpus ("word");
  g_autoptr(GString) text = g_string_new ("One enormous word\n\nGustavo Petro spoke. ");
  g_autoptr(GString) note = g_string_new (NULL);
  g_autofree char *word = g_strnfill (5 * MB, 'a');
  gsize chars;
  GlosaWindow *window;
  GtkWindow *view;
  GtkLabel *label;
  gint64 start;

  g_string_append (text, word);
  g_string_append (text, " Donald Trump answered.\n");
  write_file (dir, "word.txt", text->str, text->len);
  chars = text->len - strlen ("One enormous word\n\n") - 1;

  start = g_get_monotonic_time ();
  window = glosa_test_open_path (dir);
  glosa_test_wait_until (article_shown, window);
  glosa_test_wait_for_draw (GTK_WIDGET (window));
  g_test_message ("5 MB word: shown in %.1f s", (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 60 * G_USEC_PER_SEC);
  g_assert_cmpint (gtk_text_buffer_get_char_count (window->article_view->buffer), ==, chars);

  /* The Notes page lists a 10 MB note, and the popover could edit it. */
  while (note->len < 10 * MB)
    g_string_append_printf (note, "Note line %07u with “quotes” & <b>tags</b>.\n",
                            (guint) note->len);
  annotate (window->project, "word.txt", "Donald Trump", note->str, NULL);
  annotate (window->project, "word.txt", word, NULL, NULL);
  start = g_get_monotonic_time ();
  glosa_sidebar_set_page (window->sidebar, "notes");
  label = wait_for_label (GTK_WIDGET (window->sidebar), "Note line 0000000 with", FALSE);
  glosa_test_wait_for_draw (GTK_WIDGET (window));
  g_test_message ("10 MB note and 5 MB quote: listed in %.1f s",
                  (g_get_monotonic_time () - start) / 1e6);
  /* Most of it is the article view laying the 5 MB paragraph out again
   * for the new highlights (see has_long_run in glosa-article-view.c). */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 40 * G_USEC_PER_SEC);
  /* A row shows the start of each; the whole stays in the project. */
  g_assert_cmpint (g_utf8_strlen (gtk_label_get_text (label), -1), <=, GLOSA_TEXT_MAX_ROW_CHARS);
  g_assert_true (g_str_has_suffix (gtk_label_get_text (label), "…"));

  start = g_get_monotonic_time ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-annotations", NULL);
  view = find_window (GLOSA_TYPE_ANNOTATIONS_WINDOW, GTK_WINDOW (window));
  g_assert_nonnull (view);
  wait_for_label (GTK_WIDGET (view), "Note line 0000000 with", FALSE);
  glosa_test_wait_for_draw (GTK_WIDGET (view));
  g_test_message ("10 MB note and 5 MB quote: Annotations view in %.1f s",
                  (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
  gtk_window_destroy (view);

  glosa_test_close_window (window);
}

static void
test_fifty_thousand_empty_files (void)
{
  g_autofree char *dir = make_corpus ("empty-files");
  const char *body;
  GtkWindow *dialog;
  GlosaWindow *window;
  gint64 start;
  guint lines = 0;

  for (guint i = 0; i < 50000; i++)
    {
      g_autofree char *name = g_strdup_printf ("e%05u.txt", i);

      write_file (dir, name, "", 0);
    }
  write_file (dir, "real.txt", "A real headline\n\nGustavo Petro met Donald Trump.\n", -1);
  write_file (dir, "bad\n\xff.txt", "", 0);

  start = g_get_monotonic_time ();
  window = glosa_test_open_path (dir);
  g_test_message ("50,000 empty files: opened in %.1f s", (g_get_monotonic_time () - start) / 1e6);
  glosa_test_wait_until (article_shown, window);
  g_assert_cmpstr (gtk_label_get_text (window->article_view->title_label), ==, "A real headline");
  g_assert_cmpuint (glosa_corpus_get_warnings (window->corpus)->len, ==, 50001);
  /* One toast says how many. */
  wait_for_label (GTK_WIDGET (window->toast_overlay), "50001 files were skipped or repaired", TRUE);

  /* Its details name some and count the rest, not 50,000 lines. */
  start = g_get_monotonic_time ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-warnings", NULL);
  dialog = find_window (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  glosa_test_wait_for_draw (GTK_WIDGET (dialog));
  g_test_message ("50,000 empty files: details shown in %.1f s",
                  (g_get_monotonic_time () - start) / 1e6);
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  for (const char *p = body; *p; p++)
    lines += *p == '\n';
  g_assert_cmpuint (lines, <, 300);
  g_assert_nonnull (strstr (body, "e00000.txt: Skipped: the file is empty"));
  /* A newline and an invalid byte in a name, shown readably. */
  g_assert_true (g_str_has_prefix (body, "bad?\xef\xbf\xbd.txt: Skipped: the file is empty\n"));
  g_assert_nonnull (strstr (body, "more"));
  gtk_window_destroy (dialog);

  glosa_test_close_window (window);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

/* A project whose last commits are only in its -wal, as a killed writer
 * leaves it, copied without its -shm: the window opens the copy with every
 * annotation. The writer stays open while the files are copied, so nothing
 * folds the WAL back into the file. */
static void
test_wal_copy (void)
{
  g_autofree char *corpus_path = g_build_filename (g_getenv ("GLOSA_SHARED_DIR"), "corpus", NULL);
  g_autoptr(GFile) corpus_file = g_file_new_for_path (corpus_path);
  g_autofree char *live = g_build_filename (glosa_test_data_dir, "live.glosa", NULL);
  g_autofree char *live_wal = g_strconcat (live, "-wal", NULL);
  g_autofree char *copy = g_build_filename (glosa_test_data_dir, "copy.glosa", NULL);
  g_autofree char *copy_wal = g_strconcat (copy, "-wal", NULL);
  g_autofree char *copy_shm = g_strconcat (copy, "-shm", NULL);
  g_autoptr(GFile) live_file = g_file_new_for_path (live);
  g_autoptr(GFile) copy_file_ = g_file_new_for_path (copy);
  g_autoptr(GlosaCorpus) corpus = NULL;
  g_autoptr(GlosaProject) writer = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  const GlosaAnnotationFilter all = { 0 };
  const char *quotes[] = { "Gustavo Petro", "Donald Trump", "Washington" };
  GlosaWindow *window;
  GStatBuf st;

  corpus = glosa_corpus_load (corpus_file, NULL, &error);
  g_assert_no_error (error);
  writer = glosa_project_open_for_corpus (corpus, live_file, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (quotes); i++)
    annotate (writer, "000_8201e9c1fadbd55d.txt", quotes[i], quotes[i], NULL);
  copy_file (live, copy);
  copy_file (live_wal, copy_wal);
  g_assert_cmpint (g_stat (copy_wal, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 0);
  g_assert_false (g_file_test (copy_shm, G_FILE_TEST_EXISTS));

  window = glosa_window_new (GTK_APPLICATION (glosa_test_app));
  gtk_window_present (GTK_WINDOW (window));
  glosa_window_open (window, copy_file_);
  glosa_test_wait_until (glosa_test_project_open, window);
  g_assert_cmpstr (g_file_peek_path (glosa_project_get_file (window->project)), ==, copy);
  found = glosa_project_filter_annotations (window->project, &all);
  g_assert_cmpuint (found->len, ==, G_N_ELEMENTS (quotes));
  for (guint i = 0; i < found->len; i++)
    g_assert_cmpstr (glosa_annotation_get_note (g_ptr_array_index (found, i)), ==,
                     glosa_annotation_get_quote (g_ptr_array_index (found, i)));
  glosa_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  glosa_test_window_init (&argc, &argv, "hostile-window");
  tmp_dir = g_dir_make_tmp ("glosa-hostile-window-XXXXXX", NULL);

  g_test_add_func ("/hostile-window/markup-everywhere", test_markup_everywhere);
  g_test_add_func ("/hostile-window/five-mb-word-and-ten-mb-note",
                   test_five_mb_word_and_ten_mb_note);
  g_test_add_func ("/hostile-window/fifty-thousand-empty-files", test_fifty_thousand_empty_files);
  g_test_add_func ("/hostile-window/wal-copy", test_wal_copy);

  status = glosa_test_window_run ();
  glosa_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
