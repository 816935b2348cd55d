/* glosa-error.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "glosa-error.h"

G_DEFINE_QUARK (glosa-error-quark, glosa_error)
