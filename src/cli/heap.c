/* SPDX-License-Identifier: ISC */
/*
 * heap.c - how the command line's process holds its memory.  The
 * library leaves malloc alone; these are the program's choices, made
 * by measurement (issue 12), for glibc on Linux and nothing elsewhere.
 */
#define _DEFAULT_SOURCE	/* sbrk, madvise */
#include <stdint.h>
#include <stdlib.h>
#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

#include "cli/cli.h"

#if defined(__GLIBC__) && defined(__linux__)
/* The heap malloc starts with, and the size of a huge page. */
#ifndef HEAP_START
#define HEAP_START	(8UL << 20)
#endif
#define HUGE_PAGE	(2UL << 20)
#endif

/*
 * Keep what is freed: glibc's malloc gives the top of the heap back to
 * the system whenever 128 KiB of it is free, and maps large blocks
 * afresh each time, so that every document of a batch (render -d)
 * faults its memory in again: 88 page faults a document, a tenth of
 * its CPU.  The process then holds at most its peak, which it reached
 * anyway.
 *
 * And fault the heap in by huge pages: a page fault costs about 12 us
 * of CPU on a virtual machine (a program touching 2 048 pages: 27 ms;
 * the same pages as transparent huge pages: 0.1 ms), and a decree
 * touches some 900 pages of heap.  The heap's first HEAP_START bytes
 * are taken at once and its first whole huge page marked for one
 * (MADV_HUGEPAGE, the kernel's "madvise" mode): every document fills
 * it, so it costs no memory a 4 KiB page would not; marking the whole
 * heap made a partly used huge page resident too (decree: peak RSS up
 * to 8.1 MiB against 7.3 with one, for the same CPU).  Where the
 * kernel has no huge pages the advice is ignored.  A page of the
 * range touched before the advice (a chunk header) makes the kernel
 * map the whole range by 4 KiB pages: the block that makes the heap
 * grow is sized so that no header falls in it.
 */
void
cli_heap_tune(void)
{
#if defined(__GLIBC__) && defined(__linux__)
	char *lo, *hi;
	void *p;

	mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
	mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);	/* glibc's maximum */
	mallopt(M_TOP_PAD, HEAP_START);
	/* one byte more than the top of the heap holds: the heap grows by
	 * HEAP_START, even where libc's start-up has begun it (a static
	 * program's has), and the next chunk header lands where the top
	 * ended, below the first huge page after p unless that top
	 * crossed one (then the page is mapped by 4 KiB pages: no gain,
	 * no harm) */
	if ((p = malloc(mallinfo2().keepcost + 1)) == NULL)
		return;
	lo = (char *)(((uintptr_t)p + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1));
	hi = sbrk(0);
	if (hi != (char *)-1 && hi >= lo + HUGE_PAGE)
		(void)madvise(lo, HUGE_PAGE, MADV_HUGEPAGE);
	free(p);
#endif
}
