/* SPDX-License-Identifier: ISC */
/*
 * cms.c - the signing key from a PKCS#12 file, and the CMS SignedData a
 * PAdES signature carries, with OpenSSL (libcrypto).
 *
 * The SignedData is detached (the PDF's bytes are not in it), its
 * digest SHA-256, its signed attributes contentType, messageDigest and
 * ESS signing-certificate-v2 (CMS_CADES), as PAdES baseline B-B asks.
 * OpenSSL adds a signingTime attribute to every signature it makes;
 * PAdES says the time belongs in the dictionary's /M (which sign_pdf
 * writes), and validators take the attribute as a warning, not an error.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "sign/sign.h"

struct sign_key {
	OSSL_LIB_CTX	*ctx;		/* the key's, see p12_parse */
	OSSL_PROVIDER	*def, *legacy;	/* its providers (legacy: or NULL) */
	EVP_PKEY	*pkey;
	X509		*cert;
	STACK_OF(X509)	*chain;		/* the CA certificates, or NULL */
	char		 name[256];	/* the subject's CN */
};

/* OpenSSL's last error as text, into buf; the queue is emptied. */
static const char *
ssl_error(char *buf, size_t len)
{
	unsigned long e = ERR_peek_last_error();

	if (e == 0)
		snprintf(buf, len, "unknown");
	else
		ERR_error_string_n(e, buf, len);
	ERR_clear_error();
	return buf;
}

/* t as "YYYY-MM-DD" into buf. */
static const char *
asn1_day(const ASN1_TIME *t, char *buf, size_t len)
{
	struct tm tm;

	if (ASN1_TIME_to_tm(t, &tm) != 1)
		snprintf(buf, len, "?");
	else
		snprintf(buf, len, "%04d-%02d-%02d", tm.tm_year + 1900,
		    tm.tm_mon + 1, tm.tm_mday);
	return buf;
}

/* Is k's certificate valid at t and meant for signatures?  Reports
 * why not. */
static int
key_check(const struct sign_key *k, time_t t, struct naskah_diag *d)
{
	const struct naskah_pos none = { 0, 0, NULL };
	char day[32];
	uint32_t ku;

	if (X509_cmp_time(X509_get0_notAfter(k->cert), &t) < 0) {
		naskah_diag(d, SEV_ERROR, none, MSG_SIGN_EXPIRED,
		    asn1_day(X509_get0_notAfter(k->cert), day, sizeof(day)));
		return 0;
	}
	if (X509_cmp_time(X509_get0_notBefore(k->cert), &t) > 0) {
		naskah_diag(d, SEV_ERROR, none, MSG_SIGN_NOT_YET,
		    asn1_day(X509_get0_notBefore(k->cert), day, sizeof(day)));
		return 0;
	}
	/* a key usage, when there is one, must allow signatures */
	ku = X509_get_key_usage(k->cert);
	if (ku != UINT32_MAX && !(ku & (KU_DIGITAL_SIGNATURE |
	    KU_NON_REPUDIATION))) {
		naskah_diag(d, SEV_ERROR, none, MSG_SIGN_USAGE);
		return 0;
	}
	if (X509_check_private_key(k->cert, k->pkey) != 1) {
		naskah_diag(d, SEV_ERROR, none, MSG_SIGN_KEY_MISMATCH);
		return 0;
	}
	return 1;
}

/*
 * The key, certificate and chain of a PKCS#12 file into k, in a library
 * context of k's own (k->ctx) with OpenSSL's default provider and its
 * legacy one when there is one (built in on Windows, a module on
 * Linux): files made by OpenSSL before 3.0, or by older Windows,
 * encrypt their certificates with RC2-40, which only the legacy
 * provider has.  The thread's default context is k->ctx while the file
 * is read (PKCS#12's reading takes no context) and put back after; k
 * signs in k->ctx.  Reports why not.
 */
