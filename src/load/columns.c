/* SPDX-License-Identifier: ISC */
/*
 * columns.c - the column lists of templates and a document's choice
 * among them (columns.h).
 */
#include <stdlib.h>
#include <string.h>

#include "model/capaian.h"
#include "model/columns.h"
#include "base/xalloc.h"

const char *const naskah_isi_names[ISI__MAX] = {
	[ISI_NOMOR] = "nomor",
	[ISI_SASARAN] = "sasaran",
	[ISI_INDIKATOR] = "indikator",
	[ISI_FORMULASI] = "formulasi",
	[ISI_SATUAN] = "satuan",
	[ISI_ARAH] = "arah",
	[ISI_SUMBER_DATA] = "sumber_data",
	[ISI_PENANGGUNG_JAWAB] = "penanggung_jawab",
	[ISI_TARGET] = "target",
	[ISI_TARGET_AKHIR] = "target_akhir",
	[ISI_REALISASI] = "realisasi",
	[ISI_CAPAIAN] = "capaian",
	[ISI_PREDIKAT] = "predikat",
	[ISI_PROGRAM] = "program",
	[ISI_PAGU] = "pagu",
	[ISI_ANGGARAN] = "anggaran",
	[ISI_PERSEN] = "persen",
};

const char *const naskah_ltable_names[LTABLE__MAX] = {
	[LTABLE_PENGUKURAN] = "pengukuran_kinerja",
	[LTABLE_PERBANDINGAN] = "perbandingan_kinerja",
	[LTABLE_RENSTRA] = "perbandingan_renstra",
	[LTABLE_ANGGARAN] = "realisasi_anggaran",
	[LTABLE_PK_IKU] = "perjanjian_kinerja",
	[LTABLE_PK_PROGRAM] = "perjanjian_program",
};

/* What an IKU row gives every table that lists rows. */
#define ROW_BITS (ISI_BIT(ISI_NOMOR) | ISI_BIT(ISI_SASARAN) | \
	ISI_BIT(ISI_INDIKATOR) | ISI_BIT(ISI_FORMULASI) | \
	ISI_BIT(ISI_SATUAN) | ISI_BIT(ISI_ARAH) | ISI_BIT(ISI_SUMBER_DATA) | \
	ISI_BIT(ISI_PENANGGUNG_JAWAB))

const unsigned naskah_ltable_allowed[LTABLE__MAX] = {
	[LTABLE_PENGUKURAN] = ROW_BITS | ISI_BIT(ISI_TARGET) |
	    ISI_BIT(ISI_REALISASI) | ISI_BIT(ISI_CAPAIAN) |
	    ISI_BIT(ISI_PREDIKAT),
	[LTABLE_PERBANDINGAN] = ROW_BITS | ISI_BIT(ISI_REALISASI) |
	    ISI_BIT(ISI_CAPAIAN),
	[LTABLE_RENSTRA] = ROW_BITS | ISI_BIT(ISI_TARGET) |
	    ISI_BIT(ISI_TARGET_AKHIR) | ISI_BIT(ISI_REALISASI) |
	    ISI_BIT(ISI_CAPAIAN) | ISI_BIT(ISI_PREDIKAT),
	[LTABLE_ANGGARAN] = ISI_BIT(ISI_NOMOR) | ISI_BIT(ISI_PROGRAM) |
	    ISI_BIT(ISI_PAGU) | ISI_BIT(ISI_REALISASI) | ISI_BIT(ISI_PERSEN),
	[LTABLE_PK_IKU] = ROW_BITS | ISI_BIT(ISI_TARGET),
	[LTABLE_PK_PROGRAM] = ISI_BIT(ISI_NOMOR) | ISI_BIT(ISI_PROGRAM) |
	    ISI_BIT(ISI_ANGGARAN),
};

static const char *const rata_names[] = { "kiri", "tengah", "kanan" };

/* One content of `allowed`, named by scalar n, into *out. */
static int
isi_choice(struct schema *s, const struct ynode *n, const char *path,
    unsigned allowed, enum naskah_isi *out)
{
	const char *names[ISI__MAX];
	int map[ISI__MAX], count = 0, i, k;

	for (i = 0; i < ISI__MAX; i++)
		if (allowed & ISI_BIT(i)) {
			map[count] = i;
			names[count++] = naskah_isi_names[i];
		}
	if (!schema_choice(s, n, path, names, count, &k))
		return 0;
	*out = (enum naskah_isi)map[k];
	return 1;
}

const unsigned naskah_ltable_placeholders[LTABLE__MAX] = {
	[LTABLE_PENGUKURAN] = PH_TAHUN,
	[LTABLE_PERBANDINGAN] = PH_TAHUN,
	[LTABLE_RENSTRA] = PH_TAHUN | PH_TAHUN_AKHIR,
	[LTABLE_ANGGARAN] = 0,
	[LTABLE_PK_IKU] = PH_TAHUN,
	[LTABLE_PK_PROGRAM] = PH_TAHUN,
};

/* A placeholder of judul t (at node n) the table cannot fill is an
 * error. */
static int
placeholders_ok(struct schema *s, const struct ynode *n, const char *path,
    const char *t, unsigned ph)
{
	static const struct {
		const char	*name;
		unsigned	 bit;
	} all[] = {
		{ "{tahun}", PH_TAHUN },
		{ "{tahun_akhir}", PH_TAHUN_AKHIR },
	};
	size_t i;

	for (i = 0; i < sizeof(all) / sizeof(all[0]); i++)
		if (!(ph & all[i].bit) && strstr(t, all[i].name) != NULL) {
			naskah_diag(s->d, SEV_ERROR, n->pos, MSG_PLACEHOLDER,
			    path, all[i].name);
			return 0;
		}
	return 1;
}

