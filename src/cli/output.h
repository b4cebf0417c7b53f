/* SPDX-License-Identifier: ISC */
/*
 * output.h - where the command line puts a PDF: the output-file policy,
 * kept out of the render stage, which only hands bytes to a sink.
 *
 *   "-"                  standard output (also /dev/stdout, /dev/fd/1 or
 *                        a /proc name of the file standard output is)
 *   not a regular file   a device, a FIFO: written in place, never
 *                        replaced by another file
 *   a regular file, or none yet (through symlinks: the file they name)
 *                        written to a temporary file in its directory,
 *                        synced, then renamed over it: a failure, a kill
 *                        or a full disk leaves the previous file whole
 *
 * The temporary file is named ".nskHHHHHHHH.XXXXXX" (HHHHHHHH: a hash
 * of the output's name, XXXXXX: random), so its name is short whatever
 * the output's.  While it is written its writer holds an flock on it;
 * SIGHUP, SIGINT and SIGTERM remove it.  A later run writing the same
 * output removes the ones whose writer is gone (SIGKILL, power loss):
 * those of its name, of its owner, that nobody holds locked.
 */
#ifndef NASKAH_OUTPUT_H
#define NASKAH_OUTPUT_H

#include <stddef.h>

#include "naskah.h"
#include "cli/cli.h"

struct output;

/*
 * Where the PDF of input goes: out1 (-o), else "-" for standard input,
 * else input's name with .pdf for .yaml or .yml, in outdir (-d) when
 * given.  Caller frees.
 */
char		*output_name(const char *input, const char *out1,
		    const char *outdir);
/*
 * Layout l as a PDF at out, by the rules above, unless out is one of
 * the files it is made from (naskah_layout_input): a usage error then.
 * Messages name file.  Returns 1 when the PDF was written, else 0
 * after reporting why not.
 */
int		 output_pdf(struct naskah *ctx, const struct naskah_layout *l,
		    const char *out, struct cli_say *say, const char *file);

/*
 * Is out one of the files in[0..n) (the same file, through links; or,
 * when out does not exist, the same name in the same directory in
 * another case)?  Then report a usage error naming both and return 1.
 */
int		 output_is_input(const char *out, const char *const *in,
		    size_t n, struct cli_say *say, const char *file);
/* Ready out for writing; NULL after reporting why it cannot be. */
struct output	*output_open(const char *out, struct cli_say *say,
		    const char *file);
/* The sink (a naskah_write_fn): 0, or -1 after the first failure. */
int		 output_write(void *o, const void *buf, size_t len);
/*
 * Finish o and free it: with ok, put what was written in place; else
 * (or on a failure) remove the temporary file and leave the output as
 * it was.  Write failures are reported naming the output.  Returns 1
 * when the output was written.
 */
int		 output_close(struct output *o, int ok, struct cli_say *say,
		    const char *file);

/*
 * From now on, sync the directory of a renamed output once, in
 * output_dirs_sync, not after each rename: each PDF is still synced
 * before it is renamed over the output (a crash leaves the old file or
 * the whole new one under its name, never a part), only the renames'
 * reaching the disk waits for the end of the batch.  (A batch of 300
 * into one directory: 300 directory syncs fewer, 1.2 ms of wall time a
 * document here, see issue 12.)  With several outputs, also clean
 * each directory of stale temporary files once, of every output's
 * (one scan per output would make a batch quadratic), where a single
 * output removes only its own.
 */
void		 output_dirs_defer(int several);
/* Sync the directories of the renames since output_dirs_defer, each
 * once, and stop deferring; returns 0 after reporting a failure (the
 * directory named), else 1. */
int		 output_dirs_sync(struct cli_say *say);

#endif