static int
p12_parse(struct sign_key *k, const void *p12, size_t len,
    const char *pass, struct naskah_diag *d)
{
	const struct naskah_pos none = { 0, 0, NULL };
	const unsigned char *p = p12;
	OSSL_LIB_CTX *prev;
	PKCS12 *pk = NULL;
	char err[256];
	int ok = 0;

	ERR_clear_error();
	if ((k->ctx = OSSL_LIB_CTX_new()) == NULL ||
	    (k->def = OSSL_PROVIDER_load(k->ctx, "default")) == NULL) {
		naskah_diag(d, SEV_SYSTEM, none, MSG_SIGN_CMS,
		    ssl_error(err, sizeof(err)));
		return 0;
	}
	k->legacy = OSSL_PROVIDER_load(k->ctx, "legacy");
	ERR_clear_error();
	prev = OSSL_LIB_CTX_set0_default(k->ctx);
	pk = len <= (size_t)LONG_MAX ? d2i_PKCS12(NULL, &p, (long)len) : NULL;
	if (pk == NULL)
		naskah_diag(d, SEV_ERROR, none, MSG_SIGN_P12_FORMAT,
		    ssl_error(err, sizeof(err)));
	else if (PKCS12_parse(pk, pass != NULL ? pass : "", &k->pkey, &k->cert,
	    &k->chain) != 1 || k->pkey == NULL || k->cert == NULL)
		naskah_diag(d, SEV_ERROR, none, MSG_SIGN_P12_PASS,
		    ssl_error(err, sizeof(err)));
	else
		ok = 1;
	PKCS12_free(pk);
	OSSL_LIB_CTX_set0_default(prev);
	return ok;
}

struct sign_key *
sign_key_read(const void *p12, size_t len, const char *pass, time_t t,
    struct naskah_diag *d)
{
	struct sign_key *k = xcalloc(1, sizeof(*k));

	if (!p12_parse(k, p12, len, pass, d))
		goto fail;
	if (X509_NAME_get_text_by_NID(X509_get_subject_name(k->cert),
	    NID_commonName, k->name, sizeof(k->name)) < 0)
		k->name[0] = '\0';
	if (!key_check(k, t, d))
		goto fail;
	return k;
fail:
	sign_key_free(k);
	return NULL;
}

void
sign_key_free(struct sign_key *k)
{
	if (k == NULL)
		return;
	EVP_PKEY_free(k->pkey);
	X509_free(k->cert);
	sk_X509_pop_free(k->chain, X509_free);
	OSSL_PROVIDER_unload(k->legacy);
	OSSL_PROVIDER_unload(k->def);
	OSSL_LIB_CTX_free(k->ctx);
	free(k);
}

const char *
sign_key_name(const struct sign_key *k)
{
	return k->name;
}

int
sign_cms(const struct sign_key *k, const void *data, size_t n,
    const void *data2, size_t n2, struct naskah_buf *out,
    struct naskah_diag *d)
{
	const struct naskah_pos none = { 0, 0, NULL };
	const unsigned flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL |
	    CMS_NOSMIMECAP | CMS_CADES;
	CMS_ContentInfo *cms = NULL;
	unsigned char *der = NULL;
	BIO *in = NULL;
	char err[256];
	int len, ok = 0;

	ERR_clear_error();
	if (n > INT_MAX || n2 > INT_MAX ||
	    (in = BIO_new(BIO_s_mem())) == NULL ||
	    (n > 0 && BIO_write(in, data, (int)n) != (int)n) ||
	    (n2 > 0 && BIO_write(in, data2, (int)n2) != (int)n2))
		goto done;
	cms = CMS_sign_ex(NULL, NULL, k->chain, NULL, flags, k->ctx, NULL);
	if (cms == NULL || CMS_add1_signer(cms, k->cert, k->pkey,
	    EVP_sha256(), flags) == NULL || CMS_final(cms, in, NULL,
	    flags) != 1)
		goto done;
	if ((len = i2d_CMS_ContentInfo(cms, &der)) <= 0)
		goto done;
	buf_add(out, (const char *)der, (size_t)len);
	ok = 1;
done:
	if (!ok)
		naskah_diag(d, SEV_ERROR, none, MSG_SIGN_CMS,
		    ssl_error(err, sizeof(err)));
	OPENSSL_free(der);
	CMS_ContentInfo_free(cms);
	BIO_free(in);
	return ok ? 0 : -1;
}
