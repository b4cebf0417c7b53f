/* SPDX-License-Identifier: ISC */
/*
 * dump.c - the document model and the layout as diffable text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/book.h"
#include "model/perda.h"
#include "render/dump.h"

#include "base/xalloc.h"

static void
quoted(struct naskah_buf *f, const char *s)
{
	buf_addc(f, '"');
	for (; *s != '\0'; s++) {
		if (*s == '"' || *s == '\\')
			buf_printf(f, "\\%c", *s);
		else if (*s == '\n')
			buf_adds(f, "\\n");
		else
			buf_addc(f, *s);
	}
	buf_addc(f, '"');
}

/* " @12:5", or " @iku.yaml:3:7" for a node of an included file. */
static void
at(struct naskah_buf *f, struct naskah_pos p)
{
	if (p.file != NULL)
		buf_printf(f, " @%s:%d:%d", p.file, p.line, p.col);
	else
		buf_printf(f, " @%d:%d", p.line, p.col);
}

static void
text(struct naskah_buf *f, int indent, const char *name, const struct naskah_text *t)
{
	if (t->s == NULL)
		return;
	buf_printf(f, "%*s%s", indent, "", name);
	if (t->span.at.line != 0)
		at(f, t->span.at);
	buf_addc(f, ' ');
	quoted(f, t->s);
	buf_addc(f, '\n');
}

static void
texts(struct naskah_buf *f, int indent, const char *name, const struct naskah_texts *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		text(f, indent, name, &t->v[i]);
}

static void
clauses(struct naskah_buf *f, const char *name, const struct naskah_clauses *c)
{
	size_t i;

	if (c->n == 0)
		return;
	buf_printf(f, "%s %zu\n", name, c->n);
	for (i = 0; i < c->n; i++) {
		text(f, 2, "label", &c->v[i].label);
		text(f, 2, "teks", &c->v[i].text);
	}
}

static void
date(struct naskah_buf *f, const char *name, const struct naskah_date *d)
{
	buf_printf(f, "%s %04d-%02d", name, d->year, d->month);
	if (d->day)
		buf_printf(f, "-%02d", d->day);
	buf_addc(f, '\n');
}

/* A decree revoked or amended. */
static void
dump_ref(struct naskah_buf *f, const char *name, const struct naskah_ref *r)
{
	if (!r->present)
		return;
	buf_adds(f, name);
	at(f, r->pos);
	buf_printf(f, " tanggal %04d-%02d-%02d\n", r->tanggal.year,
	    r->tanggal.month, r->tanggal.day);
	text(f, 2, "judul", &r->judul);
	text(f, 2, "nomor", &r->nomor);
	text(f, 2, "tentang", &r->tentang);
}

/* The page set-up, as a decree's dump shows it. */
static void
dump_setup(struct naskah_buf *f, const struct naskah_setup *su)
{
	int k;

	buf_printf(f, "kertas %s %.2fx%.2fpt margin %.2f %.2f %.2f %.2f\n",
	    naskah_paper_names[su->paper], su->page_w, su->page_h,
	    su->margin[0], su->margin[1], su->margin[2], su->margin[3]);
	buf_printf(f, "huruf %s\n", naskah_family_names[su->family]);
	for (k = 0; k < FACE__MAX; k++)
		text(f, 2, naskah_face_names[k], &su->font_path[k]);
	text(f, 0, "templat", &su->template_path);
	if (su->ntplkeys > 0)
		buf_adds(f, "templat_ubah\n");
	for (k = 0; k < (int)su->ntplkeys; k++)
		text(f, 2, su->tplkeys[k].key, &su->tplkeys[k].value);
	text(f, 0, "metadata.judul", &su->meta_title);
	text(f, 0, "metadata.subjek", &su->meta_subject);
	text(f, 0, "metadata.penulis", &su->meta_author);
	text(f, 0, "metadata.kata_kunci", &su->meta_keywords);
	if (su->has_meta_date)
		date(f, "metadata.tanggal", &su->meta_date);
	if (su->has_kop) {
		buf_adds(f, "kop\n");
		text(f, 2, "pemerintah", &su->kop.pemerintah);
		text(f, 2, "instansi", &su->kop.instansi);
		texts(f, 2, "alamat", &su->kop.alamat);
		text(f, 2, "logo", &su->kop.logo);
		text(f, 2, "telepon", &su->kop.telepon);
		text(f, 2, "faksimile", &su->kop.faksimile);
		text(f, 2, "kode_pos", &su->kop.kode_pos);
		text(f, 2, "laman", &su->kop.laman);
		text(f, 2, "email", &su->kop.email);
		text(f, 2, "wilayah", &su->kop.wilayah);
	}
}

