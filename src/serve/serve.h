/* SPDX-License-Identifier: ISC */
/*
 * serve.h - naskah serve: a local web server over a directory of
 * documents (man/naskah-serve.7 describes its JSON API).  It stands on
 * include/naskah.h alone (and base/'s helpers); the command line
 * parses the options and calls serve_run.
 */
#ifndef NASKAH_SERVE_H
#define NASKAH_SERVE_H

#include "naskah.h"

struct serve_opts {
	const char	*dir;		/* the documents' tree */
	const char	*bind;		/* numeric IPv4 or IPv6 address */
	unsigned	 port;		/* 0: any free port */
	int		 port_given;	/* port is the user's: no other
					 * is tried when it is taken */
	const char	*token;		/* NULL: made at start when the
					 * address is not a loopback one */
	const char	*datadir;	/* the library's, as naskah_options */
	unsigned	 timeout;	/* seconds a connection may idle;
					 * 0: 30 */
	enum naskah_lang lang;		/* of the server's own words */
	int		 open;		/* the page in the default browser
					 * once the server listens */
};

/*
 * Serve until SIGINT or SIGTERM; the address to open is printed on
 * standard output first.  Returns the exit status: 0 after a signal,
 * 2 for a bad option (a --bind that is no address, a DIR that is no
 * directory), 3 when the server cannot start.
 */
int	 serve_run(const struct serve_opts *o);

#endif
