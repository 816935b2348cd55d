/* glosa-issue.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define GLOSA_TYPE_ISSUE (glosa_issue_get_type ())

G_DECLARE_FINAL_TYPE (GlosaIssue, glosa_issue, GLOSA, ISSUE, GObject)

GlosaIssue         *glosa_issue_new                   (const char         *id,
                                                       const char         *label);
const char         *glosa_issue_get_id                (GlosaIssue         *self);
const char         *glosa_issue_get_label             (GlosaIssue         *self);
void                glosa_issue_set_label             (GlosaIssue         *self,
                                                       const char         *label);
const char         *glosa_issue_get_translated_label  (GlosaIssue         *self,
                                                       const char         *language);
void                glosa_issue_set_translated_label  (GlosaIssue         *self,
                                                       const char         *language,
                                                       const char         *label);
const char * const *glosa_issue_get_label_languages   (GlosaIssue         *self);
const char         *glosa_issue_get_description       (GlosaIssue         *self);
void                glosa_issue_set_description       (GlosaIssue         *self,
                                                       const char         *description);

const char * const *glosa_issue_get_languages         (GlosaIssue         *self);
const char * const *glosa_issue_get_keywords          (GlosaIssue         *self,
                                                       const char         *language);
const char * const *glosa_issue_get_all_keywords      (GlosaIssue         *self);
gboolean            glosa_issue_add_keyword           (GlosaIssue         *self,
                                                       const char         *language,
                                                       const char         *keyword);
void                glosa_issue_set_keywords          (GlosaIssue         *self,
                                                       const char         *language,
                                                       const char * const *keywords);

G_END_DECLS
