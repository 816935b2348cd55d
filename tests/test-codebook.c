/* test-codebook.c
 *
 * Copyright 2026 The Glosa authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-codebook"

#include "config.h"

#include "glosa-codebook.h"
#include "glosa-error.h"

static const char * const no_problems[] = { NULL };

static GlosaCodebook *
load_string (const char  *json,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return glosa_codebook_new_from_bytes (bytes, "test.json", error);
}

static GlosaCodebook *
load_default (void)
{
  g_autoptr(GError) error = NULL;
  GlosaCodebook *codebook = glosa_codebook_new_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (codebook);
  return codebook;
}

static gboolean
strv_contains_casefold (const char * const *strv,
                        const char         *needle)
{
  g_autofree char *folded = g_utf8_casefold (needle, -1);

  for (guint i = 0; strv[i] != NULL; i++)
    {
      g_autofree char *other = g_utf8_casefold (strv[i], -1);

      if (g_str_equal (folded, other))
        return TRUE;
    }
  return FALSE;
}

static GlosaActor *
find_actor_by_alias (GlosaCodebook *codebook,
                     const char    *alias)
{
  for (guint i = 0; i < glosa_codebook_get_n_actors (codebook); i++)
    {
      GlosaActor *actor = glosa_codebook_get_actor (codebook, i);

      if (strv_contains_casefold (glosa_actor_get_all_aliases (actor), alias))
        return actor;
    }
  return NULL;
}

static gboolean
problems_mention (GlosaCodebook *codebook,
                  const char    *text)
{
  const char * const *problems = glosa_codebook_get_problems (codebook);

  for (guint i = 0; problems[i] != NULL; i++)
    if (strstr (problems[i], text) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_default_loads (void)
{
  g_autoptr(GlosaCodebook) codebook = load_default ();
  guint with_en = 0, with_es = 0, keywords_en = 0, keywords_es = 0;

  g_assert_cmpstrv (glosa_codebook_get_problems (codebook), no_problems);

  g_assert_cmpstr (glosa_codebook_get_name (codebook), ==, "US–Colombia counter-drug debate");
  g_assert_nonnull (glosa_codebook_get_version (codebook));
  g_assert_true (g_strv_contains (glosa_codebook_get_languages (codebook), "en"));
  g_assert_true (g_strv_contains (glosa_codebook_get_languages (codebook), "es"));

  g_assert_cmpuint (glosa_codebook_get_n_actors (codebook), >=, 20);
  g_assert_cmpuint (glosa_codebook_get_n_issues (codebook), >=, 8);
  g_assert_cmpuint (g_list_model_get_n_items (glosa_codebook_get_actors (codebook)), ==,
                    glosa_codebook_get_n_actors (codebook));
  g_assert_cmpuint (g_list_model_get_n_items (glosa_codebook_get_issues (codebook)), ==,
                    glosa_codebook_get_n_issues (codebook));

  for (guint i = 0; i < glosa_codebook_get_n_actors (codebook); i++)
    {
      GlosaActor *actor = glosa_codebook_get_actor (codebook, i);

      g_assert_true (glosa_colour_is_valid (glosa_actor_get_colour (actor)));
      g_assert_nonnull (glosa_actor_get_description (actor));
      with_en += glosa_actor_get_aliases (actor, "en")[0] != NULL;
      with_es += glosa_actor_get_aliases (actor, "es")[0] != NULL;
    }
  for (guint i = 0; i < glosa_codebook_get_n_issues (codebook); i++)
    {
      GlosaIssue *issue = glosa_codebook_get_issue (codebook, i);

      g_assert_nonnull (glosa_issue_get_description (issue));
      keywords_en += glosa_issue_get_keywords (issue, "en")[0] != NULL;
      keywords_es += glosa_issue_get_keywords (issue, "es")[0] != NULL;
    }
  g_assert_cmpuint (with_en, >=, 20);
  g_assert_cmpuint (with_es, >=, 20);
  g_assert_cmpuint (keywords_en, ==, glosa_codebook_get_n_issues (codebook));
  g_assert_cmpuint (keywords_es, ==, glosa_codebook_get_n_issues (codebook));
}

static void
test_default_lookups (void)
{
  g_autoptr(GlosaCodebook) codebook = load_default ();
  GlosaActor *petro, *unodc, *rueda, *government;
  GlosaIssue *eradication;
  const char * const *aliases;

  petro = glosa_codebook_lookup_actor (codebook, "gustavo-petro");
  g_assert_nonnull (petro);
  g_assert_cmpstr (glosa_actor_get_name (petro), ==, "Gustavo Petro");
  g_assert_cmpint (glosa_actor_get_kind (petro), ==, GLOSA_ACTOR_KIND_PERSON);
  g_assert_cmpstr (glosa_actor_get_affiliation (petro), ==, "government-of-colombia");
  government = glosa_codebook_get_affiliation (codebook, petro);
  g_assert_nonnull (government);
  g_assert_cmpint (glosa_actor_get_kind (government), ==, GLOSA_ACTOR_KIND_GOVERNMENT);
  aliases = glosa_actor_get_all_aliases (petro);
  g_assert_cmpstr (aliases[0], ==, "Gustavo Petro");
  g_assert_true (g_strv_contains (aliases, "Petro"));
  g_assert_true (g_strv_contains (glosa_actor_get_aliases (petro, "es"), "presidente Petro"));
  g_assert_null (glosa_codebook_lookup_issue (codebook, "gustavo-petro"));

  unodc = glosa_codebook_lookup_actor (codebook, "unodc");
  g_assert_nonnull (unodc);
  g_assert_cmpint (glosa_actor_get_kind (unodc), ==, GLOSA_ACTOR_KIND_ORGANISATION);
  g_assert_true (g_strv_contains (glosa_actor_get_all_aliases (unodc), "UNODC"));
  g_assert_true (glosa_codebook_get_affiliation (codebook, unodc)
                 == glosa_codebook_lookup_actor (codebook, "united-nations"));

  rueda = find_actor_by_alias (codebook, "Ana María Rueda");
  g_assert_nonnull (rueda);
  g_assert_cmpint (glosa_actor_get_kind (rueda), ==, GLOSA_ACTOR_KIND_PERSON);
  g_assert_cmpstr (glosa_actor_get_id (glosa_codebook_get_affiliation (codebook, rueda)), ==,
                   "ideas-for-peace-foundation");

  g_assert_cmpint (glosa_actor_get_kind (find_actor_by_alias (codebook, "Newsmax")), ==,
                   GLOSA_ACTOR_KIND_MEDIA);
  g_assert_cmpint (glosa_actor_get_kind (find_actor_by_alias (codebook, "U.S.")), ==,
                   GLOSA_ACTOR_KIND_COUNTRY);
  g_assert_true (find_actor_by_alias (codebook, "Washington")
                 == glosa_codebook_lookup_actor (codebook, "us-government"));

  eradication = glosa_codebook_lookup_issue (codebook, "forced-eradication");
  g_assert_nonnull (eradication);
  g_assert_cmpstr (glosa_issue_get_label (eradication), ==, "Forced eradication");
  g_assert_cmpstr (glosa_issue_get_translated_label (eradication, "es"), ==,
                   "Erradicación forzosa");
  g_assert_cmpstr (glosa_issue_get_translated_label (eradication, "fr"), ==,
                   "Forced eradication");
  g_assert_true (g_strv_contains (glosa_issue_get_keywords (eradication, "en"), "eradication"));
  g_assert_true (g_strv_contains (glosa_issue_get_keywords (eradication, "es"),
                                  "erradicación forzosa"));
  g_assert_true (g_strv_contains (glosa_issue_get_all_keywords (eradication),
                                  "forced extermination"));
}

static char *
read_corpus (void)
{
  const char *shared = g_getenv ("GLOSA_SHARED_DIR");
  g_autofree char *dir_path = NULL;
  g_autoptr(GDir) dir = NULL;
  GString *all = g_string_new (NULL);
  const char *name;

  if (shared == NULL)
    return g_string_free (all, TRUE);
  dir_path = g_build_filename (shared, "corpus", NULL);
  dir = g_dir_open (dir_path, 0, NULL);
  if (dir == NULL)
    return g_string_free (all, TRUE);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *contents = NULL;

      if (g_str_has_suffix (name, ".txt") && g_file_get_contents (path, &contents, NULL, NULL))
        g_string_append_printf (all, "%s\n", contents);
    }

  if (all->len == 0)
    return g_string_free (all, TRUE);
  return g_string_free (all, FALSE);
}

/* Everyone the two articles name, and every issue they raise, is in the
 * default codebook. */
