/* SPDX-License-Identifier: ISC */
/*
 * runstat - run one command and append what it cost to a file.
 *
 *	runstat FILE [-C DIR] COMMAND [ARG...]
 *
 * Runs COMMAND (in DIR when given), waits for it and appends one line
 * "STATUS CPU_US WALL_US MAXRSS_KIB" to FILE: its exit status (128+N
 * when signal N ended it, 127 when it could not be started), its user
 * plus system CPU time and the wall time from fork to reaping, in
 * microseconds, and its peak resident set (ru_maxrss of wait4, which
 * the kernel counts in microsecond-precise CPU, unlike /usr/bin/time's
 * 10 ms figures).  Exits with the command's status, or 127 when FILE
 * cannot be written.
 */
#define _DEFAULT_SOURCE	/* wait4 */
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static long long
usec(struct timeval tv)
{
	return (long long)tv.tv_sec * 1000000 + tv.tv_usec;
}

int
main(int argc, char **argv)
{
	struct timespec t0, t1;
	struct rusage ru;
	const char *dir = NULL;
	FILE *f;
	pid_t pid;
	int st, rc, i = 2;

	if (argc > 3 && strcmp(argv[2], "-C") == 0) {
		dir = argv[3];
		i = 4;
	}
	if (argc <= i) {
		fprintf(stderr, "usage: runstat FILE [-C DIR] COMMAND [ARG...]\n");
		return 127;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid = fork();
	if (pid == -1) {
		perror("runstat: fork");
		return 127;
	}
	if (pid == 0) {
		if (dir != NULL && chdir(dir) == -1) {
			fprintf(stderr, "runstat: %s: %s\n", dir, strerror(errno));
			_exit(127);
		}
		execvp(argv[i], argv + i);
		fprintf(stderr, "runstat: %s: %s\n", argv[i], strerror(errno));
		_exit(127);
	}
	while (wait4(pid, &st, 0, &ru) == -1)
		if (errno != EINTR) {
			perror("runstat: wait4");
			return 127;
		}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	rc = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	f = fopen(argv[1], "a");
	if (f == NULL) {
		perror(argv[1]);
		return 127;
	}
	fprintf(f, "%d %lld %lld %ld\n", rc,
	    usec(ru.ru_utime) + usec(ru.ru_stime),
	    ((long long)t1.tv_sec - t0.tv_sec) * 1000000 +
	    (t1.tv_nsec - t0.tv_nsec) / 1000, ru.ru_maxrss);
	if (fclose(f) != 0) {
		perror(argv[1]);
		return 127;
	}
	return rc;
}
