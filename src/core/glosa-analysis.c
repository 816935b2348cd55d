/* glosa-analysis.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-analysis"

#include "config.h"

#include "glosa-analysis.h"

/* Everything the detector finds in one document: its mentions, the names it
 * lacks and the positions it suggests. Immutable once made, so it can be
 * made in a thread and shown by any number of views. */
struct _GlosaAnalysis
{
  GObject        parent_instance;

  GlosaDocument *document;
  GlosaCodebook *codebook;
  GArray        *mentions;
  GPtrArray     *unlisted;
  GPtrArray     *positions;
};

G_DEFINE_FINAL_TYPE (GlosaAnalysis, glosa_analysis, G_TYPE_OBJECT)

static void
glosa_analysis_finalize (GObject *object)
{
  GlosaAnalysis *self = (GlosaAnalysis *) object;

  g_clear_object (&self->document);
  g_clear_object (&self->codebook);
  g_clear_pointer (&self->mentions, g_array_unref);
  g_clear_pointer (&self->unlisted, g_ptr_array_unref);
  g_clear_pointer (&self->positions, g_ptr_array_unref);

  G_OBJECT_CLASS (glosa_analysis_parent_class)->finalize (object);
}

static void
glosa_analysis_class_init (GlosaAnalysisClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = glosa_analysis_finalize;
}

static void
glosa_analysis_init (GlosaAnalysis *self)
{
}

/**
 * glosa_analysis_new:
 * @detector: a detector
 * @document: the document to analyse
 *
 * Runs the detector over @document in the calling thread.
 *
 * Returns: (transfer full): the analysis
 */
GlosaAnalysis *
glosa_analysis_new (GlosaDetector *detector,
                    GlosaDocument *document)
{
  GlosaAnalysis *self;
  const char *text;

  g_return_val_if_fail (GLOSA_IS_DETECTOR (detector), NULL);
  g_return_val_if_fail (GLOSA_IS_DOCUMENT (document), NULL);

  text = glosa_document_get_text (document);
  self = g_object_new (GLOSA_TYPE_ANALYSIS, NULL);
  self->document = g_object_ref (document);
  self->codebook = g_object_ref (glosa_detector_get_codebook (detector));
  self->mentions = glosa_detector_find_mentions (detector, text);
  self->unlisted = glosa_detector_find_unlisted (detector, text, self->mentions);
  self->positions = glosa_detector_suggest (detector, document, self->mentions);
  return self;
}

static void
analyse_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GlosaDetector *detector = g_object_get_data (G_OBJECT (task), "detector");

  if (g_task_return_error_if_cancelled (task))
    return;
  g_task_return_pointer (task, glosa_analysis_new (detector, task_data), g_object_unref);
}

/**
 * glosa_analysis_new_async:
 *
 * Runs the detector over @document in a worker thread: for long documents,
 * so that the window stays responsive.
 */
void
glosa_analysis_new_async (GlosaDetector       *detector,
                          GlosaDocument       *document,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (GLOSA_IS_DETECTOR (detector));
  g_return_if_fail (GLOSA_IS_DOCUMENT (document));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, glosa_analysis_new_async);
  g_task_set_task_data (task, g_object_ref (document), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "detector", g_object_ref (detector), g_object_unref);
  g_task_run_in_thread (task, analyse_thread);
}

GlosaAnalysis *
glosa_analysis_new_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

GlosaDocument *
glosa_analysis_get_document (GlosaAnalysis *self)
{
  g_return_val_if_fail (GLOSA_IS_ANALYSIS (self), NULL);

  return self->document;
}

GlosaCodebook *
glosa_analysis_get_codebook (GlosaAnalysis *self)
{
  g_return_val_if_fail (GLOSA_IS_ANALYSIS (self), NULL);

  return self->codebook;
}

/**
 * glosa_analysis_get_mentions:
 *
 * Returns: (transfer none) (element-type GlosaMatch): actor mentions in text
 *   order; `value` is the actor's position in the codebook
 */
GArray *
glosa_analysis_get_mentions (GlosaAnalysis *self)
{
  g_return_val_if_fail (GLOSA_IS_ANALYSIS (self), NULL);

  return self->mentions;
}

/**
 * glosa_analysis_get_unlisted:
 *
 * Returns: (transfer none) (element-type GlosaName): names the codebook lacks
 */
GPtrArray *
glosa_analysis_get_unlisted (GlosaAnalysis *self)
{
  g_return_val_if_fail (GLOSA_IS_ANALYSIS (self), NULL);

  return self->unlisted;
}

/**
 * glosa_analysis_get_positions:
 *
 * Returns: (transfer none) (element-type GlosaPosition): suggested positions
 */
GPtrArray *
glosa_analysis_get_positions (GlosaAnalysis *self)
{
  g_return_val_if_fail (GLOSA_IS_ANALYSIS (self), NULL);

  return self->positions;
}

/**
 * glosa_analysis_count_mentions:
 * @actor: an actor's position in the codebook
 *
 * Returns: how many times the document mentions that actor
 */
guint
glosa_analysis_count_mentions (GlosaAnalysis *self,
                               guint          actor)
{
  guint n = 0;

  g_return_val_if_fail (GLOSA_IS_ANALYSIS (self), 0);

  for (guint i = 0; i < self->mentions->len; i++)
    if (g_array_index (self->mentions, GlosaMatch, i).value == actor)
      n++;
  return n;
}
