/* SPDX-License-Identifier: ISC */
/*
 * load_book.c - YAML tree -> book model (jenis: buku), with the schema
 * checks of naskah(5).  The decree part is a YAML file of its own, read
 * with the decree loader.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "model/book.h"
#include "model/capaian.h"
#include "load/columns.h"
#include "load/load.h"
#include "load/load_book_int.h"
#include "load/load_iku.h"
#include "load/schema.h"
#include "yaml/yinclude.h"
#include "base/fileio.h"
#include "base/xalloc.h"

const char *const naskah_block_names[BLOCK__MAX] = {
	[BLOCK_PARAGRAF] = "paragraf",
	[BLOCK_DAFTAR] = "daftar",
	[BLOCK_ISTILAH] = "istilah",
	[BLOCK_KUTIPAN] = "kutipan",
	[BLOCK_TABEL_IKU] = "tabel_iku",
	[BLOCK_TTD] = "ttd",
	[BLOCK_GANTI_HALAMAN] = "ganti_halaman",
	[BLOCK_BAGAN] = "bagan",
	[BLOCK_GAMBAR] = "gambar",
	[BLOCK_TABEL] = "tabel",
	[BLOCK_PENGUKURAN] = "pengukuran_kinerja",
	[BLOCK_PERBANDINGAN] = "perbandingan_kinerja",
	[BLOCK_ANGGARAN] = "realisasi_anggaran",
	[BLOCK_RENSTRA] = "perbandingan_renstra",
	[BLOCK_PERJANJIAN] = "perjanjian_kinerja",
	[BLOCK_JUDUL] = "judul",
};

const char *const naskah_part_names[PART__MAX + 1] = {
	[PART_SAMPUL] = "sampul",
	[PART_KEPUTUSAN] = "keputusan",
	[PART_KATA_PENGANTAR] = "kata_pengantar",
	[PART_DAFTAR_ISI] = "daftar_isi",
	[PART_BAB] = "bab",
	[PART_LAMPIRAN] = "lampiran",
	[PART__MAX] = NULL,
};

static int load_blocks(struct bloader *l, const struct ynode *n,
    const char *path, struct naskah_blocks *out);

/*
 * A file the book names in t (a cover's logo, a gambar's berkas),
 * relative to the book: a regular file inside the book's confinement.
 * Returns 1, or 0 after an error at t's line.
 */
static int
book_file(struct bloader *l, const struct naskah_text *t, enum naskah_msg msg)
{
	const struct naskah_setup *s = l->book->setup;
	char *file;
	int ok;

	if (t->s == NULL || t->span.at.line == 0)
		return 1;
	file = t->s[0] == '/' ? xstrdup(t->s) :
	    xasprintf("%s/%s", s->dir, t->s);
	ok = naskah_file_ok(file, t->s, s->confine, t->span.at, msg,
	    l->s.d);
	free(file);
	return ok;
}

