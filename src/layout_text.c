/*
 * layout_text.c - paragraphs: words from inline runs, measured through
 * the metrics interface, broken into lines by total-fit (minimum
 * demerits over the whole paragraph), and set justified or aligned.
 */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "layout_int.h"
#include "utf8.h"
#include "xalloc.h"

double
line_height(struct lctx *c, double size, double spacing)
{
	(void)c;
	return size * spacing;
}

/* Baseline offset from the top of a line of height size*spacing. */
double
baseline_off(struct lctx *c, double size, double spacing)
{
	double asc = c->m->ascent / 1000.0 * size;
	double desc = c->m->descent / 1000.0 * size;

	return (size * spacing - (asc + desc)) / 2 + asc;
}

/* Width of s in face f; reports nothing (text is checked in para_build). */
double
text_width(struct lctx *c, const char *s, size_t len, enum naskah_face f,
    double size)
{
	size_t i = 0, k;
	uint32_t cp;
	long sum = 0;
	int w;

	while (i < len) {
		k = utf8_decode(s + i, len - i, &cp);
		i += k ? k : 1;
		w = c->m->width(c->m->ctx, f, cp);
		if (w > 0)
			sum += w;
	}
	return sum * size / 1000.0;
}

/* Does the font have every character of run r? */
static int
run_covered(struct lctx *c, const struct naskah_run *r)
{
	size_t i = 0, k;
	uint32_t cp;

	while (i < r->len) {
		k = utf8_decode(r->text + i, r->len - i, &cp);
		i += k ? k : 1;
		if (cp != '\n' && cp != '\t' &&
		    c->m->width(c->m->ctx, r->face, cp) < 0)
			return 0;
	}
	return 1;
}

static void
word_end(struct para *p, size_t f0)
{
	struct word w;
	size_t i;

	if (p->nf == f0)
		return;
	memset(&w, 0, sizeof(w));
	w.f0 = f0;
	w.nf = p->nf - f0;
	for (i = f0; i < p->nf; i++)
		w.w += p->f[i].w;
	VEC_PUSH(p->w, p->nw, p->capw, w);
}

int
para_build(struct lctx *c, struct para *p, const char *s,
    const struct naskah_text *src, enum naskah_face base, double size)
{
	size_t bad = 0, r, i, start, f0 = 0;
	const char *mark = "*";
	struct frag fr;
	int ok = 1;

	memset(p, 0, sizeof(*p));
	p->src = src;
	p->size = size;
	if (!naskah_inline_parse(s, base, &p->runs, &bad, &mark))
		ok = 0;
	for (r = 0; r < p->runs.n; r++) {
		const struct naskah_run *run = &p->runs.v[r];

		if (!run_covered(c, run))
			ok = 0;
		i = 0;
		while (i < run->len) {
			char ch = run->text[i];

			if (ch == ' ' || ch == '\t' || ch == '\n') {
				word_end(p, f0);
				f0 = p->nf;
				if (p->nw > 0) {
					p->w[p->nw - 1].space = text_width(c,
					    " ", 1, run->face, size);
					if (ch == '\n')
						p->w[p->nw - 1].brk = 1;
				}
				i++;
				continue;
			}
			start = i;
			while (i < run->len && run->text[i] != ' ' &&
			    run->text[i] != '\t' && run->text[i] != '\n')
				i++;
			fr.face = run->face;
			fr.s = run->text + start;
			fr.len = i - start;
			fr.w = text_width(c, fr.s, fr.len, fr.face, size);
			VEC_PUSH(p->f, p->nf, p->capf, fr);
		}
	}
	word_end(p, f0);
	return ok;
}

void
para_free(struct para *p)
{
	if (p == NULL)
		return;
	naskah_runs_free(&p->runs);
	free(p->f);
	free(p->w);
	memset(p, 0, sizeof(*p));
}

double
para_natural(const struct para *p)
{
	double w = 0;
	size_t i;

	for (i = 0; i < p->nw; i++)
		w += p->w[i].w + (i + 1 < p->nw ? p->w[i].space : 0);
	return w;
}

/* Demerits of setting words [i, j) as one line of the given width. */
static double
demerits(const struct para *p, size_t i, size_t j, double width,
    enum align a, int last, double *ratio, double *natural)
{
	double nat = 0, sp = 0, r, b, slack;
	size_t k;

	for (k = i; k < j; k++) {
		nat += p->w[k].w;
		if (k + 1 < j)
			sp += p->w[k].space;
	}
	nat += sp;
	*natural = nat;
	*ratio = 0;
	slack = width - nat;
	if (a != ALIGN_JUSTIFY) {
		if (slack < -0.001)
			return j - i == 1 ? 1e32 : DBL_MAX;
		return last && a != ALIGN_CENTER ? 0 : slack * slack;
	}
	if (slack >= 0) {
		if (last)
			return 0;
		if (sp <= 0)	/* one word alone: worse than any stretch */
			return j - i == 1 ? 1e30 + slack * slack : DBL_MAX;
		r = slack / (sp * 0.5);
	} else {
		if (sp <= 0 || -slack > sp / 3 + 0.001)
			return j - i == 1 ? 1e32 : DBL_MAX;
		r = slack / (sp / 3);
	}
	*ratio = r;
	/* not capped: among bad choices the least bad still wins */
	b = 100 * fabs(r * r * r);
	return (10 + b) * (10 + b);
}

