/* SPDX-License-Identifier: ISC */
/*
 * layout_check.c - before anything is set, every text of the document
 * is checked once, on its own YAML value and in each face it will be
 * set in: its markup must close and the font must have every
 * character.  Problems are reported at their exact line and column;
 * the paragraph engine itself stays silent.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout/layout_int.h"
#include "model/iku.h"
#include "base/utf8.h"
#include "base/xalloc.h"

/* Check t set from face base; report the first problem.  Returns 1 ok. */
int
layout_check_text(struct lctx *c, const struct naskah_text *t, enum naskah_face base)
{
	struct naskah_runs r = { NULL, 0, 0 };
	const char *mark = "*";
	size_t bad = 0, i, k, n;
	uint32_t cp;
	char ch[8];
	int ok = 1;

	if (t->s == NULL)
		return 1;
	if (c->pc != NULL && paracache_clean_get(c, t->s, base))
		return 1;
	if (!naskah_inline_parse(t->s, base, &r, &bad, &mark)) {
		naskah_diag(c->d, SEV_ERROR, naskah_text_pos(t, bad),
		    MSG_MARKUP, mark, mark);
		ok = 0;
	}
	for (n = 0; ok && n < r.n; n++) {
		const struct naskah_run *run = &r.v[n];

		for (i = 0; ok && i < run->len; i += k ? k : 1) {
			k = utf8_decode(run->text + i, run->len - i, &cp);
			if (cp == '\n' || cp == '\t' ||
			    c->m->width(c->m->ctx, run->face, cp) >= 0)
				continue;
			ch[utf8_encode(cp, ch)] = '\0';
			naskah_diag(c->d, SEV_ERROR, naskah_text_pos(t,
			    run->src + i), MSG_GLYPH, ch, (unsigned)cp,
			    c->m->name(c->m->ctx, run->face));
			ok = 0;
		}
	}
	naskah_runs_free(&r);
	if (ok && c->pc != NULL)
		paracache_clean_put(c);
	return ok;
}

/* Check t in two faces (a text set both in the title and elsewhere). */
static int
check2(struct lctx *c, const struct naskah_text *t, enum naskah_face a,
    enum naskah_face b)
{
	return layout_check_text(c, t, a) && (a == b || layout_check_text(c, t, b));
}

static int
check_clauses(struct lctx *c, const struct naskah_clauses *cl)
{
	size_t i;
	int ok = 1;

	for (i = 0; i < cl->n; i++) {
		ok &= layout_check_text(c, &cl->v[i].label, FACE_REGULAR);
		ok &= layout_check_text(c, &cl->v[i].text, FACE_REGULAR);
	}
	return ok;
}

static int
check_texts(struct lctx *c, const struct naskah_texts *ts, enum naskah_face f)
{
	size_t i;
	int ok = 1;

	for (i = 0; i < ts->n; i++)
		ok &= layout_check_text(c, &ts->v[i], f);
	return ok;
}

/* The template's words, in the regular and the bold face. */
static int
check_template(struct lctx *c)
{
	const struct naskah_tpl *t = c->tpl;
	const char *words[] = {
#define T(sec, key) t->sec##_##key,
#define C(sec, key, choices)
#define N(sec, key, lo, hi)
#define OT(sec, key, def) T(sec, key)
#define OC(sec, key, choices, def)
#define ON(sec, key, lo, hi, def)
#include "model/template.def"
#undef T
#undef C
#undef N
#undef OT
#undef OC
#undef ON
	};

	const char *kop[] = { t->kop.telepon, t->kop.faksimile,
	    t->kop.kode_pos, t->kop.laman, t->kop.pos_el, t->kop.pemisah };

	/* issue 17: the words of an electronic signature, when it has one */
	const char *tte[] = { t->tte.keterangan, t->tte.catatan_kaki,
	    t->tte.uu_ite };
	size_t ntte = c->doc != NULL && c->doc->signer.tte.present ? 3 : 0;
	/* and of a draft */
	const char *konsep[] = { t->konsep.tanda, t->konsep.no,
	    t->konsep.jabatan, t->konsep.nama, t->konsep.paraf };
	size_t nkonsep = c->doc != NULL && c->doc->konsep ? 5 : 0;

	return layout_check_words(c, &t->file, words,
	    sizeof(words) / sizeof(words[0])) &&
	    layout_check_words(c, &t->file, kop, sizeof(kop) / sizeof(kop[0])) &&
	    layout_check_words(c, &t->file, tte, ntte) &&
	    layout_check_words(c, &t->file, konsep, nkonsep) &&
	    layout_check_columns(c, &t->file, &t->kolom_iku);
}