/* The items of a daftar (text, or {teks, daftar}) or an istilah list. */
static int
load_items(struct bloader *l, const struct ynode *n, const char *path,
    int terms, struct naskah_block *b)
{
	const struct ynode *it, *sub;
	char *p;
	size_t i;
	int ok = 1;

	if (!schema_list(&l->s, n, path, 1))
		return 0;
	b->items = xcalloc(n->nkid, sizeof(*b->items));
	b->nitems = n->nkid;
	for (i = 0; i < n->nkid; i++) {
		struct naskah_item *item = &b->items[i];

		it = n->kid[i];
		p = xasprintf("%s[%zu]", path, i + 1);
		if (terms) {
			if (!schema_keys(&l->s, it, p, KM_ISTILAH) ||
			    !text_at(l, it, "istilah", p, 1, &item->term) ||
			    !text_at(l, it, "arti", p, 1, &item->text))
				ok = 0;
		} else if (ymap_get(it, "teks") == NULL &&
		    schema_colon_text(&l->s, it, p)) {
			ok = 0;		/* "...: ..." unquoted (issue 16) */
		} else if (it->kind == YNODE_MAP) {
			if (!schema_keys(&l->s, it, p, KM_ITEM) ||
			    !text_at(l, it, "teks", p, 1, &item->text))
				ok = 0;
			else if (ymap_get(it, "daftar") != NULL &&
			    ymap_get(it, "daftar_huruf") != NULL) {
				naskah_diag(l->s.d, SEV_ERROR,
				    ymap_get(it, "daftar_huruf")->pos,
				    MSG_TWO_LISTS, p);
				ok = 0;
			} else if ((sub = ymap_get(it, "daftar")) != NULL ||
			    (sub = ymap_get(it, "daftar_huruf")) != NULL) {
				/* a nested list is a one-block list */
				struct naskah_blocks one = { NULL, 0, 0 };
				char *sp = xasprintf("%s.%s", p,
				    ymap_get(it, "daftar") != NULL ? "daftar" :
				    "daftar_huruf");
				struct naskah_block nb;

				memset(&nb, 0, sizeof(nb));
				nb.kind = BLOCK_DAFTAR;
				nb.pos = sub->pos;
				nb.letters = ymap_get(it, "daftar_huruf") != NULL;
				ok &= load_items(l, sub, sp, 0, &nb);
				VEC_PUSH(one.v, one.n, one.cap, nb);
				item->sub = one;
				free(sp);
			}
		} else if (!schema_text(&l->s, it, p, 1, &item->text))
			ok = 0;
		free(p);
	}
	return ok;
}

/* The blocks that hold structured data, each read by its own loader
 * (load_blocks.c). */
static const struct data_block {
	enum naskah_block_kind	 kind;
	int			(*load)(struct bloader *, const struct ynode *,
				    const char *, struct naskah_block *);
} data_blocks[] = {
	{ BLOCK_TABEL, book_load_table },
	{ BLOCK_PENGUKURAN, book_load_pengukuran },
	{ BLOCK_PERBANDINGAN, book_load_pengukuran },
	{ BLOCK_RENSTRA, book_load_pengukuran },
	{ BLOCK_PERJANJIAN, book_load_pengukuran },
	{ BLOCK_ANGGARAN, book_load_anggaran },
};

/* The data block named k, or NULL. */
static const struct data_block *
data_block(const char *k)
{
	size_t i;

	for (i = 0; i < sizeof(data_blocks) / sizeof(data_blocks[0]); i++)
		if (strcmp(k, naskah_block_names[data_blocks[i].kind]) == 0)
			return &data_blocks[i];
	return NULL;
}

/* tabel_iku: the decree's lampiran n, or {lampiran: n, kolom: [...]}
 * (a choice among the decree template's kolom_iku). */
static int
load_tabel_iku(struct bloader *l, const struct ynode *v, const char *p,
    struct naskah_block *b)
{
	const struct ynode *n = v;
	char *q = NULL;
	long num;
	int ok = 1;

	if (v->kind == YNODE_MAP) {
		if (!schema_keys(&l->s, v, p, KM_TABEL_IKU))
			return 0;
		n = ymap_get(v, "lampiran");
		q = xasprintf("%s.lampiran", p);
		if (ymap_get(v, "kolom") != NULL) {
			char *k = xasprintf("%s.kolom", p);

			ok = naskah_colsel_load(&l->s, ymap_get(v, "kolom"), k,
			    NASKAH_IKU_COLUMNS, &b->kolom);
			free(k);
		}
	}
	num = 0;
	ok &= schema_int(&l->s, n, q != NULL ? q : p, 1, 99, &num);
	free(q);
	if (!ok)
		return 0;
	b->lampiran = (size_t)num;
	return ok;
}

/* One block: a text (a paragraph) or a mapping with one key. */
static int
load_block(struct bloader *l, const struct ynode *n, const char *path,
    struct naskah_block *b)
{
	const struct ynode *v;
	const struct data_block *data;
	const char *k;
	char *p;
	int ok = 1;

