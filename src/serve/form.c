/* SPDX-License-Identifier: ISC */
/*
 * form.c - naskah serve's form mode (man/naskah-serve.7, issue 16):
 * POST /api/form, the fields a clerk changes every year read from a
 * posted text (the IKU rows from the file its sertakan names, read
 * inside DIR), and POST /api/edit, edits of a text that change only
 * what they name (naskah_yaml_edit).
 */
#include <stdlib.h>
#include <string.h>

#include "base/fileio.h"
#include "base/xalloc.h"
#include "serve/serve_int.h"

/* The most edits one request may ask for: each costs time linear in
 * the text, so that a request's cost stays linear in its size. */
#define FORM_OPS_MAX	64

/* The single fields of a decree, in the order of the form. */
static const struct field {
	const char	*path;
	const char	*group;
	const char	*label;
} fields[] = {
	{ "kop.pemerintah", "Kop", "Pemerintah" },
	{ "kop.instansi", "Kop", "Instansi" },
	{ "kop.alamat", "Kop", "Alamat" },
	{ "kop.telepon", "Kop", "Telepon" },
	{ "kop.laman", "Kop", "Laman" },
	{ "kop.email", "Kop", "Surel" },
	{ "keputusan.nomor", "Keputusan", "Nomor" },
	{ "keputusan.tahun", "Keputusan", "Tahun" },
	{ "keputusan.tentang", "Keputusan", "Tentang" },
	{ "penetapan.tempat", "Penetapan", "Ditetapkan di" },
	{ "penetapan.tanggal", "Penetapan", "Tanggal" },
	{ "penandatangan.jabatan", "Penandatangan", "Jabatan" },
	{ "penandatangan.nama", "Penandatangan", "Nama" },
	{ "penandatangan.gelar", "Penandatangan", "Gelar" },
	{ "penandatangan.pangkat", "Penandatangan", "Pangkat" },
	{ "penandatangan.nip", "Penandatangan", "NIP" },
};

static const struct field lists[] = {
	{ "menimbang", NULL, "Menimbang" },
	{ "mengingat", NULL, "Mengingat" },
	{ "diktum", NULL, "Diktum" },
};

/* The columns of an IKU row (targets come after them, one a year). */
static const struct field cols[] = {
	{ "sasaran", NULL, "Sasaran" },
	{ "indikator", NULL, "Indikator" },
	{ "formulasi", NULL, "Formulasi" },
	{ "formulasi.pembilang", NULL, "Pembilang" },
	{ "formulasi.penyebut", NULL, "Penyebut" },
	{ "formulasi.kali", NULL, "Kali" },
	{ "satuan", NULL, "Satuan" },
};

/* 400: {"error": words, "messages": [...], "dropped": n} with the
 * sink's messages. */
static void
form_fail(struct api_ans *a, const struct api_req *r, struct sink *sink,
    const char *id, const char *en)
{
	struct naskah_buf b = { NULL, 0, 0 };

	buf_adds(&b, "{\"error\": ");
	json_str(&b, api_lang(r) == NASKAH_LANG_EN ? en : id);
	buf_adds(&b, ", \"messages\": [");
	if (sink != NULL && sink->json.len > 0)
		buf_add(&b, sink->json.s, sink->json.len);
	buf_printf(&b, "], \"dropped\": %d}", sink != NULL ?
	    sink->dropped : 0);
	if (sink != NULL)
		buf_free(&sink->json);
	api_json(a, 400, &b);
}

/* "path": P, "label": L, "value": V, "line": N, "file": F (no braces). */
static void
leaf(struct naskah_buf *b, const struct naskah_ytext *yt, const char *path,
    const char *label, const char *file)
{
	const char *v;
	int line;

	naskah_ytext_get(yt, path, &v, NULL, &line);
	buf_adds(b, "\"path\": ");
	json_str(b, path);
	buf_adds(b, ", \"label\": ");
	json_str(b, label);
	buf_adds(b, ", \"value\": ");
	json_str(b, v != NULL ? v : "");
	buf_printf(b, ", \"line\": %d, \"file\": ", line);
	json_str(b, file);
}