/* A Peraturan's item and the points under it, labelled by kind. */
static void
dump_item(struct naskah_buf *f, int indent, const char *name,
    const struct perda_item *it)
{
	size_t i;

	buf_printf(f, "%*s%s", indent, "", name);
	at(f, it->pos);
	buf_addc(f, '\n');
	text(f, indent + 2, "teks", &it->teks);
	for (i = 0; i < it->nkid; i++) {
		char *k = xasprintf("%s %zu", perda_list_names[it->list],
		    i + 1);

		dump_item(f, indent + 2, k, &it->kid[i]);
		free(k);
	}
}

static void
dump_group(struct naskah_buf *f, int indent, const struct naskah_perda *p,
    const struct perda_group *g)
{
	size_t i;

	if (g->level != PERDA_ROOT) {
		buf_printf(f, "%*s%s %d", indent, "",
		    perda_level_names[g->level], g->nomor);
		at(f, g->pos);
		buf_addc(f, '\n');
		text(f, indent + 2, "judul", &g->judul);
		indent += 2;
	}
	for (i = 0; i < g->nkid; i++)
		dump_group(f, indent, p, &g->kid[i]);
	for (i = 0; g->nkid == 0 && i < g->npasal; i++) {
		char *k = xasprintf("pasal %zu", g->first + i + 1);

		dump_item(f, indent, k, &p->pasal[g->first + i]);
		free(k);
	}
}

/* The parts of a Peraturan (jenis: peraturan) past its diktum's place. */
static void
dump_perda(struct naskah_buf *f, const struct naskah_perda *p)
{
	const struct perda_pengundangan *u = &p->undang;

	text(f, 0, "sebutan", &p->sebutan);
	buf_adds(f, "batang_tubuh\n");
	dump_group(f, 2, p, &p->root);
	buf_adds(f, "pengundangan\n");
	text(f, 2, "tempat", &u->tempat);
	date(f, "  tanggal", &u->tanggal);
	text(f, 2, "jabatan", &u->jabatan);
	text(f, 2, "nama", &u->nama);
	text(f, 2, "pangkat", &u->pangkat);
	text(f, 2, "nip", &u->nip);
	text(f, 2, "daerah", &u->daerah);
	text(f, 2, "tahun", &u->tahun);
	text(f, 2, "nomor", &u->nomor);
}