static void
test_default_covers_corpus (void)
{
  static const char * const names[] = {
    "Gustavo Petro", "Donald Trump", "United States", "U.S.", "Washington", "White House",
    "Trump administration", "Colombia", "Bogota", "Colombian government", "Ana María Rueda",
    "Ideas for the Peace Foundation", "Ministry of Justice", "UNODC",
    "United Nations Office on Drugs and Crime", "CELAC", "Israel", "Benjamin Netanyahu",
    "Jesús Daniel Romero", "Fox Noticias", "Voz Media", "Newsmax", "The Wall Street Journal",
    "Latin America Report", "United States Army", "Treasury", "Americans",
    "Sánchez Grass en América", "Colombian governors",
  };
  g_autoptr(GlosaCodebook) codebook = load_default ();
  g_autofree char *corpus = read_corpus ();
  g_autofree char *folded = NULL;

  if (corpus == NULL)
    {
      g_test_skip ("GLOSA_SHARED_DIR/corpus is not available");
      return;
    }
  folded = g_utf8_casefold (corpus, -1);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = g_utf8_casefold (names[i], -1);

      g_assert_nonnull (strstr (folded, name));
      if (find_actor_by_alias (codebook, names[i]) == NULL)
        g_error ("no actor has the alias “%s”", names[i]);
    }

  for (guint i = 0; i < glosa_codebook_get_n_issues (codebook); i++)
    {
      GlosaIssue *issue = glosa_codebook_get_issue (codebook, i);
      const char * const *keywords = glosa_issue_get_keywords (issue, "en");
      gboolean found = FALSE;

      for (guint j = 0; keywords[j] != NULL && !found; j++)
        {
          g_autofree char *keyword = g_utf8_casefold (keywords[j], -1);

          found = strstr (folded, keyword) != NULL;
        }
      if (!found)
        g_error ("no keyword of issue “%s” occurs in the corpus", glosa_issue_get_id (issue));
    }
}

static void
changed_cb (GlosaCodebook *codebook,
            guint         *count)
{
  (*count)++;
}

