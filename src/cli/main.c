/* SPDX-License-Identifier: ISC */
/*
 * main.c - the naskah command line: glue between the stages
 * load (YAML -> model) -> layout (model -> pages) -> render (PDF).
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "base/diag.h"
#include "base/fileio.h"
#include "model/book.h"
#include "model/diff.h"
#include "model/diff_pdf.h"
#include "model/revise.h"
#include "render/dump.h"
#include "layout/hyph.h"
#include "model/idn.h"
#include "layout/layout.h"
#include "model/model.h"
#include "cli/output.h"
#include "render/render.h"
#include "lib/setter.h"
#include "model/template.h"
#include "font/ttf.h"
#include "base/xalloc.h"
#include "load/load.h"
#include "yaml/yinclude.h"
#include "yaml/ytree.h"

#ifndef NASKAH_DATADIR
#define NASKAH_DATADIR "/usr/local/share/naskah"
#endif

enum dump_kind {
	DUMP_NONE = 0,
	DUMP_TREE,
	DUMP_LAYOUT,
	DUMP__MAX
};

static const char *const dump_names[DUMP__MAX] = {
	[DUMP_NONE] = "none",
	[DUMP_TREE] = "tree",
	[DUMP_LAYOUT] = "layout",
};

struct opts {
	int		 check;		/* "check": no PDF */
	enum dump_kind	 dump;
	const char	*out;
	const char	*outdir;	/* -d: FILE.pdf in this directory */
	const char	*input;
	const char	*template;
	const char	*datadir;
	const char	*pdf;		/* diff --pdf: the page of changes */
	const char	*root;		/* --root: files the document names
					 * must be in this tree */
};

static const char *const usage_text[LANG__MAX] = {
	[LANG_ID] =
	"pemakaian: naskah render [-o BERKAS.pdf | -d DIR] [--dump=tree|layout] "
	"[--template BERKAS] [--lang=id|en] BERKAS.yaml...\n"
	"           naskah check [--lang=id|en] BERKAS.yaml...\n"
	"           naskah diff [--pdf BERKAS.pdf] [--lang=id|en] LAMA.yaml "
	"BARU.yaml\n"
	"           naskah --help | --version\n"
	"\n"
	"  render    tulis naskah (keputusan, buku) sebagai PDF (bawaan: "
	"BERKAS.pdf\n            di samping BERKAS.yaml)\n"
	"  check     periksa saja; laporkan masalah, tidak menulis apa pun\n"
	"  diff      daftar perubahan dari keputusan LAMA ke BARU\n"
	"  --pdf BERKAS  diff: tulis juga daftarnya sebagai PDF "
	"(DAFTAR PERUBAHAN IKU)\n"
	"  -o BERKAS berkas keluaran ('-' untuk keluaran standar)\n"
	"  -d DIR    tulis BERKAS.pdf tiap masukan ke DIR (beberapa masukan)\n"
	"  --dump=K  cetak pohon dokumen (tree) atau tata letak halaman "
	"(layout), bukan PDF\n"
	"  --template BERKAS kata tetap dan angka tata letak "
	"(bawaan: templates/keputusan.yaml)\n"
	"  --data-dir DIR    tempat templates/ dan fonts/\n"
	"  --root DIR        berkas yang disebut dokumen (sertakan, logo, huruf,\n"
	"                    templat) harus berada di dalam DIR (bawaan: di mana saja)\n"
	"  --lang=L  bahasa pesan: id (bawaan) atau en\n"
	"\nStatus keluar: 0 berhasil, 1 kesalahan dokumen, 2 kesalahan "
	"pemakaian, 3 kesalahan sistem.\nLihat naskah(1) dan naskah(5).\n",
	[LANG_EN] =
	"usage: naskah render [-o FILE.pdf | -d DIR] [--dump=tree|layout] "
	"[--template FILE] [--lang=id|en] FILE.yaml...\n"
	"       naskah check [--lang=id|en] FILE.yaml...\n"
	"       naskah diff [--pdf FILE.pdf] [--lang=id|en] OLD.yaml "
	"NEW.yaml\n"
	"       naskah --help | --version\n"
	"\n"
	"  render    write the document (decree, book) as PDF (default: "
	"FILE.pdf\n            next to FILE.yaml)\n"
	"  check     validate only; report problems, write nothing\n"
	"  diff      list what changed from the OLD decree to the NEW one\n"
	"  --pdf FILE    diff: also write the list as a PDF page "
	"(DAFTAR PERUBAHAN IKU)\n"
	"  -o FILE   output file ('-' for standard output)\n"
	"  -d DIR    write each input's FILE.pdf into DIR (several inputs)\n"
	"  --dump=K  print the document tree or the page layout instead "
	"of a PDF\n"
	"  --template FILE   fixed words and layout numbers "
	"(default: templates/keputusan.yaml)\n"
	"  --data-dir DIR    where templates/ and fonts/ are\n"
	"  --root DIR        files the document names (sertakan, logo, huruf,\n"
	"                    templat) must be inside DIR (default: anywhere)\n"
	"  --lang=L  language of messages: id (default) or en\n"
	"\nExit status: 0 ok, 1 document error, 2 usage error, "
	"3 system error.\nSee naskah(1) and naskah(5).\n",
};

