/* SPDX-License-Identifier: ISC */
/*
 * api.c - naskah serve's JSON API (man/naskah-serve.7): the documents
 * of DIR, one read, checked, rendered, saved against the version it
 * was based on, its history and a restore.  Posted texts are rendered
 * in-process with a warm context, their files (sertakan, logo)
 * resolved beside their path in DIR (the server's working directory)
 * and confined to DIR by the library (naskah_options.root).
 */
#include <stdlib.h>
#include <string.h>

#include "base/fileio.h"
#include "base/starter.h"
#include "base/xalloc.h"
#include "serve/serve_int.h"

static const unsigned store_http[STORE__MAX] = {
	[STORE_OK] = 200, [STORE_BAD] = 400, [STORE_MISSING] = 404,
	[STORE_CONFLICT] = 409, [STORE_TOO_BIG] = 413, [STORE_SYSTEM] = 500,
	[STORE_EXISTS] = 409,
};

static const char *const store_words[STORE__MAX][NASKAH_LANG__MAX] = {
	[STORE_OK] = { "ok", "ok" },
	[STORE_BAD] = { "nama berkas tidak diizinkan (harus .yaml di "
	    "dalam folder dokumen)", "file name not allowed (a .yaml inside "
	    "the documents' folder)" },
	[STORE_MISSING] = { "berkas tidak ada", "no such file" },
	[STORE_CONFLICT] = { "berkas telah diubah sejak dibuka; teks "
	    "terbarunya dikembalikan", "the file changed since it was "
	    "opened; its current text is returned" },
	[STORE_TOO_BIG] = { "berkas terlalu besar", "file too large" },
	[STORE_SYSTEM] = { "kesalahan sistem saat membaca atau menulis",
	    "system error reading or writing" },
	[STORE_EXISTS] = { "berkas dengan nama itu sudah ada; naskah tidak "
	    "pernah menimpa berkas: pilih nama lain", "a file of that name "
	    "exists already; naskah never writes over a file: choose "
	    "another name" },
};

/* {"error": words} with status. */
static void
ans_error(struct api_ans *a, unsigned status, const char *words)
{
	struct naskah_buf b = { NULL, 0, 0 };

	buf_adds(&b, "{\"error\": ");
	json_str(&b, words);
	buf_addc(&b, '}');
	api_json(a, status, &b);
}

static void
ans_store(struct api_ans *a, const struct api_req *r, enum store_status s)
{
	ans_error(a, store_http[s], store_words[s][api_lang(r)]);
}

/* 200 with {"path", "version"} and, when text is not NULL, "text" */
static void
ans_doc(struct api_ans *a, const char *path, const char *ver,
    const char *text, size_t len)
{
	struct naskah_buf b = { NULL, 0, 0 };

	buf_adds(&b, "{\"path\": ");
	json_str(&b, path);
	buf_adds(&b, ", \"version\": ");
	json_str(&b, ver);
	if (text != NULL) {
		buf_adds(&b, ", \"text\": ");
		json_strn(&b, text, len);
	}
	buf_addc(&b, '}');
	api_json(a, 200, &b);
}

/* A naskah_write_fn into a naskah_buf. */
static int
buf_write(void *arg, const void *p, size_t len)
{
	buf_add(arg, p, len);
	return 0;
}

/*
 * Load text as the document at rel (NULL: one at DIR's top) and check
 * it (pdf NULL: layout and review, as naskah check) or render it into
 * *pdf.  The messages are in sink.  Returns 0 when a PDF was made or
 * the check ran, -1 after a document error, -2 for a path not allowed.
 */
