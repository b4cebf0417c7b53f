/* SPDX-License-Identifier: ISC */
/*
 * columns.c - the column lists of templates and a document's choice
 * among them read from YAML (load/columns.h).
 */
#include <stdlib.h>
#include <string.h>

#include "load/columns.h"
#include "base/xalloc.h"

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
	/* a table that groups its headings (COLS_KELOMPOK) */
	static const char *const gkeys[] = { "isi", "judul", "lebar", "rata",
	    "tahun", "kelompok", NULL };
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
		if (!schema_map(s, m, p, ph & COLS_KELOMPOK ? gkeys : keys,
		    req)) {
			ok = 0;
			free(p);
			continue;
		}
		c->rata = 1;
		ok &= isi_choice(s, ymap_get(m, "isi"), p, allowed, &c->isi);
		if (schema_text(s, ymap_get(m, "judul"), p, 1, &t) &&
		    placeholders_ok(s, ymap_get(m, "judul"), p, t.s, ph)) {
			c->judul = t.s;
			c->judul_at = t.span.at;
		}
		else
			ok = 0;
		if ((v = ymap_get(m, "kelompok")) != NULL) {
			q = xasprintf("%s.kelompok", p);
			if (schema_text(s, v, q, 1, &t) &&
			    placeholders_ok(s, v, q, t.s, 0))
				c->kelompok = t.s;
			else
				ok = 0;
			free(q);
		}
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
	size_t i;
	unsigned seen = 0;	/* the ISI_BITs named so far */
	int ok = 1;

	memset(out, 0, sizeof(*out));
	if (!schema_list(s, n, path, 1))
		return 0;
	out->v = xcalloc(n->nkid, sizeof(*out->v));
	out->pos = xcalloc(n->nkid, sizeof(*out->pos));
	/* a repeat is one error, however many came before it: a set of
	 * the names seen, not a look back over the list (quadratic) */
	for (i = 0; i < n->nkid; i++) {
		if (!isi_choice(s, n->kid[i], path, allowed, &out->v[out->n])) {
			ok = 0;
			continue;
		}
		if (seen & ISI_BIT(out->v[out->n])) {
			naskah_diag(s->d, SEV_ERROR, n->kid[i]->pos,
			    MSG_COLUMN_TWICE, path,
			    naskah_isi_names[out->v[out->n]]);
			ok = 0;
		}
		seen |= ISI_BIT(out->v[out->n]);
		out->pos[out->n++] = n->kid[i]->pos;
	}
	return ok;
}