static int
is_dir_with_templates(const char *dir)
{
	char *p = xasprintf("%s/templates/keputusan.yaml", dir);
	int ok = access(p, R_OK) == 0;

	free(p);
	return ok;
}

/* Where templates/ and fonts/ live; caller frees. */
static char *
find_datadir(const char *opt)
{
	char exe[PATH_MAX], *slash, *p;
	const char *env = getenv("NASKAH_DATADIR");
	ssize_t n;

	if (opt != NULL)
		return xstrdup(opt);
	if (env != NULL && *env != '\0')
		return xstrdup(env);
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL) {
			*slash = '\0';
			if (is_dir_with_templates(exe))
				return xstrdup(exe);
			p = xasprintf("%s/../share/naskah", exe);
			if (is_dir_with_templates(p))
				return p;
			free(p);
		}
	}
	return xstrdup(NASKAH_DATADIR);
}

/* Does the file name end in .yaml or .yml, in any case? */
static int
is_yaml(const char *p)
{
	size_t n = strlen(p);

	return (n >= 5 && strcasecmp(p + n - 5, ".yaml") == 0) ||
	    (n >= 4 && strcasecmp(p + n - 4, ".yml") == 0);
}

/*
 * The YAML file path with what it includes, or for "-" standard input,
 * whose includes are relative to the current directory.  NULL after
 * reporting errors.
 */
static struct ydoc *
input_load(const char *path, const char *root, struct naskah_diag *d)
{
	char *buf = NULL;
	size_t len = 0, cap = 0, got;
	struct ydoc *y;

	if (strcmp(path, "-") != 0)
		return ydoc_load_confined(path, root, d);
	do {	/* one byte past the limit is enough to refuse it */
		buf = xgrow(buf, &cap, len + 65536, 1);
		got = fread(buf + len, 1, cap - len, stdin);
		len += got;
	} while (got > 0 && len <= YTREE_MAX_BYTES);
	if (ferror(stdin)) {
		naskah_diag(d, SEV_SYSTEM, (struct naskah_pos){ 0, 0, NULL },
		    MSG_READ, "-", strerror(errno));
		free(buf);
		return NULL;
	}
	y = ydoc_parse(buf, len, d);
	free(buf);
	if (y != NULL) {
		y->path = xstrdup("-");
		if (!ydoc_confine(y, root, d) || !ydoc_include(y, "-", d)) {
			ydoc_free(y);
			return NULL;
		}
	}
	return y;
}

/* Default output: the input's name with .pdf for .yaml/.yml. */
static char *
default_out(const char *in)
{
	size_t n = strlen(in);

	if (n > 5 && strcmp(in + n - 5, ".yaml") == 0)
		return xasprintf("%.*s.pdf", (int)(n - 5), in);
	if (n > 4 && strcmp(in + n - 4, ".yml") == 0)
		return xasprintf("%.*s.pdf", (int)(n - 4), in);
	return xasprintf("%s.pdf", in);
}

