/* SPDX-License-Identifier: ISC */
/*
 * plat.h - what naskah serve needs of the operating system beyond the
 * C library and sockets: plat_posix.c on Linux and the BSDs,
 * plat_win.c in naskah.exe (issue 18).
 */
#ifndef NASKAH_SERVE_PLAT_H
#define NASKAH_SERVE_PLAT_H

#include <stddef.h>

/* n bytes from the system's random source into r; 0, or -1 */
int	 plat_random(unsigned char *r, size_t n);
/* the processors online, at least 1 */
long	 plat_ncpu(void);
/* Before any thread starts: SIGINT and SIGTERM (Ctrl-C, the console
 * closed) kept for plat_stop_wait, a peer gone not a signal; 0, or -1
 * when the system refuses */
int	 plat_stop_prepare(void);
/* Until SIGINT or SIGTERM (Windows: Ctrl-C, Ctrl-Break, the console
 * closed) */
void	 plat_stop_wait(void);
/* url (ASCII) in the user's default browser, without waiting for it;
 * 0, or -1 when none could be started */
int	 plat_open_url(const char *url);

#endif