int
naskah_colspecs_load(struct schema *s, const struct ynode *n,
    const char *path, unsigned allowed, unsigned ph,
    struct naskah_colspecs *out)
{
	static const char *const keys[] = { "isi", "judul", "lebar", "rata",
	    "tahun", NULL };
	static const char *const req[] = { "isi", "judul", NULL };
	struct naskah_text t;
	size_t i;
	int ok = 1, r;
	char *p, *q;

	memset(out, 0, sizeof(*out));
	if (!schema_list(s, n, path, 1))
		return 0;
	out->v = xcalloc(n->nkid, sizeof(*out->v));
	for (i = 0; i < n->nkid; i++) {
		const struct ynode *m = n->kid[i], *v;
		struct naskah_colspec *c = &out->v[out->n];

		p = xasprintf("%s[%zu]", path, i + 1);
		if (!schema_map(s, m, p, keys, req)) {
			ok = 0;
			free(p);
			continue;
		}
		c->rata = 1;
		ok &= isi_choice(s, ymap_get(m, "isi"), p, allowed, &c->isi);
		if (schema_text(s, ymap_get(m, "judul"), p, 1, &t) &&
		    placeholders_ok(s, ymap_get(m, "judul"), p, t.s, ph))
			c->judul = t.s;
		else
			ok = 0;
		if ((v = ymap_get(m, "lebar")) != NULL) {
			q = xasprintf("%s.lebar", p);
			ok &= schema_num(s, v, q, 0, 300, &c->lebar);
			if (c->lebar > 0 && c->lebar < 3) {
				/* 0: a share; anything else at least 3 mm,
				 * as for a tabel */
				naskah_diag(s->d, SEV_ERROR, v->pos,
				    MSG_COLUMN_NARROW, q);
				ok = 0;
			}
			free(q);
		}
		if ((v = ymap_get(m, "tahun")) != NULL) {
			long y;

			q = xasprintf("%s.tahun", p);
			if (schema_int(s, v, q, 1900, 2200, &y))
				c->tahun = (int)y;
			else
				ok = 0;
			free(q);
		}
		if ((v = ymap_get(m, "rata")) != NULL) {
			q = xasprintf("%s.rata", p);
			if (schema_choice(s, v, q, rata_names, 3, &r))
				c->rata = r;
			else
				ok = 0;
			free(q);
		}
		out->n++;
		free(p);
	}
	return ok;
}

int
naskah_colsel_load(struct schema *s, const struct ynode *n, const char *path,
    unsigned allowed, struct naskah_colsel *out)
{
	size_t i, j;
	int ok = 1;

	memset(out, 0, sizeof(*out));
	if (!schema_list(s, n, path, 1))
		return 0;
	out->v = xcalloc(n->nkid, sizeof(*out->v));
	out->pos = xcalloc(n->nkid, sizeof(*out->pos));
	for (i = 0; i < n->nkid; i++) {
		if (!isi_choice(s, n->kid[i], path, allowed, &out->v[out->n])) {
			ok = 0;
			continue;
		}
		for (j = 0; j < out->n; j++)
			if (out->v[j] == out->v[out->n]) {
				naskah_diag(s->d, SEV_ERROR, n->kid[i]->pos,
				    MSG_COLUMN_TWICE, path,
				    naskah_isi_names[out->v[j]]);
				ok = 0;
			}
		out->pos[out->n++] = n->kid[i]->pos;
	}
	return ok;
}

size_t
naskah_colspecs_select(const struct naskah_colsel *sel,
    const struct naskah_colspecs *all, struct naskah_colspecs *out)
{
	size_t i, k;

	memset(out, 0, sizeof(*out));
	/* room for every column once per name, even if a content were
	 * named twice (naskah_colsel_load does not let it) */
	out->v = xcalloc(all->n * (sel->n + 1) + 1, sizeof(*out->v));
	if (sel->n == 0) {
		memcpy(out->v, all->v, all->n * sizeof(*out->v));
		out->n = all->n;
		return (size_t)-1;
	}
	for (i = 0; i < sel->n; i++) {
		/* every column of that content (a target of two years is
		 * two columns) */
		size_t found = 0;

		for (k = 0; k < all->n; k++)
			if (all->v[k].isi == sel->v[i]) {
				out->v[out->n++] = all->v[k];
				found++;
			}
		if (found == 0) {
			out->n = 0;
			return i;
		}
	}
	return (size_t)-1;
}

int
naskah_iku_text(const struct naskah_iku *r, enum naskah_isi isi,
    struct naskah_text *out)
{
	switch (isi) {
	case ISI_SASARAN:
		*out = r->sasaran;
		return 1;
	case ISI_INDIKATOR:
		*out = r->indikator;
		return 1;
	case ISI_SATUAN:
		*out = r->satuan;
		return 1;
	case ISI_SUMBER_DATA:
		*out = r->sumber_data;
		return 1;
	case ISI_PENANGGUNG_JAWAB:
		*out = r->penanggung_jawab;
		return 1;
	case ISI_ARAH:
		out->s = naskah_arah_names[r->arah];
		out->node = NULL;
		return 1;
	default:
		return 0;
	}
}

void
naskah_colspecs_free(struct naskah_colspecs *c)
{
	if (c == NULL)
		return;
	free(c->v);
	memset(c, 0, sizeof(*c));
}

void
naskah_colsel_free(struct naskah_colsel *c)
{
	if (c == NULL)
		return;
	free(c->v);
	free(c->pos);
	memset(c, 0, sizeof(*c));
}