/* A file named in the document, relative to it; static storage. */
static const char *
doc_file(const struct naskah_setup *doc, const char *p)
{
	static char buf[PATH_MAX];

	if (p[0] == '/' || strcmp(doc->dir, ".") == 0)
		return p;
	snprintf(buf, sizeof(buf), "%s/%s", doc->dir, p);
	return buf;
}

/*
 * A book's own template (its templat:, or templates/buku.yaml), the
 * LKjIP tables' (a lkjip-lampiran's templat:, or templates/lkjip.yaml)
 * and the one its decree names, if any.  Returns 0 after reporting
 * errors.
 */
static int
load_book_templates(const struct opts *o, const struct naskah_book *book,
    const char *datadir, struct naskah_diag *d, struct naskah_tpl **dtpl,
    struct naskah_btpl **bt, struct naskah_ltpl **lt)
{
	const struct naskah_setup *s = book->setup;
	const struct naskah_decree *dd = book->decree;
	const char *own = s->template_path.s;
	char *p;

	if (own != NULL && !naskah_file_ok(doc_file(s, own), own,
	    s->confine, s->template_path.span.at, MSG_TEMPLATE, d))
		return 0;
	p = own != NULL && !book->lkjip ? xstrdup(doc_file(s, own)) :
	    xasprintf("%s/templates/buku.yaml", datadir);
	*bt = naskah_btpl_load(p, d);
	free(p);
	if (*bt == NULL)
		return 0;
	p = own != NULL && book->lkjip ? xstrdup(doc_file(s, own)) :
	    xasprintf("%s/templates/lkjip.yaml", datadir);
	*lt = naskah_ltpl_load(p, d);
	free(p);
	if (*lt == NULL)
		return 0;
	if (o->template == NULL && dd != NULL &&
	    dd->setup.template_path.s != NULL &&
	    (!naskah_file_ok(doc_file(&dd->setup, dd->setup.template_path.s),
	    dd->setup.template_path.s, dd->setup.confine,
	    dd->setup.template_path.span.at, MSG_TEMPLATE, d) ||
	    (*dtpl = naskah_tpl_load(doc_file(&dd->setup,
	    dd->setup.template_path.s), d)) == NULL))
		return 0;
	return 1;
}

/*
 * The decree template for doc: --template (opt), else the templat: doc
 * names when it is a decree's (own), else the default.  A templat:
 * named in the document that cannot be read is a mistake in the
 * document, shown at its line.  NULL after reporting errors.
 */
static struct naskah_tpl *
decree_template(const char *opt, const struct naskah_setup *doc, int own,
    const char *datadir, struct naskah_diag *d)
{
	struct naskah_tpl *tpl;
	char *tpath;

	if (opt == NULL && doc->template_path.s != NULL &&
	    !naskah_file_ok(doc_file(doc, doc->template_path.s),
	    doc->template_path.s, doc->confine,
	    doc->template_path.span.at, MSG_TEMPLATE, d))
		return NULL;
	if (opt != NULL)
		tpath = xstrdup(opt);
	else if (doc->template_path.s != NULL && own)
		tpath = doc->template_path.s[0] == '/' ?
		    xstrdup(doc->template_path.s) :
		    xasprintf("%s/%s", doc->dir, doc->template_path.s);
	else
		tpath = xasprintf("%s/templates/keputusan.yaml", datadir);
	tpl = naskah_tpl_load(tpath, d);
	free(tpath);
	return tpl;
}

/* The YAML of the decrees revoked and amended, read with a document
 * into f, into ys[0..room): how many. */
static size_t
refs_of(const struct naskah_yfiles *f, const struct ydoc **ys, size_t room)
{
	size_t i;

	for (i = 0; i < f->nquoted && i < room; i++)
		ys[i] = f->quoted[i];
	return i;
}

