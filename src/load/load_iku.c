/* SPDX-License-Identifier: ISC */
/*
 * load_iku.c - one IKU row, as the decree's Lampiran, the book and the
 * LKjIP appendix all read it (naskah-dinas.md 2.2):
 *
 *	- sasaran: ...
 *	  indikator: ...
 *	  formulasi: text | {pembilang, penyebut, kali}
 *	  satuan: "%"
 *	  target: 80 | {2024: 80, 2025: 82}
 *	  realisasi: {2024: 85,3}
 *	  arah: naik | turun | turun_bagi
 *	  sumber_data: ...
 *	  penanggung_jawab: ...
 *	  desimal: 0		(places of its capaian, over the table's)
 *	  alasan: ...		(why it was chosen)
 *	  penjelasan: ...
 */
#include <stdlib.h>
#include <string.h>

#include "model/capaian.h"
#include "load/load_iku.h"
#include "base/xalloc.h"


/*
 * A mapping of years to figures ({2024: 80, 2025: 82}) into *v; with
 * nonempty, every figure must be given.  Returns 0 after errors.
 */
static int
yearly(struct schema *s, const struct ynode *n, const char *path,
    int nonempty, struct naskah_yearly **v, size_t *nv)
{
	size_t i;
	char *p;
	long y;
	int ok = 1;

	if (n->kind != YNODE_MAP) {	/* schema_map says what is wrong */
		schema_map(s, n, path, (const char *const[]){ NULL }, NULL);
		return 0;
	}
	*v = xcalloc(YMAP_LEN(n) + 1, sizeof(**v));
	for (i = 0; i < YMAP_LEN(n); i++) {
		p = xasprintf("%s.%s", path, YMAP_KEY(n, i)->str);
		if (!schema_int(s, YMAP_KEY(n, i), p, 1900, 2200, &y) ||
		    !schema_text(s, YMAP_VAL(n, i), p, nonempty,
		    &(*v)[*nv].v))
			ok = 0;
		else
			(*v)[(*nv)++].year = (int)y;
		free(p);
	}
	return ok;
}

int
naskah_iku_load(struct schema *s, const struct ynode *n, const char *path,
    int year, int need_year, struct naskah_iku *r)
{
	/* KM_IKU: formulasi and target only where a column prints them:
	 * the layout checks (layout_check_iku) */
	const struct ynode *f, *t;
	char *fp;
	int ok, a;
	size_t i;

	memset(r, 0, sizeof(*r));
	r->pos = n->pos;
	r->path = xstrdup(path);
	if (!schema_keys(s, n, path, KM_IKU))
		return 0;
	ok = schema_opt_text(s, n, "sasaran", path, 1, &r->sasaran) &
	    schema_opt_text(s, n, "indikator", path, 1, &r->indikator) &
	    schema_opt_text(s, n, "satuan", path, 1, &r->satuan) &
	    schema_opt_text(s, n, "sumber_data", path, 1, &r->sumber_data) &
	    schema_opt_text(s, n, "penanggung_jawab", path, 1, &r->penanggung_jawab) &
	    schema_opt_text(s, n, "alasan", path, 1, &r->alasan) &
	    schema_opt_text(s, n, "penjelasan", path, 1, &r->penjelasan);
	if ((t = ymap_get(n, "arah")) != NULL) {
		fp = xasprintf("%s.arah", path);
		if (schema_choice(s, t, fp, naskah_arah_names, ARAH__MAX, &a))
			r->arah = a;
		else
			ok = 0;
		free(fp);
	}
	if ((t = ymap_get(n, "desimal")) != NULL) {
		long dec;

		fp = xasprintf("%s.desimal", path);
		if (schema_int(s, t, fp, 0, 4, &dec))
			r->has_desimal = 1, r->desimal = (int)dec;
		else
			ok = 0;
		free(fp);
	}
	t = ymap_get(n, "target");
	fp = xasprintf("%s.target", path);
	if (t == NULL)
		;
	else if (t->kind == YNODE_MAP) {
		/* targets by year: the document's year is the target */
		int yok = yearly(s, t, fp, 1, &r->targets, &r->ntargets);

		for (i = 0; i < r->ntargets; i++)
			if (r->targets[i].year == year)
				r->target = r->targets[i].v;
		r->tpos = t->pos;
		if (!yok)
			ok = 0;
		else if (need_year && year > 0 && r->target.s == NULL) {
			naskah_diag(s->d, SEV_ERROR, t->pos, MSG_NO_YEAR, fp,
			    year);
			ok = 0;
		}
	} else
		ok &= schema_text(s, t, fp, 1, &r->target);
	free(fp);
	if ((t = ymap_get(n, "realisasi")) != NULL) {
		fp = xasprintf("%s.realisasi", path);
		ok &= yearly(s, t, fp, 0, &r->realisasi, &r->nrealisasi);
		free(fp);
	}
	f = ymap_get(n, "formulasi");
	fp = xasprintf("%s.formulasi", path);
	if (f == NULL)
		;	/* FORMULA_NONE */
	else if (f->kind == YNODE_MAP) {
		r->formula = FORMULA_FRACTION;
		if (!schema_keys(s, f, fp, KM_FRACTION))
			ok = 0;
		else
			ok &= schema_opt_text(s, f, "pembilang", fp, 1, &r->pembilang) &
			    schema_opt_text(s, f, "penyebut", fp, 1, &r->penyebut) &
			    schema_opt_text(s, f, "kali", fp, 1, &r->kali);
	} else {
		r->formula = FORMULA_TEXT;
		ok &= schema_text(s, f, fp, 1, &r->formulasi);
	}
	free(fp);
	return ok;
}
