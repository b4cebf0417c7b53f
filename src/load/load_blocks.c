/* SPDX-License-Identifier: ISC */
/*
 * load_blocks.c - the book's blocks that hold data rather than text:
 * organisation charts (bagan), tables (tabel) and the LKjIP tables
 * (pengukuran_kinerja, perbandingan_kinerja, realisasi_anggaran).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "model/capaian.h"
#include "load/columns.h"
#include "load/load_book_int.h"
#include "load/load_iku.h"
#include "base/xalloc.h"

/* A post's id and index: an entry of a chart's sorted index of ids. */
struct post_key {
	const char	*id;
	size_t		 i;
};

/* Order of post_key: by id, then by index (whatever qsort's method). */
static int
post_key_cmp(const void *a, const void *b)
{
	const struct post_key *x = a, *y = b;
	int c = strcmp(x->id, y->id);

	if (c != 0)
		return c;
	return (x->i > y->i) - (x->i < y->i);
}

/* The lowest index of a post with the id s in k[0..n), sorted by
 * post_key_cmp, or (size_t)-1 when none has it: O(log n) compares. */
static size_t
post_find(const struct post_key *k, size_t n, const char *s)
{
	size_t lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strcmp(k[mid].id, s) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && strcmp(k[lo].id, s) == 0 ? k[lo].i : (size_t)-1;
}

/*
 * Link each post of ch to the first post with its atasan's id, in
 * O(n log n) through one sorted index of the ids; a post without atasan
 * counts in *heads, the last one is ch->root.  Post by post, in order,
 * reports an id some earlier post has (once: the repeats of a message
 * are not said) and then an atasan no post has.  Returns 0 after any
 * report.
 */
static int
chart_link(struct bloader *l, struct naskah_chart *ch, size_t *heads)
{
	struct post_key *k;
	unsigned char *dup;
	size_t i, j;
	int ok = 1;

	k = xcalloc(ch->npost, sizeof(*k));
	dup = xcalloc(ch->npost, 1);
	for (i = 0; i < ch->npost; i++) {
		k[i].id = ch->post[i].id.s;
		k[i].i = i;
	}
	qsort(k, ch->npost, sizeof(*k), post_key_cmp);
	for (i = 1; i < ch->npost; i++)
		if (strcmp(k[i - 1].id, k[i].id) == 0)
			dup[k[i].i] = 1;
	for (i = 0; i < ch->npost; i++) {
		struct naskah_post *ps = &ch->post[i];

		if (dup[i]) {
			naskah_diag(l->s.d, SEV_ERROR, ps->id.span.at,
			    MSG_CHART_ID, ps->id.s);
			ok = 0;
		}
		if (ps->atasan.s == NULL) {
			++*heads;
			ch->root = i;
			continue;
		}
		j = post_find(k, ch->npost, ps->atasan.s);
		if (j == (size_t)-1) {
			naskah_diag(l->s.d, SEV_ERROR, ps->atasan.span.at,
			    MSG_CHART_ATASAN, ps->atasan.s);
			ok = 0;
		} else
			ps->parent = j;
	}
	free(dup);
	free(k);
	return ok;
}

/*
 * Check that the chain of atasan of every post of ch ends at a head,
 * each post visited a bounded number of times (O(n) in all); reports
 * the loop that the first post, in order, whose chain runs into one
 * runs into, at the first of its posts on that chain.  Returns 0 after
 * the report.
 */
static int
chart_acyclic(struct bloader *l, const struct naskah_chart *ch)
{
	/* a post's state: not seen yet, on the chain being walked, or
	 * known to end at a head or in a loop */
	enum { UNSEEN, WALKING, HEAD, LOOP } end;
	unsigned char *st;
	size_t i, j, meet;
	int ok = 1;

	st = xcalloc(ch->npost, 1);
	for (i = 0; ok && i < ch->npost; i++) {
		for (j = i; st[j] == UNSEEN; j = ch->post[j].parent) {
			st[j] = WALKING;
			if (ch->post[j].parent == (size_t)-1)
				break;
		}
		if (st[j] == WALKING)	/* a head, or this walk met itself */
			end = ch->post[j].parent == (size_t)-1 ? HEAD : LOOP;
		else
			end = st[j];
		meet = j;	/* a post of the loop, when it ends in one */
		for (j = i; st[j] == WALKING; j = ch->post[j].parent) {
			st[j] = end;
			if (ch->post[j].parent == (size_t)-1)
				break;
		}
		if (st[i] == LOOP) {
			naskah_diag(l->s.d, SEV_ERROR, ch->post[meet].pos,
			    MSG_CHART_CYCLE, ch->post[meet].id.s);
			ok = 0;
		}
	}
	free(st);
	return ok;
}

