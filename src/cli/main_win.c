/* SPDX-License-Identifier: ISC */
/*
 * main_win.c - naskah.exe's start (issue 18): the arguments as Windows
 * has them, in UTF-8 (base/win32.c), to main.c's main, which make
 * windows compiles as naskah_cli_main (as the fuzz targets do).
 */
#include "base/win32.h"

int	naskah_cli_main(int argc, char *argv[]);

int
main(void)
{
	char **argv;
	int argc;

	if (naskah_win_args(&argc, &argv) != 0)
		return 3;
	return naskah_cli_main(argc, argv);
}