int
layout_check_columns(struct lctx *c, const struct naskah_tplfile *tf,
    const struct naskah_colspecs *cs)
{
	size_t k;
	int ok = 1;

	for (k = 0; ok && k < cs->n; k++)
		ok = layout_check_words(c, tf, &cs->v[k].judul, 1) &&
		    (cs->v[k].kelompok == NULL ||
		    layout_check_words(c, tf, &cs->v[k].kelompok, 1));
	return ok;
}

int
layout_check_words(struct lctx *c, const struct naskah_tplfile *tf,
    const char *const *words, size_t n)
{
	const char *saved = c->d->file;
	const struct naskah_text *found;
	struct naskah_text txt;
	size_t i;
	int ok = 1;

	c->d->file = tf->path;
	for (i = 0; ok && i < n; i++) {
		if (words[i] == NULL)	/* an optional text not given */
			continue;
		/* where it is written, for the line and column of a
		 * problem */
		if ((found = naskah_texts_find(&tf->texts, words[i])) != NULL)
			txt = *found;
		else
			txt = (struct naskah_text){ .s = words[i] };
		ok = check2(c, &txt, FACE_REGULAR, FACE_BOLD);
	}
	c->d->file = saved;
	return ok;
}

/* The heading of column cs in year, for messages ({tahun} filled,
 * after its kelompok's); caller frees. */
static char *
column_name(const struct naskah_colspec *cs, int year)
{
	static const char *const keys[] = { "{tahun}" };
	char y[16], *s, *g;
	const char *vals[] = { y };

	snprintf(y, sizeof(y), "%d", cs->tahun != 0 ? cs->tahun : year);
	s = naskah_fill(cs->judul, keys, vals, 1);
	if (cs->kelompok == NULL)
		return s;
	g = xasprintf("%s %s", cs->kelompok, s);
	free(s);
	return g;
}

/* Does a column of isi print the row's target (or compute with it)? */
static int
prints_target(enum naskah_isi isi)
{
	return isi == ISI_TARGET || isi == ISI_TARGET_AKHIR ||
	    isi == ISI_CAPAIAN || isi == ISI_PREDIKAT;
}

/* Does a column of isi print a text every row must give?  (A satuan,
 * sumber_data or penanggung_jawab not given leaves its cell empty.) */
static int
needs_text(enum naskah_isi isi)
{
	return isi == ISI_ALASAN || isi == ISI_PENJELASAN;
}

/* Row r against column cs shown in year: the first thing it lacks
 * reported; returns 1 ok. */
static int
check_iku_cell(struct lctx *c, const struct naskah_iku *r,
    const struct naskah_colspec *cs, int year, int by_year)
{
	int y = cs->tahun != 0 ? cs->tahun : year;
	const char *key = NULL;
	struct naskah_text t = { .s = NULL };
	char *name;

	if (cs->isi == ISI_FORMULASI && r->formula == FORMULA_NONE)
		key = "formulasi";
	else if (needs_text(cs->isi) && naskah_iku_text(r, cs->isi, &t) &&
	    t.s == NULL)
		key = naskah_isi_names[cs->isi];
	else if (prints_target(cs->isi) && r->target.s == NULL &&
	    r->ntargets == 0)
		key = "target";
	else if (!by_year || cs->isi != ISI_TARGET || r->ntargets == 0 ||
	    y == 0 || naskah_iku_year(r->targets, r->ntargets, y) != NULL)
		return 1;
	name = column_name(cs, year);
	if (key != NULL)
		naskah_diag(c->d, SEV_ERROR, r->pos, MSG_IKU_NEEDS, r->path,
		    key, name);
	else
		naskah_diag(c->d, SEV_ERROR, r->tpos, MSG_IKU_NO_YEAR, r->path,
		    y, name);
	free(name);
	return 0;
}

int
layout_check_iku(struct lctx *c, const struct naskah_iku *rows, size_t n,
    const struct naskah_colspecs *cs, int year, int by_year)
{
	size_t i, k;
	int ok = 1, okf, okt;

	for (i = 0; i < n; i++)
		/* one message per row and key: the first column that
		 * needs it */
		for (k = 0, okf = okt = 1; k < cs->n; k++) {
			if (cs->v[k].isi == ISI_FORMULASI ? !okf :
			    prints_target(cs->v[k].isi) ? !okt :
			    !needs_text(cs->v[k].isi))
				continue;
			if (check_iku_cell(c, &rows[i], &cs->v[k], year,
			    by_year))
				continue;
			ok = 0;
			if (cs->v[k].isi == ISI_FORMULASI)
				okf = 0;
			else if (prints_target(cs->v[k].isi))
				okt = 0;
		}
	return ok;
}