static void
test_overlay (void)
{
  g_autoptr(GlosaCodebook) codebook = load_default ();
  g_autoptr(GlosaCodebook) overlay = NULL;
  g_autoptr(GError) error = NULL;
  GlosaActor *petro, *added;
  guint petro_position = G_MAXUINT, n_before, changed = 0;

  for (guint i = 0; i < glosa_codebook_get_n_actors (codebook); i++)
    if (g_str_equal (glosa_actor_get_id (glosa_codebook_get_actor (codebook, i)),
                     "gustavo-petro"))
      petro_position = i;
  n_before = glosa_codebook_get_n_actors (codebook);

  overlay = load_string ("{\"glosa_codebook\": 1, \"name\": \"My study\",\n"
                         " \"languages\": [\"en\", \"pt\"],\n"
                         " \"remove\": [\"newsmax\"],\n"
                         " \"actors\": [\n"
                         "  {\"id\": \"gustavo-petro\", \"name\": \"Gustavo F. Petro\","
                         "   \"kind\": \"person\", \"colour\": \"#FF0000\","
                         "   \"aliases\": [\"GP\"]},\n"
                         "  {\"id\": \"francia-marquez\", \"name\": \"Francia Márquez\","
                         "   \"kind\": \"person\", \"affiliation\": \"government-of-colombia\"}\n"
                         " ],\n"
                         " \"issues\": [\n"
                         "  {\"id\": \"peace-talks\", \"label\": \"Peace talks\","
                         "   \"keywords\": {\"pt\": [\"negociações de paz\"]}},\n"
                         "  {\"id\": \"celac\", \"label\": \"CELAC\"}\n"
                         " ]}", &error);
  g_assert_no_error (error);
  /* On its own, the overlay cannot resolve the default's actors. */
  g_assert_true (problems_mention (overlay, "government-of-colombia"));

  g_signal_connect (codebook, "changed", G_CALLBACK (changed_cb), &changed);
  glosa_codebook_merge (codebook, overlay);
  g_assert_cmpuint (changed, ==, 1);
  /* An actor cannot become an issue. */
  g_assert_cmpstrv (glosa_codebook_get_problems (codebook),
                    ((const char *[]) { "test.json line 10, column 10: issue “celac” has the id "
                                        "of an actor beneath it; it is ignored", NULL }));
  g_assert_nonnull (glosa_codebook_lookup_actor (codebook, "celac"));
  g_assert_null (glosa_codebook_lookup_issue (codebook, "celac"));

  g_assert_cmpstr (glosa_codebook_get_name (codebook), ==, "My study");
  g_assert_true (g_strv_contains (glosa_codebook_get_languages (codebook), "pt"));
  g_assert_true (g_strv_contains (glosa_codebook_get_languages (codebook), "es"));

  /* Overridden in place, whole: the old aliases are gone. */
  petro = glosa_codebook_get_actor (codebook, petro_position);
  g_assert_cmpstr (glosa_actor_get_id (petro), ==, "gustavo-petro");
  g_assert_cmpstr (glosa_actor_get_name (petro), ==, "Gustavo F. Petro");
  g_assert_cmpstr (glosa_actor_get_colour (petro), ==, "#ff0000");
  g_assert_true (g_strv_contains (glosa_actor_get_all_aliases (petro), "GP"));
  g_assert_false (g_strv_contains (glosa_actor_get_all_aliases (petro), "presidente Petro"));
  g_assert_null (glosa_codebook_get_affiliation (codebook, petro));

  /* Added at the end, resolved against the default. */
  g_assert_null (glosa_codebook_lookup_actor (codebook, "newsmax"));
  g_assert_cmpuint (glosa_codebook_get_n_actors (codebook), ==, n_before);
  added = glosa_codebook_get_actor (codebook, n_before - 1);
  g_assert_cmpstr (glosa_actor_get_id (added), ==, "francia-marquez");
  g_assert_cmpstr (glosa_actor_get_id (glosa_codebook_get_affiliation (codebook, added)), ==,
                   "government-of-colombia");
  g_assert_true (g_list_model_get_item (glosa_codebook_get_actors (codebook), n_before - 1)
                 == (gpointer) added);
  g_object_unref (added);
  g_assert_cmpuint (g_list_model_get_n_items (glosa_codebook_get_actors (codebook)), ==, n_before);

  g_assert_nonnull (glosa_codebook_lookup_issue (codebook, "peace-talks"));
  g_assert_nonnull (glosa_codebook_lookup_issue (codebook, "forced-eradication"));
}

