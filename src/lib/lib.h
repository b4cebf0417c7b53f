/* SPDX-License-Identifier: ISC */
/*
 * lib.h - the inside of libnaskah's public objects (naskah.h): the
 * context, the document, the registry of document kinds and what a
 * layout keeps of what it was made from.  Private to src/lib.
 */
#ifndef NASKAH_LIB_H
#define NASKAH_LIB_H

#include "naskah.h"
#include "base/diag.h"
#include "base/xalloc.h"
#include "layout/layout.h"
#include "load/load.h"
#include "lib/setter.h"
#include "model/book.h"
#include "model/diff.h"
#include "model/diff_pdf.h"
#include "model/model.h"
#include "model/template.h"
#include "render/render.h"
#include "yaml/ytree.h"

struct naskah {
	char			*datadir;	/* owned copies of opts' */
	char			*decree_template;
	char			*root;
	naskah_message_fn	 message;
	void			*message_arg;
	struct xalloc_hook	 oom;
	struct naskah_diag	 d;	/* its sink calls message */
	/* what is read once and kept (cache.c) */
	struct tpl_entry	*tpl;
	size_t			 ntpl, captpl;
	struct setter_cache	 setcache;
	struct naskah_paracache	*paras;		/* made by cache_paras */
	struct render_fontcache	*pdffonts;	/* made by cache_pdffonts */
	unsigned		 nrender;	/* renders asked for */
	int			 no_source;	/* issue 17: opts' */
	int			 pdfa;		/* issue 17: opts' */
};

/*
 * A template of the context's by its path, read the first time: the
 * decree's, the book's, the LKjIP tables', the list of changes'.  NULL
 * after reporting why not.  cache_free frees them and the fonts.
 */
const struct naskah_tpl *cache_tpl(struct naskah *ctx, const char *path);
const struct naskah_btpl *cache_btpl(struct naskah *ctx, const char *path);
const struct naskah_ltpl *cache_ltpl(struct naskah *ctx, const char *path);
const struct naskah_ptpl *cache_ptpl(struct naskah *ctx, const char *path);
void	cache_free(struct naskah *ctx);
/* The context's paragraph cache (layout.h), made the first time; freed
 * with the fonts it was measured with, by cache_free. */
struct naskah_paracache *cache_paras(struct naskah *ctx);
/* The context's cache of font files (render.h) for a render: NULL for
 * its first, so that a command line that renders one document does not
 * keep copies; freed by cache_free. */
struct render_fontcache *cache_pdffonts(struct naskah *ctx);
/* l, laid out with st's fonts, through setter_done: NULL, after the
 * report, when a face it set could not be read.  Then the paragraph
 * cache, measured with the regular face in its place, is dropped too. */
struct naskah_layout *cache_laid(struct naskah *ctx, struct setter *st,
	    const struct naskah_setup *setup, struct naskah_layout *l);

/*
 * Every public entry point runs between lib_enter and lib_leave: the
 * context's out-of-memory hook is the thread's for the call (see
 * base/xalloc.c), and messages name file (the document's, or NULL).
 */
const struct xalloc_hook *lib_enter(struct naskah *ctx, const char *file);
void	lib_leave(const struct xalloc_hook *prev);

struct naskah_doc;

/* The templates of the data directory, templates/<name>.yaml, by what
 * they are for (tpl_names). */
enum tpl_role {
	TPL_DECREE = 0,		/* keputusan: a decree's words, numbers */
	TPL_BOOK,		/* buku: a book's parts and page numbers */
	TPL_LKJIP,		/* lkjip: the LKjIP tables' columns */
	TPL_CHANGES,		/* perubahan: the list of changes' words */
	TPL_PERDA,		/* peraturan: a Peraturan's (a decree's
				 * template, read by naskah_tpl_load) */
	TPL__MAX
};
extern const char *const tpl_names[TPL__MAX];

/*
 * A kind of document, one row per value of jenis: how it is loaded
 * from its YAML, dumped and laid out.  A new kind is a loader, a layout
 * module, its templates and a row of kind.c.
 */
struct naskah_kind {
	const char	*name;
	/* the model of doc->y into doc; 0 after reporting why not */
	int		(*load)(struct naskah_doc *doc, struct naskah_diag *d);
	void		(*dump)(struct naskah_buf *b,
			    const struct naskah_doc *doc);
	/* the pages, with the templates the kind chooses; NULL after
	 * reporting why not */
	struct naskah_layout *(*layout)(struct naskah *ctx,
			    struct naskah_doc *doc);
	void		(*free)(struct naskah_doc *doc);
	/* the templates its layout reads (1 << TPL_*), and the one a
	 * document's templat: names in place of the data directory's */
	unsigned	 templates;
	enum tpl_role	 own;
};

/* The kind of y's jenis: its row, or the decree's when jenis is absent
 * or not one of the rows (its loader then says what is wrong). */