void
naskah_dump_tree(struct naskah_buf *f, const struct naskah_decree *doc)
{
	const struct naskah_signer *s = &doc->signer;
	const char *kind = doc->perda != NULL ? "peraturan" : "keputusan";
	size_t i, j;

	buf_printf(f, "naskah %d %s\n", doc->version, kind);
	dump_setup(f, &doc->setup);
	buf_printf(f, "%s\n", kind);
	text(f, 2, "judul", &doc->judul);
	text(f, 2, "nomor", &doc->nomor);
	text(f, 2, "tahun", &doc->tahun);
	text(f, 2, "tentang", &doc->tentang);
	dump_ref(f, "mencabut", &doc->mencabut);
	dump_ref(f, "mengubah", &doc->mengubah);
	text(f, 2, "pejabat", &doc->pejabat);
	buf_printf(f, "  rahmat %s\n", doc->rahmat ? "ya" : "tidak");
	clauses(f, "menimbang", &doc->menimbang);
	clauses(f, "mengingat", &doc->mengingat);
	clauses(f, "memperhatikan", &doc->memperhatikan);
	text(f, 0, "menetapkan", &doc->menetapkan);
	clauses(f, "diktum", &doc->diktum);
	if (doc->perda != NULL)
		dump_perda(f, doc->perda);
	buf_adds(f, "penetapan\n");
	text(f, 2, "tempat", &doc->tempat);
	date(f, "  tanggal", &doc->tanggal);
	buf_adds(f, "penandatangan\n");
	text(f, 2, "awalan", &s->awalan);
	text(f, 2, "atas_nama", &s->atas_nama);
	text(f, 2, "jabatan", &s->jabatan);
	text(f, 2, "nama", &s->nama);
	text(f, 2, "gelar", &s->gelar);
	buf_printf(f, "  tampilkan_gelar %s\n", s->tampilkan_gelar ? "ya" : "tidak");
	text(f, 2, "pangkat", &s->pangkat);
	text(f, 2, "nip", &s->nip);
	if (s->nip_valid)
		buf_printf(f, "  nip_valid %s\n", s->nip_digits);
	texts(f, 0, "tembusan", &doc->tembusan);
	for (i = 0; i < doc->nlampiran; i++) {
		const struct naskah_lampiran *lp = &doc->lampiran[i];

		buf_printf(f, "lampiran %zu%s", i + 1, lp->melintang ?
		    " melintang" : "");
		at(f, lp->pos);
		buf_addc(f, '\n');
		texts(f, 2, "judul", &lp->judul);
		for (j = 0; j < lp->niku; j++) {
			const struct naskah_iku *r = &lp->iku[j];

			buf_printf(f, "  iku %zu", j + 1);
			at(f, r->pos);
			buf_addc(f, '\n');
			text(f, 4, "sasaran", &r->sasaran);
			text(f, 4, "indikator", &r->indikator);
			text(f, 4, "formulasi", &r->formulasi);
			text(f, 4, "pembilang", &r->pembilang);
			text(f, 4, "penyebut", &r->penyebut);
			text(f, 4, "kali", &r->kali);
			text(f, 4, "target", &r->target);
			text(f, 4, "alasan", &r->alasan);
			text(f, 4, "penjelasan", &r->penjelasan);
		}
	}
}

void
naskah_dump_pages(struct naskah_buf *f, const struct naskah_layout *l)
{
	static const char face[FACE__MAX] = { 'R', 'B', 'I', 'X' };
	size_t p, i;

	buf_printf(f, "layout %zu pages %.2fx%.2f\n", l->npage, l->page_w,
	    l->page_h);
	for (p = 0; p < l->npage; p++) {
		buf_printf(f, "page %zu\n", p + 1);
		for (i = 0; i < l->page[p].nbox; i++) {
			const struct naskah_box *b = &l->page[p].box[i];

			switch (b->kind) {
			case BOX_TEXT:
				buf_printf(f, "  text %.2f %.2f %c%g w%.2f ",
				    b->x, b->y, face[b->face], b->size,
				    b->x2 - b->x);
				if (b->expand != 0)	/* glyphs scaled (Tz) */
					buf_printf(f, "tz%.1f ",
					    100 * (1 + b->expand));
				quoted(f, b->text);
				buf_addc(f, '\n');
				break;
			case BOX_RULE:
				buf_printf(f, "  rule %.2f %.2f %.2f %.2f lw%.2f\n",
				    b->x, b->y, b->x2, b->y2, b->size);
				break;
			case BOX_LINE:
				buf_printf(f, "  line %.2f %.2f w%.2f r%.3f%s",
				    b->x, b->y, b->x2 - b->x, b->ratio,
				    b->hyphen ? " hyphen" : "");
				if (b->tracking != 0)
					buf_printf(f, " tracking%.3f", b->tracking);
				if (b->expand != 0)
					buf_printf(f, " expand%+.1f%%",
					    b->expand * 100);
				if (b->hang > 0)
					buf_printf(f, " hang%.2f", b->hang);
				buf_addc(f, ' ');
				quoted(f, b->text);
				buf_addc(f, '\n');
				break;
			case BOX_IMAGE:
				buf_printf(f, "  image %.2f %.2f %.2f %.2f ", b->x,
				    b->y, b->x2, b->y2);
				quoted(f, b->text);
				buf_addc(f, '\n');
				break;
			case BOX_WATERMARK:	/* issue 17 */
				buf_printf(f, "  watermark %.2f %.2f %.2f %.2f "
				    "%.1f ", b->x, b->y, b->x2, b->y2, b->size);
				quoted(f, b->text);
				buf_addc(f, '\n');
				break;
			case BOX_QR:	/* issue 17 */
				buf_printf(f, "  qr %.2f %.2f %.2f %.2f ", b->x,
				    b->y, b->x2, b->y2);
				quoted(f, b->text);
				buf_addc(f, '\n');
				break;
			default:
				break;
			}
		}
	}
	buf_printf(f, "stats justified-lines %d max-space-ratio %.3f "
	    "hyphens %d overfull %d widows %d orphans %d forced-breaks %d\n",
	    l->stats.lines, l->stats.max_ratio, l->stats.hyphens,
	    l->stats.overfull, l->stats.widows, l->stats.orphans,
	    l->stats.forced);
}