static void
write_file (GFile      *file,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_replace_contents (file, contents, strlen (contents), NULL, FALSE,
                           G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
test_for_corpus (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_dir_make_tmp ("glosa-codebook-XXXXXX", &error);
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFile) corpus_book = NULL;
  g_autoptr(GFile) user_book = NULL;
  g_autoptr(GlosaCodebook) codebook = NULL;

  g_assert_no_error (error);
  dir = g_file_new_for_path (path);
  corpus_book = g_file_get_child (dir, GLOSA_CODEBOOK_FILE_NAME);
  user_book = g_file_get_child (dir, "mine.json");

  /* No codebook.json: the default alone. */
  codebook = glosa_codebook_new_for_corpus (dir, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (glosa_codebook_lookup_actor (codebook, "gustavo-petro"));
  g_clear_object (&codebook);

  write_file (corpus_book, "{\"glosa_codebook\": 1, \"actors\": [\n"
                           " {\"id\": \"a\", \"name\": \"Corpus A\"},\n"
                           " {\"id\": \"b\", \"name\": \"Corpus B\"}]}");
  write_file (user_book, "{\"glosa_codebook\": 1, \"actors\": [\n"
                         " {\"id\": \"b\", \"name\": \"User B\", \"affiliation\": \"a\"}]}");

  codebook = glosa_codebook_new_for_corpus (dir, user_book, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (glosa_codebook_lookup_actor (codebook, "gustavo-petro"));
  g_assert_cmpstr (glosa_actor_get_name (glosa_codebook_lookup_actor (codebook, "a")), ==,
                   "Corpus A");
  g_assert_cmpstr (glosa_actor_get_name (glosa_codebook_lookup_actor (codebook, "b")), ==,
                   "User B");
  g_assert_cmpstrv (glosa_codebook_get_problems (codebook), no_problems);
  g_clear_object (&codebook);

  /* A broken codebook.json is an error, naming the file. */
  write_file (corpus_book, "{\"glosa_codebook\": 1,\n \"actors\": [}");
  codebook = glosa_codebook_new_for_corpus (dir, NULL, NULL, &error);
  g_assert_null (codebook);
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, GLOSA_CODEBOOK_FILE_NAME " line 2, column 13: "));
  g_clear_error (&error);

  /* A missing explicit file is an error too. */
  g_file_delete (corpus_book, NULL, NULL);
  g_file_delete (user_book, NULL, NULL);
  codebook = glosa_codebook_new_for_corpus (dir, user_book, NULL, &error);
  g_assert_null (codebook);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "mine.json"));
  g_clear_error (&error);

  g_file_delete (dir, NULL, NULL);
}

