/* SPDX-License-Identifier: ISC */
/*
 * plat_posix.c - plat.h on POSIX systems: /dev/urandom, sysconf,
 * sigwait on signals blocked in every thread, xdg-open.
 */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/types.h>
#include <unistd.h>

#include "serve/plat.h"

extern char **environ;

int
plat_random(unsigned char *r, size_t n)
{
	ssize_t got;
	int fd;

	if ((fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC)) < 0)
		return -1;
	got = read(fd, r, n);
	close(fd);
	return got == (ssize_t)n ? 0 : -1;
}

long
plat_ncpu(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n;
}

static void
stop_set(sigset_t *set)
{
	sigemptyset(set);
	sigaddset(set, SIGINT);
	sigaddset(set, SIGTERM);
}

int
plat_stop_prepare(void)
{
	sigset_t set;

	signal(SIGPIPE, SIG_IGN);
	stop_set(&set);
	/* the daemon's threads inherit the mask */
	return pthread_sigmask(SIG_BLOCK, &set, NULL) == 0 ? 0 : -1;
}

void
plat_stop_wait(void)
{
	sigset_t set;
	int sig;

	stop_set(&set);
	while (sigwait(&set, &sig) != 0)
		;
}

/* xdg-open, found on PATH, run directly (no shell), its output to
 * /dev/null; not waited for: a SIGCHLD left at its default reaps
 * nothing, so the one child stays a zombie until serve ends */
int
plat_open_url(const char *url)
{
	posix_spawn_file_actions_t fa;
	char *argv[3];
	pid_t pid;
	int r;

	argv[0] = (char *)"xdg-open";
	argv[1] = (char *)url;
	argv[2] = NULL;
	if (posix_spawn_file_actions_init(&fa) != 0)
		return -1;
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	r = posix_spawnp(&pid, "xdg-open", &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	return r == 0 ? 0 : -1;
}