static int
doc_run(struct server *srv, enum naskah_lang lang, const char *rel,
    const char *text, size_t len, struct sink *sink, struct naskah_buf *pdf)
{
	struct naskah_layout *l = NULL;
	struct naskah_doc *doc;
	struct naskah *ctx;
	struct slot *sl;
	char *dir;
	int r = -1;

	if (rel != NULL && !store_name_ok(rel))
		return -2;
	/* the folder checked inside DIR, then named relative to it (the
	 * server's working directory), as the messages name the files */
	if ((dir = rel != NULL ? store_basedir(&srv->store, rel) :
	    xstrdup(".")) == NULL)
		return -2;
	if (rel != NULL) {
		free(dir);
		dir = naskah_path_dir(rel);
	}
	if ((ctx = pool_take(&srv->pool, lang, sink, &sl)) != NULL) {
		doc = naskah_doc_parse(ctx, text, len,
		    rel != NULL ? rel : "<teks>", dir);
		if (doc != NULL)
			l = naskah_layout(ctx, doc);
		if (pdf == NULL) {
			if (doc != NULL)
				naskah_review(ctx, doc, 0);
			r = 0;
		} else if (l != NULL &&
		    naskah_render(ctx, l, buf_write, pdf) == 0 &&
		    naskah_status(ctx) < NASKAH_ERROR)
			r = 0;
		naskah_layout_free(l);
		naskah_doc_free(doc);
	}
	pool_give(&srv->pool, sl);
	free(dir);
	return r;
}

/* POST /api/check, POST /api/render, GET /api/pdf. */
static void
api_doc_run(struct server *srv, const struct api_req *r, int render,
    const char *text, size_t len, struct api_ans *a)
{
	struct naskah_buf pdf = { NULL, 0, 0 };
	struct sink sink;
	const char *base;
	int rc;

	sink_init(&sink);
	rc = doc_run(srv, api_lang(r), r->path, text, len, &sink,
	    render ? &pdf : NULL);
	if (rc == -2) {
		buf_free(&sink.json);
		ans_store(a, r, STORE_BAD);
		return;
	}
	if (!render || rc != 0) {
		buf_free(&pdf);
		a->body = sink_answer(&sink, &a->len);
		a->status = render ? 422 : 200;
		a->type = "application/json; charset=utf-8";
		return;
	}
	buf_free(&sink.json);
	a->status = 200;
	a->type = "application/pdf";
	a->len = pdf.len;
	a->body = buf_take(&pdf);
	if (r->path != NULL && strcmp(r->method, "GET") == 0) {
		base = strrchr(r->path, '/') != NULL ?
		    strrchr(r->path, '/') + 1 : r->path;
		a->attachment = xasprintf("%.*s.pdf",
		    (int)(strrchr(base, '.') - base), base);
	}
}

/* GET /api/doc: {"path", "version", "text"}. */
static void
api_read(struct server *srv, const struct api_req *r, struct api_ans *a)
{
	enum store_status s;
	char *text, ver[40];
	size_t len;

	if ((s = store_read(&srv->store, r->path, &text, &len)) != STORE_OK) {
		ans_store(a, r, s);
		return;
	}
	store_version(text, len, ver);
	ans_doc(a, r->path, ver, text, len);
	free(text);
}

/* A save of text (PUT /api/doc, POST /api/restore): {"path",
 * "version"}, or 409 with the current {"version", "text"}. */
static void
api_save(struct server *srv, const struct api_req *r, const char *text,
    size_t len, struct api_ans *a)
{
	struct naskah_buf b = { NULL, 0, 0 };
	enum store_status s;
	char *cur, ver[40];
	size_t curlen;

	if (r->base == NULL) {
		ans_error(a, 400, api_lang(r) == NASKAH_LANG_EN ?
		    "base: the version the text was based on is missing" :
		    "base: versi asal teks tidak disebutkan");
		return;
	}
	s = store_save(&srv->store, r->path, r->base, text, len, &cur,
	    &curlen, ver);
	if (s == STORE_CONFLICT) {
		store_version(cur, curlen, ver);
		buf_adds(&b, "{\"error\": ");
		json_str(&b, store_words[s][api_lang(r)]);
		buf_adds(&b, ", \"version\": ");
		json_str(&b, ver);
		buf_adds(&b, ", \"text\": ");
		json_strn(&b, cur, cur != NULL ? curlen : 0);
		buf_addc(&b, '}');
		free(cur);
		api_json(a, 409, &b);
		return;
	}
	if (s != STORE_OK) {
		ans_store(a, r, s);
		return;
	}
	ans_doc(a, r->path, ver, NULL, 0);
}

