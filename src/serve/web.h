/* SPDX-License-Identifier: ISC */
/*
 * web.h - the editor page's files (web/), built into the program by
 * tools/webgen.sh at build time.  In index.html, "@CSRF@" stands for
 * the server's token that every POST and PUT carries.  The files of
 * web/vendor/ (pdf.js, 1.8 MB) are kept gzip-compressed (gzip set) and
 * sent so, with Content-Encoding: gzip.
 */
#ifndef NASKAH_SERVE_WEB_H
#define NASKAH_SERVE_WEB_H

#include <stddef.h>

struct serve_web {
	const char		*path;	/* "/", "/app.js", ... */
	const char		*type;	/* its Content-Type */
	const unsigned char	*data;
	size_t			 len;
	int			 gzip;	/* data is gzip-compressed */
};

extern const struct serve_web	serve_web[];
extern const size_t		serve_web_count;

#endif
