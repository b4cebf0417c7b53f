/* SPDX-License-Identifier: ISC */
/*
 * load_perda.c - YAML -> a Peraturan's batang tubuh (BAB, Bagian,
 * Paragraf, Pasal, ayat, huruf and angka) and its pengundangan, with
 * the schema checks of naskah.5 (jenis: peraturan) and the Pasal
 * numbered through the whole text (doc/peraturan.md).
 */
#include <stdlib.h>
#include <string.h>

#include "load/load_perda.h"
#include "base/xalloc.h"

static int item_load(struct schema *s, const struct ynode *n,
    const char *path, int pasal, int depth, struct perda_item *it);

/* Lists nested deeper than UU 12/2011 Lampiran II allows (tabulasi:
 * "pembagian rincian tidak melebihi 4 (empat) tingkat"). */
#define PERDA_LIST_DEPTH	4

/* The huruf or angka list of map m (at most one) into it, depth lists
 * deep (1: a Pasal's or an ayat's). */
static int
list_load(struct schema *s, const struct ynode *m, const char *path,
    int depth, struct perda_item *it)
{
	const struct ynode *h = ymap_get(m, "huruf"), *a = ymap_get(m, "angka");
	const struct ynode *l = h != NULL ? h : a;
	size_t i;
	char *p;
	int ok = 1;

	if (h != NULL && a != NULL) {
		naskah_diag(s->d, SEV_ERROR, a->pos, MSG_PERDA_BOTH, path,
		    "huruf", "angka");
		return 0;
	}
	if (l == NULL)
		return 1;
	p = xasprintf("%s.%s", path, h != NULL ? "huruf" : "angka");
	if (!schema_list(s, l, p, 1)) {
		free(p);
		return 0;
	}
	if (depth == PERDA_LIST_DEPTH + 1)
		naskah_diag(s->d, SEV_WARNING, l->pos, MSG_PERDA_DEEP, p,
		    PERDA_LIST_DEPTH, PERDA_LIST_DEPTH);
	it->list = h != NULL ? PERDA_LIST_HURUF : PERDA_LIST_ANGKA;
	it->kid = xcalloc(l->nkid, sizeof(*it->kid));
	for (i = 0; i < l->nkid; i++) {
		char *ip = xasprintf("%s[%zu]", p, i + 1);

		ok &= item_load(s, l->kid[i], ip, 0, depth + 1,
		    &it->kid[it->nkid++]);
		free(ip);
	}
	free(p);
	return ok;
}

/*
 * An ayat or a point of a list (pasal 0), or a Pasal (pasal: its
 * number): a text, or a map of teks and a list under it, depth lists
 * deep (1 for the list of a Pasal or an ayat).
 */
static int
item_load(struct schema *s, const struct ynode *n, const char *path,
    int pasal, int depth, struct perda_item *it)
{
	static const char *const keys[] = { "teks", "huruf", "angka", NULL };
	const struct ynode *ay;
	size_t i;
	int ok = 1;

	it->pos = n->pos;
	if (n->kind != YNODE_MAP)
		return schema_text(s, n, path, 1, &it->teks);
	if (ymap_get(n, "teks") == NULL && ymap_get(n, "nomor") == NULL &&
	    schema_colon_text(s, n, path))	/* "...: ..." (issue 16) */
		return 0;
	if (!schema_keys(s, n, path, pasal ? KM_PASAL : KM_BUTIR))
		return 0;
	ok &= schema_opt_text(s, n, "teks", path, 1, &it->teks);
	if (pasal && (ay = ymap_get(n, "nomor")) != NULL) {
		char *np = xasprintf("%s.nomor", path);
		long v;

		if (!schema_int(s, ay, np, 1, 100000, &v))
			ok = 0;
		else if (v != pasal) {
			naskah_diag(s->d, SEV_ERROR, ay->pos, MSG_PASAL_NOMOR,
			    ay->str, pasal);
			ok = 0;
		}
		free(np);
	}
	if (!pasal || (ay = ymap_get(n, "ayat")) == NULL) {
		if (pasal && it->teks.s == NULL) {
			naskah_diag(s->d, SEV_ERROR, n->pos, MSG_MISSING_KEY,
			    path, "teks");
			ok = 0;
		}
		return ok & list_load(s, n, path, depth, it);
	}
	/* a Pasal of ayat: the text and the lists are the ayat's */
	for (i = 0; keys[i] != NULL; i++)
		if (ymap_get(n, keys[i]) != NULL) {
			naskah_diag(s->d, SEV_ERROR, ymap_get(n, keys[i])->pos,
			    MSG_PERDA_BOTH, path, "ayat", keys[i]);
			return 0;
		}
	{
		char *p = xasprintf("%s.ayat", path);

		if (!schema_list(s, ay, p, 1)) {
			free(p);
			return 0;
		}
		it->list = PERDA_LIST_AYAT;
		it->kid = xcalloc(ay->nkid, sizeof(*it->kid));
		for (i = 0; i < ay->nkid; i++) {
			char *ip = xasprintf("%s[%zu]", p, i + 1);

			ok &= item_load(s, ay->kid[i], ip, 0, 1,
			    &it->kid[it->nkid++]);
			free(ip);
		}
		free(p);
	}
	return ok;
}

