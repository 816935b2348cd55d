/* glosa-import-qdpx-xml.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-import-qdpx-xml"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "glosa-error.h"
#include "glosa-import-private.h"
#include "glosa-text.h"

/* Reading project.qde and the texts it points at, for
 * glosa-import-qdpx.c.
 *
 * project.qde is read with libxml2 rather than GMarkup: other tools write
 * namespaces (prefixed or not), encodings other than UTF-8, CDATA and
 * character references, which libxml2 reads as XML says, with errors that
 * give a line. It is told never to touch the network, and a DTD stops the
 * parse, so no entity is ever expanded or fetched. */

#define QDA_NAMESPACE "urn:QDA-XML:project:1.0"

typedef struct
{
  guint from, from_len;
  guint to, to_len;
} Shift;

gboolean
glosa_qdpx_is_element (xmlNode    *node,
            const char *name)
{
  /* Elements in the QDA-XML namespace, or in none for lax writers. */
  return node->type == XML_ELEMENT_NODE && xmlStrEqual (node->name, BAD_CAST name)
         && (node->ns == NULL || xmlStrEqual (node->ns->href, BAD_CAST QDA_NAMESPACE));
}

xmlNode *
glosa_qdpx_first_child (xmlNode    *node,
             const char *name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (glosa_qdpx_is_element (child, name))
      return child;
  return NULL;
}

char *
glosa_qdpx_get_attribute (xmlNode    *node,
               const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, BAD_CAST name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

static char *
get_text (xmlNode *node)
{
  xmlChar *value;
  char *copy;

  if (node == NULL)
    return NULL;
  value = xmlNodeGetContent (node);
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

char *
glosa_qdpx_child_text (xmlNode    *node,
            const char *name)
{
  return get_text (glosa_qdpx_first_child (node, name));
}

/* GUIDs may be braced and in either case. */
char *
glosa_qdpx_get_guid (xmlNode    *node,
          const char *name)
{
  g_autofree char *guid = glosa_qdpx_get_attribute (node, name);
  gsize length = guid ? strlen (guid) : 0;

  if (length == 0)
    return NULL;
  if (length == 38 && guid[0] == '{' && guid[37] == '}')
    return g_ascii_strdown (guid + 1, 36);
  return g_ascii_strdown (guid, -1);
}

/* Times as Glosa keeps them: ISO 8601 in UTC, to the second. */
char *
glosa_qdpx_get_time (xmlNode    *node,
          const char *name)
{
  g_autofree char *value = glosa_qdpx_get_attribute (node, name);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) in_utc = NULL;

  if (value == NULL || (time = g_date_time_new_from_iso8601 (value, utc)) == NULL)
    return NULL;
  in_utc = g_date_time_to_utc (time);
  return g_date_time_format (in_utc, "%Y-%m-%dT%H:%M:%SZ");
}

static void
refuse_dtd_cb (void          *data,
               const xmlChar *name,
               const xmlChar *external_id,
               const xmlChar *system_id)
{
  xmlParserCtxt *context = data;

  *(gboolean *) context->_private = TRUE;
  xmlStopParser (context);
}

static gpointer
init_libxml_cb (gpointer data)
{
  /* Not safe to race: the import may run in a worker thread. */
  xmlInitParser ();
  return NULL;
}

xmlDoc *
glosa_qdpx_parse (GBytes      *qde,
           const char  *display_name,
           GError     **error)
{
  static GOnce once = G_ONCE_INIT;
  xmlParserCtxt *context;
  xmlDoc *doc;
  gboolean has_dtd = FALSE;
  gsize length;
  const char *data = g_bytes_get_data (qde, &length);

  g_once (&once, init_libxml_cb, NULL);
  if ((context = xmlNewParserCtxt ()) == NULL)
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_FAILED, _("Out of memory reading %s"),
                   display_name);
      return NULL;
    }
  context->_private = &has_dtd;
  context->sax->internalSubset = refuse_dtd_cb;
  /* No NOENT, DTDLOAD or HUGE: entities stay unexpanded, nothing is
   * fetched, and libxml2's depth and size limits hold. */
  doc = xmlCtxtReadMemory (context, data, (int) length, "project.qde", NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (has_dtd)
    g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_INVALID,
                 _("project.qde in %s declares a DTD, which REFI-QDA files do not have: Glosa "
                   "does not read it."), display_name);
  else if (doc == NULL || !context->wellFormed)
    {
      const xmlError *last = xmlCtxtGetLastError (context);
      g_autofree char *message = g_strstrip (g_strdup (last && last->message ? last->message
                                                                              : "?"));

      /* Translators: the file, a line number, and libxml2's message */
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_PARSE,
                   _("project.qde in %s, line %d: %s"), display_name,
                   last ? last->line : 0, message);
    }
  if (error != NULL && *error != NULL)
    g_clear_pointer (&doc, xmlFreeDoc);
  xmlFreeParserCtxt (context);
  return doc;
}

static void
add_shift (GlosaQdpxText *source,
           guint   from,
           guint   from_len,
           guint   to,
           guint   to_len)
{
  Shift shift = { from, from_len, to, to_len };

  if (source->shifts == NULL)
    source->shifts = g_array_new (FALSE, FALSE, sizeof (Shift));
  g_array_append_val (source->shifts, shift);
}

