/* SPDX-License-Identifier: ISC */
/*
 * sign.c - naskah_sign (naskah.h): a PDF signed by src/sign.
 */
#include <stdlib.h>

#include "lib/lib.h"
#include "sign/sign.h"

int
naskah_sign(struct naskah *ctx, const void *pdf, size_t len,
    const char *name, const struct naskah_sign_opts *o,
    naskah_write_fn write, void *arg)
{
	const struct xalloc_hook *prev = lib_enter(ctx, o->p12_name);
	struct naskah_buf out = { NULL, 0, 0 };
	struct sign_info si;
	struct sign_key *k;
	int r = -1;

	k = sign_key_read(o->p12, o->p12_len, o->passphrase,
	    (time_t)o->time, &ctx->d);
	if (k != NULL) {
		ctx->d.file = name;
		si.when = (time_t)o->time;
		si.name = sign_key_name(k);
		si.reason = o->reason;
		si.location = o->location;
		r = sign_pdf(pdf, len, k, &si, &out, &ctx->d);
	}
	if (r == 0 && write(arg, out.s, out.len) != 0)
		r = -1;
	sign_key_free(k);
	free(out.s);
	lib_leave(prev);
	return r;
}
