/* glosa-stance.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-stance"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "glosa-stance.h"

/* The four stances, as DNA's agreement variable generalised: their strings
 * are part of the CLI's and the exports' public formats. */

static const char * const names[] = { "neutral", "support", "oppose", "mixed" };

GType
glosa_stance_get_type (void)
{
  static gsize type = 0;

  if (g_once_init_enter (&type))
    {
      static const GEnumValue values[] = {
        { GLOSA_STANCE_NEUTRAL, "GLOSA_STANCE_NEUTRAL", "neutral" },
        { GLOSA_STANCE_SUPPORT, "GLOSA_STANCE_SUPPORT", "support" },
        { GLOSA_STANCE_OPPOSE, "GLOSA_STANCE_OPPOSE", "oppose" },
        { GLOSA_STANCE_MIXED, "GLOSA_STANCE_MIXED", "mixed" },
        { 0, NULL, NULL }
      };

      g_once_init_leave (&type, g_enum_register_static ("GlosaStance", values));
    }
  return type;
}

const char *
glosa_stance_to_string (GlosaStance stance)
{
  g_return_val_if_fail (stance <= GLOSA_STANCE_MIXED, NULL);

  return names[stance];
}

gboolean
glosa_stance_from_string (const char  *string,
                          GlosaStance *stance)
{
  g_return_val_if_fail (string != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (string, names[i]) == 0)
      {
        if (stance)
          *stance = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * glosa_stance_get_label:
 *
 * Returns: the stance as a verb a reader sees ("supports"), translated
 */
const char *
glosa_stance_get_label (GlosaStance stance)
{
  switch (stance)
    {
    case GLOSA_STANCE_SUPPORT:
      return _("supports");
    case GLOSA_STANCE_OPPOSE:
      return _("opposes");
    case GLOSA_STANCE_MIXED:
      return _("mixed");
    case GLOSA_STANCE_NEUTRAL:
    default:
      return _("neutral");
    }
}
