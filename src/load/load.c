/* SPDX-License-Identifier: ISC */
/*
 * load.c - YAML tree -> document model, with the schema checks of
 * naskah.5 (schema version 1, jenis: keputusan).
 */
#include <errno.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/units.h"
#include "base/fileio.h"
#include "load/abaikan.h"
#include "load/load_iku.h"
#include "load/load_perda.h"
#include "load/load_tte.h"
#include "model/model.h"
#include "load/schema.h"
#include "yaml/yinclude.h"
#include "load/load.h"
#include "base/xalloc.h"

/* width, height in mm */
static const double paper_mm[PAPER__MAX][2] = {
	[PAPER_F4] = { 215, 330 },
	[PAPER_F4_210] = { 210, 330 },
	[PAPER_A4] = { 210, 297 },
};

struct loader {
	struct schema		 s;
	struct naskah_yfiles	*files;	/* where files read go */
	struct naskah_decree	*doc;	/* NULL: a set-up alone */
	struct naskah_setup	*su;	/* doc's, or the one read alone */
};

/* The keys of every mapping are those of keys.c: KM_DECREE, and for
 * jenis: peraturan (load_perda.c) KM_PERDA: peraturan in place of
 * keputusan, batang_tubuh and pengundangan in place of diktum; nothing
 * revoked or amended by a generated diktum. */

/* Optional text under key of map m; absent keys leave out untouched. */
static int
opt_text(struct loader *l, const struct ynode *m, const char *key,
    const char *parent, int nonempty, struct naskah_text *out)
{
	return schema_opt_text(&l->s, m, key, parent, nonempty, out);
}

/*
 * A file that t (a path relative to the document, when given) names:
 * a regular file, inside the document's confinement.  Returns 1, or 0
 * after an error at t's line (msg takes the name and the reason).
 */
static int
named_file(struct loader *l, const struct naskah_text *t, enum naskah_msg msg)
{
	char *path;
	int ok;

	if (t->s == NULL)
		return 1;
	path = t->s[0] == '/' || strcmp(l->su->dir, ".") == 0 ?
	    xstrdup(t->s) : xasprintf("%s/%s", l->su->dir, t->s);
	ok = naskah_file_ok(path, t->s, l->su->confine, t->span.at, msg,
	    l->s.d);
	free(path);
	return ok;
}

static int
opt_bool(struct loader *l, const struct ynode *m, const char *key,
    const char *parent, int *out)
{
	return schema_opt_bool(&l->s, m, key, parent, out);
}

/* Issue 17: sumber (yes/no, default yes): the PDF carries the files it
 * is made from; arsip (yes/no, default no): it is PDF/A. */
static int
load_source(struct loader *l, const struct ynode *root,
    struct naskah_setup *su)
{
	int v = 1, a = 0, ok = opt_bool(l, root, "sumber", NULL, &v);

	ok &= opt_bool(l, root, "arsip", NULL, &a);
	su->no_source = !v;
	su->pdfa = a;
	return ok;
}

static int
load_clauses(struct loader *l, const struct ynode *n, const char *name,
    struct naskah_clauses *out)
{
	struct naskah_clause c;
	const struct ynode *it;
	char *path;
	size_t i;
	int ok = 1;

	if (n == NULL || !schema_list(&l->s, n, name, 1))
		return 0;
	for (i = 0; i < n->nkid; i++) {
		it = n->kid[i];
		memset(&c, 0, sizeof(c));
		path = xasprintf("%s[%zu]", name, i + 1);
		/* "bahwa ...: ..." unquoted (issue 16) */
		if (ymap_get(it, "teks") == NULL &&
		    ymap_get(it, "label") == NULL &&
		    schema_colon_text(&l->s, it, path))
			ok = 0;
		else if (it->kind == YNODE_MAP) {
			if (!schema_keys(&l->s, it, path, KM_CLAUSE) ||
			    !opt_text(l, it, "label", path, 1, &c.label) ||
			    !opt_text(l, it, "teks", path, 1, &c.text))
				ok = 0;
		} else if (!schema_text(&l->s, it, path, 1, &c.text))
			ok = 0;
		free(path);
		VEC_PUSH(out->v, out->n, out->cap, c);
	}
	return ok;
}