	memset(b, 0, sizeof(*b));
	b->pos = n->pos;
	if (n->kind == YNODE_SCALAR) {
		b->kind = BLOCK_PARAGRAF;
		return schema_text(&l->s, n, path, 1, &b->text);
	}
	if (!schema_one_keymap(&l->s, n, path, KM_BLOCK, &k, &v))
		return 0;
	p = xasprintf("%s.%s", path, k);
	if (strcmp(k, "paragraf") == 0 || strcmp(k, "kutipan") == 0 ||
	    strcmp(k, "judul") == 0) {
		b->kind = k[0] == 'p' ? BLOCK_PARAGRAF : k[0] == 'k' ?
		    BLOCK_KUTIPAN : BLOCK_JUDUL;
		ok = schema_text(&l->s, v, p, 1, &b->text);
	} else if (strncmp(k, "daftar", 6) == 0) {
		b->kind = BLOCK_DAFTAR;
		b->letters = strcmp(k, "daftar_huruf") == 0;
		ok = load_items(l, v, p, 0, b);
	} else if (strcmp(k, "istilah") == 0) {
		b->kind = BLOCK_ISTILAH;
		ok = load_items(l, v, p, 1, b);
	} else if (strcmp(k, "tabel_iku") == 0) {
		b->kind = BLOCK_TABEL_IKU;
		ok = load_tabel_iku(l, v, p, b);
	} else if (strcmp(k, "ttd") == 0) {
		b->kind = BLOCK_TTD;
		if (!schema_keys(&l->s, v, p, KM_TTD))
			ok = 0;
		else {
			if (ymap_get(v, "baris") != NULL) {
				char *bp = xasprintf("%s.baris", p);

				ok &= schema_texts(&l->s, ymap_get(v, "baris"),
				    bp, &b->lines);
				free(bp);
			}
			ok &= text_at(l, v, "nama", p, 1, &b->nama);
			ok &= text_at(l, v, "nip", p, 0, &b->nip);
		}
	} else if (strcmp(k, "bagan") == 0 && v->kind == YNODE_MAP) {
		/* the long form: options beside the list of posts */
		char *q = xasprintf("%s.jabatan", p);
		int land = 0;

		b->kind = BLOCK_BAGAN;
		if (!schema_keys(&l->s, v, p, KM_BAGAN))
			ok = 0;
		else {
			ok &= schema_opt_bool(&l->s, v, "melintang", p,
			    &land);
			ok &= book_load_chart(l, ymap_get(v, "jabatan"), q, b);
			if (b->chart != NULL)
				b->chart->melintang = land;
		}
		free(q);
	} else if (strcmp(k, "bagan") == 0) {
		b->kind = BLOCK_BAGAN;
		ok = book_load_chart(l, v, p, b);
	} else if (strcmp(k, "gambar") == 0) {
		b->kind = BLOCK_GAMBAR;
		if (!schema_keys(&l->s, v, p, KM_GAMBAR))
			ok = 0;
		else {
			ok &= text_at(l, v, "berkas", p, 1, &b->file) &&
			    book_file(l, &b->file, MSG_LOGO_OPEN);
			ok &= text_at(l, v, "keterangan", p, 0, &b->text);
			if (ymap_get(v, "lebar") != NULL) {
				char *q = xasprintf("%s.lebar", p);

				ok &= schema_num(&l->s, ymap_get(v, "lebar"), q, 10,
				    400, &b->width);
				free(q);
			}
		}
	} else if ((data = data_block(k)) != NULL) {
		b->kind = data->kind;
		ok = data->load(l, v, p, b);
	} else
		b->kind = BLOCK_GANTI_HALAMAN;
	free(p);
	return ok;
}

static int
load_blocks(struct bloader *l, const struct ynode *n, const char *path,
    struct naskah_blocks *out)
{
	struct naskah_block b;
	char *p;
	size_t i;
	int ok = 1;