/* The Pasal of list n (path) appended to p's, into g's range. */
static int
pasal_list(struct schema *s, const struct ynode *n, const char *path,
    struct naskah_perda *p, struct perda_group *g)
{
	struct perda_item empty;
	size_t i;
	int ok = 1;

	if (!schema_list(s, n, path, 1))
		return 0;
	g->first = p->npasal;
	memset(&empty, 0, sizeof(empty));
	for (i = 0; i < n->nkid; i++) {
		char *ip = xasprintf("%s[%zu]", path, i + 1);

		VEC_PUSH(p->pasal, p->npasal, p->cappasal, empty);
		ok &= item_load(s, n->kid[i], ip, (int)p->npasal, 1,
		    &p->pasal[p->npasal - 1]);
		free(ip);
	}
	g->npasal = p->npasal - g->first;
	return ok;
}

/* What a group of each level holds: the next level, or Pasal. */
static const char *const below[PERDA_LEVEL__MAX] = {
	[PERDA_ROOT] = "bab",
	[PERDA_BAB] = "bagian",
	[PERDA_BAGIAN] = "paragraf",
	[PERDA_PARAGRAF] = NULL,
};

/* The children of group g (its map m at path): Pasal or groups. */
static int
group_kids(struct schema *s, const struct ynode *m, const char *path,
    struct naskah_perda *p, struct perda_group *g)
{
	const char *sub = below[g->level];
	const struct ynode *ps = ymap_get(m, "pasal");
	const struct ynode *gs = sub != NULL ? ymap_get(m, sub) : NULL;
	size_t i;
	char *lp;
	int ok = 1;

	if (ps != NULL && gs != NULL) {
		naskah_diag(s->d, SEV_ERROR, gs->pos, MSG_PERDA_BOTH, path,
		    "pasal", sub);
		return 0;
	}
	if (ps == NULL && gs == NULL) {
		naskah_diag(s->d, SEV_ERROR, m->pos, MSG_MISSING_KEY, path,
		    "pasal");
		return 0;
	}
	lp = xasprintf("%s%s%s", path, *path ? "." : "", ps ? "pasal" : sub);
	if (ps != NULL) {
		ok = pasal_list(s, ps, lp, p, g);
		free(lp);
		return ok;
	}
	if (!schema_list(s, gs, lp, 1)) {
		free(lp);
		return 0;
	}
	g->kid = xcalloc(gs->nkid, sizeof(*g->kid));
	g->first = p->npasal;
	for (i = 0; i < gs->nkid; i++) {
		/* judul, pasal and the level below */
		static const enum keymap_id keys[PERDA_LEVEL__MAX] = {
			[PERDA_BAB] = KM_BAB,
			[PERDA_BAGIAN] = KM_BAGIAN,
			[PERDA_PARAGRAF] = KM_PARAGRAF,
		};
		struct perda_group *k = &g->kid[g->nkid++];
		char *ip = xasprintf("%s[%zu]", lp, i + 1);

		k->level = (enum perda_level)(g->level + 1);
		k->nomor = (int)i + 1;
		k->pos = gs->kid[i]->pos;
		if (!schema_keys(s, gs->kid[i], ip, keys[k->level]) ||
		    !schema_opt_text(s, gs->kid[i], "judul", ip, 1, &k->judul) ||
		    !group_kids(s, gs->kid[i], ip, p, k))
			ok = 0;
		free(ip);
	}
	g->npasal = p->npasal - g->first;
	free(lp);
	return ok;
}

