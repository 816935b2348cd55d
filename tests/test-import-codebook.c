/* test-import-codebook.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-import-codebook"

#include "config.h"

#include "glosa-export.h"
#include "glosa-import.h"
#include "project-fixture.h"

/* The codebook writer (parse ∘ write is the identity, write is stable), the
 * ids Glosa makes, and codebook imports into a project: merge by id, counts,
 * problems, persistence across a reopen, and nothing changed on error. The
 * same through files and the CLI is in test-import-codebook.py. */

static GlosaCodebook *
parse (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  GlosaCodebook *codebook = glosa_codebook_new_from_bytes (bytes, "written.json", &error);

  g_assert_no_error (error);
  return codebook;
}

static void
assert_strv_equal (const char * const *a,
                   const char * const *b)
{
  g_assert_cmpstrv (a, b);
}

static void
assert_actors_equal (GlosaActor *a,
                     GlosaActor *b)
{
  const char * const *languages = glosa_actor_get_languages (a);

  g_assert_cmpstr (glosa_actor_get_id (a), ==, glosa_actor_get_id (b));
  g_assert_cmpstr (glosa_actor_get_name (a), ==, glosa_actor_get_name (b));
  g_assert_cmpint (glosa_actor_get_kind (a), ==, glosa_actor_get_kind (b));
  g_assert_cmpstr (glosa_actor_get_affiliation (a), ==, glosa_actor_get_affiliation (b));
  g_assert_cmpstr (glosa_actor_get_description (a), ==, glosa_actor_get_description (b));
  g_assert_cmpint (glosa_actor_has_colour (a), ==, glosa_actor_has_colour (b));
  g_assert_cmpstr (glosa_actor_get_colour (a), ==, glosa_actor_get_colour (b));
  assert_strv_equal (languages, glosa_actor_get_languages (b));
  for (guint i = 0; languages[i] != NULL; i++)
    assert_strv_equal (glosa_actor_get_aliases (a, languages[i]),
                       glosa_actor_get_aliases (b, languages[i]));
  assert_strv_equal (glosa_actor_get_aliases (a, NULL), glosa_actor_get_aliases (b, NULL));
  assert_strv_equal (glosa_actor_get_all_aliases (a), glosa_actor_get_all_aliases (b));
}

static void
assert_issues_equal (GlosaIssue *a,
                     GlosaIssue *b)
{
  const char * const *languages = glosa_issue_get_languages (a);
  const char * const *labels = glosa_issue_get_label_languages (a);

  g_assert_cmpstr (glosa_issue_get_id (a), ==, glosa_issue_get_id (b));
  g_assert_cmpstr (glosa_issue_get_label (a), ==, glosa_issue_get_label (b));
  g_assert_cmpstr (glosa_issue_get_description (a), ==, glosa_issue_get_description (b));
  assert_strv_equal (labels, glosa_issue_get_label_languages (b));
  for (guint i = 0; labels[i] != NULL; i++)
    g_assert_cmpstr (glosa_issue_get_translated_label (a, labels[i]), ==,
                     glosa_issue_get_translated_label (b, labels[i]));
  assert_strv_equal (languages, glosa_issue_get_languages (b));
  for (guint i = 0; languages[i] != NULL; i++)
    assert_strv_equal (glosa_issue_get_keywords (a, languages[i]),
                       glosa_issue_get_keywords (b, languages[i]));
  assert_strv_equal (glosa_issue_get_keywords (a, NULL), glosa_issue_get_keywords (b, NULL));
}

static void
assert_codebooks_equal (GlosaCodebook *a,
                        GlosaCodebook *b)
{
  g_assert_cmpstr (glosa_codebook_get_name (a), ==, glosa_codebook_get_name (b));
  g_assert_cmpstr (glosa_codebook_get_version (a), ==, glosa_codebook_get_version (b));
  assert_strv_equal (glosa_codebook_get_languages (a), glosa_codebook_get_languages (b));
  g_assert_cmpuint (glosa_codebook_get_n_actors (a), ==, glosa_codebook_get_n_actors (b));
  g_assert_cmpuint (glosa_codebook_get_n_issues (a), ==, glosa_codebook_get_n_issues (b));
  for (guint i = 0; i < glosa_codebook_get_n_actors (a); i++)
    assert_actors_equal (glosa_codebook_get_actor (a, i), glosa_codebook_get_actor (b, i));
  for (guint i = 0; i < glosa_codebook_get_n_issues (a); i++)
    assert_issues_equal (glosa_codebook_get_issue (a, i), glosa_codebook_get_issue (b, i));
}

