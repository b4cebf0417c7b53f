/* SPDX-License-Identifier: ISC */
/*
 * span.c - a byte of a value back to its line and column (span.h).
 */
#include <stdint.h>

#include "base/span.h"
#include "base/utf8.h"

/* Position of raw[off], counting from sp->rawat. */
static struct naskah_pos
raw_pos(const struct naskah_span *sp, size_t off)
{
	struct naskah_pos p = sp->rawat;
	size_t i = 0, k;
	uint32_t cp;

	while (i < off) {
		if (sp->raw[i] == '\n') {
			p.line++;
			p.col = 1;
			i++;
			continue;
		}
		k = utf8_decode(sp->raw + i, sp->rawlen - i, &cp);
		i += k ? k : 1;
		p.col++;
	}
	return p;
}

struct naskah_pos
naskah_span_pos(const struct naskah_span *sp, size_t off)
{
	uint32_t want, cp;
	size_t i, k, nth = 0;

	if (sp->val == NULL || sp->raw == NULL || off >= sp->vlen)
		return sp->at;
	if (utf8_decode(sp->val + off, sp->vlen - off, &want) == 0)
		return sp->at;
	/* which occurrence of this character in the value is it? */
	for (i = 0; i < off; i += k ? k : 1) {
		k = utf8_decode(sp->val + i, sp->vlen - i, &cp);
		if (cp == want)
			nth++;
	}
	/* find the same occurrence in the text as written */
	for (i = 0; i < sp->rawlen; i += k ? k : 1) {
		k = utf8_decode(sp->raw + i, sp->rawlen - i, &cp);
		if (cp == want && nth-- == 0)
			return raw_pos(sp, i);
	}
	return sp->at;
}