static int
load_paper(struct loader *l, const struct ynode *root, enum naskah_paper def)
{
	/* kiri, kanan, atas, bawah */
	const struct keydef *mk = keymap_get(KM_MARGIN)->keys;
	static const double defmm[4] = { 30, 20, 20, 25 };
	const struct ynode *n = ymap_get(root, "kertas"), *m;
	struct naskah_setup *su = l->su;
	int i, ok = 1, p = (int)def;
	double v;
	char *path;

	if (n != NULL && !schema_choice(&l->s, n, "kertas",
	    naskah_paper_names, PAPER__MAX, &p))
		ok = 0;
	su->paper = (enum naskah_paper)p;
	su->page_w = MM(paper_mm[p][0]);
	su->page_h = MM(paper_mm[p][1]);
	for (i = 0; i < 4; i++)
		su->margin[i] = MM(defmm[i]);
	if ((m = ymap_get(root, "margin")) == NULL)
		return ok;
	if (!schema_keys(&l->s, m, "margin", KM_MARGIN))
		return 0;
	for (i = 0; i < 4; i++) {
		if ((n = ymap_get(m, mk[i].name)) == NULL)
			continue;
		path = xasprintf("margin.%s", mk[i].name);
		if (schema_num(&l->s, n, path, 0, 100, &v))
			su->margin[i] = MM(v);
		else
			ok = 0;
		free(path);
	}
	if (su->margin[0] + su->margin[1] > su->page_w - MM(50) ||
	    su->margin[2] + su->margin[3] > su->page_h - MM(80)) {
		naskah_diag(l->s.d, SEV_ERROR, m->pos, MSG_MARGINS);
		ok = 0;
	}
	return ok;
}

static int
load_font(struct loader *l, const struct ynode *root)
{
	const struct ynode *n = ymap_get(root, "huruf");
	struct naskah_setup *su = l->su;
	size_t len;
	int i, ok = 1;

	su->family = FAMILY_BOOKMAN;
	if (n == NULL)
		return 1;
	su->has_family = 1;
	if (n->kind == YNODE_MAP) {
		if (!schema_keys(&l->s, n, "huruf", KM_FACES))
			return 0;
		su->family = FAMILY_CUSTOM;
		for (i = 0; i < FACE__MAX; i++)
			if (!opt_text(l, n, naskah_face_names[i], "huruf", 1,
			    &su->font_path[i]) ||
			    !named_file(l, &su->font_path[i], MSG_FONT_OPEN))
				ok = 0;
		return ok;
	}
	if (!schema_text(&l->s, n, "huruf", 1, &su->font_path[0]))
		return 0;
	len = strlen(n->str);
	if (len > 4 && (strcmp(n->str + len - 4, ".ttf") == 0 ||
	    strcmp(n->str + len - 4, ".TTF") == 0)) {
		su->family = FAMILY_CUSTOM;
		naskah_diag(l->s.d, SEV_WARNING, n->pos, MSG_FONT_ONE);
		return named_file(l, &su->font_path[0], MSG_FONT_OPEN);
	}
	su->font_path[0].s = NULL;
	for (i = 0; i < FAMILY_CUSTOM; i++)
		if (strcasecmp(n->str, naskah_family_names[i]) == 0) {
			su->family = (enum naskah_family)i;
			return 1;
		}
	naskah_diag(l->s.d, SEV_ERROR, n->pos, MSG_FONT, n->str);
	return 0;
}

static int
load_meta(struct loader *l, const struct ynode *root)
{
	const struct ynode *m = ymap_get(root, "metadata"), *n;
	struct naskah_setup *su = l->su;
	int ok;

	if (m == NULL)
		return 1;
	if (!schema_keys(&l->s, m, "metadata", KM_META))
		return 0;
	ok = opt_text(l, m, "judul", "metadata", 1, &su->meta_title) &
	    opt_text(l, m, "subjek", "metadata", 1, &su->meta_subject) &
	    opt_text(l, m, "penulis", "metadata", 1, &su->meta_author) &
	    opt_text(l, m, "kata_kunci", "metadata", 1, &su->meta_keywords);
	if ((n = ymap_get(m, "tanggal")) != NULL) {
		switch (n->kind == YNODE_SCALAR ?
		    idn_date_parse(n->str, &su->meta_date) : IDN_DATE_SYNTAX) {
		case IDN_DATE_OK:
			if (su->meta_date.day == 0)
				su->meta_date.day = 1;
			su->has_meta_date = 1;
			break;
		case IDN_DATE_RANGE:
			naskah_diag(l->s.d, SEV_ERROR, n->pos, MSG_DATE_REAL,
			    n->str);
			ok = 0;
			break;
		default:
			naskah_diag(l->s.d, SEV_ERROR, n->pos, MSG_DATE,
			    n->kind == YNODE_SCALAR ? n->str : "metadata.tanggal");
			ok = 0;
			break;
		}
	}
	return ok;
}