static int
date_load(struct schema *s, const struct ynode *n, struct naskah_date *out)
{
	if (n != NULL && n->kind == YNODE_SCALAR) {
		switch (idn_date_parse(n->str, out)) {
		case IDN_DATE_OK:
			return 1;
		case IDN_DATE_RANGE:
			naskah_diag(s->d, SEV_ERROR, n->pos, MSG_DATE_REAL,
			    n->str);
			return 0;
		default:
			break;
		}
	}
	if (n != NULL)
		naskah_diag(s->d, SEV_ERROR, n->pos, MSG_DATE,
		    n->kind == YNODE_SCALAR ? n->str : "pengundangan.tanggal");
	return 0;
}

static int
undang_load(struct schema *s, const struct ynode *m,
    struct perda_pengundangan *u)
{
	const struct ynode *b, *n;
	const char *bp = "pengundangan.berita_daerah";
	long v;
	int ok;

	if (!schema_keys(s, m, "pengundangan", KM_UNDANG))
		return 0;
	u->pos = m->pos;
	ok = schema_opt_text(s, m, "tempat", "pengundangan", 1, &u->tempat) &
	    date_load(s, ymap_get(m, "tanggal"), &u->tanggal) &
	    schema_opt_text(s, m, "jabatan", "pengundangan", 1, &u->jabatan) &
	    schema_opt_text(s, m, "nama", "pengundangan", 1, &u->nama) &
	    schema_opt_text(s, m, "pangkat", "pengundangan", 1, &u->pangkat) &
	    schema_opt_text(s, m, "nip", "pengundangan", 1, &u->nip);
	b = ymap_get(m, "berita_daerah");
	if (!schema_keys(s, b, bp, KM_BERITA))
		return 0;
	ok &= schema_opt_text(s, b, "daerah", bp, 1, &u->daerah) &
	    schema_opt_text(s, b, "nomor", bp, 1, &u->nomor);
	n = ymap_get(b, "tahun");
	if (schema_int(s, n, "pengundangan.berita_daerah.tahun", 1900, 2200,
	    &v))
		u->tahun.s = n->str, ydoc_span(NULL, n, &u->tahun.span);
	else
		ok = 0;
	return ok;
}

struct naskah_perda *
perda_load(struct schema *s, const struct ynode *root,
    const struct naskah_decree *doc, int *ok)
{
	/* KM_BATANG: bab or pasal */
	const struct keydef *bk = keymap_get(KM_BATANG)->keys;
	const char *const keys[] = { bk[0].name, bk[1].name, NULL };
	struct naskah_perda *p = xcalloc(1, sizeof(*p));
	const struct ynode *bt = ymap_get(root, "batang_tubuh");
	const struct ynode *pr = ymap_get(root, "peraturan");
	const struct ynode *u = ymap_get(root, "pengundangan");
	const char *key;
	const struct ynode *val;

	*ok = 1;
	if (pr != NULL && pr->kind == YNODE_MAP)
		*ok &= schema_text_at(s, pr, "sebutan", "peraturan", 1,
		    &p->sebutan);
	/* the references are checked whenever the tree they point into
	 * is whole, to report every mistake at once */
	if (bt != NULL && schema_one_key(s, bt, "batang_tubuh", keys, &key,
	    &val) && group_kids(s, bt, "batang_tubuh", p, &p->root))
		*ok &= perda_refs_check(p, &doc->menimbang, s->d);
	else
		*ok = 0;
	if (u == NULL || !undang_load(s, u, &p->undang))
		*ok = 0;
	(void)key;
	(void)val;
	return p;
}

int
perdakata_load(struct schema *s, const struct ynode *root,
    struct naskah_perdakata *out)
{
	static const char *const keys[] = { "bab", "bagian", "paragraf",
	    "pasal", "penutup", "diundangkan_di", "pada_tanggal",
	    "berita_daerah", NULL };
	static const struct naskah_perdakata def = NASKAH_PERDAKATA_DEFAULT;
	const char **v[] = { &out->bab, &out->bagian, &out->paragraf,
	    &out->pasal, &out->penutup, &out->diundangkan_di,
	    &out->pada_tanggal, &out->berita_daerah };
	const struct ynode *sec = ymap_get(root, "peraturan");
	struct naskah_text txt;
	size_t i;
	int ok = 1;

	*out = def;
	if (sec == NULL)
		return 1;
	if (!schema_map(s, sec, "peraturan", keys, NULL))
		return 0;
	for (i = 0; keys[i] != NULL; i++) {
		if (ymap_get(sec, keys[i]) == NULL)
			continue;
		if (schema_opt_text(s, sec, keys[i], "peraturan", 1, &txt))
			*v[i] = txt.s;
		else
			ok = 0;
	}
	return ok;
}
