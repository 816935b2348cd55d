/* glosa-project-schema.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "glosa-project-schema"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "glosa-error.h"
#include "glosa-project-private.h"

/* The project file's format: the checks a file must pass before Glosa
 * writes to it, the connection settings, and the migrations. */

/* The first bytes of every SQLite 3 database. */
#define SQLITE_HEADER "SQLite format 3"

/* Projects larger than this are opened without PRAGMA quick_check. */
#define FULL_CHECK_MAX_BYTES (64 * 1024 * 1024)

/* The journal keeps the entries of the last two sessions that have any,
 * and never more than this many. */
#define JOURNAL_LIMIT 1000

/* migrations[v] brings a file from user_version v to v + 1. Version 0 is an
 * empty new file. Append, never edit: files in the wild went through them. */
static const char * const migrations[GLOSA_PROJECT_SCHEMA_VERSION] = {
  /* 0 → 1 */
  "CREATE TABLE meta ("
  "  key   TEXT PRIMARY KEY,"
  "  value TEXT"
  ") WITHOUT ROWID;"

  /* num is the FTS rowid: an INTEGER PRIMARY KEY survives VACUUM. */
  "CREATE TABLE documents ("
  "  num      INTEGER PRIMARY KEY,"
  "  id       TEXT NOT NULL UNIQUE,"
  "  position INTEGER NOT NULL,"
  "  title    TEXT,"
  "  author   TEXT,"
  "  date     TEXT,"
  "  source   TEXT,"
  "  url      TEXT,"
  "  language TEXT,"
  "  path     TEXT,"
  "  text     TEXT NOT NULL,"
  "  hash     TEXT NOT NULL,"
  "  metadata TEXT,"
  "  warnings TEXT,"
  "  missing  INTEGER NOT NULL DEFAULT 0 CHECK (missing IN (0, 1)),"
  "  added    TEXT NOT NULL,"
  "  updated  TEXT NOT NULL"
  ");"

  "CREATE VIRTUAL TABLE search USING fts5 ("
  "  title, text, content = 'documents', content_rowid = 'num',"
  "  tokenize = 'unicode61 remove_diacritics 2'"
  ");"
  "CREATE TRIGGER documents_insert AFTER INSERT ON documents BEGIN"
  "  INSERT INTO search (rowid, title, text) VALUES (new.num, new.title, new.text);"
  "END;"
  "CREATE TRIGGER documents_delete AFTER DELETE ON documents BEGIN"
  "  INSERT INTO search (search, rowid, title, text)"
  "    VALUES ('delete', old.num, old.title, old.text);"
  "END;"
  "CREATE TRIGGER documents_update AFTER UPDATE OF title, text ON documents BEGIN"
  "  INSERT INTO search (search, rowid, title, text)"
  "    VALUES ('delete', old.num, old.title, old.text);"
  "  INSERT INTO search (rowid, title, text) VALUES (new.num, new.title, new.text);"
  "END;"

  "CREATE TABLE tags ("
  "  id          TEXT PRIMARY KEY,"
  "  name        TEXT NOT NULL UNIQUE CHECK (name <> ''),"
  "  colour      TEXT,"
  "  parent      TEXT REFERENCES tags (id) DEFERRABLE INITIALLY DEFERRED,"
  "  description TEXT,"
  "  CHECK (parent IS NULL OR parent <> id)"
  ") WITHOUT ROWID;"

  "CREATE TABLE annotations ("
  "  id         TEXT PRIMARY KEY,"
  "  document   TEXT NOT NULL REFERENCES documents (id) DEFERRABLE INITIALLY DEFERRED,"
  "  span_start INTEGER NOT NULL CHECK (span_start >= 0),"
  "  span_end   INTEGER NOT NULL CHECK (span_end >= span_start),"
  "  quote      TEXT NOT NULL,"
  "  prefix     TEXT NOT NULL,"
  "  suffix     TEXT NOT NULL,"
  "  actor      TEXT,"
  "  issue      TEXT,"
  "  stance     TEXT CHECK (stance IN ('support', 'oppose', 'neutral', 'mixed')),"
  "  note       TEXT,"
  "  author     TEXT,"
  "  created    TEXT NOT NULL,"
  "  modified   TEXT NOT NULL,"
  "  orphaned   INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1))"
  ");"
  "CREATE INDEX annotations_document ON annotations (document);"
  "CREATE INDEX annotations_actor ON annotations (actor);"

  "CREATE TABLE annotation_tags ("
  "  annotation TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,"
  "  tag        TEXT NOT NULL REFERENCES tags (id) DEFERRABLE INITIALLY DEFERRED,"
  "  position   INTEGER NOT NULL,"
  "  PRIMARY KEY (annotation, tag)"
  ") WITHOUT ROWID;"
  "CREATE INDEX annotation_tags_tag ON annotation_tags (tag);"

  /* Reviewed suggestions, keyed by document, actor, issue and evidence
   * text (glosa_project_get_review()), so a review outlives offsets. */
  "CREATE TABLE reviews ("
  "  key        TEXT PRIMARY KEY,"
  "  document   TEXT NOT NULL REFERENCES documents (id) DEFERRABLE INITIALLY DEFERRED,"
  "  actor      TEXT NOT NULL,"
  "  issue      TEXT NOT NULL,"
  "  stance     TEXT NOT NULL,"
  "  evidence   TEXT NOT NULL,"
  "  span_start INTEGER NOT NULL,"
  "  span_end   INTEGER NOT NULL,"
  "  verdict    TEXT NOT NULL CHECK (verdict IN ('accepted', 'dismissed')),"
  "  annotation TEXT,"
  "  created    TEXT NOT NULL"
  ") WITHOUT ROWID;"

  "CREATE TABLE journal ("
  "  id      INTEGER PRIMARY KEY,"
  "  session INTEGER NOT NULL,"
  "  label   TEXT NOT NULL,"
  "  ops     TEXT NOT NULL,"
  "  undone  INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),"
  "  created TEXT NOT NULL"
  ");",

  /* 1 → 2: each document's actor mentions, counted with the codebook whose
   * version meta 'mentions-codebook' holds, for the text whose hash is
   * kept beside them: (actor, count) pairs as little-endian uint32. */
  "CREATE TABLE mention_counts ("
  "  document INTEGER PRIMARY KEY REFERENCES documents (num) ON DELETE CASCADE,"
  "  hash     TEXT NOT NULL,"
  "  counts   BLOB NOT NULL"
  ");"
  /* The documents' order, ids and hashes without reading the table, whose
   * rows carry the texts: opening 100,000 articles, and checking their
   * cached counts, read this alone. */
  "CREATE INDEX documents_order ON documents (missing, position, num, id, hash);"
  /* The corpus's codebook.json gets its own key, refreshed with the
   * corpus; 'codebook' becomes the project's own edits and imports, laid
   * over it, which a refresh never touches. */
  "UPDATE meta SET key = 'corpus-codebook' WHERE key = 'codebook';"
  /* Every commit drops the redo entries and reads the undo and redo labels:
   * without this, each scanned the whole journal. */
  "CREATE INDEX journal_undone ON journal (undone, id);",
};