/*
 * An organisation chart: positions with an id and the id of the one
 * they report to; exactly one head, no loops, staf positions drawn
 * beside their head's line.  O(n log n) in its n positions.
 */
int
book_load_chart(struct bloader *l, const struct ynode *n, const char *path,
    struct naskah_block *b)
{
	struct naskah_chart *ch;
	size_t i, heads = 0;
	char *p;
	int ok = 1;

	if (!schema_list(&l->s, n, path, 1))
		return 0;
	ch = b->chart = xcalloc(1, sizeof(*ch));
	ch->post = xcalloc(n->nkid, sizeof(*ch->post));
	ch->npost = n->nkid;
	for (i = 0; i < n->nkid; i++) {
		struct naskah_post *ps = &ch->post[i];
		const struct ynode *it = n->kid[i];

		ps->pos = it->pos;
		ps->parent = (size_t)-1;
		p = xasprintf("%s[%zu]", path, i + 1);
		if (!schema_keys(&l->s, it, p, KM_JABATAN)) {
			ok = 0;
			free(p);
			continue;
		}
		ok &= text_at(l, it, "id", p, 1, &ps->id);
		ok &= text_at(l, it, "jabatan", p, 1, &ps->jabatan);
		ok &= text_at(l, it, "nama", p, 0, &ps->nama);
		ok &= text_at(l, it, "nip", p, 0, &ps->nip);
		ok &= text_at(l, it, "atasan", p, 0, &ps->atasan);
		ok &= schema_opt_bool(&l->s, it, "staf", p, &ps->staf);
		ok &= schema_opt_bool(&l->s, it, "tegak", p, &ps->tegak);
		free(p);
	}
	if (!ok)
		return 0;
	ok = chart_link(l, ch, &heads);
	for (i = 0; ok && i < ch->npost; i++)
		if (ch->post[i].parent != (size_t)-1 &&
		    ch->post[ch->post[i].parent].staf) {
			naskah_diag(l->s.d, SEV_ERROR, ch->post[i].atasan.span.at,
			    MSG_CHART_STAF, ch->post[i].id.s);
			ok = 0;
		}
	if (ok && heads != 1) {
		naskah_diag(l->s.d, SEV_ERROR, n->pos, MSG_CHART_HEAD,
		    (int)heads);
		ok = 0;
	}
	return ok && chart_acyclic(l, ch);
}

/* A table of any columns: kolom [{judul, lebar, rata}], baris [[...]]. */
int
book_load_table(struct bloader *l, const struct ynode *n, const char *path,
    struct naskah_block *b)
{
	/* rata's names: the key table's (keys.c) */
	const struct keydef *rata = &keymap_get(KM_KOLOM)->keys[2];
	const struct ynode *cols, *rows, *r;
	struct naskah_table *t;
	size_t i, j;
	char *p;
	int ok = 1, a;

	if (!schema_keys(&l->s, n, path, KM_TABEL))
		return 0;
	cols = ymap_get(n, "kolom");
	rows = ymap_get(n, "baris");
	p = xasprintf("%s.kolom", path);
	if (!schema_list(&l->s, cols, p, 1)) {
		free(p);
		return 0;
	}
	t = b->table = xcalloc(1, sizeof(*t));
	t->pos = n->pos;
	t->col = xcalloc(cols->nkid, sizeof(*t->col));
	t->ncol = cols->nkid;
	for (i = 0; i < cols->nkid; i++) {
		char *q = xasprintf("%s[%zu]", p, i + 1);
		const struct ynode *c = cols->kid[i];

		if (c->kind == YNODE_SCALAR)
			ok &= schema_text(&l->s, c, q, 1, &t->col[i].judul);
		else if (!schema_keys(&l->s, c, q, KM_KOLOM))
			ok = 0;
		else {
			ok &= text_at(l, c, "judul", q, 1, &t->col[i].judul);
			if (ymap_get(c, "lebar") != NULL) {
				char *w = xasprintf("%s.lebar", q);

				ok &= schema_num(&l->s, ymap_get(c, "lebar"), w, 3,
				    300, &t->col[i].lebar);
				free(w);
			}
			if (ymap_get(c, "rata") != NULL) {
				char *w = xasprintf("%s.rata", q);

				if (schema_choice(&l->s, ymap_get(c, "rata"), w,
				    rata->names, rata->nnames, &a))
					t->col[i].rata = a;
				else
					ok = 0;
				free(w);
			}
		}
		free(q);
	}
	free(p);
	p = xasprintf("%s.baris", path);
	if (!schema_list(&l->s, rows, p, 1)) {
		free(p);
		return 0;
	}
	t->cell = xcalloc(rows->nkid * t->ncol, sizeof(*t->cell));
	t->nrow = rows->nkid;
	for (i = 0; i < rows->nkid; i++) {
		char *q = xasprintf("%s[%zu]", p, i + 1);

		r = rows->kid[i];
		if (!schema_list(&l->s, r, q, 1))
			ok = 0;
		else if (r->nkid != t->ncol) {
			naskah_diag(l->s.d, SEV_ERROR, r->pos, MSG_ROW_CELLS,
			    (int)r->nkid, (int)t->ncol);
			ok = 0;
		} else
			for (j = 0; j < t->ncol; j++)
				ok &= schema_text(&l->s, r->kid[j], q, 0,
				    &t->cell[i * t->ncol + j]);
		free(q);
	}
	free(p);
	return ok;
}