/* A decree read for diff with the YAML it was read from. */
struct diffdoc {
	struct ydoc		*y;
	struct naskah_yfiles	 files;
	struct naskah_decree	*doc;
};

static int
run(const struct opts *o, struct naskah_diag *d)
{
	struct ydoc *y = NULL;
	struct naskah_yfiles files;
	const struct ynode *jenis;
	struct naskah_book *book = NULL;
	struct naskah_decree *doc = NULL;	/* the decree, NULL: a book */
	const struct naskah_setup *su = NULL;
	struct naskah_info info = { NULL };
	struct naskah_tpl *tpl = NULL, *dtpl = NULL;
	struct naskah_btpl *bt = NULL;
	struct naskah_ltpl *lt = NULL;
	struct naskah_layout *l = NULL;
	struct setter st;
	const struct ydoc *ys[11];
	size_t ny = 0;
	char *datadir = find_datadir(o->datadir), *out = NULL;

	memset(&st, 0, sizeof(st));
	memset(&files, 0, sizeof(files));
	if ((y = input_load(o->input, o->root, d)) == NULL)
		goto out;
	jenis = ymap_get(y->root, "jenis");
	if (jenis != NULL && jenis->kind == YNODE_SCALAR &&
	    (strcmp(jenis->str, "buku") == 0 ||
	    strcmp(jenis->str, "lkjip-lampiran") == 0)) {
		if ((book = naskah_book_load(y, o->input, &files, d)) == NULL)
			goto out;
		su = book->setup;
	} else if ((doc = naskah_decree_load(y, o->input, &files, d)) ==
	    NULL)
		goto out;
	else
		su = &doc->setup;
	if (o->dump == DUMP_TREE) {
		if (book != NULL)
			naskah_dump_book(stdout, book);
		else
			naskah_dump_tree(stdout, doc);
		goto out;
	}
	if ((tpl = decree_template(o->template, su, book == NULL, datadir,
	    d)) == NULL)
		goto out;
	if (book != NULL && !load_book_templates(o, book, datadir, d, &dtpl,
	    &bt, &lt))
		goto out;
	if (book == NULL)
		naskah_revise(doc, tpl);
	else if (book->decree != NULL)
		naskah_revise(book->decree, dtpl != NULL ? dtpl : tpl);
	/* only the patterns the words of these files and the templates
	 * can use */
	ys[ny++] = y;
	ys[ny++] = tpl->y;
	if (book != NULL && book->decree != NULL)
		ys[ny++] = files.laid[0];	/* its decree's */
	if (bt != NULL)
		ys[ny++] = bt->y;
	if (lt != NULL)
		ys[ny++] = lt->y;
	if (!setter_open(&st, su, datadir, ys, ny, d))
		goto out;
	l = book != NULL ? naskah_layout_book(book, tpl, dtpl ? dtpl : tpl, bt,
	    lt, &st.m, &st.hy, d) : naskah_layout_run(doc, tpl, &st.m, &st.hy,
	    d);
	if (l == NULL)
		goto out;
	if (o->dump == DUMP_LAYOUT) {
		naskah_dump_layout(stdout, l);
		goto out;
	}
	if (o->check)
		goto out;
	if (o->out != NULL)
		out = xstrdup(o->out);
	else if (strcmp(o->input, "-") == 0)
		out = xstrdup("-");
	else if (o->outdir != NULL) {
		const char *base = strrchr(o->input, '/');
		char *name = default_out(base != NULL ? base + 1 : o->input);

		out = xasprintf("%s/%s", o->outdir, name);
		free(name);
	} else
		out = default_out(o->input);
	/* among the files not to write: the decree template and the
	 * decrees revoked or amended */
	ys[ny++] = dtpl != NULL ? dtpl->y : NULL;
	ny += refs_of(&files, ys + ny, sizeof(ys) / sizeof(ys[0]) - ny);
	if (doc != NULL)
		naskah_decree_info(&info, doc);
	else
		naskah_info_make(&info, su, NULL, NULL, NULL);
	info.seed = y->src;
	info.seedlen = y->srclen;
	output_pdf(l, &info, (const char *const *)st.fpath, st.hpath, ys, ny,
	    out, d);
out:
	naskah_layout_free(l);
	setter_close(&st);
	naskah_tpl_free(tpl);
	naskah_tpl_free(dtpl);
	naskah_btpl_free(bt);
	naskah_ltpl_free(lt);
	naskah_info_clear(&info);
	if (book != NULL)
		naskah_book_free(book);
	else
		naskah_decree_free(doc);
	naskah_yfiles_free(&files);
	ydoc_free(y);
	free(datadir);
	free(out);
	return naskah_diag_status(d);
}

