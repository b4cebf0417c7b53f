/* SPDX-License-Identifier: ISC */
/*
 * plat_posix.c - plat.h on POSIX systems: /dev/urandom, sysconf,
 * sigwait on signals blocked in every thread, xdg-open.
 */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdint.h>
#include <sys/types.h>
#include <sys/wait.h>
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

/* A thread of its own that waits for child arg (a pid) to end, so that
 * it does not stay a zombie while the server runs. */
static void *
reap(void *arg)
{
	pid_t pid = (pid_t)(intptr_t)arg;

	while (waitpid(pid, NULL, 0) == -1 && errno == EINTR)
		;
	return NULL;
}

/* xdg-open, found on PATH, run directly (no shell), its output to
 * /dev/null, with the signals the server blocks unblocked and SIGPIPE,
 * which it ignores, at its default (the browser it starts inherits
 * them); waited for by a detached thread (the server's do not wait:
 * they serve), or, where no thread can be made, left a zombie until
 * serve ends */
int
plat_open_url(const char *url)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t sa;
	pthread_attr_t at;
	pthread_t t;
	sigset_t none, def;
	char *argv[3];
	pid_t pid;
	int r;

	argv[0] = (char *)"xdg-open";
	argv[1] = (char *)url;
	argv[2] = NULL;
	if (posix_spawn_file_actions_init(&fa) != 0)
		return -1;
	if (posix_spawnattr_init(&sa) != 0) {
		posix_spawn_file_actions_destroy(&fa);
		return -1;
	}
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	sigemptyset(&none);
	sigemptyset(&def);
	sigaddset(&def, SIGPIPE);
	posix_spawnattr_setsigmask(&sa, &none);
	posix_spawnattr_setsigdefault(&sa, &def);
	posix_spawnattr_setflags(&sa, POSIX_SPAWN_SETSIGMASK |
	    POSIX_SPAWN_SETSIGDEF);
	r = posix_spawnp(&pid, "xdg-open", &fa, &sa, argv, environ);
	posix_spawnattr_destroy(&sa);
	posix_spawn_file_actions_destroy(&fa);
	if (r != 0)
		return -1;
	if (pthread_attr_init(&at) == 0) {
		pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
		(void)pthread_create(&t, &at, reap, (void *)(intptr_t)pid);
		pthread_attr_destroy(&at);
	}
	return 0;
}