static gboolean
damaged (const char  *name,
         const char  *detail,
         GError     **error)
{
  /* SQLite's detail may quote the file's own bytes, which need not be UTF-8. */
  g_autofree char *valid = g_utf8_make_valid (detail, -1);

  g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_DAMAGED,
               _("“%s” is damaged and cannot be opened (%s). The file was not changed."),
               name, valid);
  return FALSE;
}

static gboolean
not_a_project (const char  *name,
               const char  *why,
               GError     **error)
{
  g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_DAMAGED,
               _("“%s” is not a Glosa project: %s. The file was not changed."), name, why);
  return FALSE;
}

static gboolean
pragma_int (sqlite3    *db,
            const char *sql,
            gint64     *value)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  ok = sqlite3_step (stmt) == SQLITE_ROW;
  if (ok)
    *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return ok;
}

static gboolean
read_ids (sqlite3 *db,
          gint64  *application_id,
          gint64  *version)
{
  return pragma_int (db, "PRAGMA application_id", application_id)
         && pragma_int (db, "PRAGMA user_version", version);
}

static gboolean
check_header (const char  *path,
              const char  *name,
              GError     **error)
{
  char header[100];
  ssize_t n;
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_FAILED, _("Could not open “%s”: %s"),
                   name, g_strerror (saved));
      return FALSE;
    }
  n = read (fd, header, sizeof header);
  close (fd);
  if (n < (ssize_t) sizeof header || memcmp (header, SQLITE_HEADER, sizeof SQLITE_HEADER) != 0)
    return not_a_project (name, _("it is not an SQLite database"), error);
  return TRUE;
}