static void
test_writer_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaCodebook) original = glosa_codebook_new_default (&error);
  g_autoptr(GlosaCodebook) reread = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (glosa_codebook_get_n_actors (original), ==, 35);
  g_assert_cmpuint (glosa_codebook_get_n_issues (original), ==, 13);
  first = glosa_codebook_to_json (original);
  g_assert_true (g_str_has_suffix (first, "}\n"));
  reread = parse (first);
  g_assert_cmpstrv (glosa_codebook_get_problems (reread), glosa_codebook_get_problems (original));
  assert_codebooks_equal (original, reread);
  second = glosa_codebook_to_json (reread);
  g_assert_cmpstr (second, ==, first);
}

/* Aliases with no language beside aliases per language are kept under
 * "und"; a derived colour is not written, a chosen one is. */
static void
test_writer_mixed (void)
{
  g_autoptr(GlosaCodebook) codebook = glosa_codebook_new ();
  g_autoptr(GlosaActor) actor = glosa_actor_new ("a", "Ana", GLOSA_ACTOR_KIND_PERSON);
  g_autoptr(GlosaIssue) issue = glosa_issue_new ("i", "Peace");
  g_autoptr(GlosaCodebook) reread = NULL;
  g_autofree char *json = NULL;
  g_autofree char *again = NULL;
  GlosaActor *read_actor;

  glosa_actor_add_alias (actor, "es", "la ministra");
  glosa_actor_add_alias (actor, NULL, "Ana \"la jefa\" Ruiz");
  glosa_issue_add_keyword (issue, NULL, "paz total");
  glosa_issue_set_translated_label (issue, "es", "Paz");
  glosa_codebook_add_actor (codebook, actor);
  glosa_codebook_add_issue (codebook, issue);
  json = glosa_codebook_to_json (codebook);
  g_assert_nonnull (strstr (json, "\"und\" : [\n"));
  g_assert_null (strstr (json, "colour"));

  reread = parse (json);
  read_actor = glosa_codebook_lookup_actor (reread, "a");
  g_assert_cmpstrv (glosa_actor_get_aliases (read_actor, "und"),
                    ((const char *[]) { "Ana \"la jefa\" Ruiz", NULL }));
  g_assert_cmpstrv (glosa_actor_get_all_aliases (read_actor),
                    ((const char *[]) { "Ana", "la ministra", "Ana \"la jefa\" Ruiz", NULL }));
  g_assert_false (glosa_actor_has_colour (read_actor));
  assert_issues_equal (issue, glosa_codebook_lookup_issue (reread, "i"));
  again = glosa_codebook_to_json (reread);
  g_assert_cmpstr (again, ==, json);

  glosa_actor_set_colour (actor, "#1C71D8");
  g_clear_pointer (&json, g_free);
  json = glosa_codebook_to_json (codebook);
  g_assert_nonnull (strstr (json, "\"colour\" : \"#1c71d8\""));
}

/* A layer's "remove" survives writing, so the default entries it drops stay
 * dropped. */
static void
test_writer_overlay (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaCodebook) base = glosa_codebook_new_default (&error);
  g_autoptr(GlosaCodebook) layer = glosa_codebook_new ();
  g_autoptr(GlosaCodebook) overlay = NULL;
  g_autofree char *json = NULL;

  json = glosa_codebook_to_overlay_json (layer, (const char *[]) { "newsmax", NULL });
  overlay = parse (json);
  g_assert_nonnull (glosa_codebook_lookup_actor (base, "newsmax"));
  glosa_codebook_merge (base, overlay);
  g_assert_null (glosa_codebook_lookup_actor (base, "newsmax"));
  g_assert_cmpuint (glosa_codebook_get_n_actors (base), ==, 34);
}