static void
for_corpus_ready_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  GlosaCodebook **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = glosa_codebook_new_for_corpus_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_for_corpus_async (void)
{
  GlosaCodebook *codebook = NULL;

  glosa_codebook_new_for_corpus_async (NULL, NULL, NULL, for_corpus_ready_cb, &codebook);
  while (codebook == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (glosa_codebook_get_n_actors (codebook), >=, 20);
  g_object_unref (codebook);
}

typedef struct
{
  const char *json;
  int         code;
  const char *message;
} Refused;

static void
test_refused (void)
{
  static const Refused cases[] = {
    /* Malformed JSON. */
    { "{\n  \"glosa_codebook\": 1,\n  \"actors\": [\n    {\"id\": \"a\" \"name\": \"A\"}\n  ]\n}",
      GLOSA_ERROR_PARSE, "test.json line 4, column 16: " },
    { "{\"glosa_codebook\": 1, \"actors\": [1,]}", GLOSA_ERROR_PARSE,
      "test.json line 1, column 36: " },
    { "{'glosa_codebook': 1}", GLOSA_ERROR_PARSE, "test.json line 1, column 2: " },
    { "// note\n{}", GLOSA_ERROR_PARSE, "test.json line 1, column 1: " },
    { "", GLOSA_ERROR_PARSE, "test.json line 1, column 1: " },
    { "{\"glosa_codebook\": 1}\n{}", GLOSA_ERROR_PARSE, "test.json line 2, column 1: " },
    { "{\"glosa_codebook\": 1,\n \"name\": \"a\xff\"}", GLOSA_ERROR_PARSE,
      "test.json line 2, column 12: the text is not valid UTF-8" },
    { "{\"glosa_codebook\": 1,\n \"name\": \"\\ud834 clef\"}", GLOSA_ERROR_PARSE,
      "test.json line 2, column 11: this \\u escape is half of a surrogate pair" },
    { "\xff\xfe{\0}\0", GLOSA_ERROR_PARSE, "test.json: the file is saved as UTF-16" },
    /* Not a codebook. */
    { "[1, 2]", GLOSA_ERROR_INVALID,
      "test.json line 1, column 1: a codebook must be a JSON object" },
    { "{\"actors\": []}", GLOSA_ERROR_INVALID,
      "test.json line 1, column 1: this is not a Glosa codebook" },
    { "{\"glosa_codebook\": \"1\"}", GLOSA_ERROR_INVALID,
      "line 1, column 20: “glosa_codebook” must be" },
    { "{\"glosa_codebook\": 2}", GLOSA_ERROR_UNSUPPORTED,
      "line 1, column 20: this codebook is in format 2" },
    /* Wrong types and values. */
    { "{\"glosa_codebook\": 1,\n \"actors\": {}}", GLOSA_ERROR_INVALID,
      "test.json line 2, column 12: “actors” must be a list, not an object" },
    { "{\"glosa_codebook\": 1, \"actors\": [\n  \"Petro\"]}", GLOSA_ERROR_INVALID,
      "test.json line 2, column 3: actor 1 must be an object" },
    { "{\"glosa_codebook\": 1, \"actors\": [\n  {\"id\": \"é\", \"name\": 42}]}",
      GLOSA_ERROR_INVALID,
      "test.json line 2, column 23: actor “é”: “name” must be text, not a number" },
    { "{\"glosa_codebook\": 1, \"actors\": [\n  {\"name\": \"Petro\"},\n  {}]}",
      GLOSA_ERROR_INVALID,
      "test.json line 2, column 3: actor 1 has no “id”" },
    { "{\"glosa_codebook\": 1, \"actors\": [\n  {\"id\": \"p\"}]}", GLOSA_ERROR_INVALID,
      "test.json line 2, column 3: actor “p” has no “name”" },
    { "{\"glosa_codebook\": 1, \"actors\": [\n  {\"id\": \"p\", \"name\": \" \"}]}",
      GLOSA_ERROR_INVALID,
      "test.json line 2, column 23: actor “p”: “name” is empty" },
    { "{\"glosa_codebook\": 1, \"actors\": [\n  {\"id\": \"\", \"name\": \"P\"}]}",
      GLOSA_ERROR_INVALID,
      "test.json line 2, column 10: actor 1: “id” is empty" },
    { "{\"glosa_codebook\": 1, \"actors\": [\n  {\"id\": true, \"name\": \"P\"}]}",
      GLOSA_ERROR_INVALID,
      "test.json line 2, column 10: actor 1: “id” must be text, not true or false" },
    { "{\"glosa_codebook\": 1, \"actors\": [\n  {\"id\": \"p\", \"name\": \"P\",\n"
      "   \"kind\": \"politician\"}]}", GLOSA_ERROR_INVALID,
      "test.json line 3, column 12: actor “p”: “politician” is not a kind of actor" },
    { "{\"glosa_codebook\": 1, \"actors\": [\n  {\"id\": \"p\", \"name\": \"P\",\n"
      "   \"colour\": \"blue\"}]}", GLOSA_ERROR_INVALID,
      "test.json line 3, column 14: actor “p”: the colour “blue” is not written as #rrggbb" },
    { "{\"glosa_codebook\": 1, \"actors\": [\n  {\"id\": \"p\", \"name\": \"P\",\n"
      "   \"aliases\": \"Petro\"}]}", GLOSA_ERROR_INVALID,
      "test.json line 3, column 15: actor “p”: “aliases” must be a list, or an object" },
    { "{\"glosa_codebook\": 1, \"actors\": [\n  {\"id\": \"p\", \"name\": \"P\",\n"
      "   \"aliases\": {\"en\": [\"Petro\", 7]}}]}", GLOSA_ERROR_INVALID,
      "test.json line 3, column 32: actor “p”: each entry in “aliases” must be text, "
      "not a number" },
    { "{\"glosa_codebook\": 1, \"actors\": [\n  {\"id\": \"p\", \"name\": \"P\",\n"
      "   \"aliases\": {\"english\": [\"Petro\"]}}]}", GLOSA_ERROR_INVALID,
      "test.json line 3, column 27: actor “p”: “english” in “aliases” is not a language tag" },
    { "{\"glosa_codebook\": 1, \"issues\": [\n  {\"id\": \"x\", \"label\": \"X\",\n"
      "   \"keywords\": {\"en\": null, \"es\": [null]}}]}", GLOSA_ERROR_INVALID,
      "test.json line 3, column 36: issue “x”: each entry in “keywords” must be text, not null" },
    { "{\"glosa_codebook\": 1, \"issues\": [\n  {\"id\": \"x\"}]}", GLOSA_ERROR_INVALID,
      "test.json line 2, column 3: issue “x” has no “label”" },
    { "{\"glosa_codebook\": 1, \"languages\": [\"en\", \"e n\"]}", GLOSA_ERROR_INVALID,
      "test.json line 1, column 43: “e n” is not a language tag" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GlosaCodebook) codebook = NULL;

      g_test_message ("case %u", i);
      codebook = load_string (cases[i].json, &error);
      g_assert_null (codebook);
      g_assert_error (error, GLOSA_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: expected “%s” in “%s”", i, cases[i].message, error->message);
    }
}

/* What Windows editors write: a byte order mark, CRLF line ends, and
 * characters escaped as surrogate pairs. */
static void
test_accepted (void)
{
  g_autoptr(GlosaCodebook) codebook = NULL;
  g_autoptr(GError) error = NULL;
  GlosaActor *actor;
  GlosaIssue *issue;

  codebook = load_string ("\xEF\xBB\xBF{\"glosa_codebook\": 1,\r\n"
                          " \"actors\": [{\"id\": \"clef\", \"name\": \"\\ud834\\udd1e\","
                          " \"kind\": \"Other\", \"aliases\": {\"EN\": \"G clef\"}}],\r\n"
                          " \"issues\": [{\"id\": \"i\", \"label\": \"I\", \"x\": 1,"
                          " \"labels\": {\"es\": [], \"pt\": \"Eu\"}}]}\r\n", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (glosa_actor_get_name (glosa_codebook_lookup_actor (codebook, "clef")), ==,
                   "\xF0\x9D\x84\x9E");
  actor = glosa_codebook_lookup_actor (codebook, "clef");
  g_assert_cmpstr (glosa_actor_get_aliases (actor, "en")[0], ==, "G clef");
  g_assert_true (problems_mention (codebook, "test.json line 3, column 44: issue “i”: “x” is not"));
  issue = glosa_codebook_lookup_issue (codebook, "i");
  g_assert_cmpstr (glosa_issue_get_translated_label (issue, "es"), ==, "I");
  g_assert_cmpstr (glosa_issue_get_translated_label (issue, "pt"), ==, "Eu");
}

static void
test_deep_nesting (void)
{
  g_autoptr(GString) json = g_string_new ("{\"glosa_codebook\": 1, \"x\": ");
  g_autoptr(GError) error = NULL;
  g_autoptr(GlosaCodebook) codebook = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (json, '[');
  codebook = load_string (json->str, &error);
  g_assert_null (codebook);
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "test.json line 1, column "));
}

static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileIOStream) stream = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GlosaCodebook) codebook = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *data;

  /* A sparse file: refused from its size, before it is read. */
  file = g_file_new_tmp ("glosa-codebook-XXXXXX.json", &stream, &error);
  g_assert_no_error (error);
  g_seekable_truncate (G_SEEKABLE (stream), GLOSA_CODEBOOK_MAX_SIZE + 1, NULL, &error);
  g_assert_no_error (error);
  g_io_stream_close (G_IO_STREAM (stream), NULL, NULL);

  codebook = glosa_codebook_new_from_file (file, NULL, &error);
  g_assert_null (codebook);
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "the codebook is larger than 64 MB"));
  g_clear_error (&error);
  g_file_delete (file, NULL, NULL);

  data = g_malloc (GLOSA_CODEBOOK_MAX_SIZE + 1);
  memset (data, ' ', GLOSA_CODEBOOK_MAX_SIZE + 1);
  bytes = g_bytes_new_take (data, GLOSA_CODEBOOK_MAX_SIZE + 1);
  codebook = glosa_codebook_new_from_bytes (bytes, "big.json", &error);
  g_assert_null (codebook);
  g_assert_error (error, GLOSA_ERROR, GLOSA_ERROR_TOO_LARGE);
}