/* A decree file for diff into *dd (free it with diffdoc_free), or
 * NULL after reporting why not. */
static struct naskah_decree *
diff_load(const char *path, const char *root, struct naskah_diag *d,
    struct diffdoc *dd)
{
	const struct ynode *jenis;

	memset(dd, 0, sizeof(*dd));
	d->file = strcmp(path, "-") == 0 ? "<stdin>" : path;
	if ((dd->y = input_load(path, root, d)) == NULL)
		return NULL;
	jenis = ymap_get(dd->y->root, "jenis");
	if (jenis != NULL && jenis->kind == YNODE_SCALAR &&
	    strcmp(jenis->str, "keputusan") != 0) {
		naskah_diag(d, SEV_ERROR, jenis->pos, MSG_DIFF_KIND, jenis->str);
		return NULL;
	}
	return dd->doc = naskah_decree_load(dd->y, path, &dd->files, d);
}

static void
diffdoc_free(struct diffdoc *dd)
{
	naskah_decree_free(dd->doc);
	naskah_yfiles_free(&dd->files);
	ydoc_free(dd->y);
}

/*
 * diff --pdf: the changes cs from a to b as a page, in b's paper, font
 * and kop and b's decree template, written to o->pdf.  Problems go to d.
 */
static void
diff_pdf(const struct opts *o, const struct naskah_changes *cs,
    const struct diffdoc *da, const struct diffdoc *db,
    struct naskah_diag *d)
{
	const struct naskah_decree *a = da->doc, *b = db->doc;
	char *datadir = find_datadir(o->datadir), *p;
	struct naskah_tpl *tpl = NULL;
	struct naskah_btpl *bt = NULL;
	struct naskah_ptpl *pt = NULL;
	struct naskah_diff_page *page = NULL;
	struct naskah_layout *l = NULL;
	struct setter st;

	memset(&st, 0, sizeof(st));
	d->file = b->path != NULL ? b->path : o->input;
	if ((tpl = decree_template(o->template, &b->setup, 1, datadir, d)) == NULL)
		goto out;
	p = xasprintf("%s/templates/buku.yaml", datadir);
	bt = naskah_btpl_load(p, d);
	free(p);
	p = xasprintf("%s/templates/perubahan.yaml", datadir);
	pt = naskah_ptpl_load(p, d);
	free(p);
	if (bt == NULL || pt == NULL)
		goto out;
	{
		const struct ydoc *ys[] = { da->y, db->y, tpl->y, bt->y,
		    pt->y };

		if (!setter_open(&st, &b->setup, datadir, ys, sizeof(ys) /
		    sizeof(ys[0]), d))
			goto out;
	}
	page = naskah_diff_page_new(cs, a, b, tpl, pt);
	if ((l = naskah_layout_book(&page->book, tpl, tpl, bt, NULL, &st.m,
	    &st.hy, d)) == NULL)
		goto out;
	{
		const struct ydoc *ys[9] = { da->y, db->y, tpl->y, bt->y,
		    pt->y };
		size_t ny = 5;

		ny += refs_of(&da->files, ys + ny, 9 - ny);
		ny += refs_of(&db->files, ys + ny, 9 - ny);
		struct naskah_info info;

		/* the new decree's information, under the page's title */
		naskah_info_make(&info, &page->setup, b->judul.s,
		    b->tentang.s, b->signer.jabatan.s);
		info.seed = db->y->src;
		info.seedlen = db->y->srclen;
		output_pdf(l, &info, (const char *const *)st.fpath,
		    st.hpath, ys, ny, o->pdf, d);
		naskah_info_clear(&info);
	}
out:
	naskah_layout_free(l);
	naskah_diff_page_free(page);
	setter_close(&st);
	naskah_tpl_free(tpl);
	naskah_btpl_free(bt);
	naskah_ptpl_free(pt);
	free(datadir);
}