static void
test_make_id (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaCodebook) codebook = glosa_codebook_new_default (&error);
  struct { const char *name; const char *id; } cases[] = {
    { "Ana María Rueda", "ana-maria-rueda" },
    { "  Defensoría del Pueblo (Colombia)!", "defensoria-del-pueblo-colombia" },
    { "🌿🌿", "entry" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *id = glosa_codebook_make_id (NULL, cases[i].name);

      g_assert_cmpstr (id, ==, cases[i].id);
    }
  /* Unique among actors and issues alike. */
  {
    g_autofree char *actor = glosa_codebook_make_id (codebook, "Gustavo Petro");
    g_autofree char *issue = glosa_codebook_make_id (codebook, "Forced eradication");
    g_autofree char *fresh = glosa_codebook_make_id (codebook, "Francia Márquez");

    g_assert_cmpstr (actor, ==, "gustavo-petro-2");
    g_assert_cmpstr (issue, ==, "forced-eradication-2");
    g_assert_cmpstr (fresh, ==, "francia-marquez");
  }
}

static void
import_text (GlosaProject        *project,
             const char          *text,
             GlosaCodebookFormat  format,
             GlosaImportStats    *stats)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (glosa_import_codebook (project, text, strlen (text), "people.csv", format,
                                        stats, &error));
  g_assert_no_error (error);
}

static GlosaCodebook *
load (GlosaProject *project)
{
  g_autoptr(GError) error = NULL;
  GlosaCodebook *codebook = glosa_project_load_codebook (project, &error);

  g_assert_no_error (error);
  return codebook;
}

static const char actors_csv[] =
  "\xEF\xBB\xBFName,Kind,Aliases,Affiliation\r\n"
  "Francia Márquez,person,\"Márquez; vicepresidenta Márquez\",government-of-colombia\r\n"
  "Gustavo Petro,,\"petro;PETRO;el presidente \"\"Petro\"\"\",\r\n"
  "UNODC,person,ONUDD,\r\n"
  "\"Coca\nGrowers, Inc.\",organisation,🌿 cocaleros;=1+2,\r\n"
  ",,,\r\n"
  "Rubio,politician,,\r\n"
  "Francia Márquez,,la vicepresidenta,\r\n";

static void
test_csv_actors (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(GlosaImportStats) stats = { 0 };
  g_auto(GlosaImportStats) again = { 0 };
  g_autoptr(GlosaCodebook) codebook = NULL;
  GlosaActor *actor;

  import_text (f->project, actors_csv, GLOSA_CODEBOOK_FORMAT_CSV, &stats);
  g_assert_cmpuint (stats.actors_added, ==, 2);
  g_assert_cmpuint (stats.actors_updated, ==, 1);
  g_assert_cmpuint (stats.actors_unchanged, ==, 0);
  g_assert_cmpuint (stats.problems->len, ==, 2);
  /* Rows are numbered as the file's lines, counting the quoted line break. */
  g_assert_cmpstr (g_ptr_array_index (stats.problems, 0), ==,
                   "people.csv line 8: actor “rubio”: “politician” is not a kind of actor; use "
                   "person, organisation, government, country, media or other; the row is "
                   "skipped");
  g_assert_cmpstr (g_ptr_array_index (stats.problems, 1), ==,
                   "people.csv line 4: actor “unodc” is of kind organisation in this project "
                   "and person in the file; this project’s entry is kept");

  /* After a restart. */
  reopen (f);
  codebook = load (f->project);
  actor = glosa_codebook_lookup_actor (codebook, "francia-marquez");
  g_assert_nonnull (actor);
  g_assert_cmpint (glosa_actor_get_kind (actor), ==, GLOSA_ACTOR_KIND_PERSON);
  g_assert_cmpstr (glosa_actor_get_affiliation (actor), ==, "government-of-colombia");
  g_assert_cmpstrv (glosa_actor_get_all_aliases (actor),
                    ((const char *[]) { "Francia Márquez", "Márquez", "vicepresidenta Márquez",
                                        "la vicepresidenta", NULL }));
  actor = glosa_codebook_lookup_actor (codebook, "coca-growers-inc");
  g_assert_cmpstr (glosa_actor_get_name (actor), ==, "Coca Growers, Inc.");
  g_assert_cmpstrv (glosa_actor_get_aliases (actor, NULL),
                    ((const char *[]) { "🌿 cocaleros", "=1+2", NULL }));
  /* Petro keeps everything and gains the aliases the matcher would treat
   * differently ("petro" matches in any case, "PETRO" adds nothing to
   * "Petro"), under "und" beside his English and Spanish ones; his other
   * fields are the default codebook's. */
  actor = glosa_codebook_lookup_actor (codebook, "gustavo-petro");
  g_assert_cmpstrv (glosa_actor_get_aliases (actor, "und"),
                    ((const char *[]) { "petro", "el presidente \"Petro\"", NULL }));
  g_assert_cmpstrv (glosa_actor_get_aliases (actor, "en"),
                    ((const char *[]) { "Petro", "President Petro", "Gustavo Petro Urrego",
                                        "Colombian President", NULL }));
  g_assert_cmpstr (glosa_actor_get_colour (actor), ==, "#e5a50a");
  g_assert_cmpint (glosa_actor_get_kind (actor), ==, GLOSA_ACTOR_KIND_PERSON);
  /* UNODC, of another kind in the file, is the default's still. */
  actor = glosa_codebook_lookup_actor (codebook, "unodc");
  g_assert_cmpint (glosa_actor_get_kind (actor), ==, GLOSA_ACTOR_KIND_ORGANISATION);
  g_assert_cmpstrv (glosa_actor_get_aliases (actor, NULL), ((const char *[]) { NULL }));
  g_assert_null (glosa_codebook_lookup_actor (codebook, "rubio"));
  g_assert_cmpuint (glosa_codebook_get_n_actors (codebook), ==, 37);

  /* The same file again changes nothing. */
  import_text (f->project, actors_csv, GLOSA_CODEBOOK_FORMAT_CSV, &again);
  g_assert_cmpuint (again.actors_added, ==, 0);
  g_assert_cmpuint (again.actors_updated, ==, 0);
  g_assert_cmpuint (again.actors_unchanged, ==, 3);
}

