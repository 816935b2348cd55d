/* glosa-issue.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-issue"

#include "config.h"

#include "glosa-codebook-private.h"
#include "glosa-issue.h"

/* What actors take positions on (DNA calls it a concept). Keywords are
 * listed per language because a bilingual corpus says "eradication" in one
 * article and "erradicación" in the next. */
struct _GlosaIssue
{
  GObject       parent_instance;

  char         *id;
  char         *label;
  char         *description;
  GlosaTermSet  labels;      /* one translated label per language */
  GlosaTermSet  keywords;
};

G_DEFINE_FINAL_TYPE (GlosaIssue, glosa_issue, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_DESCRIPTION,
  PROP_KEYWORDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
glosa_issue_finalize (GObject *object)
{
  GlosaIssue *self = (GlosaIssue *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->description, g_free);
  glosa_term_set_clear (&self->labels);
  glosa_term_set_clear (&self->keywords);

  G_OBJECT_CLASS (glosa_issue_parent_class)->finalize (object);
}

static void
glosa_issue_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  GlosaIssue *self = GLOSA_ISSUE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_KEYWORDS:
      g_value_set_boxed (value, glosa_issue_get_all_keywords (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
glosa_issue_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  GlosaIssue *self = GLOSA_ISSUE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_LABEL:
      glosa_issue_set_label (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      glosa_issue_set_description (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
glosa_issue_class_init (GlosaIssueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = glosa_issue_finalize;
  object_class->get_property = glosa_issue_get_property;
  object_class->set_property = glosa_issue_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, rw);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, rw);
  /* Read-only: notified whenever a keyword changes, so a matcher knows to
   * rebuild. */
  properties[PROP_KEYWORDS] =
    g_param_spec_boxed ("keywords", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
glosa_issue_init (GlosaIssue *self)
{
  glosa_term_set_init (&self->labels);
  glosa_term_set_init (&self->keywords);
}

/**
 * glosa_issue_new:
 * @id: a stable identifier, such as "forced-eradication"
 * @label: the name to show, such as "Forced eradication"
 *
 * Returns: (transfer full): a new issue
 */
GlosaIssue *
glosa_issue_new (const char *id,
                 const char *label)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);
  g_return_val_if_fail (label != NULL, NULL);

  return g_object_new (GLOSA_TYPE_ISSUE, "id", id, "label", label, NULL);
}

const char *
glosa_issue_get_id (GlosaIssue *self)
{
  g_return_val_if_fail (GLOSA_IS_ISSUE (self), NULL);

  return self->id;
}

/**
 * glosa_issue_get_label:
 * @self: an issue
 *
 * Returns: the label in the codebook's main language
 */
const char *
glosa_issue_get_label (GlosaIssue *self)
{
  g_return_val_if_fail (GLOSA_IS_ISSUE (self), NULL);

  return self->label;
}

void
glosa_issue_set_label (GlosaIssue *self,
                       const char *label)
{
  g_autofree char *normal = NULL;

  g_return_if_fail (GLOSA_IS_ISSUE (self));

  normal = glosa_codebook_normalize_term (label);
  if (g_strcmp0 (self->label, normal) == 0)
    return;
  g_free (self->label);
  self->label = g_steal_pointer (&normal);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

/**
 * glosa_issue_get_translated_label:
 * @self: an issue
 * @language: (nullable): a language tag
 *
 * Returns: the label for @language if the codebook gives one, else the label
 */
const char *
glosa_issue_get_translated_label (GlosaIssue *self,
                                  const char *language)
{
  const char * const *labels;

  g_return_val_if_fail (GLOSA_IS_ISSUE (self), NULL);

  if (language == NULL || *language == '\0')
    return self->label;
  labels = glosa_term_set_get (&self->labels, language);
  return labels[0] != NULL ? labels[0] : self->label;
}

/**
 * glosa_issue_set_translated_label:
 * @self: an issue
 * @language: a language tag
 * @label: (nullable): the label in @language, or %NULL to remove it
 */
void
glosa_issue_set_translated_label (GlosaIssue *self,
                                  const char *language,
                                  const char *label)
{
  const char *one[] = { label, NULL };

  g_return_if_fail (GLOSA_IS_ISSUE (self));
  g_return_if_fail (language != NULL && *language != '\0');

  glosa_term_set_replace (&self->labels, language, one);
}

/**
 * glosa_issue_get_label_languages:
 * @self: an issue
 *
 * Returns: (transfer none): the languages with a translated label
 */
const char * const *
glosa_issue_get_label_languages (GlosaIssue *self)
{
  g_return_val_if_fail (GLOSA_IS_ISSUE (self), NULL);

  return glosa_term_set_get_languages (&self->labels);
}

const char *
glosa_issue_get_description (GlosaIssue *self)
{
  g_return_val_if_fail (GLOSA_IS_ISSUE (self), NULL);

  return self->description;
}

void
glosa_issue_set_description (GlosaIssue *self,
                             const char *description)
{
  g_return_if_fail (GLOSA_IS_ISSUE (self));

  if (description != NULL && *description == '\0')
    description = NULL;
  if (g_strcmp0 (self->description, description) == 0)
    return;
  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * glosa_issue_get_languages:
 * @self: an issue
 *
 * Returns: (transfer none): the language tags that have keywords
 */
const char * const *
glosa_issue_get_languages (GlosaIssue *self)
{
  g_return_val_if_fail (GLOSA_IS_ISSUE (self), NULL);

  return glosa_term_set_get_languages (&self->keywords);
}

/**
 * glosa_issue_get_keywords:
 * @self: an issue
 * @language: (nullable): a language tag, or %NULL for keywords given
 *   without a language
 *
 * Returns: (transfer none): the keywords for exactly @language; valid until
 *   the keywords change
 */
const char * const *
glosa_issue_get_keywords (GlosaIssue *self,
                          const char *language)
{
  g_return_val_if_fail (GLOSA_IS_ISSUE (self), NULL);

  return glosa_term_set_get (&self->keywords, language);
}

/**
 * glosa_issue_get_all_keywords:
 * @self: an issue
 *
 * The label is not a keyword: labels are written for people ("Relations
 * with Israel") and rarely occur in a text as such.
 *
 * Returns: (transfer none): every keyword of every language, each once;
 *   valid until the keywords change
 */
const char * const *
glosa_issue_get_all_keywords (GlosaIssue *self)
{
  g_return_val_if_fail (GLOSA_IS_ISSUE (self), NULL);

  return glosa_term_set_get_all (&self->keywords, NULL);
}

/**
 * glosa_issue_add_keyword:
 * @self: an issue
 * @language: (nullable): a language tag, or %NULL
 * @keyword: the keyword
 *
 * Returns: %TRUE if it was added; %FALSE if it is empty or already listed
 */
gboolean
glosa_issue_add_keyword (GlosaIssue *self,
                         const char *language,
                         const char *keyword)
{
  g_return_val_if_fail (GLOSA_IS_ISSUE (self), FALSE);
  g_return_val_if_fail (keyword != NULL, FALSE);

  if (!glosa_term_set_add (&self->keywords, language, keyword))
    return FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEYWORDS]);
  return TRUE;
}

/**
 * glosa_issue_set_keywords:
 * @self: an issue
 * @language: (nullable): a language tag, or %NULL
 * @keywords: (nullable) (array zero-terminated=1): the keywords for
 *   @language; empty and repeated ones are dropped
 */
void
glosa_issue_set_keywords (GlosaIssue         *self,
                          const char         *language,
                          const char * const *keywords)
{
  g_return_if_fail (GLOSA_IS_ISSUE (self));

  glosa_term_set_replace (&self->keywords, language, keywords);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEYWORDS]);
}