	if (!schema_list(&l->s, n, path, 1))
		return 0;
	for (i = 0; i < n->nkid; i++) {
		p = xasprintf("%s[%zu]", path, i + 1);
		ok &= load_block(l, n->kid[i], p, &b);
		VEC_PUSH(out->v, out->n, out->cap, b);
		free(p);
	}
	return ok;
}

/* Whether two documents ask for the same typeface. */
static int
same_font(const struct naskah_setup *a, const struct naskah_setup *b)
{
	int i;

	if (a->family != b->family)
		return 0;
	for (i = 0; a->family == FAMILY_CUSTOM && i < FACE__MAX; i++)
		if ((a->font_path[i].s == NULL) != (b->font_path[i].s == NULL) ||
		    (a->font_path[i].s != NULL &&
		    strcmp(a->font_path[i].s, b->font_path[i].s) != 0))
			return 0;
	return 1;
}

/* The decree part: a YAML file of its own, relative to the book. */
static int
load_decree(struct bloader *l, const struct ynode *v, const char *path,
    struct naskah_part *pt)
{
	struct naskah_book *bk = l->book;
	const char *saved = l->s.d->file;
	char *file;
	struct ydoc *y;

	if (!schema_text(&l->s, v, path, 1, &pt->file))
		return 0;
	if (bk->decree != NULL) {
		naskah_diag(l->s.d, SEV_ERROR, v->pos, MSG_TWO_DECREES);
		return 0;
	}
	file = pt->file.s[0] == '/' || strcmp(bk->setup->dir, ".") == 0 ?
	    xstrdup(pt->file.s) : xasprintf("%s/%s", bk->setup->dir,
	    pt->file.s);
	/* a file that cannot be read is a mistake in the book, shown at
	 * its line; what is wrong inside it, under its own name */
	if (!naskah_file_ok(file, pt->file.s, bk->setup->confine, v->pos,
	    MSG_DECREE_FILE, l->s.d)) {
		free(file);
		return 0;
	}
	l->s.d->file = file;
	if ((y = ydoc_load_confined(file, bk->setup->confine,
	    l->s.d)) != NULL) {
		VEC_PUSH(l->files->laid, l->files->nlaid, l->files->caplaid,
		    y);
		pt->keputusan = naskah_decree_load(y, file, l->files, l->s.d);
	}
	/* one PDF, one typeface: the book's */
	if (pt->keputusan != NULL &&
	    pt->keputusan->setup.font_path[0].span.at.line != 0 &&
	    !same_font(&pt->keputusan->setup, bk->setup))
		naskah_diag(l->s.d, SEV_WARNING,
		    pt->keputusan->setup.font_path[0].span.at, MSG_DECREE_FONT);
	l->s.d->file = saved;
	if (pt->keputusan == NULL) {
		free(file);
		return 0;
	}
	/* the decree model keeps the file name for its messages */
	pt->keputusan->path = file;
	bk->decree = pt->keputusan;
	return 1;
}

/*
 * The sections of list n, at `level` under the section numbered `num`
 * (a chapter's: all zero), appended to pt->sub in reading order with
 * their own subbab after each.
 */