static void
test_csv_issues (Fixture       *f,
                 gconstpointer  data)
{
  static const char issues_csv[] =
    "keywords,label,id,description\n"
    "\"paz total;Paz Total;PAZ TOTAL;páz total;peace talks\",Peace talks,,Negotiations\n"
    "\"erradicación obligatoria\",Forced eradication,,\n"
    "ignored,,,\n";
  g_auto(GlosaImportStats) stats = { 0 };
  g_autoptr(GlosaCodebook) codebook = NULL;
  GlosaIssue *issue;

  import_text (f->project, issues_csv, GLOSA_CODEBOOK_FORMAT_CSV, &stats);
  g_assert_cmpuint (stats.issues_added, ==, 1);
  g_assert_cmpuint (stats.issues_updated, ==, 1);
  g_assert_cmpuint (stats.actors_added, ==, 0);
  g_assert_cmpuint (stats.problems->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (stats.problems, 0), ==,
                   "people.csv line 4: no label; the row is skipped");

  codebook = load (f->project);
  issue = glosa_codebook_lookup_issue (codebook, "peace-talks");
  g_assert_cmpstr (glosa_issue_get_description (issue), ==, "Negotiations");
  g_assert_cmpstrv (glosa_issue_get_all_keywords (issue),
                    ((const char *[]) { "paz total", "peace talks", NULL }));
  issue = glosa_codebook_lookup_issue (codebook, "forced-eradication");
  g_assert_true (g_strv_contains (glosa_issue_get_all_keywords (issue),
                                  "erradicación obligatoria"));
  g_assert_true (g_strv_contains (glosa_issue_get_all_keywords (issue), "forced eradication"));
}

/* A codebook file merges by id; its "remove" is reported, not applied; an
 * id that is an issue here and an actor there is skipped. An entry the
 * project had removed from the default comes back. */
