/* SPDX-License-Identifier: ISC */
/*
 * layout_int.h - what the layout files share: the layout context, the
 * paragraph engine (built in layout_text.c, broken into lines and set
 * in layout_break.c), the vertical list and paginator (layout_page.c)
 * and the table builder (layout_table.c).
 */
#ifndef NASKAH_LAYOUT_INT_H
#define NASKAH_LAYOUT_INT_H

#include "layout/hyph.h"
#include "layout/inline.h"
#include "layout/layout.h"

enum align {
	ALIGN_JUSTIFY = 0,
	ALIGN_LEFT,
	ALIGN_CENTER,
	ALIGN_RIGHT,
	ALIGN__MAX
};

/* Why a page may not break after an item (0: it may). */
enum keep_reason {
	KEEP_NO = 0,
	KEEP_ORPHAN,		/* fewer than 2 lines of a paragraph above */
	KEEP_WIDOW,		/* fewer than 2 lines of a paragraph below */
	KEEP_HEADING,		/* a title or label stays with what follows */
	KEEP_HYPHEN,		/* no hyphen on the last line of a page */
	KEEP_SIGNATURE,		/* the signature takes the text before it */
	KEEP_TABLE_HEAD,	/* table title and header stay with a row */
	KEEP_BLOCK,		/* parts of one block (kop, title block) */
	KEEP__MAX
};

extern const char *const keep_reason_names[KEEP__MAX];

/* One item of the vertical list: a line, a block, or space. */
enum vitem_kind {
	VI_BLOCK = 0,		/* boxes, placed as a unit */
	VI_GLUE,		/* space, dropped at the top of a page */
	VI_NEWPAGE,		/* forced page break */
	VI__MAX
};

struct vitem {
	enum vitem_kind	  kind;
	double		  h;		/* height it takes */
	enum keep_reason  keep;		/* why no page break may follow */
	int		  table;	/* table id (>0) it belongs to */
	int		  section;	/* 0 the decree, n the n-th lampiran */
	int		  mark;		/* a heading: 1 + its index in marks */
	int		  header;	/* 1: a header row of that table */
	int		  close;	/* 1: a page ending after it rules it
					   off below, across its rules */
	struct naskah_box *box;		/* y relative to the item's top
					   (but while the item is cut) */
	size_t		  nbox;
	size_t		  cap;
};

struct vlist {
	struct vitem	*v;
	size_t		 n;
	size_t		 cap;
	int		 ntables;
	struct vsplit	*cut;		/* the block being cut into pages
					   (layout_split.c), or NULL */
};

/* A heading's place once pages are made: for the daftar isi, the
 * bookmarks and the links. */
struct mark {
	int		 level;		/* 0 part or chapter, 1 section */
	char		*title;		/* as the daftar isi shows it; owned */
	size_t		 page;		/* page index, once placed */
	double		 y;
	int		 placed;
};

/* Where a part prints its page numbers. */
enum page_numbers {
	NUMBERS_NONE = 0,	/* a cover: no number */
	NUMBERS_DECREE,		/* a decree: "‐ 2 ‐" at the top */
	NUMBERS_BOTTOM_CENTRE,	/* a book: the label, at the foot */
	NUMBERS_BOTTOM_RIGHT,
	NUMBERS_TOP_CENTRE,	/* a book: the label, in the top margin */
	NUMBERS_TOP_RIGHT,
	NUMBERS__MAX
};

