/* SPDX-License-Identifier: ISC */
/*
 * plat_win.c - plat.h in naskah.exe (issue 18): BCryptGenRandom, the
 * NUMBER_OF_PROCESSORS Windows sets, the console's control events,
 * ShellExecute for the browser.
 */
#ifdef _WIN32
#include <windows.h>
#include <bcrypt.h>
#include <shellapi.h>
#include <stdlib.h>

#include "serve/plat.h"

/* set by the console's handler, waited for by plat_stop_wait: the
 * one piece of state a control handler can reach, made once */
static HANDLE stop_event;

int
plat_random(unsigned char *r, size_t n)
{
	return BCRYPT_SUCCESS(BCryptGenRandom(NULL, r, (ULONG)n,
	    BCRYPT_USE_SYSTEM_PREFERRED_RNG)) ? 0 : -1;
}

long
plat_ncpu(void)
{
	const char *s = getenv("NUMBER_OF_PROCESSORS");
	long n = s != NULL ? strtol(s, NULL, 10) : 1;

	return n < 1 ? 1 : n;
}

static BOOL WINAPI
on_control(DWORD what)
{
	(void)what;	/* Ctrl-C, Ctrl-Break, close, logoff, shutdown */
	SetEvent(stop_event);
	return TRUE;
}

int
plat_stop_prepare(void)
{
	if (stop_event == NULL &&
	    (stop_event = CreateEventW(NULL, TRUE, FALSE, NULL)) == NULL)
		return -1;
	return SetConsoleCtrlHandler(on_control, TRUE) ? 0 : -1;
}

void
plat_stop_wait(void)
{
	WaitForSingleObject(stop_event, INFINITE);
}

int
plat_open_url(const char *url)
{
	/* above 32: started */
	return (INT_PTR)ShellExecuteA(NULL, "open", url, NULL, NULL,
	    SW_SHOWNORMAL) > 32 ? 0 : -1;
}
#endif