static int
load_kop(struct loader *l, const struct ynode *root)
{
	const struct ynode *m = ymap_get(root, "kop"), *n;
	struct naskah_kop *k = &l->su->kop;
	int ok;

	if (m == NULL)
		return 1;
	if (!schema_keys(&l->s, m, "kop", KM_KOP))
		return 0;
	l->su->has_kop = 1;
	ok = opt_text(l, m, "pemerintah", "kop", 1, &k->pemerintah) &
	    opt_text(l, m, "instansi", "kop", 1, &k->instansi) &
	    opt_text(l, m, "logo", "kop", 1, &k->logo) &
	    opt_text(l, m, "telepon", "kop", 1, &k->telepon) &
	    opt_text(l, m, "faksimile", "kop", 1, &k->faksimile) &
	    opt_text(l, m, "kode_pos", "kop", 1, &k->kode_pos) &
	    opt_text(l, m, "laman", "kop", 1, &k->laman) &
	    opt_text(l, m, "email", "kop", 1, &k->email) &
	    opt_text(l, m, "wilayah", "kop", 1, &k->wilayah);
	ok = ok && named_file(l, &k->logo, MSG_LOGO_OPEN);
	if ((n = ymap_get(m, "alamat")) != NULL &&
	    !schema_texts(&l->s, n, "kop.alamat", &k->alamat))
		ok = 0;
	return ok;
}

static int load_date(struct loader *l, const struct ynode *n,
    struct naskah_date *out);

/*
 * mencabut or mengubah (key): the decree this one revokes or amends,
 * from its YAML file (berkas: keputusan.judul, .nomor, .tentang,
 * penetapan.tanggal) or written out (judul, nomor, tanggal, tentang;
 * these win over the file's).  A revoked decree needs its full date.
 */
static int
load_ref(struct loader *l, const struct ynode *root, const char *key,
    struct naskah_ref *r)
{
	const struct ynode *m = ymap_get(root, key), *f, *k, *p;
	struct naskah_text file = { .s = NULL };
	int revoke = strcmp(key, "mencabut") == 0;
	struct ydoc *ry;
	char *path;
	int ok = 1;

	if (m == NULL)
		return 1;
	if (!schema_keys(&l->s, m, key, KM_REF))
		return 0;
	r->present = 1;
	r->pos = m->pos;
	ok &= opt_text(l, m, "berkas", key, 1, &file);
	if (file.s != NULL) {
		path = file.s[0] == '/' || strcmp(l->su->dir, ".") == 0 ?
		    xstrdup(file.s) : xasprintf("%s/%s", l->su->dir, file.s);
		if (!named_file(l, &file, MSG_DECREE_FILE)) {
			free(path);
			return 0;
		}
		/* its nodes name their file in messages */
		ry = ydoc_load_plain(path, path, l->s.d);
		if (ry != NULL) {
			VEC_PUSH(l->files->quoted, l->files->nquoted,
			    l->files->capquoted, ry);
			if (l->su->confine != NULL)
				ry->confine = xstrdup(l->su->confine);
		}
		if (ry == NULL || !ydoc_include(ry, path, l->s.d)) {
			free(path);
			return 0;
		}
		free(path);
		k = ymap_get(ry->root, "keputusan");
		p = ymap_get(ry->root, "penetapan");
		if (k != NULL && k->kind == YNODE_MAP) {
			ok &= opt_text(l, k, "judul", "keputusan", 1, &r->judul);
			ok &= opt_text(l, k, "nomor", "keputusan", 0, &r->nomor);
			ok &= opt_text(l, k, "tentang", "keputusan", 1,
			    &r->tentang);
		}
		if (p != NULL && p->kind == YNODE_MAP &&
		    (f = ymap_get(p, "tanggal")) != NULL)
			ok &= load_date(l, f, &r->tanggal);
	}
	ok &= opt_text(l, m, "judul", key, 1, &r->judul);
	ok &= opt_text(l, m, "nomor", key, 1, &r->nomor);
	ok &= opt_text(l, m, "tentang", key, 1, &r->tentang);
	if ((f = ymap_get(m, "tanggal")) != NULL)
		ok &= load_date(l, f, &r->tanggal);
	if (r->judul.s == NULL)
		r->judul = l->doc->judul;	/* the same office's */
	/* left blank, or a part of it ("/KPTS/2021"), to be written by
	 * hand: the number it was given must be written here */
	if (r->nomor.s != NULL && (r->nomor.s[0] == '\0' ||
	    r->nomor.s[0] == '/' || strstr(r->nomor.s, "//") != NULL))
		r->nomor.s = NULL;
	if (ok && (r->nomor.s == NULL || r->tentang.s == NULL ||
	    (revoke && (r->tanggal.year == 0 || r->tanggal.day == 0)))) {
		naskah_diag(l->s.d, SEV_ERROR, m->pos, revoke ?
		    MSG_MENCABUT_INCOMPLETE : MSG_MENGUBAH_INCOMPLETE);
		ok = 0;
	}
	return ok;
}

