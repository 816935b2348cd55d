/* test-coding.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "glosa-detector.h"
#include "project-fixture.h"

/* Coding actions on a project over the real corpus: tags (create, rename,
 * recolour, nest, merge, delete), undo and redo across a restart,
 * accepting and dismissing suggested positions, and the Annotations
 * view's filter. */

static void
test_tags (Fixture       *f,
           gconstpointer  data)
{
  GlosaTag *policy = tag (f->project, "Policy", NULL);
  GlosaTag *crops = tag (f->project, "Crops", policy);
  GlosaTag *coca = tag (f->project, "Coca", crops);
  GlosaTag *cultivation = tag (f->project, "Cultivation", NULL);
  GlosaTag *leaf = tag (f->project, "Leaf", cultivation);
  GlosaAnnotation *a1 = add_tagged (f->project, 0, coca, NULL);
  GlosaAnnotation *a2 = add_tagged (f->project, 10, cultivation, coca);
  GListModel *tags = glosa_project_get_tags (f->project);
  g_autoptr(GlosaTag) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *coca_id = g_strdup (glosa_tag_get_id (coca));
  g_autofree char *cultivation_id = g_strdup (glosa_tag_get_id (cultivation));

  /* Sorted by name. */
  g_assert_cmpuint (g_list_model_get_n_items (tags), ==, 5);
  first = g_list_model_get_item (tags, 0);
  g_assert_true (first == coca);

  g_assert_null (glosa_project_create_tag (f->project, " Policy ", NULL, &error));
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_null (glosa_project_create_tag (f->project, "  ", NULL, &error));
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (glosa_project_rename_tag (f->project, glosa_tag_get_id (coca), "Crops", &error));
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_false (glosa_project_set_tag_colour (f->project, glosa_tag_get_id (coca), "red",
                                                &error));
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_INVALID);
  g_clear_error (&error);
  /* Policy inside its own grandchild would be a cycle. */
  g_assert_false (glosa_project_set_tag_parent (f->project, glosa_tag_get_id (policy),
                                                glosa_tag_get_id (coca),
                                                &error));
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (glosa_project_rename_tag (f->project, glosa_tag_get_id (coca), "Coca leaf",
                                           &error));
  g_assert_cmpstr (glosa_tag_get_name (coca), ==, "Coca leaf");
  g_assert_true (glosa_project_set_tag_colour (f->project, glosa_tag_get_id (coca), "#2ec27e",
                                               &error));
  g_assert_cmpstr (glosa_tag_get_colour (coca), ==, "#2ec27e");
  g_assert_true (glosa_project_set_tag_parent (f->project, glosa_tag_get_id (coca), NULL, &error));
  g_assert_null (glosa_tag_get_parent (coca));
  g_assert_no_error (error);
  g_assert_cmpuint (glosa_project_count_tag_uses (f->project, coca_id), ==, 2);
  g_assert_cmpuint (glosa_project_count_tag_uses (f->project, cultivation_id), ==, 1);

  /* Merge Cultivation into Coca leaf: a2 keeps one Coca leaf, Leaf moves. */
  g_assert_true (glosa_project_merge_tags (f->project, cultivation_id, coca_id, &error));
  g_assert_no_error (error);
  g_assert_null (glosa_project_lookup_tag (f->project, cultivation_id));
  g_assert_cmpuint (g_strv_length ((char **) glosa_annotation_get_tags (a2)), ==, 1);
  g_assert_cmpstr (glosa_annotation_get_tags (a2)[0], ==, coca_id);
  g_assert_cmpstr (glosa_tag_get_parent (leaf), ==, coca_id);
  g_assert_cmpuint (glosa_project_count_tag_uses (f->project, coca_id), ==, 2);

  /* Merging a tag into its own sub-tag: the sub-tag takes its place. */
  g_assert_true (glosa_project_merge_tags (f->project, glosa_tag_get_id (policy),
                                           glosa_tag_get_id (crops),
                                           &error));
  g_assert_no_error (error);
  g_assert_null (glosa_tag_get_parent (crops));

  /* Deleting a tag in use takes it off the annotations, which stay; its
   * sub-tags move up. */
  g_assert_true (glosa_project_delete_tag (f->project, coca_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length ((char **) glosa_annotation_get_tags (a1)), ==, 0);
  g_assert_null (glosa_tag_get_parent (leaf));
  g_assert_cmpuint (g_list_model_get_n_items (glosa_project_get_annotations (f->project, NULL)),
                    ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (tags), ==, 2);

  /* All of it survives a restart. */
  reopen (f);
  tags = glosa_project_get_tags (f->project);
  g_assert_cmpuint (g_list_model_get_n_items (tags), ==, 2);
  g_assert_nonnull (glosa_project_lookup_tag_by_name (f->project, "Leaf"));
  g_assert_nonnull (glosa_project_lookup_tag_by_name (f->project, "Crops"));
}

