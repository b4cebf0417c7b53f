/* SPDX-License-Identifier: ISC */
/*
 * source.c - issue 17: which files a document's PDF carries, and under
 * what names (render_embed.c puts them in).
 *
 * Carried: the YAML file, every file it includes (sertakan, at any
 * depth), the YAML files of the decrees it revokes or amends and of a
 * book's decree (with what they include), the template file a templat:
 * names when it is the document's own (not a shipped template named
 * bare, not --template), and the pictures it names (kop.logo, a
 * cover's logo, a gambar's berkas).  Not carried: fonts (huruf; large,
 * under their own licences), the data directory's templates and
 * patterns, and a file named by an absolute path (extraction could not
 * put it where the document looks for it).
 *
 * Names are relative to the document's directory as it names them,
 * "." and "x/.." taken out.  When a name climbs out of the directory
 * ("../templates/x.yaml"), every name starts that many directories
 * higher, with the real names of the directories climbed out of
 * ("examples/sk.yaml" beside "templates/x.yaml"): extracted into any
 * directory, the files stand as they stood to each other, and no name
 * has a "..".
 */
#define _XOPEN_SOURCE 700	/* realpath */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/fileio.h"
#include "lib/lib.h"

/* The most bytes of a picture carried (image.c's bound). */
#define SOURCE_IMAGE_MAX	(64UL * 1024 * 1024)
/* The most directories a name may climb out of and still be carried. */
#define INCLUDE_NAME_UP		16

/* A file found, before its final name. */
struct found {
	char		*rel;	/* normalised, without the leading ".." */
	size_t		 up;	/* how many ".." led */
	const void	*data;
	size_t		 len;
	const char	*mime;
	int		 source;
	size_t		 order;	/* when it was found */
	char		*name;	/* its final name */
};

struct gather {
	const char	*dir;	/* the document's directory */
	struct found	*f;
	size_t		 n, cap;
	struct lib_made	*m;	/* owns what is read here */
};

/*
 * path, relative to dir, as its normalised components into *rel
 * (caller frees) and the ".." that lead them into *up.  0 for an
 * absolute name outside dir, or one that is nothing ("x/..").
 */
static int
rel_name(const char *dir, const char *path, char **rel, size_t *up)
{
	size_t dl = strlen(dir), len, k;
	struct naskah_buf b = { NULL, 0, 0 };
	size_t *start = NULL, ns = 0, caps = 0;
	const char *p, *e;

	if (strcmp(dir, ".") == 0 && path[0] != '/')
		p = path;
	else if (strncmp(path, dir, dl) == 0 && path[dl] == '/')
		p = path + dl + 1;
	else
		return 0;
	*up = 0;
	for (; *p != '\0'; p = *e == '/' ? e + 1 : e) {
		e = strchr(p, '/');
		if (e == NULL)
			e = p + strlen(p);
		len = (size_t)(e - p);
		if (len == 0 || (len == 1 && p[0] == '.'))
			continue;
		if (len == 2 && p[0] == '.' && p[1] == '.') {
			if (ns == 0) {
				(*up)++;
				continue;
			}
			b.len = start[--ns];
			continue;
		}
		VEC_PUSH(start, ns, caps, b.len);
		if (b.len > 0)
			buf_addc(&b, '/');
		buf_add(&b, p, len);
	}
	free(start);
	if (b.len == 0) {
		buf_free(&b);
		return 0;
	}
	k = b.len;
	*rel = buf_take(&b);
	(*rel)[k] = '\0';
	return 1;
}

static void
gather_add(struct gather *g, const char *path, const void *data,
    size_t len, const char *mime, int source)
{
	struct found f;

	memset(&f, 0, sizeof(f));
	if (path == NULL || !rel_name(g->dir, path, &f.rel, &f.up))
		return;
	f.data = data;
	f.len = len;
	f.mime = mime;
	f.source = source;
	f.order = g->n;
	VEC_PUSH(g->f, g->n, g->cap, f);
}