/* GET /api/history: the versions, or with id one version's text. */
static void
api_history(struct server *srv, const struct api_req *r, struct api_ans *a)
{
	struct naskah_buf b = { NULL, 0, 0 };
	enum store_status s;
	char *text;
	size_t len;

	if (r->id != NULL) {
		s = store_history_read(&srv->store, r->path, r->id, &text,
		    &len);
		if (s != STORE_OK) {
			ans_store(a, r, s);
			return;
		}
		buf_adds(&b, "{\"id\": ");
		json_str(&b, r->id);
		buf_adds(&b, ", \"text\": ");
		json_strn(&b, text, len);
		buf_addc(&b, '}');
		free(text);
		api_json(a, 200, &b);
		return;
	}
	buf_adds(&b, "{\"path\": ");
	json_str(&b, r->path);
	buf_adds(&b, ", \"versions\": ");
	if ((s = store_history(&srv->store, r->path, &b)) != STORE_OK) {
		buf_free(&b);
		ans_store(a, r, s);
		return;
	}
	buf_addc(&b, '}');
	api_json(a, 200, &b);
}

/* POST /api/restore: the version id saved as rel (a save itself). */
static void
api_restore(struct server *srv, const struct api_req *r, struct api_ans *a)
{
	enum store_status s;
	char *text;
	size_t len;

	if (r->id == NULL ||
	    (s = store_history_read(&srv->store, r->path, r->id, &text,
	    &len)) != STORE_OK) {
		ans_store(a, r, r->id == NULL ? STORE_BAD : s);
		return;
	}
	api_save(srv, r, text, len, a);
	free(text);
}

/* issue 16, new document: what POST /api/new may answer besides the
 * store's words, each a printf format of the file's name. */
enum new_why { NEW_JENIS, NEW_ASAL, NEW_DIR, NEW_UNREAD, NEW_NOT_DECREE,
	NEW__MAX };
static const char *const new_words[NEW__MAX][NASKAH_LANG__MAX] = {
	[NEW_JENIS] = { "jenis naskah awal '%s' tidak dikenal: keputusan, "
	    "buku, lkjip atau perubahan", "'%s' is not a starter: keputusan, "
	    "buku, lkjip or perubahan" },
	[NEW_ASAL] = { "perubahan%s: pilih keputusan yang diubah (asal)",
	    "perubahan%s: choose the decree it revises (asal)" },
	[NEW_DIR] = { "perubahan harus ditulis di folder keputusan yang "
	    "dicabutnya ('%s'): berkas-berkasnya disebut dari sana",
	    "the revision must be written beside the decree it revokes "
	    "('%s'): its files are named from there" },
	[NEW_UNREAD] = { "'%s' belum dapat dibaca: buka dan perbaiki dulu "
	    "kesalahannya", "'%s' cannot be read: open it and correct its "
	    "errors first" },
	[NEW_NOT_DECREE] = { "'%s' bukan keputusan (jenis: keputusan): hanya "
	    "keputusan yang dapat diubah", "'%s' is not a decree (jenis: "
	    "keputusan): only a decree can be revised" },
};

static void
ans_new(struct api_ans *a, const struct api_req *r, unsigned status,
    enum new_why why, const char *name)
{
	char *words = xasprintf(new_words[why][api_lang(r)], name);

	ans_error(a, status, words);
	free(words);
}

/*
 * The text of asal, a decree beside r->path, in *old (caller frees);
 * 0, or -1 after answering why not.
 */
static int
new_asal(struct server *srv, const struct api_req *r, struct api_ans *a,
    char **old)
{
	struct sink sink;
	struct slot *sl;
	struct naskah_doc *doc = NULL;
	struct naskah *ctx;
	enum store_status s;
	char *da, *dp;
	size_t len;
	int same, kind = -1;

	if (r->asal == NULL || !store_name_ok(r->asal)) {
		ans_new(a, r, 400, NEW_ASAL, "");
		return -1;
	}
	da = naskah_path_dir(r->asal);
	dp = naskah_path_dir(r->path);
	same = strcmp(da, dp) == 0;
	free(dp);
	if (!same) {
		free(da);
		ans_new(a, r, 400, NEW_DIR, r->asal);
		return -1;
	}
	if ((s = store_read(&srv->store, r->asal, old, &len)) != STORE_OK) {
		free(da);
		ans_store(a, r, s);
		return -1;
	}
	sink_init(&sink);
	if ((ctx = pool_take(&srv->pool, api_lang(r), &sink, &sl)) != NULL &&
	    (doc = naskah_doc_parse(ctx, *old, len, r->asal, da)) != NULL)
		kind = strcmp(naskah_doc_kind(doc), "keputusan") == 0;
	naskah_doc_free(doc);
	pool_give(&srv->pool, sl);
	buf_free(&sink.json);
	free(da);
	if (kind != 1) {
		free(*old);
		ans_new(a, r, 422, kind < 0 ? NEW_UNREAD : NEW_NOT_DECREE,
		    r->asal);
		return -1;
	}
	return 0;
}

