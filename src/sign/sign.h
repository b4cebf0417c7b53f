/* SPDX-License-Identifier: ISC */
/*
 * sign.h - issue 17: a PDF signed as PAdES baseline (ETSI EN 319 142-1,
 * B-B level): a CMS detached signature (SHA-256, with the ESS
 * signing-certificate-v2 attribute) over the whole file but its own
 * /Contents, added as an incremental update (ISO 32000-1 7.5.6, 12.8),
 * so that the bytes before it stay as they were.
 *
 * pdfincr.c reads the trailer and the objects it must change and
 * writes the update; cms.c makes the signature with OpenSSL.
 */
#ifndef NASKAH_SIGN_H
#define NASKAH_SIGN_H

#include <stddef.h>
#include <time.h>

#include "base/diag.h"
#include "base/xalloc.h"

/* A key and its certificate, read from a PKCS#12 file (cms.c). */
struct sign_key;

/*
 * The key of PKCS#12 bytes p12 with passphrase pass, checked to be
 * usable at time t (the certificate within its validity, for digital
 * signatures).  NULL after reporting why not (the channel names the
 * certificate's file).
 */
struct sign_key	*sign_key_read(const void *p12, size_t len, const char *pass,
		    time_t t, struct naskah_diag *d);
void		 sign_key_free(struct sign_key *k);
/* The certificate's subject common name, for /Name; owned by k. */
const char	*sign_key_name(const struct sign_key *k);

/*
 * The CMS SignedData (DER) of the bytes data[0..n) and data2[0..n2)
 * taken as one, detached; into out.  0, or -1 after reporting.
 */
int		 sign_cms(const struct sign_key *k, const void *data, size_t n,
		    const void *data2, size_t n2, struct naskah_buf *out,
		    struct naskah_diag *d);

/* What the signature dictionary says besides the signature. */
struct sign_info {
	time_t		 when;		/* /M, UTC */
	const char	*name;		/* /Name: the signer */
	const char	*reason;	/* /Reason, or NULL */
	const char	*location;	/* /Location, or NULL */
};

/*
 * pdf[0..len) with a signature by k appended as an incremental update,
 * into out: an invisible signature field on the first page.  0, or -1
 * after reporting why not (a PDF this reader cannot update: a
 * cross-reference stream, a form already there; the channel names the
 * PDF).
 */
int		 sign_pdf(const unsigned char *pdf, size_t len,
		    const struct sign_key *k, const struct sign_info *si,
		    struct naskah_buf *out, struct naskah_diag *d);

#endif