static void
test_problems (void)
{
  g_autoptr(GlosaCodebook) codebook = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *problems;
  GlosaActor *actor;

  codebook = load_string ("{\"glosa_codebook\": 1,\n"
                          " \"actors\": [\n"
                          "  {\"id\": \"a\", \"name\": \"A\", "
                          "\"aliases\": {\"en\": [\"\", \"Ay\", \"  \"]}},\n"
                          "  {\"id\": \"a\", \"name\": \"Second A\"},\n"
                          "  {\"id\": \"b\", \"name\": \"B\", \"affiliation\": \"nobody\"},\n"
                          "  {\"id\": \"c\", \"name\": \"C\", \"affiliation\": \"c\"},\n"
                          "  {\"id\": \"d\", \"name\": \"D\", \"affiliation\": \"e\", "
                          "\"alias\": [\"Dee\"]},\n"
                          "  {\"id\": \"e\", \"name\": \"E\", \"affiliation\": \"d\", "
                          "\"aliases\": [\"ay\"]},\n"
                          "  {\"id\": \"f\", \"name\": \"F\", \"affiliation\": \"x\"}\n"
                          " ],\n"
                          " \"issues\": [\n"
                          "  {\"id\": \"x\", \"label\": \"X\", \"keywords\": [\"\"], "
                          "\"label\": \"Ex\"},\n"
                          "  {\"id\": \"b\", \"label\": \"Bee\"}\n"
                          " ],\n"
                          " \"colour\": \"#000000\"\n"
                          "}", &error);
  g_assert_no_error (error);
  problems = glosa_codebook_get_problems (codebook);
  for (guint i = 0; problems[i] != NULL; i++)
    g_test_message ("%s", problems[i]);

  /* Empty aliases: reported with their place, not used. */
  g_assert_true (problems_mention (codebook, "test.json line 3, column 47: actor “a”: an empty "
                                             "entry in “aliases” is ignored"));
  g_assert_true (problems_mention (codebook, "test.json line 3, column 57: actor “a”: an empty "));
  actor = glosa_codebook_lookup_actor (codebook, "a");
  g_assert_cmpstr (glosa_actor_get_name (actor), ==, "A");
  g_assert_cmpuint (g_strv_length ((char **) glosa_actor_get_aliases (actor, "en")), ==, 1);
  g_assert_cmpuint (g_strv_length ((char **) glosa_actor_get_all_aliases (actor)), ==, 2);

  /* Duplicate ids: the first wins, across actors and issues. */
  g_assert_true (problems_mention (codebook, "test.json line 4, column 10: actor “a”: the id “a” "
                                             "is already used on line 3; this entry is ignored"));
  g_assert_true (problems_mention (codebook, "test.json line 13, column 10: issue “b”: the id “b” "
                                             "is already used on line 5"));
  g_assert_null (glosa_codebook_lookup_issue (codebook, "b"));
  g_assert_cmpuint (glosa_codebook_get_n_actors (codebook), ==, 6);
  g_assert_cmpuint (glosa_codebook_get_n_issues (codebook), ==, 1);

  /* Unknown, own, issue and circular affiliations: reported, not used. */
  g_assert_true (problems_mention (codebook, "test.json line 5, column 43: actor “b”: the "
                                             "affiliation “nobody” is not the id of any actor"));
  g_assert_null (glosa_codebook_get_affiliation (codebook,
                                                 glosa_codebook_lookup_actor (codebook, "b")));
  g_assert_true (problems_mention (codebook, "actor “c” cannot be its own affiliation"));
  g_assert_null (glosa_codebook_get_affiliation (codebook,
                                                 glosa_codebook_lookup_actor (codebook, "c")));
  g_assert_true (problems_mention (codebook, "the affiliation “x” is an issue, not an actor"));
  g_assert_true (problems_mention (codebook, "test.json line 8, column 43: actor “e”: the "
                                             "affiliation “d” leads back to “e”"));
  g_assert_nonnull (glosa_codebook_get_affiliation (codebook,
                                                    glosa_codebook_lookup_actor (codebook, "d")));
  g_assert_null (glosa_codebook_get_affiliation (codebook,
                                                 glosa_codebook_lookup_actor (codebook, "e")));

  /* Typos in field names, repeated members, shared aliases. */
  g_assert_true (problems_mention (codebook, "test.json line 7, column 57: actor “d”: “alias” is "
                                             "not a codebook field; it is ignored"));
  g_assert_true (problems_mention (codebook, "test.json line 15, column 12: “colour” is not a "
                                             "codebook field"));
  g_assert_true (problems_mention (codebook,
                                   "test.json line 12, column 56: “label” appears twice"));
  g_assert_cmpstr (glosa_issue_get_label (glosa_codebook_lookup_issue (codebook, "x")), ==, "Ex");
  g_assert_true (problems_mention (codebook, "test.json line 12, column 42: issue “x”: an empty "
                                             "entry in “keywords” is ignored"));
  g_assert_true (problems_mention (codebook, "the alias “ay” names both “a” and “e”"));
}