/*
 * POST /api/new?path=NEW&jenis=K[&asal=OLD]: a new document from the
 * starter K, as naskah init writes it (base/starter.h), and the schema
 * its modeline names beside it unless it is there: {"path",
 * "version"}; 409 when NEW exists (never written over).
 */
static void
api_new(struct server *srv, const struct api_req *r, struct api_ans *a)
{
	struct naskah_buf sb = { NULL, 0, 0 };
	const char *slash;
	enum store_status s;
	char *old = NULL, *text, ver[40];
	int err;

	if (starter_find(r->jenis) < 0) {
		ans_new(a, r, 400, NEW_JENIS, r->jenis != NULL ? r->jenis : "");
		return;
	}
	if (!store_name_ok(r->path)) {
		ans_store(a, r, STORE_BAD);
		return;
	}
	if (starter_revises(r->jenis) && new_asal(srv, r, a, &old) != 0)
		return;
	slash = old != NULL ? strrchr(r->asal, '/') : NULL;
	text = srv->pool.datadir == NULL ? NULL : starter_text(
	    srv->pool.datadir, r->jenis, old, old == NULL ? NULL :
	    slash != NULL ? slash + 1 : r->asal, &err);
	free(old);
	if (text == NULL) {
		ans_store(a, r, STORE_SYSTEM);
		return;
	}
	naskah_schema(buf_write, &sb);
	s = store_create(&srv->store, r->path, text, strlen(text),
	    "naskah.schema.json", sb.s, sb.len, ver);
	buf_free(&sb);
	free(text);
	if (s != STORE_OK) {
		ans_store(a, r, s);
		return;
	}
	ans_doc(a, r->path, ver, NULL, 0);
}

void
api_handle(struct server *srv, const struct api_req *r, struct api_ans *a)
{
	struct naskah_buf b = { NULL, 0, 0 };
	int get = strcmp(r->method, "GET") == 0 ||
	    strcmp(r->method, "HEAD") == 0;
	int post = strcmp(r->method, "POST") == 0;
	enum store_status s;
	char *text;
	size_t len;

	if (strcmp(r->url, "/api/docs") == 0 && get) {
		buf_adds(&b, "{\"docs\": ");
		store_list(&srv->store, &b);
		buf_addc(&b, '}');
		api_json(a, 200, &b);
	} else if (strcmp(r->url, "/api/doc") == 0 && get)
		api_read(srv, r, a);
	else if (strcmp(r->url, "/api/doc") == 0 &&
	    strcmp(r->method, "PUT") == 0)
		api_save(srv, r, r->body, r->len, a);
	else if (strcmp(r->url, "/api/check") == 0 && post)
		api_doc_run(srv, r, 0, r->body, r->len, a);
	else if (strcmp(r->url, "/api/render") == 0 && post)
		api_doc_run(srv, r, 1, r->body, r->len, a);
	else if (strcmp(r->url, "/api/pdf") == 0 && get) {
		if ((s = store_read(&srv->store, r->path, &text, &len)) !=
		    STORE_OK) {
			ans_store(a, r, s);
			return;
		}
		api_doc_run(srv, r, 1, text, len, a);
		free(text);
	} else if (strcmp(r->url, "/api/history") == 0 && get)
		api_history(srv, r, a);
	else if (strcmp(r->url, "/api/restore") == 0 && post)
		api_restore(srv, r, a);
	else if (strcmp(r->url, "/api/new") == 0 && post)
		api_new(srv, r, a);	/* issue 16, new document */
	else if (form_handle(srv, r, a))	/* issue 16, form */
		;
	else if (strncmp(r->url, "/api/", 5) == 0)
		ans_error(a, 404, api_lang(r) == NASKAH_LANG_EN ?
		    "no such request" : "permintaan tidak dikenal");
	else
		ans_error(a, 404, api_lang(r) == NASKAH_LANG_EN ?
		    "not found" : "tidak ditemukan");
}