struct lctx {
	const struct naskah_setup	*setup;		/* paper, kop, ... */
	const struct naskah_decree	*doc;		/* the decree laid out,
							 * NULL: none */
	const struct naskah_tpl		*tpl;
	const struct naskah_ltpl	*ltpl;		/* LKjIP tables (book) */
	const struct naskah_metrics	*m;
	struct naskah_diag		*d;
	struct naskah_layout		*out;
	struct vlist			 vl;
	double				 left, right, width; /* text area x */
	double				 top, bottom;	/* text area y */
	double				 label_w;	/* clause label column */
	double				 page_w, page_h;
	enum page_numbers		 numbers;	/* how pages are numbered */
	enum page_numbers		 numbers_first;	/* and a part's 1st page */
	int				 part_page;	/* pages of the part so far */
	enum naskah_label		 label;		/* and labelled */
	int				*counter;	/* the document's page count */
	struct mark			*marks;		/* headings placed (book) */
	size_t				 nmarks, capmarks;
	int				 section;	/* for new list items */
	int				 penyambung;	/* a decree: kata penyambung */
	const struct naskah_hyph	*hyph;		/* NULL: no hyphenation */
	char				**nohyph;	/* words never broken */
	size_t				 nnohyph;
	struct naskah_paracache		*pc;		/* NULL: none */
	const struct naskah_susun	*susun;		/* how lines are set */
	/* the paragraphs whose lines were set last, with their numbers
	 * (BOX_LINE para): a clause's label is set between its first
	 * line and the rest; a paragraph not among them gets a new one */
	struct {
		const struct para	*p;
		size_t			 n;
	}				 recent[4];
	int				 failed;
};


/* A piece of text in one face: part of a word between break points. */
struct frag {
	enum naskah_face face;
	const char	*s;		/* into the paragraph's runs */
	size_t		 len;
	double		 w;		/* points, kerning included */
	size_t		 src;		/* byte offset in the source text */
};

/* Knuth-Plass items: boxes, glue and penalties. */
enum item_kind {
	ITEM_BOX = 0,
	ITEM_GLUE,
	ITEM_PENALTY,
	ITEM__MAX
};

struct item {
	enum item_kind	 kind;
	double		 w;		/* width; a penalty's: its hyphen */
	double		 stretch, shrink;	/* glue */
	double		 penalty;	/* penalties: cost of breaking here */
	int		 flagged;	/* a hyphen-like break */
	int		 forced;	/* a line must end here */
	int		 emergency;	/* inside a token wider than the line:
					   taken only when nothing else fits */
	size_t		 frag;		/* boxes: their fragment */
	enum naskah_face face;		/* penalties: face of the hyphen */
	double		 kern;		/* penalties: kerning the box before
					   counts, dropped if broken here */
	unsigned	 need;		/* penalties: the BRK_* a pass must
					   allow to break here (0: any) */
	double		 hang;		/* glue and penalties: how far a line
					   ending here may reach past its
					   measure (its last glyph, punctuation,
					   hanging into the margin) */
};

/* Break points a pass of the line breaker may take besides spaces: an
 * item's need is a set of these, all of which the pass must allow. */
#define BRK_HYPHEN	1u	/* inside a word, where a hyphen is added */
#define BRK_CAPITAL	2u	/* inside a word that begins with a capital
				   (a name): only when nothing else sets */
#define BRK_CODE	4u	/* inside a number or code (800/15/KPTS) */
#define BRK_EMERGENCY	8u	/* between two glyphs of a token too wide */

struct para {
	const struct naskah_text *src;	/* where the text came from, or NULL */
	struct naskah_spancur pos;	/* positions in src, for messages */
	struct naskah_runs runs;
	char		*text;		/* the words' bytes, each word
					   contiguous; never reallocated, as
					   the frags point into it */
	size_t		 ntext, captext;
	struct frag	*f;
	size_t		 nf, capf;
	struct item	*it;
	size_t		 nit, capit;
	double		 size;
	int		 caps;		/* its letters are all capitals */
	double		*sum;		/* prefix sums over items [0, k): width,
					   stretch, shrink, glue count, glue
					   width; SUMS per k */
	uint64_t	 serial;	/* the paragraph cache's name of these
					   items (never given twice), 0: none;
					   whatever changes them clears it */
};

#define SUMS	5

struct line {
	size_t		 s, e;		/* items [s, e) */
	size_t		 brk;		/* the break item, or nit at the end */
	size_t		 nwords;	/* words (whole or split) on it */
	double		 natural;	/* width with natural spaces */
	double		 minw;		/* width with the spaces shrunk */
	double		 ratio;		/* stretch (>0) or shrink (<0) of the
					   glue and the glyphs together */
	double		 hang;		/* reach past the measure allowed */
	int		 last;		/* last line, or before a forced break */
	int		 hyphen;	/* ends in an added hyphen */
};