/* The title block: the section sec, "keputusan" or (a Peraturan, with
 * its sebutan, read by load_perda.c) "peraturan". */
static int
load_keputusan(struct loader *l, const struct ynode *root, const char *sec)
{
	const struct ynode *m = ymap_get(root, sec), *n;
	struct naskah_decree *doc = l->doc;
	int perda = strcmp(sec, "peraturan") == 0;
	long year;
	int ok;
	char *yp;

	/* an amending decree's tentang can be made from what it amends */
	if (m == NULL || !schema_keys_req(&l->s, m, sec,
	    perda ? KM_PERATURAN : KM_KEPUTUSAN, KEY_REQ |
	    (ymap_get(root, "mengubah") != NULL ? 0 : KEY_REQ_NEW)))
		return 0;
	ok = opt_text(l, m, "judul", sec, 1, &doc->judul) &
	    opt_text(l, m, "nomor", sec, 0, &doc->nomor) &
	    opt_text(l, m, "tentang", sec, 1, &doc->tentang) &
	    opt_text(l, m, "pejabat", sec, 1, &doc->pejabat) &
	    opt_bool(l, m, "rahmat", sec, &doc->rahmat);
	doc->has_rahmat = ymap_get(m, "rahmat") != NULL;
	n = ymap_get(m, "tahun");
	yp = xasprintf("%s.tahun", sec);
	if (schema_int(&l->s, n, yp, 1900, 2200, &year))
		doc->tahun.s = n->str, ydoc_span(NULL, n, &doc->tahun.span);
	else
		ok = 0;
	free(yp);
	return ok;
}

static int
load_date(struct loader *l, const struct ynode *n, struct naskah_date *out)
{
	if (n->kind == YNODE_SCALAR) {
		switch (idn_date_parse(n->str, out)) {
		case IDN_DATE_OK:
			return 1;
		case IDN_DATE_RANGE:
			naskah_diag(l->s.d, SEV_ERROR, n->pos, MSG_DATE_REAL,
			    n->str);
			return 0;
		default:
			break;
		}
	}
	naskah_diag(l->s.d, SEV_ERROR, n->pos, MSG_DATE,
	    n->kind == YNODE_SCALAR ? n->str : "penetapan.tanggal");
	return 0;
}

static void
check_nip(struct loader *l, struct naskah_signer *sg)
{
	struct naskah_pos at = sg->nip.span.at;
	int nd = 0;
	enum idn_nip_err e;

	if (sg->nip.s == NULL || *sg->nip.s == '\0')
		return;
	e = idn_nip_check(sg->nip.s, sg->nip_digits, &nd);
	sg->nip_valid = e == IDN_NIP_OK;
	switch (e) {
	case IDN_NIP_OK:
		break;
	case IDN_NIP_CHARS:
		naskah_diag(l->s.d, SEV_WARNING, at, MSG_NIP_CHARS,
		    sg->nip.s);
		break;
	case IDN_NIP_DIGITS:
		naskah_diag(l->s.d, SEV_WARNING, at, MSG_NIP_DIGITS,
		    sg->nip.s, nd);
		break;
	case IDN_NIP_BIRTH:
		naskah_diag(l->s.d, SEV_WARNING, at, MSG_NIP_BIRTH,
		    sg->nip.s, sg->nip_digits);
		break;
	case IDN_NIP_TMT:
		naskah_diag(l->s.d, SEV_WARNING, at, MSG_NIP_TMT,
		    sg->nip.s, sg->nip_digits + 8);
		break;
	case IDN_NIP_ORDER:
		naskah_diag(l->s.d, SEV_WARNING, at, MSG_NIP_ORDER,
		    sg->nip.s, sg->nip_digits + 8);
		break;
	case IDN_NIP_SEX:
		naskah_diag(l->s.d, SEV_WARNING, at, MSG_NIP_SEX,
		    sg->nip.s, sg->nip_digits[14]);
		break;
	default:
		break;
	}
}