/**
 * glosa_project_inspect:
 * @path: an existing file
 *
 * Decides, reading only, whether @path may be opened: an SQLite database
 * with Glosa's application id, a schema version this Glosa knows, and no
 * damage PRAGMA quick_check can see. When @creating, an empty file or
 * SQLite database passes too. The one write it may make is SQLite's own
 * undoing of a change cut short in rollback mode (a hot "-journal").
 */
gboolean
glosa_project_inspect (const char  *path,
                       gboolean     creating,
                       GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *wal = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *target = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 application_id = 0;
  gint64 version = 0;
  gint64 tables = 0;
  GStatBuf st;
  gboolean ids_read;
  gboolean ok = FALSE;
  int rc;

  /* Creating a project sets WAL mode before its first transaction: a
   * creation cut short leaves an empty file, or an SQLite database with
   * nothing in it, either of which may become the project. */
  if (creating && g_stat (path, &st) == 0 && st.st_size == 0)
    return TRUE;
  if (!check_header (path, name, error))
    return FALSE;

  /* Without a -wal file, no connection has the file open for writing and
   * all of it is in the file: read it as immutable, which creates no -wal
   * and -shm beside a file that may not even be ours. A -journal may be
   * a change cut short in rollback mode, half of it in the file. */
  wal = g_strconcat (path, "-wal", NULL);
  journal = g_strconcat (path, "-journal", NULL);
  if (!g_file_test (wal, G_FILE_TEST_EXISTS) && !g_file_test (journal, G_FILE_TEST_EXISTS))
    {
      g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

      target = uri ? g_strconcat (uri, "?immutable=1", NULL) : NULL;
    }
  if (sqlite3_open_v2 (target ? target : path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI,
                       NULL) != SQLITE_OK)
    {
      damaged (name, sqlite3_errmsg (db), error);
      goto out;
    }
  sqlite3_busy_timeout (db, 5000);
  ids_read = read_ids (db, &application_id, &version);
  /* A change cut short in rollback mode: SQLite undoes it at the first
   * read of a connection that may write, as it would for any program. */
  if (!ids_read && sqlite3_extended_errcode (db) == SQLITE_READONLY_ROLLBACK)
    {
      sqlite3_close (db);
      db = NULL;
      if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK)
        {
          sqlite3_busy_timeout (db, 5000);
          ids_read = read_ids (db, &application_id, &version);
        }
    }
  if (!ids_read)
    {
      /* A -wal is read through a -shm index that SQLite must be able to
       * create beside it: the file is fine, its folder is read-only. */
      if (target == NULL && sqlite3_errcode (db) == SQLITE_CANTOPEN)
        g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_READ_ONLY,
                     _("“%s” cannot be opened in a folder that cannot be written, because its "
                       "last changes are still in “%s-wal”. Copy both files to a folder you can "
                       "write to and open the copy. The files were not changed."), name, name);
      else if (sqlite3_extended_errcode (db) == SQLITE_READONLY_ROLLBACK)
        g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_READ_ONLY,
                     _("“%s” holds a change that was cut short, in “%s-journal”, and only "
                       "someone who may write the file can undo it. The files were not "
                       "changed."), name, name);
      else
        damaged (name, sqlite3_errmsg (db), error);
      goto out;
    }
  if (application_id == 0 && version == 0 && creating
      && pragma_int (db, "SELECT COUNT (*) FROM sqlite_master", &tables) && tables == 0)
    {
      ok = TRUE;
      goto out;
    }
  if (application_id != GLOSA_PROJECT_APPLICATION_ID)
    {
      not_a_project (name, _("it is another program’s database"), error);
      goto out;
    }
  if (version > GLOSA_PROJECT_SCHEMA_VERSION)
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_UNSUPPORTED,
                   _("“%s” was saved by a newer version of Glosa (project format %d; this "
                     "version reads up to %d). Update Glosa to open it. The file was not changed."),
                   name, (int) version, GLOSA_PROJECT_SCHEMA_VERSION);
      goto out;
    }
  if (version < 1)
    {
      damaged (name, _("its format version is missing"), error);
      goto out;
    }

  /* quick_check reads every page, about a second per 300 MB: a large
   * project gets the checks that cost nothing instead, the header's page
   * count against the file's size (a truncated copy; with a -wal the file
   * may rightly be shorter) and reading the schema (a garbled start).
   * SQLite still reports damage in any page it reads later, and a write
   * that meets it is rolled back. */
  if (g_stat (path, &st) == 0 && st.st_size > FULL_CHECK_MAX_BYTES)
    {
      gint64 pages = 0, page_size = 0;

      if (!pragma_int (db, "PRAGMA page_count", &pages)
          || !pragma_int (db, "PRAGMA page_size", &page_size)
          || !pragma_int (db, "SELECT COUNT (*) FROM sqlite_master", &tables))
        damaged (name, sqlite3_errmsg (db), error);
      else if (target != NULL && pages * page_size > st.st_size)
        damaged (name, _("the file is shorter than it says"), error);
      else
        ok = TRUE;
      goto out;
    }
  if (sqlite3_prepare_v2 (db, "PRAGMA quick_check (1)", -1, &stmt, NULL) != SQLITE_OK)
    {
      damaged (name, sqlite3_errmsg (db), error);
      goto out;
    }
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    damaged (name, sqlite3_errmsg (db), error);
  else if (!g_str_equal ((const char *) sqlite3_column_text (stmt, 0), "ok"))
    damaged (name, (const char *) sqlite3_column_text (stmt, 0), error);
  else
    ok = TRUE;