/*
 * naskah diff OLD NEW: the change list on standard output (not when
 * the PDF goes there: --pdf -) and, with --pdf, as a PDF page.
 */
static int
diff_run(const struct opts *o, const char *old, const char *new,
    enum naskah_lang lang)
{
	static const char *const none[LANG__MAX] = {
		[LANG_ID] = "tidak ada perubahan",
		[LANG_EN] = "no changes",
	};
	static const char *const some[LANG__MAX] = {
		[LANG_ID] = "%d perubahan\n",
		[LANG_EN] = "%d change(s)\n",
	};
	struct naskah_diag d;
	struct naskah_decree *a, *b;
	struct diffdoc da, db;
	struct naskah_changes cs = { NULL, 0, 0 };
	struct opts po = *o;
	int status;

	naskah_diag_init(&d, stderr, lang);
	a = diff_load(old, o->root, &d, &da);
	b = diff_load(new, o->root, &d, &db);
	if (a != NULL && b != NULL) {
		naskah_diff_changes(a, b, &cs);
		if (o->pdf == NULL || strcmp(o->pdf, "-") != 0) {
			printf("naskah diff %s %s\n", old, new);
			naskah_diff_print(stdout, &cs);
			if (cs.n == 0)
				puts(none[lang]);
			else
				printf(some[lang], (int)cs.n);
		}
		if (o->pdf != NULL) {
			/* the page is made only after the list is out */
			fflush(stdout);
			po.input = new;
			diff_pdf(&po, &cs, &da, &db, &d);
		}
	}
	status = naskah_diag_status(&d);
	naskah_changes_free(&cs);
	diffdoc_free(&da);
	diffdoc_free(&db);
	return status;
}

/* Report a command-line mistake; returns the exit status 2. */
static int
usage_error(struct naskah_diag *d, enum naskah_msg msg, const char *arg)
{
	naskah_diag(d, SEV_USAGE, (struct naskah_pos){ 0, 0, NULL }, msg, arg);
	return 2;
}