const struct naskah_kind *kind_of(const struct ydoc *y);
extern const struct naskah_kind kind_decree;

struct naskah_doc {
	struct naskah		*ctx;
	const struct naskah_kind *kind;
	char			*path;		/* for the loader: a file's
						 * path, "-" for a buffer */
	char			*name;		/* for messages */
	struct ydoc		*y;		/* its YAML, with what it
						 * includes */
	struct naskah_yfiles	 files;		/* the other YAML files its
						 * loader read (a book's
						 * decree, decrees quoted) */
	const struct naskah_setup *setup;	/* its page set-up, in decree
						 * or book */
	struct naskah_decree	*decree;	/* a decree's, or NULL */
	struct naskah_book	*book;		/* a book's, or NULL */
};

/*
 * What a layout made by the library keeps (naskah_layout's made): the
 * document whose page set-up it renders with, the fonts it was set with
 * and the files it was made from.
 */
struct lib_made {
	struct naskah		*ctx;
	const struct naskah_setup *setup;	/* borrowed, or page's */
	struct naskah_info	 info;		/* the PDF's information */
	const char		*name;		/* for messages; borrowed */
	struct setter		 st;
	/* the templates it was made with (the context's) */
	const struct naskah_tpl	*tpl, *dtpl;
	struct naskah_tpl	*owntpl;	/* tpl, when the document
						 * overrides its keys: owned */
	const struct naskah_btpl *bt;
	const struct naskah_ltpl *lt;
	const struct naskah_ptpl *pt;
	struct naskah_diff_page	*page;		/* a diff's: owned */
	const char		**in;		/* borrowed from the above, the
						 * document and the layout */
	size_t			 nin, capin;
	/* issue 17: the files its PDF carries (source.c): names owned,
	 * YAML bytes borrowed, pictures' bytes read (srcown) */
	struct naskah_embed	*embed;
	size_t			 nembed, capembed;
	void			**srcown;
	size_t			 nsrcown, capsrcown;
	char			*srcdir;	/* the document's directory */
};

struct lib_made *made_new(struct naskah *ctx,
	    const struct naskah_setup *setup, const char *name);
/* l (NULL: m is freed) owns m from now; returns l. */
struct naskah_layout *made_attach(struct naskah_layout *l,
	    struct lib_made *m);
void	made_free(void *m);
/* The files a layout l with m was made from: the patterns, ys[0..n)
 * (NULL: skipped) with what they include, the fonts, l's pictures. */
void	made_inputs(struct lib_made *m, const struct ydoc *const *ys,
	    size_t n, const struct naskah_layout *l);
/* The decrees revoked and amended that a loader read into f, added to
 * ys[*n..room) (the files a layout quotes from). */
void	yfiles_quoted(const struct naskah_yfiles *f, const struct ydoc **ys,
	    size_t *n, size_t room);
/* b's bytes through write; b is emptied.  0, or -1 when write failed. */
int	buf_write(struct naskah_buf *b, naskah_write_fn write, void *arg);

/* A file a document names, relative to its directory; caller frees. */
char	*doc_file(const struct naskah_setup *su, const char *p);
/*
 * The decree template: the context's, else the templat: doc names when
 * own, else the default of role (TPL_DECREE, TPL_PERDA); with own and
 * su's templat_ubah, that template read anew under it into *mine (not
 * cached: it is the document's).
 * NULL after reporting why not.
 */
const struct naskah_tpl *tpl_decree(struct naskah *ctx,
	    const struct naskah_setup *su, int own, struct naskah_tpl **mine,
	    enum tpl_role role);
/*
 * The set-up a decree is set with: su, or, when su gives no huruf and
 * its template t's gaya.huruf names another face, su with that face,
 * copied into tmp (shallow: tmp borrows what su owns).
 */
const struct naskah_setup *setup_face(const struct naskah_setup *su,
	    const struct naskah_tpl *t, struct naskah_setup *tmp);
/* A template of the data directory, templates/<name>.yaml. */
char	*data_file(const struct naskah *ctx, enum tpl_role role);

/*
 * Issue 17 (source.c): the files the PDF of l, made from doc, carries,
 * into m->embed and m->info (none with sumber: tidak): tpl[0..2) are
 * the paths of the template files doc's set-up and its book's decree
 * name as their own, or NULL.  source_free frees them.  The name a
 * buffer's YAML is carried under: name's last part when it ends in
 * .yaml or .yml, else "naskah.yaml".
 */
void	source_collect(struct lib_made *m, const struct naskah_doc *doc,
	    const struct naskah_layout *l, const char *const tpl[2]);
void	source_free(struct lib_made *m);
const char *source_buffer_name(const char *name);

/* The kinds' layouts. */
struct naskah_layout *typeset_decree(struct naskah *ctx,
	    struct naskah_doc *doc);
struct naskah_layout *typeset_book(struct naskah *ctx,
	    struct naskah_doc *doc);

#endif