out:
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return ok;
}

/* Connection settings. synchronous = FULL, not NORMAL: in WAL mode NORMAL
 * survives a killed process but may lose the last commits on power loss,
 * and `glosa-cli annotate` promises an id it printed is on disk. */
gboolean
glosa_project_configure (GlosaProject  *self,
                         GError       **error)
{
  sqlite3_stmt *stmt;
  gboolean wal;

  if (!glosa_project_exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;
  if (self->read_only)
    return TRUE;

  stmt = glosa_project_prepare (self, "PRAGMA journal_mode = WAL", error);
  if (stmt == NULL)
    return FALSE;
  wal = sqlite3_step (stmt) == SQLITE_ROW
        && g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), "wal") == 0;
  sqlite3_finalize (stmt);
  if (!wal)
    return glosa_project_sql_error (self, error);
  return glosa_project_exec (self, "PRAGMA synchronous = FULL", error);
}

static gboolean
read_version (GlosaProject  *self,
              gint64        *version,
              GError       **error)
{
  if (!pragma_int (self->db, "PRAGMA user_version", version))
    return glosa_project_sql_error (self, error);
  return TRUE;
}

/* Every column Glosa reads, by table: a file whose migrations ran but
 * whose tables lack one is damaged, and must be refused before anything
 * is committed to it. */
static const char schema_probe[] =
  "SELECT key, value FROM meta LIMIT 0;"
  "SELECT num, id, position, title, author, date, source, url, language, path, text, hash,"
  "  metadata, warnings, missing, added, updated FROM documents LIMIT 0;"
  "SELECT rowid, title, text FROM search LIMIT 0;"
  "SELECT id, name, colour, parent, description FROM tags LIMIT 0;"
  "SELECT id, document, span_start, span_end, quote, prefix, suffix, actor, issue, stance,"
  "  note, author, created, modified, orphaned FROM annotations LIMIT 0;"
  "SELECT annotation, tag, position FROM annotation_tags LIMIT 0;"
  "SELECT key, document, actor, issue, stance, evidence, span_start, span_end, verdict,"
  "  annotation, created FROM reviews LIMIT 0;"
  "SELECT id, session, label, ops, undone, created FROM journal LIMIT 0;"
  "SELECT document, hash, counts FROM mention_counts LIMIT 0;";

