/* project-fixture.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>
#include <glib/gstdio.h>

#include "glosa-corpus-loader.h"
#include "glosa-error.h"
#include "glosa-project.h"

/* What the project tests share: a fresh project in a temporary folder,
 * made from a copy of the shared corpus (so a test may edit the files),
 * and short ways to add tags and annotations. */

#define DOC0 "000_8201e9c1fadbd55d.txt"
#define DOC1 "001_a87c4153953d173a.txt"

typedef struct
{
  char         *dir;
  char         *path;
  GlosaProject *project;
} Fixture;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* A copy of the shared corpus in @dir/corpus, so tests may edit it. */
G_GNUC_UNUSED static char *
copy_corpus (const char *dir)
{
  char *corpus = g_build_filename (dir, "corpus", NULL);
  const char *names[] = { DOC0, DOC1 };

  g_assert_cmpint (g_mkdir (corpus, 0755), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *from = g_build_filename (g_getenv ("GLOSA_SHARED_DIR"), "corpus",
                                                names[i], NULL);
      g_autofree char *to = g_build_filename (corpus, names[i], NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (to, contents, length, NULL));
    }
  return corpus;
}

G_GNUC_UNUSED static GlosaCorpus *
load_corpus (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GlosaCorpus *corpus = glosa_corpus_load (file, NULL, &error);

  g_assert_no_error (error);
  return corpus;
}

G_GNUC_UNUSED static GlosaProject *
open_path (const char            *path,
           GlosaProjectOpenFlags  flags)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GlosaProject *project = glosa_project_open (file, flags, &error);

  g_assert_no_error (error);
  return project;
}

G_GNUC_UNUSED static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *corpus_path = NULL;
  g_autoptr(GlosaCorpus) corpus = NULL;
  g_autoptr(GFile) file = NULL;
  GlosaRefreshStats stats;

  f->dir = g_dir_make_tmp ("glosa-project-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.glosa", NULL);
  corpus_path = copy_corpus (f->dir);
  corpus = load_corpus (corpus_path);
  file = g_file_new_for_path (f->path);
  f->project = glosa_project_open_for_corpus (corpus, file, &stats, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stats.documents_added, ==, 2);
}

G_GNUC_UNUSED static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->project != NULL)
    g_assert_finalize_object (f->project);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Closes and reopens the project, as a restart of the app does. */
G_GNUC_UNUSED static void
reopen (Fixture *f)
{
  g_assert_finalize_object (f->project);
  f->project = open_path (f->path, GLOSA_PROJECT_OPEN_DEFAULT);
}

G_GNUC_UNUSED static GlosaAnnotation *
add (GlosaProject *project,
     const char   *document,
     guint         start,
     guint         end,
     const char   *note)
{
  g_autoptr(GlosaAnnotation) draft = glosa_annotation_new (document, start, end);
  g_autoptr(GError) error = NULL;
  GlosaAnnotation *annotation;

  glosa_annotation_set_note (draft, note);
  annotation = glosa_project_add_annotation (project, draft, &error);
  g_assert_no_error (error);
  return annotation;
}

G_GNUC_UNUSED static char *
checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

G_GNUC_UNUSED static GlosaTag *
tag (GlosaProject *project,
     const char   *name,
     GlosaTag     *parent)
{
  g_autoptr(GError) error = NULL;
  GlosaTag *created = glosa_project_create_tag (project, name,
                                                parent ? glosa_tag_get_id (parent) : NULL, &error);

  g_assert_no_error (error);
  return created;
}

G_GNUC_UNUSED static GlosaAnnotation *
add_tagged (GlosaProject *project,
            guint         start,
            GlosaTag     *a,
            GlosaTag     *b)
{
  g_autoptr(GlosaAnnotation) draft = glosa_annotation_new (DOC0, start, start + 5);
  g_autoptr(GError) error = NULL;
  GlosaAnnotation *annotation;

  glosa_annotation_add_tag (draft, glosa_tag_get_id (a));
  if (b != NULL)
    glosa_annotation_add_tag (draft, glosa_tag_get_id (b));
  annotation = glosa_project_add_annotation (project, draft, &error);
  g_assert_no_error (error);
  return annotation;
}

/* A project at @path of @documents, as a corpus in its folder. */
G_GNUC_UNUSED static GlosaProject *
project_of_documents (const char *path,
                      GPtrArray  *documents)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) root = g_file_get_parent (file);
  g_autoptr(GlosaCorpus) corpus = glosa_corpus_new (root, documents, warnings);
  g_autoptr(GError) error = NULL;
  GlosaProject *project = glosa_project_open_for_corpus (corpus, file, NULL, &error);

  g_assert_no_error (error);
  return project;
}

/* A project at @path of @n generated articles, "article-00000.txt" on,
 * titled "Article 0" on, with the texts @text gives. */
G_GNUC_UNUSED static GlosaProject *
generated_project (const char  *path,
                   guint        n,
                   char      *(*text) (guint i))
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("article-%05u.txt", i);
      g_autofree char *title = g_strdup_printf ("Article %u", i);
      g_autofree char *body = text (i);

      g_ptr_array_add (documents, glosa_document_new (id, title, body));
    }
  return project_of_documents (path, documents);
}