struct lines {
	struct line	*v;
	size_t		 n;
	size_t		 cap;
};

/* paracache.c: c->pc's paragraphs (c->pc not NULL).  A get that
 * finds nothing keeps its key for the put that follows it. */
/* A layout starts: the cache it uses (pc, or NULL for the first
 * layout pc sees). */
struct naskah_paracache *paracache_begin(struct naskah_paracache *pc);
/* p as para_build(c, p, s, src, base, size) built it before, its
 * result into *ok; 0: not kept. */
int	paracache_build_get(struct lctx *c, struct para *p, const char *s,
	    const struct naskah_text *src, enum naskah_face base, double size,
	    int *ok);
void	paracache_build_put(struct lctx *c, struct para *p, int ok);
/* The lines para_break chose before for p's items, width and a into
 * out; 0: not kept. */
int	paracache_break_get(struct naskah_paracache *pc, const struct para *p,
	    double width, enum align a, const struct naskah_susun *su,
	    struct lines *out);
void	paracache_break_put(struct naskah_paracache *pc,
	    const struct lines *ls);
/* Did layout_check_text pass s in face base before?  (A text with a
 * problem is not kept: its messages are given each time.) */
int	paracache_clean_get(struct lctx *c, const char *s,
	    enum naskah_face base);
void	paracache_clean_put(struct lctx *c);

/* layout_check.c: markup and glyphs of every text, reported once */
int	layout_check(struct lctx *c);
int	layout_check_text(struct lctx *c, const struct naskah_text *t,
	    enum naskah_face base);

/*
 * IKU rows rows[0..n) against the columns cs that print them in year
 * (a column's own tahun first): a formulasi or target a column prints
 * (a capaian or predikat computes with the target) and a row lacks is
 * an error at the row, naming the column; with by_year, so is a target
 * by year without the column's year.  Returns 1 ok.
 */
int	layout_check_iku(struct lctx *c, const struct naskah_iku *rows,
	    size_t n, const struct naskah_colspecs *cs, int year, int by_year);

/*
 * layout_kop.c: the lines under a kop's name: its alamat, the last line
 * closed by the kode pos, then a line of telepon and faksimile, then
 * one of laman and pos-el, each part in the template's words; lines
 * without a part are left out.  Texts of the kop are used as they are
 * (with their places in the YAML); the lines made are kept in made.
 */
struct kop_lines {
	struct naskah_text	*v;		/* owned array */
	size_t			 n, cap;
	char			*made[3];	/* owned: at most the three
						 * lines made */
	size_t			 nmade;
};

void	kop_lines_make(struct kop_lines *kl, const struct naskah_kop *k,
	    const struct naskah_kopkata *w);
void	kop_lines_free(struct kop_lines *kl);

/* layout_doc.c: a whole decree into the list */
void	layout_decree(struct lctx *c);
/* layout_kop.c: a kop alone (nothing without one) */
void	layout_kop(struct lctx *c);
/* layout_flow.c: lay out on su's paper, within its margins (c->setup
 * becomes su). */
void	layout_page_area(struct lctx *c, const struct naskah_setup *su);
/* layout_flow.c: set the list so far on pages, then go on on c->setup's
 * paper upright or, with landscape, turned a quarter (a melintang
 * lampiran): width and height swap, and so do the margins as in a
 * book, the binding margin (left) at the top. */
void	layout_turn(struct lctx *c, int landscape);

/* How c's paragraphs are set: its template's, or the defaults. */
static inline const struct naskah_susun *
lctx_susun(const struct lctx *c)
{
	static const struct naskah_susun def = NASKAH_SUSUN_DEFAULT;

	return c->susun != NULL ? c->susun : &def;
}
/* How far glyph cp (face f, size) ending a line may hang into the right
 * margin, in points: 0 unless punctuation and the template allows it. */
double	hang_of(struct lctx *c, uint32_t cp, enum naskah_face f, double size);