static int
load_signer(struct loader *l, const struct ynode *root)
{
	const struct ynode *p = ymap_get(root, "penetapan");
	const struct ynode *m = ymap_get(root, "penandatangan");
	struct naskah_signer *sg = &l->doc->signer;
	int ok = 1;

	if (p != NULL && schema_keys(&l->s, p, "penetapan", KM_PENETAPAN)) {
		ok &= opt_text(l, p, "tempat", "penetapan", 1, &l->doc->tempat);
		ok &= load_date(l, ymap_get(p, "tanggal"), &l->doc->tanggal);
	} else
		ok = 0;
	if (m == NULL || !schema_keys(&l->s, m, "penandatangan", KM_SIGNER))
		return 0;
	ok &= opt_text(l, m, "awalan", "penandatangan", 1, &sg->awalan);
	ok &= opt_text(l, m, "atas_nama", "penandatangan", 1, &sg->atas_nama);
	ok &= opt_text(l, m, "jabatan", "penandatangan", 1, &sg->jabatan);
	ok &= opt_text(l, m, "nama", "penandatangan", 1, &sg->nama);
	ok &= opt_text(l, m, "gelar", "penandatangan", 1, &sg->gelar);
	ok &= opt_bool(l, m, "tampilkan_gelar", "penandatangan",
	    &sg->tampilkan_gelar);
	ok &= opt_text(l, m, "pangkat", "penandatangan", 1, &sg->pangkat);
	ok &= opt_text(l, m, "nip", "penandatangan", 1, &sg->nip);
	ok &= naskah_tte_load(&l->s, m, &sg->tte);	/* issue 17 */
	if (ok)
		check_nip(l, sg);
	return ok;
}

static int
load_lampiran(struct loader *l, const struct ynode *root)
{
	const struct ynode *list = ymap_get(root, "lampiran"), *m, *rows;
	struct naskah_decree *doc = l->doc;
	struct naskah_lampiran *lp;
	char *path, *rp;
	size_t i, j;
	int ok = 1;

	if (list == NULL)
		return 1;
	if (!schema_list(&l->s, list, "lampiran", 1))
		return 0;
	for (i = 0; i < list->nkid; i++) {
		struct naskah_lampiran empty;

		memset(&empty, 0, sizeof(empty));
		VEC_PUSH(doc->lampiran, doc->nlampiran, doc->caplampiran,
		    empty);
		lp = &doc->lampiran[doc->nlampiran - 1];
		m = list->kid[i];
		lp->pos = m->pos;
		path = xasprintf("lampiran[%zu]", i + 1);
		if (!schema_keys(&l->s, m, path, KM_LAMPIRAN)) {
			ok = 0;
			free(path);
			continue;
		}
		ok &= schema_opt_bool(&l->s, m, "melintang", path,
		    &lp->melintang);
		rp = xasprintf("%s.judul", path);
		ok &= schema_texts(&l->s, ymap_get(m, "judul"), rp, &lp->judul);
		free(rp);
		rows = ymap_get(m, "iku");
		rp = xasprintf("%s.iku", path);
		if (schema_list(&l->s, rows, rp, 1)) {
			lp->iku = xcalloc(rows->nkid, sizeof(*lp->iku));
			for (j = 0; j < rows->nkid; j++) {
				char *ip = xasprintf("%s[%zu]", rp, j + 1);

				ok &= naskah_iku_load(&l->s, rows->kid[j], ip,
				    doc->tahun.s != NULL ? atoi(doc->tahun.s) :
				    0, 0, &lp->iku[lp->niku++]);
				free(ip);
			}
		} else
			ok = 0;
		free(rp);
		free(path);
	}
	return ok;
}

