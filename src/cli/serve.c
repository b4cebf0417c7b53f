/* SPDX-License-Identifier: ISC */
/*
 * serve.c - naskah serve's options (cli.h); the server is src/serve/.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "serve/serve.h"

/* Is t a token we can carry in a header and a cookie as it is? */
static int
token_ok(const char *t)
{
	size_t n = strlen(t);

	return n >= 8 && n <= 39 && strspn(t, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") == n;
}

int
cli_serve(int argc, char *argv[], struct cli_say *say)
{
	enum { OPT_PORT = 256, OPT_BIND, OPT_TOKEN, OPT_DATADIR, OPT_LANG,
	    OPT_HELP, OPT_TIMEOUT, OPT_OPEN, OPT_NO_OPEN };
	static const struct option longopts[] = {
		{ "port", required_argument, NULL, OPT_PORT },
		{ "bind", required_argument, NULL, OPT_BIND },
		{ "token", required_argument, NULL, OPT_TOKEN },
		{ "data-dir", required_argument, NULL, OPT_DATADIR },
		{ "lang", required_argument, NULL, OPT_LANG },
		{ "timeout", required_argument, NULL, OPT_TIMEOUT },
		{ "help", no_argument, NULL, OPT_HELP },
		{ "open", no_argument, NULL, OPT_OPEN },
		{ "no-open", no_argument, NULL, OPT_NO_OPEN },
		{ NULL, 0, NULL, 0 },
	};
	/* the page opens in the browser by default where a user starts
	 * naskah with a double click (naskah.exe's .bat), not elsewhere */
#ifdef _WIN32
	struct serve_opts o = { ".", "127.0.0.1", 8080, 0, NULL, NULL, 30,
	    say->lang, 1 };
#else
	struct serve_opts o = { ".", "127.0.0.1", 8080, 0, NULL, NULL, 30,
	    say->lang, 0 };
#endif
	const char *datadir = NULL;
	char *end, *dd;
	unsigned long port;
	int c, r;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (c) {
		case OPT_PORT:
			port = strtoul(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || port > 65535) {
				cli_say(say, NASKAH_USAGE, NULL, CM_SERVE_PORT,
				    optarg);
				return 2;
			}
			o.port = (unsigned)port;
			o.port_given = 1;
			break;
		case OPT_TIMEOUT:
			port = strtoul(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || port < 1 ||
			    port > 3600) {
				cli_say(say, NASKAH_USAGE, NULL,
				    CM_SERVE_TIMEOUT, optarg);
				return 2;
			}
			o.timeout = (unsigned)port;
			break;
		case OPT_BIND:
			o.bind = optarg;
			break;
		case OPT_TOKEN:
			if (!token_ok(optarg)) {
				cli_say(say, NASKAH_USAGE, NULL,
				    CM_SERVE_TOKEN, optarg);
				return 2;
			}
			o.token = optarg;
			break;
		case OPT_DATADIR:
			datadir = optarg;
			break;
		case OPT_OPEN:
		case OPT_NO_OPEN:
			o.open = c == OPT_OPEN;
			break;
		case OPT_LANG:	/* main read it */
			break;
		case 'h':
		case OPT_HELP:
			fputs(cli_usage(say->lang), stdout);
			return 0;
		case ':':
			cli_say(say, NASKAH_USAGE, NULL, CM_OPT_VALUE,
			    argv[optind - 1]);
			return 2;
		default:
			cli_say(say, NASKAH_USAGE, NULL, CM_OPT_UNKNOWN,
			    argv[optind - 1]);
			return 2;
		}
	}
	/* what is left: serve [DIR] */
	if (optind < argc && strcmp(argv[optind], "serve") == 0)
		optind++;
	if (optind < argc)
		o.dir = argv[optind++];
	if (optind < argc) {
		cli_say(say, NASKAH_USAGE, NULL, CM_SERVE_ARGS, argv[optind]);
		return 2;
	}
	o.datadir = dd = cli_datadir(datadir);
	r = serve_run(&o);
	free(dd);
	return r;
}