/* layout_text.c: a paragraph's items.  para_build reports nothing
 * (layout_check did) and returns 0 when s has unclosed markup or
 * characters the font lacks; p is filled either way and the caller
 * frees it with para_free. */
int	para_build(struct lctx *c, struct para *p, const char *s,
	    const struct naskah_text *src, enum naskah_face base, double size);
void	para_free(struct para *p);
/* Indent the paragraph's first line by w points. */
void	para_indent(struct para *p, double w);
/* Give every box of p wider than width a break point (an emergency
 * penalty, no hyphen) between each two of its glyphs; returns the
 * number of boxes split.  The last resort of para_break. */
size_t	para_split_wide(struct lctx *c, struct para *p, double width);
double	text_width(struct lctx *c, const char *s, size_t len,
	    enum naskah_face f, double size);
/* Kerning from a to b in face f, in font units (1/1000 em, negative:
 * closer); 0 without kerning.  Never fails. */
int	text_kern(struct lctx *c, enum naskah_face f, uint32_t a, uint32_t b);
/* Natural width of a whole paragraph set on one line. */
double	para_natural(const struct para *p);
double	line_height(struct lctx *c, double size, double spacing);
double	baseline_off(struct lctx *c, double size, double spacing);

/* layout_break.c: a paragraph's lines.  para_break chooses the breaks
 * of p for lines width points wide, aligned a, into out (out->n is
 * reset, out->v reused and grown; the caller frees out->v), in time
 * linear in p's items times the items a line holds.  It never fails
 * and no line is wider than width: as a last resort a token wider than
 * the line gets break points between its glyphs (p's items change),
 * which para_emit warns about once per token.  Only a single glyph
 * wider than width stands on an overfull line, which para_emit reports. */
void	para_break(struct lctx *c, struct para *p, double width,
	    enum align a, struct lines *out);
/* Emit line ln at (x, baseline y) into item it, which owns the boxes;
 * returns its width.  A line wider than width is warned about through
 * c->d and counted in c->out->stats. */
double	para_emit(struct lctx *c, struct para *p, const struct line *ln,
	    double x, double width, enum align a, double y, struct vitem *it);

/* layout_kern.c: text set as text_width measures it.  The boxes of s
 * (len bytes) in face f at size points from x on baseline y, with tc
 * points of letter spacing after each glyph and the glyphs scaled by
 * 1 + ex (a justified line's expansion; else 0), appended to the array *box
 * of *n boxes (room for *cap, grown): split where kerning moves a glyph,
 * so that each is drawn where it was measured.  Returns the x after the
 * last glyph.  emit_kerned appends them to item it. */
double	text_put(struct lctx *c, struct naskah_box **box, size_t *n,
	    size_t *cap, double x, double y, enum naskah_face f, double size,
	    double tc, double ex, const char *s, size_t len);
double	emit_kerned(struct lctx *c, struct vitem *it, double x, double y,
	    enum naskah_face f, double size, double tc, double ex,
	    const char *s, size_t len);

/* layout_page.c */
struct vitem *vl_add(struct lctx *c, enum vitem_kind k, double h);
void	vl_glue(struct lctx *c, double h, enum keep_reason keep);
/* layout_kern.c: a box of kind from (x, y) to (x2, y2) at size, all
 * else zero (the one constructor of a layout box). */
struct naskah_box box_make(enum naskah_box_kind kind, double x, double y,
	    double x2, double y2, double size);
/* A text box of s (len bytes) from x on baseline y, w wide, appended to
 * the array *box of *n (room for *cap, grown); returns it. */
struct naskah_box *text_box_add(struct naskah_box **box, size_t *n,
	    size_t *cap, double x, double y, enum naskah_face f, double size,
	    const char *s, size_t len, double w);
/* The count boxes of src, dy down, appended to *box likewise, each
 * text copied. */
void	box_add_moved(struct naskah_box **box, size_t *n, size_t *cap,
	    const struct naskah_box *src, size_t count, double dy);
void	vi_text(struct vitem *it, double x, double y, enum naskah_face f,
	    double size, const char *s, size_t len, double w);