int
layout_check(struct lctx *c)
{
	const struct naskah_decree *doc = c->doc;
	const struct naskah_signer *sg = &doc->signer;
	enum naskah_face tf = strcmp(c->tpl->gaya_judul, "tebal") == 0 ?
	    FACE_BOLD : FACE_REGULAR;
	enum naskah_face nf = strstr(c->tpl->gaya_nama, "tebal") != NULL ?
	    FACE_BOLD : FACE_REGULAR;
	size_t i, j, k;
	int ok = 1;

	ok &= check_template(c);
	ok &= layout_check_text(c, &doc->setup.kop.pemerintah, FACE_BOLD);
	ok &= layout_check_text(c, &doc->setup.kop.instansi, FACE_BOLD);
	ok &= check_texts(c, &doc->setup.kop.alamat, FACE_REGULAR);
	ok &= layout_check_text(c, &doc->setup.kop.telepon, FACE_REGULAR);
	ok &= layout_check_text(c, &doc->setup.kop.faksimile, FACE_REGULAR);
	ok &= layout_check_text(c, &doc->setup.kop.kode_pos, FACE_REGULAR);
	ok &= layout_check_text(c, &doc->setup.kop.laman, FACE_REGULAR);
	ok &= layout_check_text(c, &doc->setup.kop.email, FACE_REGULAR);
	ok &= layout_check_text(c, &doc->setup.kop.wilayah, FACE_BOLD);
	ok &= check2(c, &doc->judul, tf, FACE_REGULAR);
	ok &= layout_check_text(c, &doc->nomor, FACE_REGULAR);
	ok &= check2(c, &doc->tentang, tf, FACE_REGULAR);
	ok &= layout_check_text(c, &doc->pejabat, FACE_REGULAR);
	ok &= check_clauses(c, &doc->menimbang);
	ok &= check_clauses(c, &doc->mengingat);
	ok &= check_clauses(c, &doc->memperhatikan);
	ok &= layout_check_text(c, &doc->menetapkan, FACE_REGULAR);
	ok &= check_clauses(c, &doc->diktum);
	ok &= layout_check_text(c, &doc->tempat, FACE_REGULAR);
	ok &= layout_check_text(c, &sg->awalan, FACE_REGULAR);
	ok &= layout_check_text(c, &sg->atas_nama, FACE_REGULAR);
	ok &= layout_check_text(c, &sg->jabatan, FACE_REGULAR);
	ok &= layout_check_text(c, &sg->nama, nf);
	if (sg->tampilkan_gelar)
		ok &= layout_check_text(c, &sg->gelar, nf);
	ok &= layout_check_text(c, &sg->pangkat, FACE_REGULAR);
	ok &= layout_check_text(c, &sg->nip, FACE_REGULAR);
	ok &= check_texts(c, &doc->tembusan, FACE_REGULAR);
	for (i = 0; doc->konsep && i < doc->nparaf; i++)	/* issue 17 */
		ok &= layout_check_text(c, &doc->paraf[i].jabatan,
		    FACE_REGULAR) & layout_check_text(c, &doc->paraf[i].nama,
		    FACE_REGULAR);
	for (i = 0; i < doc->nlampiran; i++) {
		const struct naskah_lampiran *lp = &doc->lampiran[i];

		ok &= check_texts(c, &lp->judul, tf);
		/* what its table prints, in the decree's year */
		ok &= layout_check_iku(c, lp->iku, lp->niku,
		    &c->tpl->kolom_iku, doc->tahun.s != NULL ?
		    atoi(doc->tahun.s) : 0, 1);
		for (j = 0; j < lp->niku; j++) {
			const struct naskah_iku *r = &lp->iku[j];

			ok &= layout_check_text(c, &r->sasaran, FACE_REGULAR);
			ok &= layout_check_text(c, &r->indikator, FACE_REGULAR);
			ok &= layout_check_text(c, &r->formulasi, FACE_REGULAR);
			ok &= layout_check_text(c, &r->pembilang, FACE_REGULAR);
			ok &= layout_check_text(c, &r->penyebut, FACE_REGULAR);
			ok &= layout_check_text(c, &r->kali, FACE_REGULAR);
			ok &= layout_check_text(c, &r->target, FACE_REGULAR);
			for (k = 0; k < r->ntargets; k++)
				ok &= layout_check_text(c, &r->targets[k].v,
				    FACE_REGULAR);
			/* the texts of the columns a template may add */
			ok &= layout_check_text(c, &r->satuan, FACE_REGULAR);
			ok &= layout_check_text(c, &r->sumber_data,
			    FACE_REGULAR);
			ok &= layout_check_text(c, &r->penanggung_jawab,
			    FACE_REGULAR);
			ok &= layout_check_text(c, &r->alasan, FACE_REGULAR);
			ok &= layout_check_text(c, &r->penjelasan,
			    FACE_REGULAR);
		}
	}
	return ok;
}
