/* SPDX-License-Identifier: ISC */
/*
 * watch_none.c - watch.h in a naskah built without --watch: naskah.exe
 * (issue 18; its wait for a change is POSIX's pselect and Linux's
 * inotify).  watch_run says so and renders nothing, so no render ever
 * asks watch_files_add for the files it read.
 */
#include "cli/watch.h"

void
watch_files_add(struct watch_files *f, const char *path)
{
	(void)f;
	(void)path;
}

int
watch_run(const char *input, watch_render_fn render, void *arg,
    struct cli_say *say)
{
	(void)render;
	(void)arg;
	cli_say(say, NASKAH_SYSTEM, input, CM_WATCH_NONE);
	return 3;
}