/* A YAML file and every file it includes. */
static void
gather_yaml(struct gather *g, const struct ydoc *y, int source)
{
	size_t k;

	if (y == NULL)
		return;
	gather_add(g, y->path, y->src, y->srclen, "application/x-yaml",
	    source);
	for (k = 0; k < y->ninc; k++)
		gather_add(g, y->inc[k]->path, y->inc[k]->src,
		    y->inc[k]->srclen, "application/x-yaml", 0);
}

/* The template file at p, when m was made with it. */
static void
gather_template(struct gather *g, const char *p)
{
	const struct lib_made *m = g->m;
	const struct ydoc *t[6];
	size_t i;

	if (p == NULL)
		return;
	t[0] = m->tpl != NULL ? m->tpl->file.y : NULL;
	t[1] = m->dtpl != NULL ? m->dtpl->file.y : NULL;
	t[2] = m->owntpl != NULL ? m->owntpl->file.y : NULL;
	t[3] = m->bt != NULL ? m->bt->file.y : NULL;
	t[4] = m->lt != NULL ? m->lt->file.y : NULL;
	t[5] = m->pt != NULL ? m->pt->file.y : NULL;
	for (i = 0; i < 6; i++)
		if (t[i] != NULL && t[i]->path != NULL &&
		    strcmp(t[i]->path, p) == 0) {
			gather_yaml(g, t[i], 0);
			break;
		}
}

static int
path_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The pictures l shows, each once (sorted by path), read now: the
 * bytes are m's. */
static void
gather_images(struct gather *g, const struct naskah_layout *l)
{
	const char **path = NULL;
	size_t i, k, n = 0, cap = 0, len;
	void *data;
	int fd, err;

	for (i = 0; i < l->npage; i++)
		for (k = 0; k < l->page[i].nbox; k++)
			if (l->page[i].box[k].kind == BOX_IMAGE &&
			    l->page[i].box[k].text != NULL)
				VEC_PUSH(path, n, cap, l->page[i].box[k].text);
	if (n > 1)
		qsort(path, n, sizeof(path[0]), path_cmp);
	for (i = 0; i < n; i++) {
		if (i > 0 && strcmp(path[i - 1], path[i]) == 0)
			continue;	/* carried already */
		if ((fd = naskah_open_regular(path[i], &err)) < 0)
			continue;	/* the render says why */
		data = naskah_fd_read(fd, SOURCE_IMAGE_MAX, &len);
		close(fd);
		if (data == NULL || len > SOURCE_IMAGE_MAX || len == 0) {
			free(data);
			continue;
		}
		VEC_PUSH(g->m->srcown, g->m->nsrcown, g->m->capsrcown, data);
		gather_add(g, path[i], data, len,
		    ((const unsigned char *)data)[0] == 0xFF ? "image/jpeg" :
		    "image/png", 0);
	}
	free(path);
}

static int
found_cmp(const void *a, const void *b)
{
	const struct found *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	if (c != 0)
		return c;
	return x->order < y->order ? -1 : x->order > y->order;
}

/*
 * The components of the document's directory's real path (its lexical
 * one when it has none) into comp[0..*n), at most max of the last.
 */
static char *
dir_components(const char *dir, const char *comp[], size_t max, size_t *n)
{
	char real[PATH_MAX], *s, *p, *save;
	size_t i;

	*n = 0;
	if (max == 0)
		return xstrdup("");	/* no name climbs out: none needed */
	s = xstrdup(realpath(dir, real) != NULL ? real : dir);
	for (p = strtok_r(s, "/", &save); p != NULL;
	    p = strtok_r(NULL, "/", &save)) {
		if (*n == max) {
			for (i = 1; i < max; i++)
				comp[i - 1] = comp[i];
			(*n)--;
		}
		comp[(*n)++] = p;
	}
	return s;
}