static void
test_many_aliases (void)
{
  g_autoptr(GString) json = g_string_new ("{\"glosa_codebook\": 1, \"actors\": [\n");
  g_autoptr(GlosaCodebook) codebook = NULL;
  g_autoptr(GError) error = NULL;
  guint total = 0;

  /* 1,000 actors of 100 aliases each. */
  for (guint i = 0; i < 1000; i++)
    {
      g_string_append_printf (json, "%s{\"id\": \"actor-%u\", \"name\": \"Actor %u\", "
                              "\"aliases\": {\"en\": [", i ? ",\n" : "", i, i);
      for (guint j = 0; j < 100; j++)
        g_string_append_printf (json, "%s\"Alias %u of %u\"", j ? ", " : "", j, i);
      g_string_append (json, "]}}");
    }
  /* And one actor with 100,000 aliases, half of them repeated. */
  g_string_append (json, ",\n{\"id\": \"big\", \"name\": \"Big\", \"aliases\": [");
  for (guint j = 0; j < 100000; j++)
    g_string_append_printf (json, "%s\"Big %u\"", j ? ", " : "", j % 50000);
  g_string_append (json, "]}]}");

  codebook = load_string (json->str, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (glosa_codebook_get_n_actors (codebook), ==, 1001);
  for (guint i = 0; i < glosa_codebook_get_n_actors (codebook); i++)
    {
      GlosaActor *actor = glosa_codebook_get_actor (codebook, i);

      total += g_strv_length ((char **) glosa_actor_get_all_aliases (actor));
    }
  g_assert_cmpuint (total, ==, 1000 * 101 + 50001);
  g_assert_cmpstrv (glosa_codebook_get_problems (codebook), no_problems);
}

static void
test_edit (void)
{
  g_autoptr(GlosaCodebook) codebook = glosa_codebook_new ();
  g_autoptr(GlosaActor) petro = glosa_actor_new ("petro", "Gustavo  Petro",
                                                 GLOSA_ACTOR_KIND_PERSON);
  g_autoptr(GlosaActor) petro2 = glosa_actor_new ("petro", "Petro", GLOSA_ACTOR_KIND_PERSON);
  g_autoptr(GlosaActor) clash = glosa_actor_new ("eradication", "E", GLOSA_ACTOR_KIND_OTHER);
  g_autoptr(GlosaIssue) issue = glosa_issue_new ("eradication", "Eradication");
  g_autofree char *nfd = g_utf8_normalize ("Bogotá", -1, G_NORMALIZE_DEFAULT);
  const char *aliases[] = { "Petro", "", "Petro", " Gustavo\tPetro ", NULL };
  guint changed = 0;

  g_signal_connect (codebook, "changed", G_CALLBACK (changed_cb), &changed);
  g_assert_cmpstrv (glosa_codebook_get_problems (codebook), no_problems);
  g_assert_true (glosa_codebook_add_actor (codebook, petro));
  g_assert_true (glosa_codebook_add_issue (codebook, issue));
  g_assert_false (glosa_codebook_add_actor (codebook, clash));
  g_assert_cmpuint (changed, ==, 2);

  /* Names and aliases are normalised: NFC, single spaces, no duplicates. */
  g_assert_cmpstr (glosa_actor_get_name (petro), ==, "Gustavo Petro");
  glosa_actor_set_aliases (petro, "en", aliases);
  g_assert_cmpuint (g_strv_length ((char **) glosa_actor_get_aliases (petro, "en")), ==, 2);
  g_assert_cmpuint (g_strv_length ((char **) glosa_actor_get_all_aliases (petro)), ==, 2);
  g_assert_true (glosa_actor_add_alias (petro, "ES", nfd));
  g_assert_false (glosa_actor_add_alias (petro, "es", "Bogotá"));
  g_assert_false (glosa_actor_add_alias (petro, NULL, "   "));
  g_assert_cmpstr (glosa_actor_get_aliases (petro, "es")[0], ==, "Bogotá");
  g_assert_cmpstrv (glosa_actor_get_languages (petro), ((const char *[]) { "en", "es", NULL }));
  glosa_actor_set_aliases (petro, "es", NULL);
  g_assert_cmpstrv (glosa_actor_get_languages (petro), ((const char *[]) { "en", NULL }));
  glosa_actor_set_name (petro, "G. Petro");
  g_assert_cmpstr (glosa_actor_get_all_aliases (petro)[0], ==, "G. Petro");

  /* Replacing by id keeps the place; removing updates the model. */
  g_assert_true (glosa_codebook_add_actor (codebook, petro2));
  g_assert_true (glosa_codebook_get_actor (codebook, 0) == petro2);
  g_assert_true (glosa_codebook_lookup_actor (codebook, "petro") == petro2);
  g_assert_cmpuint (g_list_model_get_n_items (glosa_codebook_get_actors (codebook)), ==, 1);
  g_assert_false (glosa_codebook_remove_actor (codebook, "eradication"));
  g_assert_true (glosa_codebook_remove_issue (codebook, "eradication"));
  g_assert_true (glosa_codebook_remove_actor (codebook, "petro"));
  g_assert_cmpuint (g_list_model_get_n_items (glosa_codebook_get_actors (codebook)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (glosa_codebook_get_issues (codebook)), ==, 0);
  g_assert_true (glosa_codebook_add_actor (codebook, clash));
}

static void
test_kinds_and_colours (void)
{
  GlosaActorKind kind = GLOSA_ACTOR_KIND_OTHER;
  g_autoptr(GlosaActor) actor = glosa_actor_new ("some-id", "Someone", GLOSA_ACTOR_KIND_PERSON);

  for (guint i = GLOSA_ACTOR_KIND_PERSON; i <= GLOSA_ACTOR_KIND_OTHER; i++)
    {
      g_assert_true (glosa_actor_kind_from_string (glosa_actor_kind_to_string (i), &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_nonnull (glosa_actor_kind_get_label (i));
    }
  g_assert_true (glosa_actor_kind_from_string ("Organization", &kind));
  g_assert_cmpint (kind, ==, GLOSA_ACTOR_KIND_ORGANISATION);
  g_assert_false (glosa_actor_kind_from_string ("party", NULL));

  g_assert_true (glosa_colour_is_valid ("#1C71d8"));
  g_assert_false (glosa_colour_is_valid ("1c71d8"));
  g_assert_false (glosa_colour_is_valid ("#1c71d"));
  g_assert_false (glosa_colour_is_valid ("#1c71dg"));

  /* Derived colours are stable: the same id gives the same colour. */
  g_assert_false (glosa_actor_has_colour (actor));
  g_assert_cmpstr (glosa_actor_get_colour (actor), ==, glosa_colour_for_id ("some-id"));
  g_assert_true (glosa_colour_is_valid (glosa_colour_for_id ("some-id")));
  g_assert_cmpstr (glosa_colour_for_id ("gustavo-petro"), ==,
                   glosa_colour_for_id ("gustavo-petro"));
  glosa_actor_set_colour (actor, "#ABCDEF");
  g_assert_true (glosa_actor_has_colour (actor));
  g_assert_cmpstr (glosa_actor_get_colour (actor), ==, "#abcdef");
}

/* Every file JSONTestSuite says must be refused is refused, never crashes;
 * the valid ones are refused too (they are not codebooks) or loaded. */
static void
test_jsontestsuite (void)
{
  const char *shared = g_getenv ("GLOSA_SHARED_DIR");
  g_autofree char *dir_path = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n = 0;

  if (shared == NULL)
    {
      g_test_skip ("GLOSA_SHARED_DIR is not set");
      return;
    }
  dir_path = g_build_filename (shared, "testdata", "jsontestsuite", NULL);
  dir = g_dir_open (dir_path, 0, NULL);
  if (dir == NULL)
    {
      g_test_skip ("no JSONTestSuite");
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GlosaCodebook) codebook = NULL;
      g_autoptr(GError) error = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      codebook = glosa_codebook_new_from_file (file, NULL, &error);
      if (g_str_has_prefix (name, "n_"))
        {
          g_assert_null (codebook);
          g_assert_nonnull (error);
          g_autofree char *shown = g_file_get_parse_name (file);

          g_assert_true (g_str_has_prefix (error->message, shown));
        }
      n++;
    }
  g_assert_cmpuint (n, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/codebook/default/loads", test_default_loads);
  g_test_add_func ("/codebook/default/lookups", test_default_lookups);
  g_test_add_func ("/codebook/default/covers-corpus", test_default_covers_corpus);
  g_test_add_func ("/codebook/overlay/merge", test_overlay);
  g_test_add_func ("/codebook/overlay/for-corpus", test_for_corpus);
  g_test_add_func ("/codebook/overlay/for-corpus-async", test_for_corpus_async);
  g_test_add_func ("/codebook/refused/messages", test_refused);
  g_test_add_func ("/codebook/accepted", test_accepted);
  g_test_add_func ("/codebook/refused/deep-nesting", test_deep_nesting);
  g_test_add_func ("/codebook/refused/too-large", test_too_large);
  g_test_add_func ("/codebook/refused/jsontestsuite", test_jsontestsuite);
  g_test_add_func ("/codebook/problems", test_problems);
  g_test_add_func ("/codebook/many-aliases", test_many_aliases);
  g_test_add_func ("/codebook/edit", test_edit);
  g_test_add_func ("/codebook/kinds-and-colours", test_kinds_and_colours);

  return g_test_run ();
}
