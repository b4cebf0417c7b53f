/* SPDX-License-Identifier: ISC */
/*
 * inline.c - *italic* / **bold** markup into face runs.
 */
#include <stdlib.h>
#include <string.h>

#include "layout/inline.h"
#include "base/xalloc.h"

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\0';
}

static enum naskah_face
face_of(enum naskah_face base, int bold, int italic)
{
	int b = bold ^ (base == FACE_BOLD || base == FACE_BOLDITALIC);
	int i = italic ^ (base == FACE_ITALIC || base == FACE_BOLDITALIC);

	return b && i ? FACE_BOLDITALIC : b ? FACE_BOLD : i ? FACE_ITALIC :
	    FACE_REGULAR;
}

static void
flush(struct naskah_runs *out, struct naskah_buf *b, enum naskah_face f,
    size_t src)
{
	struct naskah_run r;

	if (b->len == 0)
		return;
	r.face = f;
	r.len = b->len;
	r.text = buf_take(b);
	r.src = src;
	VEC_PUSH(out->v, out->n, out->cap, r);
}

/*
 * Where runs of asterisks that could close markup start: last[k] is one
 * past the start of the last run of at least k (1 to 3) asterisks after
 * a character that is not a space, 0 when there is none.  So "is there
 * a closing run of k after position i" is last[k] > i, for any i the
 * parser stands at: one pass, not a scan to the end at each asterisk.
 */
static void
closers(const char *s, size_t last[4])
{
	size_t j, n, k;

	memset(last, 0, 4 * sizeof(last[0]));
	for (j = 0; s[j] != '\0'; j++) {
		if (s[j] == '\\' && s[j + 1] != '\0') {
			j++;
			continue;
		}
		if (s[j] != '*')
			continue;
		for (n = 0; s[j + n] == '*'; n++)
			;
		if (j > 0 && !is_space(s[j - 1]))
			for (k = 1; k <= 3 && k <= n; k++)
				last[k] = j + 1;
		j += n - 1;
	}
}

int
naskah_inline_parse(const char *s, enum naskah_face base,
    struct naskah_runs *out, size_t *bad, const char **mark)
{
	static const char *const marks[4] = { "", "*", "**", "***" };
	struct naskah_buf b = { NULL, 0, 0 };
	int bold = 0, italic = 0, ok = 1;
	size_t i = 0, n, start = 0, open_at[2] = { 0, 0 }, last[4];
	enum naskah_face f = face_of(base, 0, 0);

	closers(s, last);

	while (s[i] != '\0') {
		if (s[i] == '\\' && (s[i + 1] == '*' || s[i + 1] == '\\')) {
			/* a new run at the escaped character, so that run
			 * offsets map one to one onto the source */
			flush(out, &b, f, start);
			start = i + 1;
			buf_addc(&b, s[i + 1]);
			i += 2;
			continue;
		}
		if (s[i] != '*') {
			if (b.len == 0)
				start = i;
			buf_addc(&b, s[i++]);
			continue;
		}
		for (n = 0; s[i + n] == '*'; n++)
			;
		if (n > 3) {
			if (b.len == 0)
				start = i;
			buf_add(&b, s + i, n);
			i += n;
			continue;
		}
		{
			int can_close = i > 0 && !is_space(s[i - 1]);
			int can_open = !is_space(s[i + n]) && last[n] > i + n;
			int want_b = n >= 2, want_i = n != 2;
			int closing = can_close && ((want_b && bold) ||
			    (!want_b && italic) || (n == 3 && (bold || italic)));

			if (!closing && !can_open) {
				if (!is_space(s[i + n]) && !can_close) {
					/* looks like an opener: unclosed */
					*bad = i;
					*mark = marks[n];
					ok = 0;
				}
				if (b.len == 0)
					start = i;
				buf_add(&b, s + i, n);
				i += n;
				continue;
			}
			flush(out, &b, f, start);
			if (want_b) {
				bold = !bold;
				open_at[0] = i;
			}
			if (want_i) {
				italic = !italic;
				open_at[1] = i;
			}
			f = face_of(base, bold, italic);
			i += n;
		}
	}
	flush(out, &b, f, start);
	buf_free(&b);
	if (ok && (bold || italic)) {
		*bad = bold ? open_at[0] : open_at[1];
		*mark = bold ? "**" : "*";
		ok = 0;
	}
	return ok;
}

void
naskah_runs_free(struct naskah_runs *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < r->n; i++)
		free(r->v[i].text);
	free(r->v);
	r->v = NULL;
	r->n = r->cap = 0;
}