/* The directory of path (relative paths start there) and y's
 * confinement into su. */
static void
setup_init(struct naskah_setup *su, const struct ydoc *y, const char *path)
{
	const char *slash = path ? strrchr(path, '/') : NULL;

	su->dir = slash ? xstrndup(path, (size_t)(slash - path)) :
	    xstrdup(".");
	su->confine = y->confine != NULL ? xstrdup(y->confine) : NULL;
}

/* What the paths of a templat_ubah's scalars may hold together: each
 * scalar's path is its own copy, so a long key over many scalars (a
 * 4 MiB key over a mapping of 700 000) would otherwise ask terabytes. */
#define TPLKEYS_MAX_BYTES	YTREE_MAX_BYTES

/*
 * The scalars under n, a part of a decree's templat_ubah at path (its
 * text in the buffer, "" for the mapping itself; left as it was found),
 * into su's tplkeys, each named by its path: what the tree dump shows
 * of it.  Paths past *left bytes in all are not kept: the first scalar
 * left out is shown under the key "…" and the others not at all.
 */
static void
tplkeys_collect(struct naskah_setup *su, const struct ynode *n,
    struct naskah_buf *path, size_t *left)
{
	struct naskah_tplkey k;
	size_t i, len = path->len;

	if (n->kind == YNODE_SCALAR) {
		if (*left == 0)
			return;
		if (path->len < *left) {
			*left -= path->len;
			k.key = xstrndup(path->len > 0 ? path->s : "",
			    path->len);
		} else {
			*left = 0;
			k.key = xstrdup("\xE2\x80\xA6");	/* … */
		}
		k.value.s = n->str;
		ydoc_span(NULL, n, &k.value.span);
		VEC_PUSH(su->tplkeys, su->ntplkeys, su->captplkeys, k);
		return;
	}
	for (i = 0; i < (n->kind == YNODE_MAP ? YMAP_LEN(n) : n->nkid) &&
	    *left > 0; i++) {
		if (n->kind == YNODE_MAP) {
			if (len > 0)
				buf_addc(path, '.');
			buf_adds(path, YMAP_KEY(n, i)->str);
		} else
			buf_printf(path, "[%zu]", i + 1);
		tplkeys_collect(su, n->kind == YNODE_MAP ? YMAP_VAL(n, i) :
		    n->kid[i], path, left);
		path->len = len;
	}
}

struct naskah_decree *
naskah_decree_load(const struct ydoc *y, const char *path,
    struct naskah_yfiles *files, struct naskah_diag *d)
{
	struct loader l;
	struct naskah_decree *doc;
	const struct ynode *root, *n;
	int ok = 1, perda;