/* {"path", "label", "line", "file", "items": [leaf, ...]} */
static void
list_add(struct naskah_buf *b, const struct naskah_ytext *yt,
    const char *path, const char *label, const char *file)
{
	size_t n, i;
	int line;
	char *p;

	naskah_ytext_get(yt, path, NULL, &n, &line);
	buf_adds(b, "{\"path\": ");
	json_str(b, path);
	buf_adds(b, ", \"label\": ");
	json_str(b, label);
	buf_printf(b, ", \"line\": %d, \"file\": ", line);
	json_str(b, file);
	buf_adds(b, ", \"items\": [");
	for (i = 0; i < n; i++) {
		p = xasprintf("%s[%zu]", path, i);
		buf_adds(b, i > 0 ? ",\n {" : "{");
		leaf(b, yt, p, label, file);
		buf_addc(b, '}');
		free(p);
	}
	buf_adds(b, "]}");
}

/* One IKU row's cells: its columns that are texts, then its targets
 * (target.YEAR, each year its mapping gives). */
static void
row_add(struct naskah_buf *b, const struct naskah_ytext *yt,
    const char *row, const char *file)
{
	const char *y;
	size_t i, k = 0;
	int line;
	char *p, *lab;

	naskah_ytext_get(yt, row, NULL, NULL, &line);
	buf_adds(b, "{\"path\": ");
	json_str(b, row);
	buf_printf(b, ", \"line\": %d, \"cells\": [", line);
	for (i = 0; i < sizeof(cols) / sizeof(cols[0]); i++) {
		p = xasprintf("%s%s%s", row, row[0] ? "." : "", cols[i].path);
		if (naskah_ytext_get(yt, p, NULL, NULL, NULL) ==
		    NASKAH_Y_TEXT || (strchr(cols[i].path, '.') == NULL &&
		    naskah_ytext_get(yt, p, NULL, NULL, NULL) ==
		    NASKAH_Y_NONE)) {
			buf_adds(b, k++ > 0 ? ",\n {\"col\": " : "{\"col\": ");
			json_str(b, cols[i].path);
			buf_adds(b, ", ");
			leaf(b, yt, p, cols[i].label, file);
			buf_addc(b, '}');
		}
		free(p);
	}
	p = xasprintf("%s%starget", row, row[0] ? "." : "");
	for (i = 0; (y = naskah_ytext_key(yt, p, i)) != NULL; i++) {
		char *tp = xasprintf("%s.%s", p, y);

		lab = xasprintf("Target %s", y);
		buf_adds(b, k++ > 0 ? ",\n {\"col\": " : "{\"col\": ");
		json_str(b, tp + strlen(p) + 1 - strlen("target."));
		buf_adds(b, ", \"year\": ");
		json_str(b, y);
		buf_adds(b, ", ");
		leaf(b, yt, tp, lab, file);
		buf_addc(b, '}');
		free(lab);
		free(tp);
	}
	free(p);
	buf_adds(b, "]}");
}

/* {"label", "file", "path", "rows": [...]}: the rows of the list at
 * path of yt, the text of file. */
static void
grid_add(struct naskah_buf *b, const struct naskah_ytext *yt,
    const char *path, const char *label, const char *file)
{
	size_t n, i;
	char *p;

	naskah_ytext_get(yt, path, NULL, &n, NULL);
	buf_adds(b, "{\"label\": ");
	json_str(b, label);
	buf_adds(b, ", \"file\": ");
	json_str(b, file);
	buf_adds(b, ", \"path\": ");
	json_str(b, path);
	buf_adds(b, ", \"rows\": [");
	for (i = 0; i < n; i++) {
		p = xasprintf("%s[%zu]", path, i);
		buf_adds(b, i > 0 ? ",\n " : "");
		row_add(b, yt, p, file);
		free(p);
	}
	buf_adds(b, "]}");
}

/* The grid of the file name (relative to rel's folder) that a
 * lampiran's sertakan names, read inside DIR; nothing when it cannot
 * be read there (the check's messages say why). */
static int
grid_file(struct server *srv, struct naskah *ctx, const char *rel,
    const char *name, const char *label, struct naskah_buf *b, int k)
{
	struct naskah_ytext *yt;
	char *dir = naskah_path_dir(rel), *inc, *text;
	size_t len;

	inc = strcmp(dir, ".") == 0 || dir[0] == '\0' ? xstrdup(name) :
	    xasprintf("%s/%s", dir, name);
	free(dir);
	if (store_read(&srv->store, inc, &text, &len) == STORE_OK) {
		if ((yt = naskah_ytext_parse(ctx, text, len)) != NULL &&
		    naskah_ytext_get(yt, "", NULL, NULL, NULL) ==
		    NASKAH_Y_LIST) {
			buf_adds(b, k++ > 0 ? ",\n" : "");
			grid_add(b, yt, "", label, inc);
		}
		naskah_ytext_free(yt);
		free(text);
	}
	free(inc);
	return k;
}