static int
load_sections(struct bloader *l, const struct ynode *n, const char *path,
    int level, const int *num, struct naskah_part *pt)
{
	struct naskah_section sc;
	const struct ynode *k, *v;
	size_t i;
	char *sp, *ip;
	int ok = 1;

	if (!schema_list(&l->s, n, path, 1))
		return 0;
	for (i = 0; i < n->nkid; i++) {
		k = n->kid[i];
		memset(&sc, 0, sizeof(sc));
		sc.pos = k->pos;
		sc.level = level;
		memcpy(sc.num, num, sizeof(sc.num));
		sc.num[level - 1] = (int)i + 1;
		sp = xasprintf("%s[%zu]", path, i + 1);
		if (!schema_keys(&l->s, k, sp, KM_SUBBAB)) {
			free(sp);
			ok = 0;
			continue;
		}
		ok &= text_at(l, k, "judul", sp, 1, &sc.judul);
		if ((v = ymap_get(k, "isi")) != NULL) {
			ip = xasprintf("%s.isi", sp);
			ok &= load_blocks(l, v, ip, &sc.isi);
			free(ip);
		}
		VEC_PUSH(pt->sub, pt->nsub, pt->capsub, sc);
		if ((v = ymap_get(k, "subbab")) != NULL) {
			if (level >= NASKAH_SECTION_DEPTH) {
				naskah_diag(l->s.d, SEV_ERROR, v->pos,
				    MSG_SECTION_DEPTH, NASKAH_SECTION_DEPTH);
				ok = 0;
			} else {
				ip = xasprintf("%s.subbab", sp);
				ok &= load_sections(l, v, ip, level + 1,
				    sc.num, pt);
				free(ip);
			}
		}
		free(sp);
	}
	return ok;
}

/*
 * A lampiran's melintang, judul and isi under mapping m into pt; parent
 * names m in messages, prefix (NULL at a document's top level) comes
 * before "judul" and "isi" in them.  Returns 0 after reporting errors.
 */
static int
lampiran_keys(struct bloader *l, const struct ynode *m, const char *parent,
    const char *prefix, struct naskah_part *pt)
{
	char *q;
	int ok;

	ok = schema_opt_bool(&l->s, m, "melintang", parent, &pt->melintang);
	if (ymap_get(m, "judul") != NULL) {
		q = prefix != NULL ? xasprintf("%s.judul", prefix) :
		    xstrdup("judul");
		ok &= schema_texts(&l->s, ymap_get(m, "judul"), q, &pt->judul);
		free(q);
	}
	q = prefix != NULL ? xasprintf("%s.isi", prefix) : xstrdup("isi");
	ok &= load_blocks(l, ymap_get(m, "isi"), q, &pt->isi);
	free(q);
	return ok;
}

static int
load_part(struct bloader *l, const struct ynode *n, const char *path,
    struct naskah_part *pt)
{
	/* the keys of each part: keys.c, KM_PART and below */
	const struct ynode *v, *sub;
	const char *k;
	char *p, *q;
	int ok = 1, kind;

	memset(pt, 0, sizeof(*pt));
	pt->pos = n->pos;
	if (!schema_one_keymap(&l->s, n, path, KM_PART, &k, &v))
		return 0;
	for (kind = 0; kind < PART__MAX; kind++)
		if (strcmp(k, naskah_part_names[kind]) == 0)
			break;
	pt->kind = (enum naskah_part_kind)kind;
	p = xasprintf("%s.%s", path, k);
	switch (pt->kind) {
	case PART_SAMPUL:
		if (!schema_keys(&l->s, v, p, KM_SAMPUL)) {
			ok = 0;
			break;
		}
		q = xasprintf("%s.judul", p);
		ok &= schema_texts(&l->s, ymap_get(v, "judul"), q, &pt->judul);
		free(q);
		if (ymap_get(v, "instansi") != NULL) {
			q = xasprintf("%s.instansi", p);
			ok &= schema_texts(&l->s, ymap_get(v, "instansi"), q,
			    &pt->instansi);
			free(q);
		}
		ok &= text_at(l, v, "logo", p, 0, &pt->logo) &&
		    book_file(l, &pt->logo, MSG_LOGO_OPEN);
		break;
	case PART_KEPUTUSAN:
		ok = load_decree(l, v, p, pt);
		break;
	case PART_KATA_PENGANTAR:
		if (!schema_keys(&l->s, v, p, KM_PENGANTAR)) {
			ok = 0;
			break;
		}
		ok &= schema_opt_bool(&l->s, v, "kop", p, &pt->kop);
		q = xasprintf("%s.isi", p);
		ok &= load_blocks(l, ymap_get(v, "isi"), q, &pt->isi);
		free(q);
		break;
	case PART_DAFTAR_ISI:
		if (!schema_is_null(v))
			ok = schema_map(&l->s, v, p,
			    (const char *const[]){ NULL }, NULL);
		break;
	case PART_BAB:
		if (!schema_keys(&l->s, v, p, KM_BAB_BUKU)) {
			ok = 0;
			break;
		}
		pt->nomor = ++l->chapters;
		q = xasprintf("%s.judul", p);
		ok &= schema_texts(&l->s, ymap_get(v, "judul"), q, &pt->judul);
		free(q);
		if (ymap_get(v, "isi") != NULL) {
			q = xasprintf("%s.isi", p);
			ok &= load_blocks(l, ymap_get(v, "isi"), q, &pt->isi);
			free(q);
		}
		if ((sub = ymap_get(v, "subbab")) == NULL)
			break;
		q = xasprintf("%s.subbab", p);
		ok &= load_sections(l, sub, q, 1,
		    (const int[NASKAH_SECTION_DEPTH]){ 0 }, pt);
		free(q);
		break;
	case PART_LAMPIRAN:
		if (!schema_keys(&l->s, v, p, KM_LAMPIRAN_BUKU)) {
			ok = 0;
			break;
		}
		ok &= lampiran_keys(l, v, p, p, pt);
		break;
	default:
		ok = 0;
		break;
	}
	free(p);
	return ok;
}

