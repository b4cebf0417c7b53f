/* SPDX-License-Identifier: ISC */
/*
 * serve_none.c - cli_serve (cli.h) in a naskah built without
 * libmicrohttpd: the static command line and the fuzz targets.
 */
#include "cli/cli.h"

int
cli_serve(int argc, char *argv[], struct cli_say *say)
{
	(void)argc;
	(void)argv;
	cli_say(say, NASKAH_SYSTEM, NULL, CM_SERVE_NONE, "");
	return 3;
}