/* A document's choice of columns, if it made one. */
static void
dump_colsel(struct naskah_buf *f, int indent, const char *name,
    const struct naskah_colsel *c)
{
	size_t i;

	if (c->n == 0)
		return;
	buf_printf(f, "%*s%s", indent, "", name);
	for (i = 0; i < c->n; i++)
		buf_printf(f, " %s", naskah_isi_names[c->v[i]]);
	buf_addc(f, '\n');
}

/* A side of the Perjanjian Kinerja. */
static void
dump_pihak(struct naskah_buf *f, int indent, const char *name,
    const struct naskah_pihak *p)
{
	buf_printf(f, "%*s%s\n", indent, "", name);
	text(f, indent + 2, "tanggal", &p->tanggal);
	texts(f, indent + 2, "jabatan", &p->jabatan);
	text(f, indent + 2, "nama", &p->nama);
	text(f, indent + 2, "nip", &p->nip);
}

/* A pengukuran kinerja block: its settings, scale and rows. */
static void
dump_ukur(struct naskah_buf *f, int indent, const struct naskah_pengukuran *u)
{
	size_t i, k;

	buf_printf(f, "%*stahun", indent, "");
	if (u->nyears == 0)
		buf_printf(f, " %d", u->tahun);
	for (i = 0; i < (size_t)u->nyears; i++)
		buf_printf(f, " %d", u->years[i]);
	if (u->tahun_akhir != 0)
		buf_printf(f, " tahun_akhir %d", u->tahun_akhir);
	buf_printf(f, " desimal %d %s\n", u->desimal,
	    naskah_pembulatan_names[u->pembulatan]);
	dump_colsel(f, indent, "kolom", &u->kolom);
	text(f, indent, "kosong", &u->kosong);
	for (i = 0; i < u->nskala; i++)
		buf_printf(f, "%*spredikat %s %g \"%s\"\n", indent, "",
		    u->skala[i].strict ? ">" : ">=", u->skala[i].min,
		    u->skala[i].predikat);
	for (i = 0; i < u->niku; i++) {
		const struct naskah_iku *r = &u->iku[i];

		buf_printf(f, "%*siku %zu %s", indent, "", i + 1,
		    naskah_arah_names[r->arah]);
		if (r->has_desimal)
			buf_printf(f, " desimal %d", r->desimal);
		at(f, r->pos);
		buf_addc(f, '\n');
		text(f, indent + 2, "sasaran", &r->sasaran);
		text(f, indent + 2, "indikator", &r->indikator);
		text(f, indent + 2, "satuan", &r->satuan);
		text(f, indent + 2, "target", &r->target);
		for (k = 0; r->ntargets > 1 && k < r->ntargets; k++) {
			buf_printf(f, "%*starget %d", indent + 2, "",
			    r->targets[k].year);
			text(f, 1, "", &r->targets[k].v);
			if (r->targets[k].v.s == NULL)
				buf_addc(f, '\n');
		}
		for (k = 0; k < r->nrealisasi; k++) {
			buf_printf(f, "%*srealisasi %d", indent + 2, "",
			    r->realisasi[k].year);
			text(f, 1, "", &r->realisasi[k].v);
			if (r->realisasi[k].v.s == NULL)
				buf_addc(f, '\n');
		}
	}
}