/* A signer of the Perjanjian Kinerja: {tanggal, jabatan, nama, nip}. */
static int
load_signer(struct bloader *l, const struct ynode *n, const char *path,
    struct naskah_pihak *sg)
{
	char *p;
	int ok;

	if (!schema_keys(&l->s, n, path, KM_PIHAK))
		return 0;
	p = xasprintf("%s.jabatan", path);
	ok = schema_texts(&l->s, ymap_get(n, "jabatan"), p, &sg->jabatan);
	free(p);
	ok &= text_at(l, n, "tanggal", path, 0, &sg->tanggal);
	ok &= text_at(l, n, "nama", path, 1, &sg->nama);
	ok &= text_at(l, n, "nip", path, 0, &sg->nip);
	return ok;
}

/* kolom (or key) under n, chosen among the contents of table t. */
static int
load_colsel(struct bloader *l, const struct ynode *n, const char *key,
    const char *path, enum naskah_ltable t, struct naskah_colsel *out)
{
	const struct ynode *v = ymap_get(n, key);
	char *p;
	int ok;

	if (v == NULL)
		return 1;
	p = xasprintf("%s.%s", path, key);
	ok = naskah_colsel_load(&l->s, v, p, naskah_ltable_allowed[t], out);
	free(p);
	return ok;
}

static int load_budget(struct bloader *l, const struct ynode *v,
    const char *p, int perjanjian, struct naskah_anggaran *a);

/*
 * The tahun of a block built on IKU rows: the years compared (a list)
 * for perbandingan_kinerja, one year otherwise; then tahun_akhir of
 * perbandingan_renstra.
 */
static int
load_years(struct bloader *l, const struct ynode *n, const char *path,
    enum naskah_block_kind kind, struct naskah_pengukuran *u)
{
	const struct ynode *v;
	char *p;
	size_t i;
	long year = 0;
	int ok = 1;

	p = xasprintf("%s.tahun", path);
	v = ymap_get(n, "tahun");
	if (kind == BLOCK_PERBANDINGAN) {
		/* the years compared, 1 to 5, oldest first */
		if (v->kind != YNODE_LIST || v->nkid == 0 ||
		    v->nkid > NASKAH_MAX_YEARS) {
			naskah_diag(l->s.d, SEV_ERROR, v->pos, MSG_YEARS, p,
			    NASKAH_MAX_YEARS);
			ok = 0;
		} else
			for (i = 0; i < v->nkid; i++) {
				if (!schema_int(&l->s, v->kid[i], p, 1900, 2200,
				    &year))
					ok = 0;
				else if (u->nyears > 0 &&
				    year <= u->years[u->nyears - 1]) {
					/* oldest first, each once */
					naskah_diag(l->s.d, SEV_ERROR,
					    v->kid[i]->pos, MSG_YEARS, p,
					    NASKAH_MAX_YEARS);
					ok = 0;
				} else
					u->years[u->nyears++] = (int)year;
			}
	} else {
		ok &= schema_int(&l->s, v, p, 1900, 2200, &year);
		u->tahun = (int)year;
	}
	free(p);
	if (kind == BLOCK_RENSTRA) {
		long last = 0;

		p = xasprintf("%s.tahun_akhir", path);
		ok &= schema_int(&l->s, ymap_get(n, "tahun_akhir"), p,
		    year > 1900 ? year : 1900, 2200, &last);
		u->tahun_akhir = (int)last;
		free(p);
	}
	return ok;
}

/* The two signers of perjanjian_kinerja and its program table. */
static int
load_perjanjian(struct bloader *l, const struct ynode *n, const char *path,
    struct naskah_block *b)
{
	const struct ynode *v;
	char *p;
	int ok = 1;