static gboolean
check_schema (GlosaProject  *self,
              GError       **error)
{
  const char *sql = schema_probe;

  while (*sql != '\0')
    {
      sqlite3_stmt *stmt = NULL;
      const char *tail = NULL;
      int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, &tail);

      sqlite3_finalize (stmt);
      if (rc != SQLITE_OK)
        {
          g_autofree char *name = g_filename_display_name (self->path);

          return damaged (name, sqlite3_errmsg (self->db), error);
        }
      sql = tail;
    }
  return TRUE;
}

/**
 * glosa_project_migrate:
 *
 * Brings a new or older file to GLOSA_PROJECT_SCHEMA_VERSION, all in one
 * transaction: a file is either migrated or left as it was.
 */
gboolean
glosa_project_migrate (GlosaProject  *self,
                       GError       **error)
{
  g_autofree char *name = g_filename_display_name (self->path);
  g_autofree char *now = NULL;
  g_autofree char *sql = NULL;
  gint64 version = 0;

  if (!read_version (self, &version, error))
    return FALSE;
  if (version == GLOSA_PROJECT_SCHEMA_VERSION)
    return check_schema (self, error);
  if (self->read_only)
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_READ_ONLY,
                   _("“%s” must be upgraded to this version of Glosa, which needs writing to it; "
                     "it is open read-only."), name);
      return FALSE;
    }

  if (!glosa_project_begin (self, error))
    return FALSE;
  /* Another Glosa may have got there between the inspection and the lock. */
  if (!read_version (self, &version, error))
    goto fail;
  if (version > GLOSA_PROJECT_SCHEMA_VERSION)
    {
      g_set_error (error, GLOSA_ERROR, GLOSA_ERROR_UNSUPPORTED,
                   _("“%s” was saved by a newer version of Glosa."), name);
      goto fail;
    }
  for (gint64 v = version; v < GLOSA_PROJECT_SCHEMA_VERSION; v++)
    {
      g_debug ("Migrating %s from format %" G_GINT64_FORMAT, self->path, v);
      if (!glosa_project_exec (self, migrations[v], error))
        goto fail;
    }
  sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                         GLOSA_PROJECT_APPLICATION_ID, GLOSA_PROJECT_SCHEMA_VERSION);
  now = glosa_project_now ();
  if (!glosa_project_exec (self, sql, error)
      || (version == 0 && !glosa_project_set_meta (self, "created", now, error))
      || !glosa_project_set_meta (self, "glosa-version", PACKAGE_VERSION, error)
      || !check_schema (self, error))
    goto fail;
  return glosa_project_commit (self, error);

fail:
  glosa_project_rollback (self);
  return FALSE;
}

/**
 * glosa_project_start_session:
 *
 * Counts one more session (one writable opening) and trims the journal to
 * the last two sessions that recorded anything: undo reaches back across
 * a restart, not forever.
 */
gboolean
glosa_project_start_session (GlosaProject  *self,
                             GError       **error)
{
  g_autofree char *last = NULL;
  g_autofree char *value = NULL;
  g_autofree char *prune = NULL;

  if (!glosa_project_begin (self, error))
    return FALSE;
  last = glosa_project_dup_meta (self, "session");
  self->session = (last ? g_ascii_strtoll (last, NULL, 10) : 0) + 1;
  value = g_strdup_printf ("%" G_GINT64_FORMAT, self->session);
  prune = g_strdup_printf ("DELETE FROM journal WHERE session < "
                           "  (SELECT MIN (session) FROM "
                           "    (SELECT DISTINCT session FROM journal"
                           "     ORDER BY session DESC LIMIT 2));"
                           "DELETE FROM journal WHERE id <= "
                           "  (SELECT id FROM journal ORDER BY id DESC LIMIT 1 OFFSET %d);",
                           JOURNAL_LIMIT);
  if (!glosa_project_set_meta (self, "session", value, error)
      || !glosa_project_exec (self, prune, error))
    {
      glosa_project_rollback (self);
      return FALSE;
    }
  return glosa_project_commit (self, error);
}