void
para_break(struct lctx *c, const struct para *p, double width, enum align a,
    struct lines *out)
{
	double *cost, ratio, nat, dm;
	size_t *from, i, j, n = p->nw, k, seg0 = 0;
	struct line ln;

	(void)c;
	out->n = 0;
	if (n == 0)
		return;
	cost = xcalloc(n + 1, sizeof(*cost));
	from = xcalloc(n + 1, sizeof(*from));
	for (j = 1; j <= n; j++) {
		int last = j == n || p->w[j - 1].brk;

		cost[j] = DBL_MAX;
		from[j] = j - 1;
		/* a line may not cross a forced break */
		for (i = j; i-- > seg0;) {
			dm = demerits(p, i, j, width, a, last, &ratio, &nat);
			if (dm == DBL_MAX) {
				if (nat > width && j - i > 1)
					break;
				continue;
			}
			if (cost[i] != DBL_MAX && cost[i] + dm < cost[j]) {
				cost[j] = cost[i] + dm;
				from[j] = i;
			}
		}
		if (cost[j] == DBL_MAX)
			cost[j] = (j > 0 && cost[j - 1] != DBL_MAX ?
			    cost[j - 1] : 0) + 1e32;
		if (last)
			seg0 = j;
	}
	/* walk back, then reverse */
	for (j = n; j > 0; j = from[j]) {
		memset(&ln, 0, sizeof(ln));
		ln.w0 = from[j];
		ln.w1 = j;
		ln.last = j == n || p->w[j - 1].brk;
		demerits(p, ln.w0, ln.w1, width, a, ln.last, &ln.ratio,
		    &ln.natural);
		VEC_PUSH(out->v, out->n, out->cap, ln);
	}
	for (k = 0; k < out->n / 2; k++) {
		ln = out->v[k];
		out->v[k] = out->v[out->n - 1 - k];
		out->v[out->n - 1 - k] = ln;
	}
	free(cost);
	free(from);
}

/* A short excerpt of a line's words for messages. */
static char *
line_excerpt(const struct para *p, const struct line *ln)
{
	struct naskah_buf b = { NULL, 0, 0 };
	size_t k, f;

	for (k = ln->w0; k < ln->w1 && b.len < 60; k++) {
		if (k > ln->w0)
			buf_addc(&b, ' ');
		for (f = p->w[k].f0; f < p->w[k].f0 + p->w[k].nf; f++)
			buf_add(&b, p->f[f].s, p->f[f].len);
	}
	return buf_take(&b);
}

double
para_emit(struct lctx *c, const struct para *p, const struct line *ln,
    double x, double width, enum align a, double y, struct vitem *it)
{
	double gap_extra = 0, pos, sp = 0;
	size_t k, f, nsp = ln->w1 - ln->w0 - 1;

	for (k = ln->w0; k + 1 < ln->w1; k++)
		sp += p->w[k].space;
	if (ln->natural - (a == ALIGN_JUSTIFY && !ln->last ? sp / 3 : 0) >
	    width + 0.01) {
		char *ex = line_excerpt(p, ln);

		naskah_diag(c->d, SEV_WARNING, p->src ? naskah_text_pos(c->doc,
		    p->src, 0) : (struct naskah_pos){ 0, 0 }, MSG_OVERFULL,
		    ln->natural - width, ex);
		free(ex);
		c->out->stats.overfull++;
	}
	switch (a) {
	case ALIGN_JUSTIFY:
		if (!ln->last && nsp > 0) {
			gap_extra = (width - ln->natural) / nsp;
			c->out->stats.lines++;
			if (sp > 0) {
				double r = (sp + (width - ln->natural)) / sp;

				if (r > c->out->stats.max_ratio)
					c->out->stats.max_ratio = r;
			}
		}
		pos = x;
		break;
	case ALIGN_CENTER:
		pos = x + (width - ln->natural) / 2;
		break;
	case ALIGN_RIGHT:
		pos = x + width - ln->natural;
		break;
	default:
		pos = x;
		break;
	}
	for (k = ln->w0; k < ln->w1; k++) {
		for (f = p->w[k].f0; f < p->w[k].f0 + p->w[k].nf; f++) {
			vi_text(it, pos, y, p->f[f].face, p->size, p->f[f].s,
			    p->f[f].len, p->f[f].w);
			pos += p->f[f].w;
		}
		if (k + 1 < ln->w1)
			pos += p->w[k].space + gap_extra;
	}
	return ln->natural + (nsp ? gap_extra * nsp : 0);
}