static void
test_json (Fixture       *f,
           gconstpointer  data)
{
  static const char layer[] =
    "{\"glosa_codebook\": 1, \"remove\": [\"newsmax\"], \"actors\": []}";
  static const char file[] =
    "{\"glosa_codebook\": 1, \"remove\": [\"eln\"], \"name\": \"Coca\", \"languages\": [\"pt\"],\n"
    " \"actors\": [{\"id\": \"newsmax\", \"name\": \"Newsmax TV\", \"kind\": \"media\"},\n"
    "              {\"id\": \"extradition\", \"name\": \"Extradition\"}],\n"
    " \"issues\": [{\"id\": \"fumigation\", \"label\": \"Spraying\",\n"
    "               \"keywords\": {\"en\": [\"crop dusting\"]}}]}";
  g_auto(GlosaImportStats) stats = { 0 };
  g_autoptr(GlosaCodebook) codebook = NULL;
  g_autoptr(GError) error = NULL;
  GlosaIssue *issue;

  g_assert_true (glosa_project_set_codebook_json (f->project, layer, &error));
  g_assert_no_error (error);
  codebook = load (f->project);
  g_assert_null (glosa_codebook_lookup_actor (codebook, "newsmax"));
  g_clear_object (&codebook);

  g_assert_true (glosa_import_codebook (f->project, file, strlen (file), "extra.json",
                                        GLOSA_CODEBOOK_FORMAT_JSON, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.actors_added, ==, 1);
  g_assert_cmpuint (stats.issues_updated, ==, 1);
  g_assert_cmpuint (stats.problems->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (stats.problems, 0), ==,
                   "extra.json line 3, column 22: actor “extradition” has the id of an issue "
                   "in this project; it is skipped");
  g_assert_cmpstr (g_ptr_array_index (stats.problems, 1), ==,
                   "extra.json: the file leaves out “eln”; this project keeps it");

  /* The layer had no name: it takes the file's, and its language. */
  codebook = load (f->project);
  g_assert_cmpstr (glosa_codebook_get_name (codebook), ==, "Coca");
  g_assert_cmpstrv (glosa_codebook_get_languages (codebook),
                    ((const char *[]) { "en", "es", "pt", NULL }));
  g_assert_cmpstr (glosa_actor_get_name (glosa_codebook_lookup_actor (codebook, "newsmax")), ==,
                   "Newsmax TV");
  g_assert_nonnull (glosa_codebook_lookup_actor (codebook, "eln"));
  issue = glosa_codebook_lookup_issue (codebook, "fumigation");
  g_assert_cmpstr (glosa_issue_get_label (issue), !=, "Spraying");
  g_assert_true (g_strv_contains (glosa_issue_get_keywords (issue, "en"), "crop dusting"));
}

/* A malformed file is refused with its name and line, and the project's
 * codebook is as it was. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  static const struct { const char *text; GlosaCodebookFormat format; const char *message; }
  cases[] = {
    { "name,kind\nPetro,\"person\n", GLOSA_CODEBOOK_FORMAT_CSV,
      "people.csv line 2, field 2: the quoted field that starts here is not closed" },
    { "nombre,tipo\nPetro,person\n", GLOSA_CODEBOOK_FORMAT_CSV,
      "people.csv line 1: “nombre” is not a codebook column" },
    { "label,kind\nPeace,person\n", GLOSA_CODEBOOK_FORMAT_CSV,
      "people.csv line 1: a list of issues has no column “kind”" },
    { "name,label\nPetro,x\n", GLOSA_CODEBOOK_FORMAT_CSV,
      "people.csv line 1: the first line must name the columns" },
    { "name,kind\nA,person\nB,person,x\n", GLOSA_CODEBOOK_FORMAT_CSV,
      "people.csv line 3: 3 fields, but the first line names 2 columns" },
    { "", GLOSA_CODEBOOK_FORMAT_CSV, "people.csv is empty" },
    { "{\"glosa_codebook\": 1, \"actors\": [{\"id\": \"x\"}]}", GLOSA_CODEBOOK_FORMAT_JSON,
      "people.csv line 1, column 34: actor “x” has no “name”" },
  };
  g_auto(GlosaImportStats) first = { 0 };
  g_autofree char *before = NULL;
  g_autoptr(GString) huge = g_string_new ("name,aliases\nPetro,\"");

  import_text (f->project, "name\nSomeone New\n", GLOSA_CODEBOOK_FORMAT_CSV, &first);
  before = glosa_project_dup_codebook_json (f->project);
  g_assert_nonnull (before);
  /* A 10 MB cell. */
  while (huge->len < 10 * 1024 * 1024)
    g_string_append (huge, "coca growers ");
  g_string_append (huge, "\"\n");

  for (guint i = 0; i <= G_N_ELEMENTS (cases); i++)
    {
      gboolean last = i == G_N_ELEMENTS (cases);
      g_auto(GlosaImportStats) stats = { 0 };
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      const char *text = last ? huge->str : cases[i].text;
      const char *message = last ? "people.csv line 2, field 2: the field is longer than"
                                 : cases[i].message;

      g_assert_false (glosa_import_codebook (f->project, text, strlen (text), "people.csv",
                                             last ? GLOSA_CODEBOOK_FORMAT_CSV : cases[i].format,
                                             &stats, &error));
      g_assert_nonnull (error);
      if (!g_str_has_prefix (error->message, message))
        g_error ("case %u: expected “%s…”, got “%s”", i, message, error->message);
      after = glosa_project_dup_codebook_json (f->project);
      g_assert_cmpstr (after, ==, before);
    }
}