/* The text as a document holds it (glosa_text_repair()'s line ends and
 * NFC), with a map of where offsets counted in @decoded move. A chunk
 * that starts with an ASCII character normalises on its own: no
 * composition has an ASCII second element, and an ASCII starter stops
 * reordering, so the chunks' NFC put together is the text's NFC. */
static void
text_init (GlosaQdpxText *source,
             const char *decoded)
{
  g_autofree char *nfc = NULL;
  GString *out;
  guint from = 0, to = 0;

  memset (source, 0, sizeof *source);
  source->original = g_utf8_strlen (decoded, -1);
  if (strchr (decoded, '\r') == NULL
      && g_str_equal ((nfc = g_utf8_normalize (decoded, -1, G_NORMALIZE_NFC)), decoded))
    {
      source->text = g_steal_pointer (&nfc);
      source->chars = source->original;
      return;
    }

  out = g_string_sized_new (strlen (decoded));
  for (const char *p = decoded, *q; *p != '\0'; p = q)
    {
      g_autofree char *piece = NULL;
      guint from_len, to_len;

      q = p[0] == '\r' && p[1] == '\n' ? p + 2 : g_utf8_next_char (p);
      while ((guchar) *q >= 0x80)
        q = g_utf8_next_char (q);
      from_len = g_utf8_strlen (p, q - p);
      if (q - p == 1 && *p != '\r')
        {
          g_string_append_c (out, *p);
          from++, to++;
          continue;
        }
      if (*p == '\r')
        {
          const char *rest = p[1] == '\n' ? p + 2 : p + 1;
          g_autofree char *tail = g_utf8_normalize (rest, q - rest, G_NORMALIZE_NFC);

          piece = g_strconcat ("\n", tail, NULL);
        }
      else
        piece = g_utf8_normalize (p, q - p, G_NORMALIZE_NFC);
      to_len = g_utf8_strlen (piece, -1);
      if (to_len != from_len)
        add_shift (source, from, from_len, to, to_len);
      g_string_append (out, piece);
      from += from_len;
      to += to_len;
    }
  source->text = g_string_free (out, FALSE);
  source->chars = to;
}

/* Offsets beyond the source stay beyond the text, for the merge to refuse. */
gint64
glosa_qdpx_text_map (GlosaQdpxText *source,
            gint64  offset)
{
  const Shift *shift = NULL;
  guint low = 0, high;

  if (offset < 0 || source->shifts == NULL)
    return offset;
  if (offset > source->original)
    return source->chars + (offset - source->original);
  high = source->shifts->len;
  while (low < high)
    {
      guint mid = (low + high) / 2;

      if (g_array_index (source->shifts, Shift, mid).from <= offset)
        low = mid + 1;
      else
        high = mid;
    }
  if (low == 0)
    return offset;
  shift = &g_array_index (source->shifts, Shift, low - 1);
  if (offset < shift->from + shift->from_len)
    return shift->to + MIN (offset - shift->from, shift->to_len);
  return shift->to + shift->to_len + (offset - shift->from - shift->from_len);
}

/**
 * glosa_qdpx_text_read:
 * @text: (out caller-allocates): the text; clear it with glosa_qdpx_text_clear()
 * @node: a TextSource or Note
 * @what: its name, for messages
 * @problem: (out): why there is no text, translated
 *
 * The text a TextSource or Note stands for: inline, or in Sources/ of the
 * archive, never anywhere else.
 *
 * Returns: %TRUE if there is one
 */
gboolean
glosa_qdpx_text_read (GlosaQdpxText     *text,
                      GlosaQdpxArchive  *archive,
                      xmlNode           *node,
                      const char        *what,
                      char             **problem)
{
  g_autofree char *inline_text = glosa_qdpx_child_text (node, "PlainTextContent");
  g_autofree char *path = glosa_qdpx_get_attribute (node, "plainTextPath");
  g_autofree char *entry = NULL;
  g_autofree char *decoded = NULL;
  const char *name;
  GBytes *bytes;

  if (inline_text != NULL)
    {
      text_init (text, inline_text);
      return TRUE;
    }
  if (path == NULL)
    {
      /* Translators: a source's or a note's name */
      *problem = g_strdup_printf (_("“%s”: it has no plain text; left out"), what);
      return FALSE;
    }
  name = g_str_has_prefix (path, "internal://") ? path + strlen ("internal://") : "";
  if (*name == '\0' || strchr (name, '/') != NULL || strchr (name, '\\') != NULL)
    {
      /* Translators: a source's or a note's name, then the path its text is at */
      *problem = g_strdup_printf (_("“%s”: its text “%s” is not inside the file; left out"),
                                  what, path);
      return FALSE;
    }
  entry = g_strconcat ("Sources/", name, NULL);
  if ((bytes = g_hash_table_lookup (archive->sources, entry)) == NULL)
    {
      *problem = g_strdup_printf (_("“%s”: the file has no %s; left out"), what, entry);
      return FALSE;
    }
  decoded = glosa_text_repair (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                               GLOSA_TEXT_DECODE_ONLY, NULL, NULL);
  text_init (text, decoded);
  return TRUE;
}

void
glosa_qdpx_text_clear (GlosaQdpxText *text)
{
  g_clear_pointer (&text->text, g_free);
  g_clear_pointer (&text->shifts, g_array_unref);
}
