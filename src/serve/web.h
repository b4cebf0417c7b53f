/* SPDX-License-Identifier: ISC */
/*
 * web.h - the editor page's files (web/), built into the program by
 * tools/webgen.sh at build time.  In index.html, "@CSRF@" stands for
 * the server's token that every POST and PUT carries.
 */
#ifndef NASKAH_SERVE_WEB_H
#define NASKAH_SERVE_WEB_H

#include <stddef.h>

struct serve_web {
	const char		*path;	/* "/", "/app.js", ... */
	const char		*type;	/* its Content-Type */
	const unsigned char	*data;
	size_t			 len;
};

extern const struct serve_web	serve_web[];
extern const size_t		serve_web_count;

#endif