/* What the window does for "Add as Alias" and "Add as Actor": edit the
 * session's codebook, merge the actor into the project's; after a restart
 * the project's codebook has it. */
static void
test_edit_persists (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GlosaCodebook) session = load (f->project);
  g_autoptr(GlosaCodebook) reloaded = NULL;
  g_autoptr(GlosaActor) added = NULL;
  g_autofree char *id = glosa_codebook_make_id (session, "Francia Márquez");
  GlosaActor *actor = glosa_codebook_lookup_actor (session, "marco-rubio");

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GlosaCodebook) edit = glosa_codebook_new ();
      g_auto(GlosaImportStats) stats = { 0 };
      g_autoptr(GError) error = NULL;

      if (i == 0)
        g_assert_true (glosa_actor_add_alias (actor, NULL, "el canciller Rubio"));
      else
        {
          added = glosa_actor_new (id, "Francia Márquez", GLOSA_ACTOR_KIND_PERSON);
          glosa_codebook_add_actor (session, added);
          actor = added;
        }
      glosa_codebook_add_actor (edit, actor);
      g_assert_true (glosa_import_codebook_entries (f->project, edit, &stats, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (i == 0 ? stats.actors_updated : stats.actors_added, ==, 1);
    }

  /* The alias given without a language beside Rubio's English and Spanish
   * ones comes back under "und"; what the matcher looks for is the same. */
  reopen (f);
  reloaded = load (f->project);
  g_assert_cmpuint (glosa_codebook_get_n_actors (reloaded), ==,
                    glosa_codebook_get_n_actors (session));
  for (guint i = 0; i < glosa_codebook_get_n_actors (session); i++)
    {
      GlosaActor *ours = glosa_codebook_get_actor (session, i);
      GlosaActor *back = glosa_codebook_get_actor (reloaded, i);

      g_assert_cmpstr (glosa_actor_get_id (back), ==, glosa_actor_get_id (ours));
      g_assert_cmpint (glosa_actor_get_kind (back), ==, glosa_actor_get_kind (ours));
      g_assert_cmpstr (glosa_actor_get_colour (back), ==, glosa_actor_get_colour (ours));
      g_assert_cmpstrv (glosa_actor_get_all_aliases (back), glosa_actor_get_all_aliases (ours));
    }
  g_assert_cmpstrv (glosa_actor_get_aliases (glosa_codebook_lookup_actor (reloaded,
                                                                          "marco-rubio"),
                                             "und"),
                    ((const char *[]) { "el canciller Rubio", NULL }));
  g_assert_cmpstr (glosa_actor_get_id (glosa_codebook_get_actor (reloaded, 35)), ==,
                   "francia-marquez");
}

