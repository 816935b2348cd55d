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
  GLOSA_ERROR_DAMAGED,        /* a project file that is not one, or is corrupt */
  GLOSA_ERROR_READ_ONLY,      /* a write to a project opened read-only */
  GLOSA_ERROR_NOT_FOUND,      /* no such project, document, tag or annotation */
  GLOSA_ERROR_EXISTS,         /* the name or item is already there */
} GlosaError;

GQuark glosa_error_quark (void);

G_END_DECLS