/* Every tabel_iku names a lampiran the decree has. */
static int
check_tables(struct bloader *l, const struct naskah_blocks *bs)
{
	size_t i, j;
	int ok = 1;

	for (i = 0; i < bs->n; i++) {
		const struct naskah_block *b = &bs->v[i];

		if (b->kind == BLOCK_TABEL_IKU && (l->book->decree == NULL ||
		    b->lampiran > l->book->decree->nlampiran)) {
			naskah_diag(l->s.d, SEV_ERROR, b->pos, MSG_NO_TABLE,
			    (int)b->lampiran);
			ok = 0;
		}
		for (j = 0; j < b->nitems && b->kind == BLOCK_DAFTAR; j++)
			ok &= check_tables(l, &b->items[j].sub);
	}
	return ok;
}

/*
 * A lkjip-lampiran: the book of one lampiran part, whose judul, isi and
 * melintang (absent: -1, the template's) stand at the top level.
 */
static int
load_lkjip(struct bloader *l, const struct ynode *root)
{
	struct naskah_part *pt;

	if (!schema_keys(&l->s, root, "dokumen", KM_LKJIP))
		return 0;
	pt = l->book->part = xcalloc(1, sizeof(*pt));
	l->book->npart = 1;
	pt->kind = PART_LAMPIRAN;
	pt->pos = root->pos;
	pt->melintang = -1;
	return lampiran_keys(l, root, "dokumen", NULL, pt);
}

struct naskah_book *
naskah_book_load(const struct ydoc *y, const char *path,
    struct naskah_yfiles *files, struct naskah_diag *d)
{
	struct bloader l;
	struct naskah_book *bk = xcalloc(1, sizeof(*bk));
	const struct ynode *root = y->root, *parts, *v;
	size_t i, j;
	int ok = 1;
	char *p;