/* The grids of yt: itself when it is a list of rows, else each
 * lampiran's iku, in the text or in the files it includes. */
static void
grids_add(struct server *srv, struct naskah *ctx, const char *rel,
    const struct naskah_ytext *yt, struct naskah_buf *b)
{
	size_t n, i, j, m;
	const char *s;
	char *p, *q, *lab;
	int k = 0;

	if (naskah_ytext_get(yt, "", NULL, NULL, NULL) == NASKAH_Y_LIST) {
		grid_add(b, yt, "", "IKU", rel);
		return;
	}
	naskah_ytext_get(yt, "lampiran", NULL, &n, NULL);
	for (i = 0; i < n; i++) {
		p = xasprintf("lampiran[%zu].iku", i);
		q = xasprintf("%s.sertakan", p);
		lab = xasprintf("IKU, Lampiran %zu", i + 1);
		switch (naskah_ytext_get(yt, p, NULL, NULL, NULL)) {
		case NASKAH_Y_LIST:
			buf_adds(b, k++ > 0 ? ",\n" : "");
			grid_add(b, yt, p, lab, rel);
			break;
		case NASKAH_Y_MAP:
			if (naskah_ytext_get(yt, q, &s, &m, NULL) ==
			    NASKAH_Y_TEXT)
				k = grid_file(srv, ctx, rel, s, lab, b, k);
			for (j = 0; j < m; j++) {
				char *e = xasprintf("%s[%zu]", q, j);

				if (naskah_ytext_get(yt, e, &s, NULL, NULL) ==
				    NASKAH_Y_TEXT)
					k = grid_file(srv, ctx, rel, s, lab,
					    b, k);
				free(e);
			}
			break;
		default:
			break;
		}
		free(lab);
		free(q);
		free(p);
	}
}

/* POST /api/form?path=P: the form of the posted text. */
static void
api_form(struct server *srv, const struct api_req *r, struct api_ans *a)
{
	struct naskah_buf b = { NULL, 0, 0 };
	struct naskah_ytext *yt = NULL;
	struct naskah *ctx;
	struct slot *sl;
	struct sink sink;
	size_t i, k = 0;

	if (r->path == NULL || !store_name_ok(r->path)) {
		form_fail(a, r, NULL, "path: nama berkas tidak diizinkan",
		    "path: file name not allowed");
		return;
	}
	sink_init(&sink);
	if ((ctx = pool_take(&srv->pool, api_lang(r), &sink, &sl)) != NULL &&
	    (yt = naskah_ytext_parse(ctx, r->body, r->len)) != NULL) {
		buf_adds(&b, "{\"file\": ");
		json_str(&b, r->path);
		buf_adds(&b, ",\n\"fields\": [");
		for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
			if (naskah_ytext_get(yt, fields[i].path, NULL, NULL,
			    NULL) > NASKAH_Y_TEXT)
				continue;	/* a list of lines: the text */
			buf_adds(&b, k++ > 0 ? ",\n {" : "{");
			leaf(&b, yt, fields[i].path, fields[i].label,
			    r->path);
			buf_adds(&b, ", \"group\": ");
			json_str(&b, fields[i].group);
			buf_addc(&b, '}');
		}
		buf_adds(&b, "],\n\"lists\": [");
		for (i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
			buf_adds(&b, i > 0 ? ",\n" : "");
			list_add(&b, yt, lists[i].path, lists[i].label,
			    r->path);
		}
		buf_adds(&b, "],\n\"grids\": [");
		grids_add(srv, ctx, r->path, yt, &b);
		buf_adds(&b, "]}");
	}
	naskah_ytext_free(yt);
	pool_give(&srv->pool, sl);
	if (yt == NULL) {
		buf_free(&b);
		form_fail(a, r, &sink, "teks YAML tidak dapat dibaca",
		    "the YAML text cannot be read");
		return;
	}
	buf_free(&sink.json);
	api_json(a, 200, &b);
}

