/* SPDX-License-Identifier: ISC */
/*
 * watch.h - naskah render --watch (issue 16): render a file again
 * after every save of it or of a file its last render read (what it
 * includes, its templates, fonts and pictures).
 *
 * Editors save by writing the file in place or by writing a new file
 * and renaming it over the old one, which a watch on the old file's
 * inode misses; so the directories of the files are watched and the
 * files are picked out of their changes by name.  A backend does the
 * waiting: watch_linux with inotify(7), watch_poll anywhere by
 * comparing each file's modification time, size and inode once a
 * second (the one used where inotify is missing, or with
 * NASKAH_WATCH=poll).  A Windows port adds a third, on
 * ReadDirectoryChangesW.
 */
#ifndef NASKAH_WATCH_H
#define NASKAH_WATCH_H

#include <stddef.h>

#include "cli/cli.h"

/* The names of the files a render read (copies, each kept once). */
struct watch_files {
	char	**v;
	size_t	  n;
	size_t	  cap;
};

/* Add path to f, unless it is the one added last (sorted out later). */
void	 watch_files_add(struct watch_files *f, const char *path);

/*
 * One render of the watched file, with its messages, and one line
 * saying what came of it: into read the files it read, as far as it
 * got (naskah_layout_input, and the files its messages are about).
 * Returns 1 when read holds all it needs (it was laid out), else 0.
 */
typedef int	(*watch_render_fn)(void *arg, struct watch_files *read);

/*
 * Render (render(arg, ...)) now, and again after each change of input
 * or of a file the last render read (a burst of changes within 100 ms
 * of each other is one change), until SIGINT, SIGTERM or SIGHUP,
 * which a render in progress finishes first.  After a render that was
 * not laid out, the files watched before stay watched (with the ones
 * it read).  Returns the exit
 * status: 0 when a signal ended it, 3 after reporting that waiting
 * failed.
 */
int	 watch_run(const char *input, watch_render_fn render, void *arg,
	    struct cli_say *say);

#endif
