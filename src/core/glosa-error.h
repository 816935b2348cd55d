/* glosa-error.h
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define GLOSA_ERROR (glosa_error_quark ())

typedef enum
{
  GLOSA_ERROR_FAILED,
  GLOSA_ERROR_EMPTY_CORPUS,   /* nothing loadable was found */
  GLOSA_ERROR_PARSE,          /* malformed JSON, JSONL, codebook … */
  GLOSA_ERROR_INVALID,        /* well-formed but wrong content */
  GLOSA_ERROR_TOO_LARGE,      /* over a size bound */
  GLOSA_ERROR_UNSUPPORTED,    /* a file type or version we do not read */
} GlosaError;

GQuark glosa_error_quark (void);

G_END_DECLS
