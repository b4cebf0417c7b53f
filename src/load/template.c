/* SPDX-License-Identifier: ISC */
/*
 * template.c - load templates/<jenis>.yaml into struct naskah_tpl.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "load/abaikan.h"
#include "load/columns.h"
#include "load/load_perda.h"
#include "load/load_tte.h"
#include "load/schema.h"
#include "load/tplmerge.h"
#include "model/template.h"
#include "base/xalloc.h"

enum field_kind { FIELD_TEXT, FIELD_CHOICE, FIELD_NUM };

struct field {
	const char	*section;
	const char	*key;
	enum field_kind	 kind;
	size_t		 off;
	double		 lo, hi;
	const char	*choices;	/* "a|b|c" for FIELD_CHOICE */
	int		 optional;	/* OT, OC, ON: the default below */
	const char	*dtext;		/* a text's or a choice's default */
	double		 dnum;		/* a number's default */
};

#define T(sec, key) { #sec, #key, FIELD_TEXT, \
	offsetof(TPL, sec##_##key), 0, 0, NULL, 0, NULL, 0 },
#define C(sec, key, ch) { #sec, #key, FIELD_CHOICE, \
	offsetof(TPL, sec##_##key), 0, 0, ch, 0, NULL, 0 },
#define N(sec, key, lo, hi) { #sec, #key, FIELD_NUM, \
	offsetof(TPL, sec##_##key), lo, hi, NULL, 0, NULL, 0 },
#define OT(sec, key, def) { #sec, #key, FIELD_TEXT, \
	offsetof(TPL, sec##_##key), 0, 0, NULL, 1, def, 0 },
#define OC(sec, key, ch, def) { #sec, #key, FIELD_CHOICE, \
	offsetof(TPL, sec##_##key), 0, 0, ch, 1, def, 0 },
#define ON(sec, key, lo, hi, def) { #sec, #key, FIELD_NUM, \
	offsetof(TPL, sec##_##key), lo, hi, NULL, 1, NULL, def },
#define TPL struct naskah_tpl
static const struct field kfields[] = {
#include "model/template.def"
};
#undef TPL
#define TPL struct naskah_btpl
static const struct field bfields[] = {
#include "model/template_buku.def"
};
#undef TPL
#define TPL struct naskah_ptpl
static const struct field pfields[] = {
#include "model/template_perubahan.def"
};
#undef TPL
#undef T
#undef C
#undef N
#undef OT
#undef OC
#undef ON

/* Is v one of the '|'-separated choices? */
static int
one_of(const char *v, const char *choices)
{
	size_t n = strlen(v);
	const char *p = choices, *bar;

	for (;;) {
		bar = strchr(p, '|');
		if ((bar ? (size_t)(bar - p) : strlen(p)) == n &&
		    strncmp(p, v, n) == 0)
			return 1;
		if (bar == NULL)
			return 0;
		p = bar + 1;
	}
}
/*
 * NULL-terminated list of the distinct sections, or keys of one
 * section; with need, only those a template must give (a section is
 * needed when one of its keys is).
 */
static const char **
names(const struct field *fields, size_t nf, const char *section, int need)
{
	const char **v = xcalloc(nf + 2, sizeof(*v));
	size_t i, j, n = 0;

	for (i = 0; i < nf; i++) {
		const char *s = section ? fields[i].key : fields[i].section;

		if (section && strcmp(fields[i].section, section) != 0)
			continue;
		if (need && fields[i].optional)
			continue;
		for (j = 0; j < n; j++)
			if (strcmp(v[j], s) == 0)
				break;
		if (j == n)
			v[n++] = s;
	}
	return v;
}

/* Field f of the template at base set to its default. */
static void
field_default(const struct field *f, void *base)
{
	if (f->kind == FIELD_NUM)
		*(double *)((char *)base + f->off) = f->dnum;
	else
		*(const char **)((char *)base + f->off) = f->dtext;
}

/* Every scalar under n, in the file's order, into *out: where a
 * template's words are written, for messages about them. */
static void
collect_texts(const struct ynode *n, struct naskah_texts *out)
{
	struct naskah_text t;
	size_t i;

	if (n == NULL)
		return;
	if (n->kind == YNODE_SCALAR) {
		t.s = n->str;
		ydoc_span(NULL, n, &t.span);
		VEC_PUSH(out->v, out->n, out->cap, t);
		return;
	}
	for (i = 0; i < n->nkid; i++)
		collect_texts(n->kid[i], out);
}

/*
 * The optional "susun" section of a template's root into *out: the
 * defaults for what it does not say.  Returns 0 after reporting.
 */
static int
susun_load(struct schema *s, const struct ynode *root,
    struct naskah_susun *out)
{
	static const char *const keys[] = { "ekspansi", "langkah", "gantung",
	    "pemenggalan", NULL };
	static const struct naskah_susun def = NASKAH_SUSUN_DEFAULT;
	const struct ynode *sec = ymap_get(root, "susun"), *n;
	double pct;
	int ok = 1;

	*out = def;
	if (sec == NULL)
		return 1;
	if (!schema_map(s, sec, "susun", keys, NULL))
		return 0;
	/* in percent in the file, as a user thinks of them */
	if ((n = ymap_get(sec, "ekspansi")) != NULL) {
		if (schema_num(s, n, "susun.ekspansi", 0, 5, &pct))
			out->ekspansi = pct / 100;
		else
			ok = 0;
	}
	if ((n = ymap_get(sec, "langkah")) != NULL) {
		if (schema_num(s, n, "susun.langkah", 0.1, 5, &pct))
			out->langkah = pct / 100;
		else
			ok = 0;
	}
	ok &= schema_opt_bool(s, sec, "gantung", "susun", &out->gantung);
	ok &= schema_opt_bool(s, sec, "pemenggalan", "susun",
	    &out->pemenggalan);
	return ok;
}

/*
 * The optional "tanggal" section of a template's root into *out: how
 * the region writes a date, "5 November 2021" for what it does not
 * say.  Returns 0 after reporting.
 */
static int
tanggal_load(struct schema *s, const struct ynode *root,
    struct idn_date_style *out)
{
	static const char *const keys[] = { "hari", "bulan", NULL };
	static const char *const hari[] = { "1", "01" };
	static const char *const bulan[] = { "baku", "lama" };
	const struct ynode *sec = ymap_get(root, "tanggal"), *n;
	int ok = 1;

	out->pad_day = out->old_months = 0;
	if (sec == NULL)
		return 1;
	if (!schema_map(s, sec, "tanggal", keys, NULL))
		return 0;
	if ((n = ymap_get(sec, "hari")) != NULL)
		ok &= schema_choice(s, n, "tanggal.hari", hari, 2,
		    &out->pad_day);
	if ((n = ymap_get(sec, "bulan")) != NULL)
		ok &= schema_choice(s, n, "tanggal.bulan", bulan, 2,
		    &out->old_months);
	return ok;
}

/*
 * Read the template file at path into f: its name, its tree (over
 * its bases, under src's overrides) and its texts.  Returns 1, or 0
 * after reporting why (under the template's name, which d->file is
 * left at: the caller restores it).
 */
static int
tplfile_open(struct naskah_tplfile *f, const char *path,
    const struct naskah_tplsrc *src, struct naskah_diag *d)
{
	f->path = xstrdup(path);
	d->file = f->path;
	if ((f->y = tpl_chain_load(path, src, d)) == NULL)
		return 0;
	if (src != NULL && src->over != NULL && f->y->root->kind == YNODE_MAP)
		tpl_merge(&(struct schema){ d }, f->y->root,
		    (struct ynode *)src->over, 1, src->over->doc->path,
		    "templat_ubah");
	collect_texts(f->y->root, &f->texts);
	return susun_load(&(struct schema){ d }, f->y->root, &f->susun) &
	    tanggal_load(&(struct schema){ d }, f->y->root, &f->tanggal);
}

/* Free what f holds. */
static void
tplfile_clear(struct naskah_tplfile *f)
{
	ydoc_free(f->y);
	free(f->texts.v);
	free(f->path);
}

/*
 * Field f of the template at base from its section of root: a key
 * left out gets the default of an optional one (the sections and keys
 * are checked).  Returns 0 after reporting.
 */
static int
field_read(struct schema *s, const struct ynode *root,
    const struct field *f, void *base)
{
	const struct ynode *n = ymap_get(ymap_get(root, f->section), f->key);
	struct naskah_buf lb = { NULL, 0, 0 };
	struct naskah_text txt;
	const char *c;
	char *p, *list;
	int ok = 1;

	if (n == NULL && f->optional) {
		field_default(f, base);
		return 1;
	}
	p = xasprintf("%s.%s", f->section, f->key);
	if (f->kind == FIELD_NUM)
		ok = schema_num(s, n, p, f->lo, f->hi,
		    (double *)((char *)base + f->off));
	else if (!schema_text(s, n, p, 0, &txt))
		ok = 0;
	else if (f->kind == FIELD_CHOICE && !one_of(txt.s, f->choices)) {
		for (c = f->choices; *c != '\0'; c++)
			if (*c == '|')
				buf_adds(&lb, ", ");
			else
				buf_addc(&lb, *c);
		list = buf_take(&lb);
		naskah_diag(s->d, SEV_ERROR, n->pos, MSG_CHOICE, p, list,
		    txt.s);
		free(list);
		ok = 0;
	} else
		*(const char **)((char *)base + f->off) = txt.s;
	free(p);
	return ok;
}

/*
 * Read the template at path into f and the fields of base (a
 * naskah_tpl, naskah_btpl or naskah_ptpl), whose texts point into f's
 * tree.  Returns 1, or 0 after reporting errors under the template's
 * name.
 */
static int
load_fields(struct naskah_tplfile *f, const char *path,
    const struct naskah_tplsrc *src, struct naskah_diag *d,
    const struct field *fields, size_t nf, const char *extra, void *base)
{
	struct schema s = { d };
	const char *saved = d->file, **secs = NULL, **need = NULL, **known;
	const char **keys, **needkeys;
	const struct ynode *sec, *root;
	size_t i, k;
	int ok = 1;

	if (!tplfile_open(f, path, src, d)) {
		ok = 0;
		goto out;
	}
	root = f->y->root;
	secs = names(fields, nf, NULL, 0);
	need = names(fields, nf, NULL, 1);
	/* names() leaves room for one more: the kind's own section (if
	 * any), required; "susun" and "tanggal" (read by tplfile_open)
	 * are known too, and the decree's "kop", "pembukaan" and
	 * "peraturan" */
	for (i = 0; secs[i] != NULL; i++)
		;
	for (k = 0; need[k] != NULL; k++)
		;
	need[k] = extra;
	known = xcalloc(i + 10, sizeof(*known));
	memcpy(known, secs, i * sizeof(*known));
	known[i] = extra;
	known[i + (extra != NULL)] = "susun";
	known[i + (extra != NULL) + 1] = "tanggal";
	if (extra != NULL) {	/* the decree's: its words of the kop */
		known[i + 3] = "kop";
		known[i + 4] = "pembukaan";	/* issue 14: DENGAN RAHMAT */
		known[i + 5] = "peraturan";	/* and of a Peraturan */
		known[i + 6] = "abaikan";	/* issue 15: the reviewer */
		known[i + 7] = "tte";		/* issue 17: penandatangan.tte */
		known[i + 8] = "konsep";	/* and status: konsep */
	}
	ok = schema_map(&s, root, "templat", known, need);
	free(known);
	if (!ok)
		goto out;
	/* a section of optional keys only may be left out */
	for (i = 0; secs[i] != NULL; i++) {
		if ((sec = ymap_get(root, secs[i])) == NULL)
			continue;
		keys = names(fields, nf, secs[i], 0);
		needkeys = names(fields, nf, secs[i], 1);
		if (!schema_map(&s, sec, secs[i], keys, needkeys))
			ok = 0;
		free(keys);
		free(needkeys);
	}
	if (!ok)
		goto out;
	for (i = 0; i < nf; i++)
		ok &= field_read(&s, root, &fields[i], base);
out:
	free(secs);
	free(need);
	d->file = saved;
	return ok;
}

/*
 * The kind of kop and the lambang's measures of a "kop" section sec
 * (issue 14) into *out, each one absent left as it is.  Returns 0
 * after reporting.
 */
static int
kopjenis_load(struct schema *s, const struct ynode *sec,
    struct naskah_kopkata *out)
{
	const struct ynode *n;
	int jenis, ok = 1;

	if ((n = ymap_get(sec, "jenis")) != NULL) {
		if (schema_choice(s, n, "kop.jenis", naskah_kop_jenis_names,
		    KOP__MAX, &jenis))
			out->jenis = (enum naskah_kop_jenis)jenis;
		else
			ok = 0;
	}
	if ((n = ymap_get(sec, "lambang_lebar")) != NULL &&
	    !schema_num(s, n, "kop.lambang_lebar", 5, 60,
	    &out->lambang_lebar))
		ok = 0;
	if ((n = ymap_get(sec, "lambang_jarak")) != NULL &&
	    !schema_num(s, n, "kop.lambang_jarak", 0, 30,
	    &out->lambang_jarak))
		ok = 0;
	return ok;
}

/*
 * The optional "pembukaan" section of a decree template's root (issue
 * 14): whether DENGAN RAHMAT is printed when the decree does not say.
 * Returns 0 after reporting.
 */
static int
pembukaan_load(struct schema *s, const struct ynode *root, int *rahmat)
{
	static const char *const keys[] = { "rahmat", NULL };
	const struct ynode *sec = ymap_get(root, "pembukaan");

	*rahmat = 0;
	if (sec == NULL)
		return 1;
	return schema_map(s, sec, "pembukaan", keys, NULL) &
	    schema_opt_bool(s, sec, "rahmat", "pembukaan", rahmat);
}

/*
 * The optional "kop" section of a decree template's root into *out:
 * the defaults for what it does not say.  Returns 0 after reporting.
 */
static int
kopkata_load(struct schema *s, const struct ynode *root,
    struct naskah_kopkata *out)
{
	static const char *const keys[] = { "telepon", "faksimile",
	    "kode_pos", "laman", "pos_el", "pemisah", "jenis",
	    "lambang_lebar", "lambang_jarak", NULL };
	static const struct naskah_kopkata def = NASKAH_KOPKATA_DEFAULT;
	const char **v[] = { &out->telepon, &out->faksimile, &out->kode_pos,
	    &out->laman, &out->pos_el, &out->pemisah };
	const struct ynode *sec = ymap_get(root, "kop");
	struct naskah_text txt;
	size_t i;
	int ok = 1;

	*out = def;
	if (sec == NULL)
		return 1;
	if (!schema_map(s, sec, "kop", keys, NULL))
		return 0;
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		if (ymap_get(sec, keys[i]) == NULL)
			continue;
		if (schema_opt_text(s, sec, keys[i], "kop", 0, &txt))
			*v[i] = txt.s;
		else
			ok = 0;
	}
	return kopjenis_load(s, sec, out) && ok;
}

/* How many times needle stands in s. */
static int
count_of(const char *s, const char *needle)
{
	int n = 0;

	while ((s = strstr(s, needle)) != NULL) {
		n++;
		s += strlen(needle);
	}
	return n;
}

/* Does the decree template t's kata.baris_nomor, if given, hold its
 * placeholders?  Returns 0 after reporting. */
static int
baris_nomor_check(struct schema *s, const struct naskah_tpl *t)
{
	const char *p = t->kata_baris_nomor;
	const struct ynode *n;

	if (p == NULL || (count_of(p, "{nomor}") == 1 &&
	    count_of(p, "{tahun}") <= 1))
		return 1;
	n = ymap_get(ymap_get(t->file.y->root, "kata"), "baris_nomor");
	naskah_diag(s->d, SEV_ERROR, n->pos, MSG_BARIS_NOMOR,
	    "kata.baris_nomor", p);
	return 0;
}

struct naskah_tpl *
naskah_tpl_load(const char *path, const struct naskah_tplsrc *src,
    struct naskah_diag *d)
{
	struct naskah_tpl *t = xcalloc(1, sizeof(*t));
	const char *saved = d->file;
	struct schema s = { d };
	int ok;

	ok = load_fields(&t->file, path, src, d, kfields, sizeof(kfields) /
	    sizeof(kfields[0]), "kolom_iku", t);
	d->file = t->file.path;
	/* its columns are checked even when other keys are wrong, so
	 * that every mistake is reported at once */
	if (t->file.y != NULL && t->file.y->root != NULL &&
	    ymap_get(t->file.y->root, "kolom_iku") != NULL)
		ok &= naskah_colspecs_load(&s, ymap_get(t->file.y->root,
		    "kolom_iku"), "kolom_iku", NASKAH_IKU_COLUMNS,
		    PH_TAHUN | COLS_KELOMPOK, &t->kolom_iku);
	if (t->file.y != NULL && t->file.y->root != NULL)
		ok &= kopkata_load(&s, t->file.y->root, &t->kop) &
		    pembukaan_load(&s, t->file.y->root, &t->pembukaan_rahmat) &
		    perdakata_load(&s, t->file.y->root, &t->peraturan) &
		    ttekata_load(&s, t->file.y->root, &t->tte) &
		    konsepkata_load(&s, t->file.y->root, &t->konsep) &
		    abaikan_load(&s, t->file.y->root, &t->abaikan);
	if (ok)
		ok = baris_nomor_check(&s, t);
	d->file = saved;
	if (!ok) {
		naskah_tpl_free(t);
		return NULL;
	}
	return t;
}

struct naskah_btpl *
naskah_btpl_load(const char *path, const struct naskah_tplsrc *src,
    struct naskah_diag *d)
{
	struct naskah_btpl *t = xcalloc(1, sizeof(*t));

	if (!load_fields(&t->file, path, src, d, bfields,
	    sizeof(bfields) / sizeof(bfields[0]), NULL, t)) {
		naskah_btpl_free(t);
		return NULL;
	}
	return t;
}

struct naskah_ptpl *
naskah_ptpl_load(const char *path, const struct naskah_tplsrc *src,
    struct naskah_diag *d)
{
	struct naskah_ptpl *t = xcalloc(1, sizeof(*t));

	if (!load_fields(&t->file, path, src, d, pfields,
	    sizeof(pfields) / sizeof(pfields[0]), NULL, t)) {
		naskah_ptpl_free(t);
		return NULL;
	}
	return t;
}

void
naskah_ptpl_free(struct naskah_ptpl *t)
{
	if (t == NULL)
		return;
	tplfile_clear(&t->file);
	free(t);
}

void
naskah_btpl_free(struct naskah_btpl *t)
{
	if (t == NULL)
		return;
	tplfile_clear(&t->file);
	free(t);
}

void
naskah_tpl_free(struct naskah_tpl *t)
{
	if (t == NULL)
		return;
	naskah_colspecs_free(&t->kolom_iku);
	abaikan_clear(&t->abaikan);
	tplfile_clear(&t->file);
	free(t);
}

struct naskah_ltpl *
naskah_ltpl_load(const char *path, const struct naskah_tplsrc *src,
    struct naskah_diag *d)
{
	static const char *const keys[] = { "melintang", "kata", "kolom",
	    "susun", "tanggal", NULL };
	static const char *const need[] = { "melintang", "kata", "kolom",
	    NULL };
	static const char *const kk[] = { "jumlah", "pihak_pertama",
	    "pihak_kedua", NULL };
	struct naskah_ltpl *t = xcalloc(1, sizeof(*t));
	const char **words[] = { &t->kata_jumlah, &t->kata_pihak_pertama,
	    &t->kata_pihak_kedua };
	const char *saved = d->file, *tables[LTABLE__MAX + 1];
	struct schema s = { d };
	const struct ynode *root, *kata, *kolom;
	struct naskah_text txt;
	int ok = 1, i;
	char *p;

	if (!tplfile_open(&t->file, path, src, d)) {
		ok = 0;
		goto out;
	}
	root = t->file.y->root;
	for (i = 0; i < LTABLE__MAX; i++)
		tables[i] = naskah_ltable_names[i];
	tables[LTABLE__MAX] = NULL;
	if (!schema_map(&s, root, "templat", keys, need)) {
		ok = 0;
		goto out;
	}
	ok &= schema_bool(&s, ymap_get(root, "melintang"), "melintang",
	    &t->melintang);
	kata = ymap_get(root, "kata");
	if (schema_map(&s, kata, "kata", kk, kk))
		for (i = 0; kk[i] != NULL; i++) {
			p = xasprintf("kata.%s", kk[i]);
			if (schema_text(&s, ymap_get(kata, kk[i]), p, 0, &txt))
				*words[i] = txt.s;
			else
				ok = 0;
			free(p);
		}
	else
		ok = 0;
	kolom = ymap_get(root, "kolom");
	if (schema_map(&s, kolom, "kolom", tables, tables))
		for (i = 0; i < LTABLE__MAX; i++) {
			p = xasprintf("kolom.%s", tables[i]);
			ok &= naskah_colspecs_load(&s, ymap_get(kolom,
			    tables[i]), p, naskah_ltable_allowed[i],
			    naskah_ltable_placeholders[i], &t->kolom[i]);
			free(p);
		}
	else
		ok = 0;
out:
	d->file = saved;
	if (!ok) {
		naskah_ltpl_free(t);
		return NULL;
	}
	return t;
}

void
naskah_ltpl_free(struct naskah_ltpl *t)
{
	int i;

	if (t == NULL)
		return;
	for (i = 0; i < LTABLE__MAX; i++)
		naskah_colspecs_free(&t->kolom[i]);
	tplfile_clear(&t->file);
	free(t);
}