	b->pk = xcalloc(1, sizeof(*b->pk));
	p = xasprintf("%s.pihak_pertama", path);
	ok &= load_signer(l, ymap_get(n, "pihak_pertama"), p,
	    &b->pk->pertama);
	free(p);
	p = xasprintf("%s.pihak_kedua", path);
	ok &= load_signer(l, ymap_get(n, "pihak_kedua"), p, &b->pk->kedua);
	free(p);
	if (ymap_get(n, "program") == NULL &&
	    ymap_get(n, "kolom_program") != NULL) {
		/* columns of a table that is not there */
		naskah_diag(l->s.d, SEV_ERROR, n->pos, MSG_MISSING_KEY,
		    path, "program");
		ok = 0;
	}
	if ((v = ymap_get(n, "program")) != NULL) {
		b->anggaran = xcalloc(1, sizeof(*b->anggaran));
		b->anggaran->pos = v->pos;
		p = xasprintf("%s.program", path);
		ok &= load_budget(l, v, p, 1, b->anggaran);
		free(p);
		ok &= load_colsel(l, n, "kolom_program", path,
		    LTABLE_PK_PROGRAM, &b->anggaran->kolom);
	}
	return ok;
}

/* The predikat scale, v the list under key predikat (p names it). */
static int
load_scale(struct bloader *l, const struct ynode *v, const char *p,
    struct naskah_pengukuran *u)
{
	const struct ynode *st;
	size_t i;
	int ok = 1;

	if (!schema_list(&l->s, v, p, 1))
		return 0;
	u->skala = xcalloc(v->nkid, sizeof(*u->skala));
	for (i = 0; i < v->nkid; i++) {
		char *q = xasprintf("%s[%zu]", p, i + 1);
		struct naskah_predikat_step *s = &u->skala[u->nskala];
		struct naskah_text t = { .s = NULL };

		st = v->kid[i];
		if (!schema_keys(&l->s, st, q, KM_PREDIKAT) ||
		    !text_at(l, st, "predikat", q, 1, &t)) {
			ok = 0;
		} else if ((ymap_get(st, "minimal") != NULL) ==
		    (ymap_get(st, "lebih_dari") != NULL)) {
			naskah_diag(l->s.d, SEV_ERROR, st->pos,
			    MSG_SCALE_BOUND, q);
			ok = 0;
		} else {
			s->strict = ymap_get(st, "minimal") == NULL;
			s->predikat = t.s;
			ok &= schema_num(&l->s, ymap_get(st,
			    s->strict ? "lebih_dari" : "minimal"),
			    q, -1000, 1000, &s->min);
			u->nskala++;
		}
		free(q);
	}
	return ok;
}

/*
 * The blocks built on IKU rows: pengukuran_kinerja, perbandingan_kinerja,
 * perbandingan_renstra ({tahun, tahun_akhir, iku, desimal, pembulatan,
 * kosong, predikat: [{minimal | lebih_dari, predikat}], kolom}) and
 * perjanjian_kinerja ({tahun, iku, kolom, program, kolom_program,
 * pihak_pertama, pihak_kedua}).
 */
int
book_load_pengukuran(struct bloader *l, const struct ynode *n, const char *path,
    struct naskah_block *b)
{
	/* each kind's table of the LKjIP template, and its keys (keys.c) */
	static const struct {
		enum naskah_ltable	 table;
		enum keymap_id		 keys;
	} kinds[BLOCK__MAX] = {
		[BLOCK_PENGUKURAN] = { LTABLE_PENGUKURAN, KM_PENGUKURAN },
		[BLOCK_PERBANDINGAN] = { LTABLE_PERBANDINGAN, KM_PERBANDINGAN },
		[BLOCK_RENSTRA] = { LTABLE_RENSTRA, KM_RENSTRA },
		[BLOCK_PERJANJIAN] = { LTABLE_PK_IKU, KM_PERJANJIAN },
	};
	struct naskah_pengukuran *u;
	const struct ynode *v;
	char *p;
	size_t i;
	long dec = 2;
	int ok = 1, a;