/* The final names of g's files, with the directories climbed out of. */
static void
gather_names(struct gather *g)
{
	const char *comp[INCLUDE_NAME_UP];
	size_t i, k, nc, top = 0;
	struct naskah_buf b = { NULL, 0, 0 };
	char *s;

	for (i = 0; i < g->n; i++)
		if (g->f[i].up > top)
			top = g->f[i].up;
	if (top > INCLUDE_NAME_UP)
		top = INCLUDE_NAME_UP;
	s = dir_components(g->dir, comp, top, &nc);
	for (i = 0; i < g->n; i++) {
		struct found *f = &g->f[i];

		if (f->up > nc)
			continue;	/* above the root: not carried */
		for (k = 0; k + f->up < nc; k++) {
			buf_adds(&b, comp[k]);
			buf_addc(&b, '/');
		}
		buf_adds(&b, f->rel);
		f->name = buf_take(&b);
	}
	free(s);
}

void
source_collect(struct lib_made *m, const struct naskah_doc *doc,
    const struct naskah_layout *l, const char *const tpl[2])
{
	struct gather g;
	struct naskah_embed e;
	size_t i;

	if (doc->ctx->no_source || doc->setup == NULL ||
	    doc->setup->no_source || doc->y == NULL ||
	    doc->y->path == NULL)
		return;
	memset(&g, 0, sizeof(g));
	g.m = m;
	m->srcdir = naskah_path_dir(doc->y->path);
	g.dir = m->srcdir;
	gather_yaml(&g, doc->y, 1);
	for (i = 0; i < doc->files.nlaid; i++)
		gather_yaml(&g, doc->files.laid[i], 0);
	for (i = 0; i < doc->files.nquoted; i++)
		gather_yaml(&g, doc->files.quoted[i], 0);
	gather_template(&g, tpl[0]);
	gather_template(&g, tpl[1]);
	gather_images(&g, l);
	if (g.n > 0 && strcmp(g.f[0].rel, "-") == 0) {
		/* a buffer's: named after it, or naskah.yaml */
		free(g.f[0].rel);
		g.f[0].rel = xstrdup(source_buffer_name(doc->name));
	}
	gather_names(&g);
	for (i = 0; i < g.n; i++)
		if (g.f[i].name == NULL)
			g.f[i].name = xstrdup("");	/* dropped below */
	if (g.n > 1)	/* (none: g.f is NULL) */
		qsort(g.f, g.n, sizeof(g.f[0]), found_cmp);
	for (i = 0; i < g.n; i++) {
		struct found *f = &g.f[i];

		if (f->name[0] == '\0' || (m->nembed > 0 &&
		    strcmp(m->embed[m->nembed - 1].name, f->name) == 0)) {
			free(f->name);
			free(f->rel);
			continue;
		}
		e.name = f->name;
		e.data = f->data;
		e.len = f->len;
		e.mime = f->mime;
		e.source = f->source;
		VEC_PUSH(m->embed, m->nembed, m->capembed, e);
		free(f->rel);
	}
	free(g.f);
	m->info.embed = m->embed;
	m->info.nembed = m->nembed;
}

const char *
source_buffer_name(const char *name)
{
	const char *b = name != NULL ? strrchr(name, '/') : NULL;
	size_t n;

	b = b != NULL ? b + 1 : name;
	if (b == NULL || (n = strlen(b)) < 6 || strchr(b, '<') != NULL ||
	    (strcmp(b + n - 5, ".yaml") != 0 && strcmp(b + n - 4, ".yml") !=
	    0))
		return "naskah.yaml";
	return b;
}

void
source_free(struct lib_made *m)
{
	size_t i;

	for (i = 0; i < m->nembed; i++)
		free((char *)m->embed[i].name);
	free(m->embed);
	for (i = 0; i < m->nsrcown; i++)
		free(m->srcown[i]);
	free(m->srcown);
	free(m->srcdir);
}
