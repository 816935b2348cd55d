/* fuzz-project.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fuzz-project"

#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "glosa-project.h"

/* The project-file opener on arbitrary bytes named x.glosa. Opened
 * read-only, the file is never changed, whether it is refused or read.
 * Opened for writing (a copy), a file refused by the inspection is not
 * changed either; an accepted one takes a new tag, which is there when it
 * is opened again. */

#define TAG_NAME "Fuzz tag"

/* Reads everything an open project shows. */
static void
walk_project (GlosaProject *project)
{
  GListModel *documents = glosa_project_get_documents (project);
  GListModel *tags = glosa_project_get_tags (project);
  GlosaAnnotationFilter filter = { NULL };
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GlosaCodebook) codebook = NULL;
  g_autofree char *codebook_json = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(GlosaDocument) document = g_list_model_get_item (documents, i);
      const char *id = glosa_document_get_id (document);
      GListModel *annotations = glosa_project_get_annotations (project, id);

      FUZZ_CHECK (g_utf8_validate (glosa_document_get_text (document), -1, NULL));
      for (guint j = 0; annotations != NULL && j < g_list_model_get_n_items (annotations); j++)
        {
          g_autoptr(GlosaAnnotation) annotation = g_list_model_get_item (annotations, j);

          FUZZ_CHECK (glosa_project_lookup_annotation (project,
                                                       glosa_annotation_get_id (annotation))
                      != NULL);
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
    {
      g_autoptr(GlosaTag) tag = g_list_model_get_item (tags, i);

      glosa_project_count_tag_uses (project, glosa_tag_get_id (tag));
    }
  all = glosa_project_filter_annotations (project, &filter);
  codebook_json = glosa_project_dup_codebook_json (project);
  codebook = glosa_project_load_codebook (project, NULL);
  glosa_project_get_undo_label (project);
}

/* Opens @path with @flags. A file opened read-only is never changed. One
 * opened for writing may be upgraded before a later step refuses it, so
 * only a refusal that says the file was not changed (the inspection before
 * any write) is held to it. */
static GlosaProject *
open_checked (const char            *path,
              GlosaProjectOpenFlags  flags,
              const uint8_t         *data,
              size_t                 size)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GlosaProject *project = glosa_project_open (file, flags, &error);

  FUZZ_CHECK ((project == NULL) == (error != NULL));
  if (project == NULL)
    {
      FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
      if ((flags & GLOSA_PROJECT_OPEN_READ_ONLY)
          || strstr (error->message, "The file was not changed.") != NULL)
        FUZZ_CHECK (fuzz_file_equals (path, data, size));
      return NULL;
    }
  walk_project (project);
  if (flags & GLOSA_PROJECT_OPEN_READ_ONLY)
    {
      FUZZ_CHECK (glosa_project_is_read_only (project));
      g_object_unref (project);
      FUZZ_CHECK (fuzz_file_equals (path, data, size));
      return NULL;
    }
  return project;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GlosaProject) project = NULL;
  g_autoptr(GlosaProject) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *tag_id = NULL;
  GlosaTag *tag;

  if (size > FUZZ_MAX_INPUT)
    return 0;

  path = g_build_filename (fuzz_tmpdir (), "x.glosa", NULL);
  fuzz_remove_project (path);
  g_free (fuzz_write_file ("x.glosa", data, size));
  open_checked (path, GLOSA_PROJECT_OPEN_READ_ONLY, data, size);
  fuzz_remove_project (path);

  copy = g_build_filename (fuzz_tmpdir (), "copy.glosa", NULL);
  fuzz_remove_project (copy);
  g_free (fuzz_write_file ("copy.glosa", data, size));
  project = open_checked (copy, GLOSA_PROJECT_OPEN_DEFAULT, data, size);
  if (project == NULL || glosa_project_is_read_only (project))
    {
      fuzz_remove_project (copy);
      return 0;
    }

  /* A write to an accepted file is committed, or refused with a reason. */
  tag = glosa_project_lookup_tag_by_name (project, TAG_NAME);
  if (tag == NULL)
    tag = glosa_project_create_tag (project, TAG_NAME, NULL, &error);
  FUZZ_CHECK ((tag == NULL) == (error != NULL));
  if (tag != NULL)
    tag_id = g_strdup (glosa_tag_get_id (tag));
  g_clear_object (&project);

  again = open_checked (copy, GLOSA_PROJECT_OPEN_DEFAULT, NULL, 0);
  FUZZ_CHECK (again != NULL);
  FUZZ_CHECK (tag_id == NULL || glosa_project_lookup_tag (again, tag_id) != NULL);
  g_clear_object (&again);
  fuzz_remove_project (copy);
  return 0;
}