/* The ops of the body's "ops" into *ops (paths and values point into
 * yt); 0 when they are not a list of at most FORM_OPS_MAX edits. */
static int
ops_read(const struct naskah_ytext *yt, struct naskah_edit **ops,
    size_t *nops)
{
	const char *s;
	char p[64];
	size_t i, n;
	int k;

	if (naskah_ytext_get(yt, "ops", NULL, &n, NULL) != NASKAH_Y_LIST ||
	    n > FORM_OPS_MAX)
		return 0;
	*ops = xcalloc(n + 1, sizeof(**ops));
	*nops = n;
	for (i = 0; i < n; i++) {
		snprintf(p, sizeof(p), "ops[%zu].op", i);
		if (naskah_ytext_get(yt, p, &s, NULL, NULL) != NASKAH_Y_TEXT)
			return 0;
		for (k = 0; k < NASKAH_EDIT__MAX &&
		    strcmp(naskah_edit_kind_name(k), s) != 0; k++)
			;
		if (k == NASKAH_EDIT__MAX)
			return 0;
		(*ops)[i].kind = k;
		snprintf(p, sizeof(p), "ops[%zu].path", i);
		if (naskah_ytext_get(yt, p, &(*ops)[i].path, NULL, NULL) !=
		    NASKAH_Y_TEXT)
			return 0;
		snprintf(p, sizeof(p), "ops[%zu].value", i);
		naskah_ytext_get(yt, p, &(*ops)[i].value, NULL, NULL);
		snprintf(p, sizeof(p), "ops[%zu].to", i);
		if (naskah_ytext_get(yt, p, &s, NULL, NULL) == NASKAH_Y_TEXT)
			(*ops)[i].to = strtoul(s, NULL, 10);
		else if (k == NASKAH_EDIT_MOVE)
			return 0;
	}
	return 1;
}

/* POST /api/edit: {"text": T, "ops": [...]} to {"text": NEW}. */
static void
api_edit(struct server *srv, const struct api_req *r, struct api_ans *a)
{
	struct naskah_buf b = { NULL, 0, 0 };
	struct naskah_ytext *yt = NULL;
	struct naskah_edit *ops = NULL;
	const char *text;
	struct naskah *ctx;
	struct slot *sl;
	struct sink sink;
	char *out = NULL;
	size_t nops = 0, len = 0;
	int bad = 0;

	sink_init(&sink);
	if ((ctx = pool_take(&srv->pool, api_lang(r), &sink, &sl)) != NULL &&
	    (yt = naskah_ytext_parse(ctx, r->body, r->len)) != NULL) {
		if (naskah_ytext_get(yt, "text", &text, NULL, NULL) !=
		    NASKAH_Y_TEXT || !ops_read(yt, &ops, &nops))
			bad = 1;
		else
			out = naskah_yaml_edit(ctx, text, strlen(text), ops,
			    nops, &len);
	}
	free(ops);
	naskah_ytext_free(yt);
	pool_give(&srv->pool, sl);
	if (yt == NULL || bad) {
		form_fail(a, r, &sink, "isi permintaan harus {\"text\": ..., "
		    "\"ops\": [{\"op\": set|insert|delete|move, \"path\": "
		    "..., \"value\": ..., \"to\": ...}]}", "the body must be "
		    "{\"text\": ..., \"ops\": [{\"op\": set|insert|delete|"
		    "move, \"path\": ..., \"value\": ..., \"to\": ...}]}");
		return;
	}
	if (out == NULL) {
		form_fail(a, r, &sink, "perubahan tidak dapat diterapkan",
		    "the edit cannot be applied");
		return;
	}
	buf_free(&sink.json);
	buf_adds(&b, "{\"text\": ");
	json_strn(&b, out, len);
	buf_addc(&b, '}');
	free(out);
	api_json(a, 200, &b);
}

int
form_handle(struct server *srv, const struct api_req *r, struct api_ans *a)
{
	if (strcmp(r->method, "POST") != 0)
		return 0;
	if (strcmp(r->url, "/api/form") == 0)
		api_form(srv, r, a);
	else if (strcmp(r->url, "/api/edit") == 0)
		api_edit(srv, r, a);
	else
		return 0;
	return 1;
}