	l.s.d = d;
	l.files = files;
	l.book = bk;
	l.path = path;
	l.chapters = 0;
	/* a version this program does not know: nothing else is sure */
	if ((v = ymap_get(root, "naskah")) != NULL &&
	    (!schema_scalar(&l.s, v, "naskah") || strcmp(v->str, "1") != 0)) {
		if (v->kind == YNODE_SCALAR)
			naskah_diag(d, SEV_ERROR, v->pos, MSG_VERSION, v->str);
		free(bk);
		return NULL;
	}
	v = ymap_get(root, "jenis");
	bk->lkjip = v != NULL && v->kind == YNODE_SCALAR &&
	    strcmp(v->str, "lkjip-lampiran") == 0;
	bk->setup = naskah_setup_load(y, root, path, bk->lkjip ? PAPER_A4 :
	    PAPER_F4, d, &ok);
	if (bk->lkjip)
		ok &= load_lkjip(&l, root);
	else {
		ok &= schema_keys(&l.s, root, "dokumen", KM_BOOK);
		if ((parts = ymap_get(root, "bagian")) != NULL &&
		    schema_list(&l.s, parts, "bagian", 1)) {
			bk->part = xcalloc(parts->nkid, sizeof(*bk->part));
			for (i = 0; i < parts->nkid; i++) {
				p = xasprintf("bagian[%zu]", i + 1);
				ok &= load_part(&l, parts->kid[i], p,
				    &bk->part[bk->npart++]);
				free(p);
			}
		} else
			ok = 0;
	}
	for (i = 0; ok && i < bk->npart; i++) {
		ok &= check_tables(&l, &bk->part[i].isi);
		for (j = 0; j < bk->part[i].nsub; j++)
			ok &= check_tables(&l, &bk->part[i].sub[j].isi);
	}
	if (!ok) {
		naskah_book_free(bk);
		return NULL;
	}
	/* without metadata.judul, the PDF is titled as its cover (a
	 * lkjip-lampiran: as its judul) */
	for (i = 0; i < bk->npart && bk->setup->title == NULL; i++)
		if (bk->part[i].kind == PART_SAMPUL || (bk->lkjip &&
		    bk->part[i].judul.n > 0)) {
			struct naskah_buf t = { NULL, 0, 0 };

			for (j = 0; j < bk->part[i].judul.n; j++)
				buf_printf(&t, "%s%s", j ? " " : "",
				    bk->part[i].judul.v[j].s);
			bk->setup->title = buf_take(&t);
		}
	return bk;
}

static void
blocks_free(struct naskah_blocks *bs)
{
	size_t i, j;

	for (i = 0; i < bs->n; i++) {
		for (j = 0; j < bs->v[i].nitems; j++)
			blocks_free(&bs->v[i].items[j].sub);
		free(bs->v[i].items);
		free(bs->v[i].lines.v);
		naskah_colsel_free(&bs->v[i].kolom);
		if (bs->v[i].chart != NULL)
			free(bs->v[i].chart->post);
		free(bs->v[i].chart);
		if (bs->v[i].table != NULL) {
			free(bs->v[i].table->col);
			free(bs->v[i].table->cell);
		}
		free(bs->v[i].table);
		if (bs->v[i].ukur != NULL) {
			for (j = 0; j < bs->v[i].ukur->niku; j++)
				naskah_iku_free(&bs->v[i].ukur->iku[j]);
			free(bs->v[i].ukur->iku);
			free(bs->v[i].ukur->skala);
			naskah_colsel_free(&bs->v[i].ukur->kolom);
		}
		free(bs->v[i].ukur);
		if (bs->v[i].anggaran != NULL) {
			free(bs->v[i].anggaran->baris);
			naskah_colsel_free(&bs->v[i].anggaran->kolom);
		}
		free(bs->v[i].anggaran);
		if (bs->v[i].pk != NULL) {
			free(bs->v[i].pk->pertama.jabatan.v);
			free(bs->v[i].pk->kedua.jabatan.v);
		}
		free(bs->v[i].pk);
	}
	free(bs->v);
}

void
naskah_book_free(struct naskah_book *bk)
{
	size_t i, j;

	if (bk == NULL)
		return;
	for (i = 0; i < bk->npart; i++) {
		struct naskah_part *pt = &bk->part[i];

		free(pt->judul.v);
		free(pt->instansi.v);
		blocks_free(&pt->isi);
		for (j = 0; j < pt->nsub; j++)
			blocks_free(&pt->sub[j].isi);
		free(pt->sub);
		naskah_decree_free(pt->keputusan);
	}
	free(bk->part);
	naskah_setup_free(bk->setup);
	free(bk);
}