static char *
export_json (GlosaProject *project)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = glosa_export_to_bytes (project, GLOSA_EXPORT_JSON, NULL, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* Another coder's export: its codebook is merged by id; a tag of ours that
 * the file describes otherwise keeps our version, with one line saying
 * what differs. */
static void
test_native_json (Fixture       *f,
                  gconstpointer  data)
{
  g_auto(GlosaImportStats) own = { 0 };
  g_auto(GlosaImportStats) stats = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GlosaCodebook) codebook = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *policy_kept = NULL;
  g_autofree char *framing_kept = NULL;
  GlosaTag *policy = tag (f->project, "Policy", NULL);
  GlosaTag *framing = tag (f->project, "Framing", NULL);
  JsonObject *root, *actor;
  JsonArray *tags;

  tag (f->project, "Same", NULL);
  import_text (f->project, "name,aliases\nGustavo Petro,el mandatario\n",
               GLOSA_CODEBOOK_FORMAT_CSV, &own);
  exported = export_json (f->project);

  /* The other coder renamed and coloured Policy, moved Framing under it,
   * and added an alias to Petro in their codebook. */
  g_assert_true (json_parser_load_from_data (parser, exported, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  tags = json_object_get_array_member (root, "tags");
  g_assert_cmpuint (json_array_get_length (tags), ==, 3);
  for (guint i = 0; i < json_array_get_length (tags); i++)
    {
      JsonObject *theirs = json_array_get_object_element (tags, i);
      const char *id = json_object_get_string_member (theirs, "id");

      if (g_str_equal (id, glosa_tag_get_id (policy)))
        {
          json_object_set_string_member (theirs, "name", "Public policy");
          json_object_set_string_member (theirs, "colour", "#2ec27e");
        }
      else if (g_str_equal (id, glosa_tag_get_id (framing)))
        json_object_set_string_member (theirs, "parent", glosa_tag_get_id (policy));
    }
  actor = json_array_get_object_element (
    json_object_get_array_member (json_object_get_object_member (root, "codebook"), "actors"), 0);
  json_array_add_string_element (json_object_get_array_member (
    json_object_get_object_member (actor, "aliases"), "und"), "el jefe de Estado");
  json_generator_set_root (generator, json_parser_get_root (parser));
  edited = json_generator_to_data (generator, NULL);

  g_assert_true (glosa_import_json (f->project, edited, strlen (edited), "theirs.json", &stats,
                                    &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.tags_unchanged, ==, 3);
  g_assert_cmpuint (stats.actors_updated, ==, 1);
  /* One line per differing tag, in the file's order. */
  policy_kept = g_strdup_printf ("Tag %s: kept this project’s name, colour; the file’s differ",
                                 glosa_tag_get_id (policy));
  framing_kept = g_strdup_printf ("Tag %s: kept this project’s parent; the file’s differ",
                                  glosa_tag_get_id (framing));
  g_assert_cmpuint (stats.problems->len, ==, 2);
  g_assert_true (g_ptr_array_find_with_equal_func (stats.problems, policy_kept, g_str_equal,
                                                   NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (stats.problems, framing_kept, g_str_equal,
                                                   NULL));
  g_assert_cmpstr (glosa_tag_get_name (policy), ==, "Policy");
  g_assert_false (glosa_tag_has_colour (policy));
  g_assert_null (glosa_tag_get_parent (framing));

  codebook = load (f->project);
  g_assert_cmpstrv (glosa_actor_get_aliases (glosa_codebook_lookup_actor (codebook,
                                                                          "gustavo-petro"),
                                             "und"),
                    ((const char *[]) { "el mandatario", "el jefe de Estado", NULL }));

  /* A broken codebook refuses the whole export, before anything is written. */
  g_clear_pointer (&exported, g_free);
  g_clear_pointer (&edited, g_free);
  exported = export_json (f->project);
  json_object_set_string_member (actor, "kind", "politician");
  json_object_set_string_member (json_array_get_object_element (tags, 0), "id", "new-tag");
  edited = json_generator_to_data (generator, NULL);
  {
    g_auto(GlosaImportStats) refused = { 0 };
    g_autofree char *after = NULL;

    g_assert_false (glosa_import_json (f->project, edited, strlen (edited), "theirs.json",
                                       &refused, &error));
    g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_INVALID);
    g_assert_true (g_str_has_prefix (error->message, "the codebook in theirs.json line "));
    g_assert_nonnull (strstr (error->message, "“politician” is not a kind of actor"));
    after = export_json (f->project);
    g_assert_cmpstr (after, ==, exported);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/codebook-writer/default-round-trip", test_writer_round_trip);
  g_test_add_func ("/codebook-writer/mixed-languages", test_writer_mixed);
  g_test_add_func ("/codebook-writer/overlay-remove", test_writer_overlay);
  g_test_add_func ("/codebook-writer/make-id", test_make_id);
  g_test_add ("/import-codebook/csv-actors", Fixture, NULL, fixture_set_up, test_csv_actors,
              fixture_tear_down);
  g_test_add ("/import-codebook/csv-issues", Fixture, NULL, fixture_set_up, test_csv_issues,
              fixture_tear_down);
  g_test_add ("/import-codebook/json", Fixture, NULL, fixture_set_up, test_json,
              fixture_tear_down);
  g_test_add ("/import-codebook/refused", Fixture, NULL, fixture_set_up, test_refused,
              fixture_tear_down);
  g_test_add ("/import-codebook/edit-persists", Fixture, NULL, fixture_set_up,
              test_edit_persists, fixture_tear_down);
  g_test_add ("/import-codebook/native-json", Fixture, NULL, fixture_set_up, test_native_json,
              fixture_tear_down);
  return g_test_run ();
}