static void
dump_blocks(struct naskah_buf *f, int indent, const struct naskah_blocks *bs)
{
	size_t i, j;

	for (i = 0; i < bs->n; i++) {
		const struct naskah_block *b = &bs->v[i];

		buf_printf(f, "%*s%s", indent, "", naskah_block_names[b->kind]);
		at(f, b->pos);
		if (b->kind == BLOCK_DAFTAR && b->letters)
			buf_adds(f, " huruf");
		if (b->kind == BLOCK_TABEL_IKU)
			buf_printf(f, " lampiran %zu", b->lampiran);
		buf_addc(f, '\n');
		text(f, indent + 2, "teks", &b->text);
		text(f, indent + 2, "berkas", &b->file);
		dump_colsel(f, indent + 2, "kolom", &b->kolom);
		if (b->table != NULL) {
			size_t r, k;

			buf_printf(f, "%*skolom %zu baris %zu\n", indent + 2, "",
			    b->table->ncol, b->table->nrow);
			for (k = 0; k < b->table->ncol; k++)
				text(f, indent + 4, "judul", &b->table->col[k].judul);
			for (r = 0; r < b->table->nrow * b->table->ncol; r++)
				text(f, indent + 4, "sel", &b->table->cell[r]);
		}
		if (b->ukur != NULL)
			dump_ukur(f, indent + 2, b->ukur);
		for (j = 0; b->anggaran != NULL && j < b->anggaran->nbaris;
		    j++) {
			buf_printf(f, "%*sbaris %zu\n", indent + 2, "", j + 1);
			text(f, indent + 4, "program",
			    &b->anggaran->baris[j].program);
			text(f, indent + 4, "pagu", &b->anggaran->baris[j].pagu);
			text(f, indent + 4, "realisasi",
			    &b->anggaran->baris[j].realisasi);
		}
		if (b->anggaran != NULL)
			dump_colsel(f, indent + 2, b->pk != NULL ?
			    "kolom_program" : "kolom", &b->anggaran->kolom);
		if (b->pk != NULL) {
			dump_pihak(f, indent + 2, "pihak_pertama",
			    &b->pk->pertama);
			dump_pihak(f, indent + 2, "pihak_kedua", &b->pk->kedua);
		}
		texts(f, indent + 2, "baris", &b->lines);
		text(f, indent + 2, "nama", &b->nama);
		text(f, indent + 2, "nip", &b->nip);
		for (j = 0; b->chart != NULL && j < b->chart->npost; j++) {
			const struct naskah_post *ps = &b->chart->post[j];

			buf_printf(f, "%*sjabatan %zu%s", indent + 2, "", j + 1,
			    ps->staf ? " staf" : "");
			if (ps->parent != (size_t)-1)
				buf_printf(f, " atasan %zu", ps->parent + 1);
			buf_addc(f, '\n');
			text(f, indent + 4, "id", &ps->id);
			text(f, indent + 4, "jabatan", &ps->jabatan);
			text(f, indent + 4, "nama", &ps->nama);
			text(f, indent + 4, "nip", &ps->nip);
		}
		for (j = 0; j < b->nitems; j++) {
			text(f, indent + 2, "istilah", &b->items[j].term);
			text(f, indent + 2, "butir", &b->items[j].text);
			dump_blocks(f, indent + 4, &b->items[j].sub);
		}
	}
}