	doc = xcalloc(1, sizeof(*doc));
	setup_init(&doc->setup, y, path);
	l.s.d = d;
	l.files = files;
	l.doc = doc;
	l.su = &doc->setup;
	root = y->root;
	if (root == NULL) {
		naskah_diag(d, SEV_ERROR, (struct naskah_pos){ 1, 1, NULL },
		    MSG_EMPTY_FILE);
		goto fail;
	}
	/* the version and kind decide which schema applies: check first */
	if (root->kind != YNODE_MAP ||
	    (n = ymap_get(root, "naskah")) == NULL) {
		schema_keys(&l.s, root, "dokumen", KM_DECREE);
		goto fail;
	}
	if (!schema_scalar(&l.s, n, "naskah"))
		goto fail;
	if (strcmp(n->str, "1") != 0) {
		naskah_diag(d, SEV_ERROR, n->pos, MSG_VERSION, n->str);
		goto fail;
	}
	doc->version = 1;
	n = ymap_get(root, "jenis");
	if (n != NULL && !schema_scalar(&l.s, n, "jenis"))
		goto fail;
	perda = n != NULL && strcmp(n->str, "peraturan") == 0;
	if (n != NULL && !perda && strcmp(n->str, "keputusan") != 0) {
		naskah_diag(d, SEV_ERROR, n->pos, MSG_JENIS, n->str);
		goto fail;
	}
	/* go on after missing keys: report every mistake at once */
	ok &= schema_keys(&l.s, root, "dokumen", perda ? KM_PERDA :
	    KM_DECREE);
	ok &= load_paper(&l, root, PAPER_F4);
	ok &= load_font(&l, root);
	ok &= opt_text(&l, root, "templat", NULL, 1, &doc->setup.template_path);
	ok &= load_source(&l, root, &doc->setup);
	/* its keys are checked against the template, when it is read */
	if ((n = ymap_get(root, "templat_ubah")) != NULL) {
		static const char *const none[] = { NULL };

		if (n->kind == YNODE_MAP) {
			struct naskah_buf kp = { NULL, 0, 0 };
			size_t left = TPLKEYS_MAX_BYTES;

			doc->setup.template_over = n;
			tplkeys_collect(&doc->setup, n, &kp, &left);
			buf_free(&kp);
		} else
			ok &= schema_map(&l.s, n, "templat_ubah", none, NULL);
	}
	ok &= load_meta(&l, root);
	ok &= load_kop(&l, root);
	ok &= abaikan_load(&l.s, root, &doc->setup.abaikan);
	ok &= load_keputusan(&l, root, perda ? "peraturan" : "keputusan");
	ok &= load_clauses(&l, ymap_get(root, "menimbang"), "menimbang",
	    &doc->menimbang);
	ok &= load_clauses(&l, ymap_get(root, "mengingat"), "mengingat",
	    &doc->mengingat);
	if ((n = ymap_get(root, "memperhatikan")) != NULL)
		ok &= load_clauses(&l, n, "memperhatikan", &doc->memperhatikan);
	ok &= opt_text(&l, root, "menetapkan", NULL, 1, &doc->menetapkan);
	if (perda) {
		int pok;

		doc->perda = perda_load(&l.s, root, doc, &pok);
		ok &= pok;
	} else
		ok &= load_clauses(&l, ymap_get(root, "diktum"), "diktum",
		    &doc->diktum);
	ok &= load_signer(&l, root);
	if ((n = ymap_get(root, "tembusan")) != NULL)
		ok &= schema_texts(&l.s, n, "tembusan", &doc->tembusan);
	ok &= load_lampiran(&l, root);
	ok &= load_ref(&l, root, "mencabut", &doc->mencabut);
	ok &= load_ref(&l, root, "mengubah", &doc->mengubah);
	ok &= naskah_konsep_load(&l.s, root, doc);	/* issue 17 */
	if (ok)
		return doc;
fail:
	naskah_decree_free(doc);
	return NULL;
}

struct naskah_setup *
naskah_setup_load(const struct ydoc *y, const struct ynode *root,
    const char *path,
    enum naskah_paper paper, struct naskah_diag *d, int *ok)
{
	struct loader l;
	struct naskah_setup *su = xcalloc(1, sizeof(*su));

	setup_init(su, y, path);
	l.s.d = d;
	l.files = NULL;		/* a set-up names no YAML file */
	l.doc = NULL;
	l.su = su;
	*ok = load_paper(&l, root, paper) & load_font(&l, root) &
	    opt_text(&l, root, "templat", NULL, 1, &su->template_path) &
	    load_meta(&l, root) & load_kop(&l, root) &
	    abaikan_load(&l.s, root, &su->abaikan) &
	    load_source(&l, root, su);
	return su;
}

void
naskah_decree_free(struct naskah_decree *doc)
{
	size_t i, j;

	if (doc == NULL)
		return;
	free(doc->mencabut.gen);
	free(doc->mengubah.gen);
	naskah_setup_clear(&doc->setup);
	free(doc->path);
	free(doc->menimbang.v);
	free(doc->mengingat.v);
	free(doc->memperhatikan.v);
	free(doc->diktum.v);
	free(doc->tembusan.v);
	for (i = 0; i < doc->nlampiran; i++) {
		for (j = 0; j < doc->lampiran[i].niku; j++)
			naskah_iku_free(&doc->lampiran[i].iku[j]);
		free(doc->lampiran[i].judul.v);
		free(doc->lampiran[i].iku);
	}
	free(doc->lampiran);
	naskah_perda_free(doc->perda);
	free(doc->paraf);
	free(doc);
}

void
naskah_yfiles_free(struct naskah_yfiles *f)
{
	size_t i;

	if (f == NULL)
		return;
	for (i = 0; i < f->nlaid; i++)
		ydoc_free(f->laid[i]);
	for (i = 0; i < f->nquoted; i++)
		ydoc_free(f->quoted[i]);
	free(f->laid);
	free(f->quoted);
	memset(f, 0, sizeof(*f));
}