int
main(int argc, char *argv[])
{
	enum { OPT_DUMP = 256, OPT_LANG, OPT_TEMPLATE, OPT_DATADIR,
	    OPT_VERSION, OPT_HELP, OPT_PDF, OPT_ROOT };
	static const struct option longopts[] = {
		{ "dump", required_argument, NULL, OPT_DUMP },
		{ "lang", required_argument, NULL, OPT_LANG },
		{ "template", required_argument, NULL, OPT_TEMPLATE },
		{ "data-dir", required_argument, NULL, OPT_DATADIR },
		{ "pdf", required_argument, NULL, OPT_PDF },
		{ "root", required_argument, NULL, OPT_ROOT },
		{ "output", required_argument, NULL, 'o' },
		{ "dir", required_argument, NULL, 'd' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ "help", no_argument, NULL, OPT_HELP },
		{ NULL, 0, NULL, 0 },
	};
	struct naskah_diag d;
	struct opts o;
	int c, i, help = 0, version = 0, worst;
	const char *cmd;

	memset(&o, 0, sizeof(o));
	naskah_diag_init(&d, stderr, naskah_lang_from_env());
	/* --lang applies to messages about the other options too */
	for (i = 1; i < argc; i++) {
		const char *v = strncmp(argv[i], "--lang=", 7) == 0 ?
		    argv[i] + 7 : strcmp(argv[i], "--lang") == 0 &&
		    i + 1 < argc ? argv[i + 1] : NULL;

		if (v != NULL && strcmp(v, "en") == 0)
			d.lang = LANG_EN;
		else if (v != NULL && strcmp(v, "id") == 0)
			d.lang = LANG_ID;
	}
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":o:d:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'o':
			o.out = optarg;
			break;
		case 'd':
			o.outdir = optarg;
			break;
		case OPT_DUMP:
			for (i = 1; i < DUMP__MAX; i++)
				if (strcmp(optarg, dump_names[i]) == 0)
					o.dump = (enum dump_kind)i;
			if (o.dump == DUMP_NONE)
				return usage_error(&d, MSG_OPT_DUMP, optarg);
			break;
		case OPT_LANG:
			if (strcmp(optarg, "en") != 0 &&
			    strcmp(optarg, "id") != 0)
				return usage_error(&d, MSG_OPT_LANG, optarg);
			break;
		case OPT_TEMPLATE:
			o.template = optarg;
			break;
		case OPT_DATADIR:
			o.datadir = optarg;
			break;
		case OPT_PDF:
			o.pdf = optarg;
			break;
		case OPT_ROOT:
			o.root = optarg;
			break;
		case 'V':
		case OPT_VERSION:
			version = 1;
			break;
		case 'h':
		case OPT_HELP:
			help = 1;
			break;
		case ':':
			return usage_error(&d, MSG_OPT_VALUE, argv[optind - 1]);
		default:
			return usage_error(&d, MSG_OPT_UNKNOWN, argv[optind - 1]);
		}
	}
	if (help) {
		fputs(usage_text[d.lang], stdout);
		return 0;
	}
	if (version) {
		printf("naskah %s\n", NASKAH_VERSION);
		return 0;
	}
	/* what is left: COMMAND FILE */
	if (optind >= argc) {
		fputs(usage_text[d.lang], stderr);
		return 2;
	}
	cmd = argv[optind++];
	if (strcmp(cmd, "diff") == 0) {
		/* "--pdf old.yaml new.yaml" would overwrite the old decree */
		if (o.pdf != NULL && is_yaml(o.pdf))
			return usage_error(&d, MSG_PDF_YAML, o.pdf);
		if (argc - optind != 2)
			return usage_error(&d, MSG_DIFF_TWO, "");
		return diff_run(&o, argv[optind], argv[optind + 1], d.lang);
	}
	if (o.pdf != NULL)
		return usage_error(&d, MSG_PDF_DIFF, o.pdf);
	if (strcmp(cmd, "check") == 0)
		o.check = 1;
	else if (strcmp(cmd, "render") != 0)
		return usage_error(&d, MSG_CMD_UNKNOWN, cmd);
	if (optind >= argc)
		return usage_error(&d, MSG_NO_INPUT, "");
	if (optind + 1 < argc && o.out != NULL)
		return usage_error(&d, MSG_TWO_INPUTS, argv[optind + 1]);
	if (o.out != NULL && o.outdir != NULL)
		return usage_error(&d, MSG_OUT_AND_DIR, o.outdir);
	for (i = optind; i < argc; i++)
		if (strcmp(argv[i], "-") == 0 && !o.check &&
		    o.dump == DUMP_NONE) {
			if (o.outdir != NULL)
				return usage_error(&d, MSG_STDIN_DIR, o.outdir);
			if (o.out == NULL && isatty(STDOUT_FILENO))
				return usage_error(&d, MSG_OUT_TTY, "");
		}
	/* each file on its own: a failure is reported with its name and
	 * leaves its PDF as it was, and the next file goes on */
	for (worst = 0; optind < argc; optind++) {
		struct naskah_diag fd;

		naskah_diag_init(&fd, stderr, d.lang);
		o.input = argv[optind];
		fd.file = strcmp(o.input, "-") == 0 ? "<stdin>" : o.input;
		c = run(&o, &fd);
		if (c > worst)
			worst = c;
	}
	return worst;
}