void	vi_rule(struct vitem *it, double x1, double y1, double x2, double y2,
	    double lw);
/* layout_kern.c: frees the boxes of item it (not it). */
void	vitem_free(struct vitem *it);
/* An image box; the item takes ownership of path. */
void	vi_image(struct vitem *it, double x1, double y1, double x2, double y2,
	    char *path);
/* Every word (texts of template file tf, reported under its name at
 * their line and column) in the regular and the bold face; returns 1
 * when all can be set. */
int	layout_check_words(struct lctx *c, const struct naskah_tplfile *tf,
	    const char *const *words, size_t n);

/* The headings of columns cs (template file tf's, reported as its
 * words). */
struct naskah_colspecs;
int	layout_check_columns(struct lctx *c, const struct naskah_tplfile *tf,
	    const struct naskah_colspecs *cs);

/* The LKjIP's pengukuran kinerja table (layout_lkjip.c). */
struct naskah_pengukuran;
void	lkjip_pengukuran(struct lctx *c, const struct naskah_pengukuran *u);
void	lkjip_perbandingan(struct lctx *c, const struct naskah_pengukuran *u);
void	lkjip_renstra(struct lctx *c, const struct naskah_pengukuran *u);
struct naskah_anggaran;
void	lkjip_anggaran(struct lctx *c, const struct naskah_anggaran *a);
/* The Perjanjian Kinerja's IKU table and, with program, its programs'
 * (the signatures are set by layout_blocks.c). */
void	lkjip_perjanjian(struct lctx *c, const struct naskah_pengukuran *u,
	    const struct naskah_anggaran *program);

/* The words of the signer's name (c->doc), never to be hyphenated,
 * into c->nohyph; layout_names_free frees them. */
void	layout_names_no_hyphen(struct lctx *c);
void	layout_names_free(struct lctx *c);
void	vl_paginate(struct lctx *c);

/*
 * layout_split.c: a block taller than a page, cut into pages in time
 * linear in its boxes; one block of a list at a time.  vl_clean_cut:
 * the lowest y <= limit (from the top of what is left of item i) at
 * which it can be cut without slicing a line of text or a picture; 0 if
 * there is none.  vl_split: what lies above cut moves into *head (an
 * item of its own, which the caller frees), closed below by a rule
 * across the rules' width when it has rules; item i keeps the rest,
 * closed above likewise.  While an item is cut its boxes keep the whole
 * block's y, and some are gone: vl_scan gives its live boxes but rules,
 * in order of top, those whose top is from or lower (from the top of
 * what is left), until one whose top (in the y of the boxes it gives)
 * is below upto; *cur starts at 0.  An item not being cut gives all its
 * boxes.  vl_settle makes item i a plain item again (boxes from y 0, in
 * the order they were made), if it is being cut; vl_settle_any the one
 * being cut, if any.
 */
struct vsplit;
double	vl_clean_cut(struct vlist *vl, size_t i, double limit);
void	vl_split(struct vlist *vl, size_t i, double cut, struct vitem *head);
const struct naskah_box *vl_scan(const struct vlist *vl, size_t i,
	    size_t *cur, double from, double upto);
void	vl_settle(struct vlist *vl, size_t i);
void	vl_settle_any(struct vlist *vl);

/*
 * layout_tte.c (issue 17): an electronic signature's appearance, for a
 * decree whose signer has a tte (c->doc->signer.tte.present).
 * layout_tte_mark puts the QR code of its tautan, with the template's
 * keterangan beside it, into signature block it from y on, in [x, x+w),
 * in place of the room for a wet signature; returns the new y.
 * layout_tte_footer sets the template's footer lines (the UU ITE
 * sentence when asked for, then the statement) into *foot, centred in
 * the text width, y from 0; foot->h is their height, 0 when c->doc has
 * no tte.  layout_tte_footer_put copies them onto pg, the last line
 * 8 mm above the paper's edge; layout_tte_room is how much of the
 * text area they need (0 when they fit in the margin).
 */
double	layout_tte_mark(struct lctx *c, struct vitem *it, double x, double w,
	    double y);