	if (!schema_keys(&l->s, n, path, kinds[b->kind].keys))
		return 0;
	u = b->ukur = xcalloc(1, sizeof(*u));
	u->pos = n->pos;
	ok &= load_years(l, n, path, b->kind, u);
	ok &= load_colsel(l, n, "kolom", path, kinds[b->kind].table,
	    &u->kolom);
	if (b->kind == BLOCK_PERJANJIAN)
		ok &= load_perjanjian(l, n, path, b);
	if ((v = ymap_get(n, "desimal")) != NULL) {
		p = xasprintf("%s.desimal", path);
		ok &= schema_int(&l->s, v, p, 0, 4, &dec);
		free(p);
	}
	u->desimal = (int)dec;
	if ((v = ymap_get(n, "pembulatan")) != NULL) {
		p = xasprintf("%s.pembulatan", path);
		if (schema_choice(&l->s, v, p, naskah_pembulatan_names,
		    PEMBULATAN__MAX, &a))
			u->pembulatan = a;
		else
			ok = 0;
		free(p);
	}
	ok &= text_at(l, n, "kosong", path, 0, &u->kosong);
	if ((v = ymap_get(n, "predikat")) != NULL) {
		p = xasprintf("%s.predikat", path);
		ok &= load_scale(l, v, p, u);
		free(p);
	}
	v = ymap_get(n, "iku");
	p = xasprintf("%s.iku", path);
	if (schema_list(&l->s, v, p, 1)) {
		u->iku = xcalloc(v->nkid, sizeof(*u->iku));
		for (i = 0; i < v->nkid; i++) {
			char *q = xasprintf("%s[%zu]", p, i + 1);

			/* the LKjIP's year is the table's (its other
			 * years' missing targets print as kosong) */
			ok &= naskah_iku_load(&l->s, v->kid[i], q, u->tahun,
			    1, &u->iku[u->niku++]);
			free(q);
		}
	} else
		ok = 0;
	free(p);
	return ok;
}

/* The rupiah of amount t (absent: nothing to do) into *rp. */
static int
amount(struct bloader *l, const struct naskah_text *t, double *rp)
{
	double hi;

	if (t->s == NULL)
		return 1;
	/* a figure, and one a double holds to the rupiah (below 2^53,
	 * some nine thousand trillion) */
	if (naskah_figure_parse(t->s, rp, &hi) == 1 && fabs(*rp) < 9.0e15)
		return 1;
	naskah_diag(l->s.d, SEV_ERROR, t->span.at, MSG_AMOUNT, t->s);
	return 0;
}

/*
 * The rows of a realisasi_anggaran ({program, pagu, realisasi}) or of a
 * perjanjian's programs ({program, anggaran}, the amount kept as pagu)
 * from list v into a.
 */
static int
load_budget(struct bloader *l, const struct ynode *v, const char *p,
    int perjanjian, struct naskah_anggaran *a)
{
	size_t i;
	char *q;
	int ok = 1;

	if (!schema_list(&l->s, v, p, 1))
		return 0;
	a->baris = xcalloc(v->nkid, sizeof(*a->baris));
	for (i = 0; i < v->nkid; i++) {
		struct naskah_budget_row *r = &a->baris[a->nbaris++];

		q = xasprintf("%s[%zu]", p, i + 1);
		if (!schema_keys(&l->s, v->kid[i], q, perjanjian ? KM_PROGRAM :
		    KM_ANGGARAN_BARIS))
			ok = 0;
		else {
			ok &= text_at(l, v->kid[i], "program", q, 1,
			    &r->program);
			ok &= text_at(l, v->kid[i], perjanjian ? "anggaran" :
			    "pagu", q, 1, &r->pagu);
			ok &= amount(l, &r->pagu, &r->pagu_rp);
			if (!perjanjian) {
				ok &= text_at(l, v->kid[i], "realisasi", q, 1,
				    &r->realisasi);
				ok &= amount(l, &r->realisasi,
				    &r->realisasi_rp);
			}
		}
		free(q);
	}
	return ok;
}

/* realisasi_anggaran: {desimal, baris: [{program, pagu, realisasi}],
 * kolom}. */
int
book_load_anggaran(struct bloader *l, const struct ynode *n, const char *path,
    struct naskah_block *b)
{
	struct naskah_anggaran *a;
	const struct ynode *v;
	long dec = 2;
	char *p;
	int ok = 1;

	if (!schema_keys(&l->s, n, path, KM_ANGGARAN))
		return 0;
	a = b->anggaran = xcalloc(1, sizeof(*a));
	a->pos = n->pos;
	if ((v = ymap_get(n, "desimal")) != NULL) {
		p = xasprintf("%s.desimal", path);
		ok &= schema_int(&l->s, v, p, 0, 4, &dec);
		free(p);
	}
	a->desimal = (int)dec;
	ok &= load_colsel(l, n, "kolom", path, LTABLE_ANGGARAN, &a->kolom);
	p = xasprintf("%s.baris", path);
	ok &= load_budget(l, ymap_get(n, "baris"), p, 0, a);
	free(p);
	return ok;
}