void
naskah_dump_book(struct naskah_buf *f, const struct naskah_book *b)
{
	const struct naskah_setup *s = b->setup;
	size_t i, j;

	buf_printf(f, "naskah 1 %s\n", b->lkjip ? "lkjip-lampiran" : "buku");
	buf_printf(f, "kertas %s %.2fx%.2fpt margin %.2f %.2f %.2f %.2f\n",
	    naskah_paper_names[s->paper], s->page_w, s->page_h, s->margin[0],
	    s->margin[1], s->margin[2], s->margin[3]);
	buf_printf(f, "huruf %s\n", naskah_family_names[s->family]);
	for (i = 0; i < b->npart; i++) {
		const struct naskah_part *pt = &b->part[i];

		buf_adds(f, naskah_part_names[pt->kind]);
		at(f, pt->pos);
		if (pt->kind == PART_BAB)
			buf_printf(f, " %d", pt->nomor);
		if (pt->kind == PART_KATA_PENGANTAR && pt->kop)
			buf_adds(f, " kop");
		if (pt->kind == PART_LAMPIRAN && pt->melintang != 0)
			buf_adds(f, pt->melintang > 0 ? " melintang" :
			    " melintang-templat");
		buf_addc(f, '\n');
		texts(f, 2, "judul", &pt->judul);
		texts(f, 2, "instansi", &pt->instansi);
		text(f, 2, "logo", &pt->logo);
		text(f, 2, "berkas", &pt->file);
		if (pt->keputusan != NULL)
			buf_printf(f, "  keputusan %zu menimbang %zu mengingat "
			    "%zu diktum %zu lampiran\n", pt->keputusan->menimbang.n,
			    pt->keputusan->mengingat.n, pt->keputusan->diktum.n,
			    pt->keputusan->nlampiran);
		dump_blocks(f, 2, &pt->isi);
		for (j = 0; j < pt->nsub; j++) {
			const struct naskah_section *sc = &pt->sub[j];
			int k;

			buf_adds(f, "  subbab ");
			for (k = 0; k < sc->level; k++)
				buf_printf(f, "%s%d", k ? "." : "", sc->num[k]);
			buf_addc(f, '\n');
			text(f, 4, "judul", &sc->judul);
			dump_blocks(f, 4, &sc->isi);
		}
	}
}

/* The words of a paragraph's line text t appended to b after the line
 * before it (prev: NULL for the first), joined as they were broken. */
static void
para_join(struct naskah_buf *b, const struct naskah_box *prev, const char *t)
{
	if (prev != NULL && prev->joined) {
		/* an added hyphen is not the text's */
		if (prev->hyphen && b->len > 0 && b->s[b->len - 1] == '-')
			b->len--;
	} else if (prev != NULL)
		buf_addc(b, ' ');
	buf_adds(b, t);
}

/* One paragraph, first set on page (1-based), its words in text: where,
 * how wide and how aligned, then the text as one quoted string. */
static void
para_print(struct naskah_buf *f, const struct naskah_box *first,
    size_t page, const struct naskah_buf *text)
{
	static const char *const align[4] = {
		"justify", "left", "center", "right"
	};

	buf_printf(f, "para %zu page %zu w%.2f s%g %s ", first->para, page,
	    first->measure, first->size, align[first->align]);
	quoted(f, text->s != NULL ? text->s : "");
	buf_addc(f, '\n');
}

/* A line of the layout for the paragraph dump: its box, its page, and
 * its place in the layout, which orders the lines of one paragraph. */
struct para_line {
	const struct naskah_box	*b;
	size_t			 page, seq;
};

static int
para_line_cmp(const void *x, const void *y)
{
	const struct para_line *a = x, *b = y;

	if (a->b->para != b->b->para)
		return a->b->para < b->b->para ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

void
naskah_dump_paras(struct naskah_buf *f, const struct naskah_layout *l)
{
	struct naskah_buf t = { NULL, 0, 0 };
	struct para_line *v = NULL;
	size_t n = 0, cap = 0, p, i, start = 0;

	/* a clause's label is set between its first line and the rest:
	 * the lines are put in the order of their paragraphs */
	for (p = 0; p < l->npage; p++)
		for (i = 0; i < l->page[p].nbox; i++) {
			const struct naskah_box *b = &l->page[p].box[i];
			struct para_line pl = { b, p + 1, n };

			if (b->kind == BOX_LINE && b->para != 0)
				VEC_PUSH(v, n, cap, pl);
		}
	if (n > 0)
		qsort(v, n, sizeof(*v), para_line_cmp);
	for (i = 0; i < n; i++) {
		if (i == 0 || v[i].b->para != v[i - 1].b->para) {
			start = i;
			t.len = 0;
			buf_adds(&t, "");
		}
		para_join(&t, i > start ? v[i - 1].b : NULL,
		    v[i].b->text != NULL ? v[i].b->text : "");
		if (i + 1 == n || v[i + 1].b->para != v[i].b->para)
			para_print(f, v[start].b, v[start].page, &t);
	}
	free(t.s);
	free(v);
}