static void
test_undo_redo (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaAnnotation) edited = NULL;
  GlosaTag *t = tag (f->project, "Undoable", NULL);
  g_autofree char *tag_id = g_strdup (glosa_tag_get_id (t));
  GlosaAnnotation *a = add_tagged (f->project, 100, t, NULL);
  g_autofree char *id = g_strdup (glosa_annotation_get_id (a));
  GListModel *all = glosa_project_get_annotations (f->project, NULL);

  edited = glosa_annotation_copy (a);
  glosa_annotation_set_note (edited, "edited");
  g_assert_true (glosa_project_update_annotation (f->project, edited, &error));
  g_assert_true (glosa_project_delete_tag (f->project, tag_id, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (glosa_project_get_undo_label (f->project), ==, "Delete Tag");
  g_assert_false (glosa_project_can_redo (f->project));

  /* Undo survives a restart. */
  reopen (f);
  a = glosa_project_lookup_annotation (f->project, id);
  g_assert_true (glosa_project_can_undo (f->project));
  g_assert_cmpstr (glosa_project_get_undo_label (f->project), ==, "Delete Tag");
  g_assert_true (glosa_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_assert_nonnull (glosa_project_lookup_tag (f->project, tag_id));
  g_assert_cmpstr (glosa_annotation_get_tags (a)[0], ==, tag_id);
  g_assert_cmpstr (glosa_project_get_redo_label (f->project), ==, "Delete Tag");

  g_assert_true (glosa_project_undo (f->project, &error));
  g_assert_null (glosa_annotation_get_note (a));
  g_assert_true (glosa_project_undo (f->project, &error));
  g_assert_null (glosa_project_lookup_annotation (f->project, id));
  g_assert_cmpuint (g_list_model_get_n_items (glosa_project_get_annotations (f->project, NULL)),
                    ==, 0);
  g_assert_true (glosa_project_undo (f->project, &error));
  g_assert_null (glosa_project_lookup_tag (f->project, tag_id));
  g_assert_false (glosa_project_can_undo (f->project));
  g_assert_false (glosa_project_undo (f->project, &error));
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Redo twice, restart, redo again. */
  g_assert_true (glosa_project_redo (f->project, &error));
  g_assert_true (glosa_project_redo (f->project, &error));
  g_assert_no_error (error);
  reopen (f);
  all = glosa_project_get_annotations (f->project, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 1);
  g_assert_cmpstr (glosa_project_get_redo_label (f->project), ==, "Edit Annotation");
  g_assert_true (glosa_project_redo (f->project, &error));
  g_assert_cmpstr (glosa_annotation_get_note (glosa_project_lookup_annotation (f->project, id)),
                   ==, "edited");

  /* A new action forgets what could be redone. */
  g_assert_true (glosa_project_can_redo (f->project));
  add (f->project, DOC1, 0, 4, NULL);
  g_assert_false (glosa_project_can_redo (f->project));
  g_assert_cmpstr (glosa_project_get_undo_label (f->project), ==, "Add Annotation");
}

static void
test_suggestions (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaCodebook) codebook = glosa_project_load_codebook (f->project, &error);
  g_autoptr(GlosaDetector) detector = NULL;
  g_autoptr(GPtrArray) positions = NULL;
  GlosaPosition *first, *second;
  GlosaAnnotation *coded;
  g_autofree char *id = NULL;

  g_assert_no_error (error);
  detector = glosa_detector_new (codebook);
  positions = glosa_detector_suggest (detector,
                                      glosa_project_lookup_document (f->project, DOC0), NULL);
  g_assert_cmpuint (positions->len, >=, 2);
  first = g_ptr_array_index (positions, 0);
  second = g_ptr_array_index (positions, 1);
  g_assert_cmpuint (glosa_position_get_start (first), ==, 535);
  g_assert_cmpint (glosa_project_get_review (f->project, first), ==, GLOSA_REVIEW_NONE);

  coded = glosa_project_accept_position (f->project, first, &error);
  g_assert_no_error (error);
  id = g_strdup (glosa_annotation_get_id (coded));
  g_assert_cmpstr (glosa_annotation_get_actor (coded), ==, "gustavo-petro");
  g_assert_cmpstr (glosa_annotation_get_issue (coded), ==, "forced-eradication");
  g_assert_cmpstr (glosa_annotation_get_stance (coded), ==, "oppose");
  g_assert_cmpstr (glosa_annotation_get_quote (coded), ==,
                   "Petro has consistently maintained a frontal opposition to the eradication of "
                   "coca crops.");
  g_assert_cmpuint (glosa_annotation_get_end (coded), ==, 623);
  g_assert_cmpint (glosa_project_get_review (f->project, first), ==, GLOSA_REVIEW_ACCEPTED);
  g_assert_null (glosa_project_accept_position (f->project, first, &error));
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_EXISTS);
  g_clear_error (&error);

  g_assert_true (glosa_project_dismiss_position (f->project, second, &error));
  g_assert_cmpint (glosa_project_get_review (f->project, second), ==, GLOSA_REVIEW_DISMISSED);
  g_assert_cmpstr (glosa_project_get_undo_label (f->project), ==, "Dismiss Suggestion");

  reopen (f);
  g_assert_cmpint (glosa_project_get_review (f->project, first), ==, GLOSA_REVIEW_ACCEPTED);
  g_assert_cmpint (glosa_project_get_review (f->project, second), ==, GLOSA_REVIEW_DISMISSED);
  g_assert_true (glosa_project_undo (f->project, &error));
  g_assert_cmpint (glosa_project_get_review (f->project, second), ==, GLOSA_REVIEW_NONE);
  /* Undoing the acceptance removes the statement it coded. */
  g_assert_true (glosa_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_assert_cmpint (glosa_project_get_review (f->project, first), ==, GLOSA_REVIEW_NONE);
  g_assert_null (glosa_project_lookup_annotation (f->project, id));
}

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  GlosaTag *parent = tag (f->project, "Parent", NULL);
  GlosaTag *child = tag (f->project, "Child", parent);
  g_autoptr(GlosaAnnotation) draft = glosa_annotation_new (DOC1, 1180, 1195);
  g_autoptr(GError) error = NULL;
  struct {
    GlosaAnnotationFilter filter;
    guint                 n;
  } cases[] = {
    { { NULL }, 3 },
    { { .document = DOC1 }, 1 },
    { { .tag = glosa_tag_get_id (parent) }, 2 },   /* the sub-tag counts */
    { { .tag = glosa_tag_get_id (child) }, 1 },
    { { .actor = "ana-maria-rueda" }, 1 },
    { { .stance = "support" }, 1 },
    { { .issue = "decertification" }, 0 },
    { { .author = "Tester" }, 3 },
    { { .text = "maria" }, 1 },                    /* accents and case folded */
    { { .text = "MEETING" }, 1 },                  /* in a note */
    { { .orphaned_only = TRUE }, 0 },
    { { .document = DOC0, .tag = glosa_tag_get_id (child) }, 1 },
  };

  glosa_project_set_author (f->project, "Tester");
  add_tagged (f->project, 0, child, NULL);
  add_tagged (f->project, 10, parent, NULL);
  glosa_annotation_set_actor (draft, "ana-maria-rueda");
  glosa_annotation_set_stance (draft, "support");
  glosa_annotation_set_note (draft, "About the meeting");
  g_assert_nonnull (glosa_project_add_annotation (f->project, draft, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) found = glosa_project_filter_annotations (f->project, &cases[i].filter);

      g_assert_cmpuint (found->len, ==, cases[i].n);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/coding/tags", test_tags);
  ADD ("/coding/undo-redo", test_undo_redo);
  ADD ("/coding/suggestions", test_suggestions);
  ADD ("/coding/filter", test_filter);
#undef ADD

  return g_test_run ();
}
