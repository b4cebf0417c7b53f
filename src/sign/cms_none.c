/* SPDX-License-Identifier: ISC */
/*
 * cms_none.c - sign.h's keys and signatures where OpenSSL is not built
 * in (the Windows build, make windows): naskah sign says so.
 */
#include <stdlib.h>

#include "sign/sign.h"

struct sign_key {
	int	 none;
};

struct sign_key *
sign_key_read(const void *p12, size_t len, const char *pass, time_t t,
    struct naskah_diag *d)
{
	const struct naskah_pos none = { 0, 0, NULL };

	(void)p12;
	(void)len;
	(void)pass;
	(void)t;
	naskah_diag(d, SEV_SYSTEM, none, MSG_SIGN_NONE);
	return NULL;
}

void
sign_key_free(struct sign_key *k)
{
	free(k);
}

const char *
sign_key_name(const struct sign_key *k)
{
	(void)k;
	return "";
}

int
sign_cms(const struct sign_key *k, const void *data, size_t n,
    const void *data2, size_t n2, struct naskah_buf *out,
    struct naskah_diag *d)
{
	const struct naskah_pos none = { 0, 0, NULL };

	(void)k;
	(void)data;
	(void)n;
	(void)data2;
	(void)n2;
	(void)out;
	naskah_diag(d, SEV_SYSTEM, none, MSG_SIGN_NONE);
	return -1;
}
