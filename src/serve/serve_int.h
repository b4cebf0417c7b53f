/* SPDX-License-Identifier: ISC */
/*
 * serve_int.h - the parts of naskah serve: the store (the files of
 * DIR, confined to it), the pool of warm library contexts, the JSON
 * answers, the requests' handlers.
 */
#ifndef NASKAH_SERVE_INT_H
#define NASKAH_SERVE_INT_H

#include <pthread.h>
#include <stddef.h>

#include "base/xalloc.h"
#include "naskah.h"

/* The largest request body, and the largest document read. */
#define SERVE_BODY_MAX	(2u * 1024 * 1024)
#define SERVE_FILE_MAX	(8u * 1024 * 1024)
/* The history's folder in DIR (never listed as a document). */
#define SERVE_HISTORY	".naskah-riwayat"

/* The tree of documents: every path it takes is relative to root and
 * checked to stay inside it (no "..", no absolute path, no symlink
 * out); saves are serialised by mu. */
struct store {
	char		*root;		/* realpath of DIR */
	pthread_mutex_t	 mu;
};

/* What a store operation ended with, as HTTP will say it. */
enum store_status {
	STORE_OK = 0,
	STORE_BAD,		/* a path that is not allowed: 400 */
	STORE_MISSING,		/* 404 */
	STORE_CONFLICT,		/* the file changed since: 409 */
	STORE_TOO_BIG,		/* 413 */
	STORE_SYSTEM,		/* an I/O error: 500 */
	STORE_EXISTS,		/* a new file's name is taken: 409 */
	STORE__MAX
};

int	 store_init(struct store *st, const char *dir);
void	 store_fini(struct store *st);
/* Is rel a document's path allowed in the store (relative, no "..",
 * no component starting with a dot, ending in .yaml or .yml)? */
int	 store_name_ok(const char *rel);
/* The documents, sorted, as a JSON array of strings onto b. */
enum store_status store_list(struct store *st, struct naskah_buf *b);
/* The file rel (its bytes into *text, caller frees, NUL-ended). */
enum store_status store_read(struct store *st, const char *rel,
	    char **text, size_t *len);
/* The absolute directory rel's relative names point to (caller frees),
 * or NULL when rel's folder is not inside the store. */
char	*store_basedir(struct store *st, const char *rel);
/* The version token of bytes: their length and a hash ("" for none). */
void	 store_version(const char *buf, size_t len, char out[40]);
/*
 * Save len bytes as rel when its current version is base ("" for a
 * file that does not exist yet): the previous bytes are kept in the
 * history, the new ones written to a temporary file, synced and
 * renamed over it.  On STORE_CONFLICT *cur holds the current bytes
 * (caller frees).  ver receives the new version.
 */
enum store_status store_save(struct store *st, const char *rel,
	    const char *base, const char *buf, size_t len, char **cur,
	    size_t *curlen, char ver[40]);
/*
 * issue 16, new document: len bytes as the new file rel, never over an
 * existing file (STORE_EXISTS); and, when beside is not NULL, the file
 * beside in rel's folder with blen bytes bbuf unless it exists (the
 * schema the starters' modeline names).  ver receives rel's version.
 */
enum store_status store_create(struct store *st, const char *rel,
	    const char *buf, size_t len, const char *beside, const char *bbuf,
	    size_t blen, char ver[40]);
/* rel's kept versions, newest first, as a JSON array onto b. */
enum store_status store_history(struct store *st, const char *rel,
	    struct naskah_buf *b);
/* The kept version id of rel (caller frees the bytes). */
enum store_status store_history_read(struct store *st, const char *rel,
	    const char *id, char **text, size_t *len);

/* Messages of one request, collected as a JSON array: the first
 * SINK_KEEP of each severity, the others counted (a page lists them;
 * an input can make hundreds of thousands). */
#define SINK_KEEP	1000
struct sink {
	struct naskah_buf json;		/* "[{...},{...}" while open */
	int		 n;
	int		 kept[NASKAH_SEVERITY__MAX];
	int		 dropped;
	int		 worst;		/* -1: none */
};

/*
 * Warm contexts, each used by one request at a time (naskah.h: one
 * context from one thread at a time; two contexts from two threads at
 * once): a slot holds one per language, made when first asked for.
 */
struct slot {
	struct naskah	*ctx[NASKAH_LANG__MAX];
	struct sink	*sink;		/* the current request's */
	int		 busy;
};
struct pool {
	pthread_mutex_t	 mu;
	pthread_cond_t	 cv;
	struct slot	*slot;
	size_t		 n;
	char		*datadir;
	char		*root;
};

int	 pool_init(struct pool *p, size_t n, const char *datadir,
	    const char *root);
void	 pool_fini(struct pool *p);
/* A free slot's context in lang, its messages going to sink; waits
 * while every slot is busy.  NULL when the context cannot be made. */
struct naskah *pool_take(struct pool *p, enum naskah_lang lang,
	    struct sink *sink, struct slot **sl);
void	 pool_give(struct pool *p, struct slot *sl);

void	 sink_init(struct sink *s);
/* The messages as {"status": worst, "messages": [...], "dropped": n}
 * (caller frees). */
char	*sink_answer(struct sink *s, size_t *len);

/* A JSON string of s (quoted, escaped; null for NULL) onto b. */
void	 json_str(struct naskah_buf *b, const char *s);
void	 json_strn(struct naskah_buf *b, const char *s, size_t n);

/* One server: its store, its contexts, its secrets. */
struct server {
	struct store	 store;
	struct pool	 pool;
	char		 token[40];	/* "" when none is asked for */
	char		 csrf[40];	/* in the page, asked of every POST
					 * and PUT */
};

/* A request as the handlers see it: its query's values, its body. */
struct api_req {
	const char	*method;
	const char	*url;
	const char	*path, *base, *id, *lang;	/* NULL when absent */
	const char	*jenis, *asal;	/* issue 16: POST /api/new's */
	const char	*body;
	size_t		 len;
};

/* The answer: status, body (owned), its type, and for a download the
 * file name it is saved as. */
struct api_ans {
	unsigned	 status;
	char		*body;
	size_t		 len;
	const char	*type;
	char		*attachment;
};

/* The language r asks for (lang=en: English; else Indonesian). */
enum naskah_lang api_lang(const struct api_req *r);
/* a answers status with the JSON in b (taken, a newline added). */
void	 api_json(struct api_ans *a, unsigned status, struct naskah_buf *b);

/* issue 16, form: POST /api/form and /api/edit (form.c); 0 when r is
 * neither. */
int	 form_handle(struct server *srv, const struct api_req *r,
	    struct api_ans *a);

/* Answer r; every answer has a body. */
void	 api_handle(struct server *srv, const struct api_req *r,
	    struct api_ans *a);

#endif
