/* SPDX-License-Identifier: ISC */
/*
 * scratch.h - for the fuzz targets whose code under test reads a file
 * by name (ttf.c, image.c): one file per process, on tmpfs when there
 * is one, removed at exit.
 */
#ifndef NASKAH_FUZZ_SCRATCH_H
#define NASKAH_FUZZ_SCRATCH_H

#include <stddef.h>
#include <stdint.h>

#include <hpdf.h>

/* Write data to the process's scratch file; returns its path. */
const char	*scratch_write(const char *suffix, const uint8_t *data,
		    size_t size);

/* libharu's error handler for these targets: sets the int at ctx. */
void		 scratch_hpdf_error(HPDF_STATUS err, HPDF_STATUS detail,
		    void *ctx);

/* libFuzzer's (and replay.c's) start-up hook: nothing to set up. */
int		 LLVMFuzzerInitialize(int *argc, char ***argv);

#endif