void	layout_tte_footer(struct lctx *c, struct vitem *foot);
void	layout_tte_footer_put(struct lctx *c, struct naskah_page *pg,
	    const struct vitem *foot, const struct vitem *paraf);
double	layout_tte_room(const struct lctx *c, const struct vitem *foot,
	    const struct vitem *paraf);
/*
 * A draft's (c->doc->konsep, issue 17): layout_konsep_mark puts the
 * template's konsep.tanda across page pg, bold, along its diagonal
 * (nothing for a final document); layout_paraf_box sets the table of
 * the officials who initial it into *box, from y 0 at the left margin
 * (box->h 0 for a final document or one without paraf), which
 * layout_tte_footer_put places at the foot of each page, above the
 * footer, and layout_tte_room keeps room for too.
 */
void	layout_konsep_mark(struct lctx *c, struct naskah_page *pg);
void	layout_paraf_box(struct lctx *c, struct vitem *box);
/* Frees the boxes of every item of vl, and vl's. */
void	vl_free(struct vlist *vl);

/* layout_chart.c: an organisation chart as one block, text at most
 * size points (smaller until it fits, never below 8 pt; units in
 * columns when they do not fit side by side; an error when nothing
 * fits); chart_fits: 1 when it fits c's text area at 8 pt or more,
 * side by side */
struct naskah_chart;
void	chart_layout(struct lctx *c, const struct naskah_chart *ch,
	    double size);
int	chart_fits(struct lctx *c, const struct naskah_chart *ch,
	    double size);

/* layout_table.c: the IKU table of a lampiran, and a table of any
 * columns (a book's tabel block) */
struct naskah_table;
void	table_iku(struct lctx *c, const struct naskah_lampiran *lp);
/* The IKU table of lp in columns cs, {tahun} in a heading being year
 * (a book's tabel_iku: its decree's columns and year). */
void	table_iku_of(struct lctx *c, const struct naskah_lampiran *lp,
	    const struct naskah_colspecs *cs, int year);
void	table_any(struct lctx *c, const struct naskah_table *t);

/*
 * layout_flow.c: s (inline markup allowed) set into block item it from y
 * on, within [x, x+width); returns the new y.  src locates s for
 * messages.
 */
double	block_para(struct lctx *c, struct vitem *it, const char *s,
	    const struct naskah_text *src, enum naskah_face face, double size,
	    double spacing, double x, double width, enum align a, double y);
/* Path of a file named in the YAML, relative to the YAML's directory;
 * caller frees. */
char	*doc_path(const struct naskah_setup *su, const char *p);

/*
 * layout_head.c: the title block of c's decree; its signature block
 * (with full, "Ditetapkan di / pada tanggal" first; without, a
 * lampiran's: jabatan and name only); blank room (non-breaking spaces)
 * about w points wide, and the NOMOR line (kata.baris_nomor) with
 * blank standing for a nomor not yet given, or with from_nomor its part
 * from the number on (caller frees both).
 */
void	layout_title(struct lctx *c);
void	layout_signature(struct lctx *c, int full);
char	*blank_room(struct lctx *c, double w, double size);
char	*nomor_line(struct lctx *c, const char *blank, double size,
	    int from_nomor);

/* layout_perda.c: a Peraturan's batang tubuh and penutup (after its
 * Menetapkan), and its pengundangan and BERITA DAERAH line (after its
 * signature); c->doc->perda is not NULL. */
void	layout_perda_body(struct lctx *c);
void	layout_perda_end(struct lctx *c);

/* layout_flow.c: a paragraph set into the vertical list line by line; a
 * hanging clause, labels (each may be NULL) at lx on its first line and
 * its text justified in [xt, right), each line one list item. */
void	flow_clause(struct lctx *c, const char *const label[3],
	    const double lx[3], const char *s, const struct naskah_text *src,
	    double xt, enum keep_reason keep_last);
void	flow_para(struct lctx *c, const char *s, const struct naskah_text *src,
	    enum naskah_face base, double size, double x, double width,
	    enum align a, enum keep_reason keep_all);

#endif
