/* SPDX-License-Identifier: ISC */
/*
 * win32.c - base/win32.h's functions: POSIX's file calls on the wide
 * Windows API, UTF-8 paths (naskah.exe only, issue 18).
 */
#ifdef _WIN32
#include <windows.h>
#include <shellapi.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>

#include "base/win32.h"

/* here the C library's own */
#undef fstat
#undef opendir
#undef readdir
#undef closedir
#undef DIR
#undef dirent
#undef chdir
#undef mkdir

/* path in UTF-16, malloc'd; NULL with errno set */
static wchar_t *
wide(const char *path)
{
	wchar_t *w;
	int n;

	n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, path, -1,
	    NULL, 0);
	if (n <= 0 || (w = malloc((size_t)n * sizeof(*w))) == NULL) {
		errno = n <= 0 ? ENOENT : ENOMEM;
		return NULL;
	}
	MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, path, -1, w, n);
	return w;
}

/* w in UTF-8, malloc'd */
static char *
narrow(const wchar_t *w)
{
	char *s;
	int n;

	n = WideCharToMultiByte(CP_UTF8, 0, w, -1, NULL, 0, NULL, NULL);
	if (n <= 0 || (s = malloc((size_t)n)) == NULL) {
		errno = ENOMEM;
		return NULL;
	}
	WideCharToMultiByte(CP_UTF8, 0, w, -1, s, n, NULL, NULL);
	return s;
}

static int
errno_of(DWORD e)
{
	switch (e) {
	case ERROR_FILE_NOT_FOUND: case ERROR_PATH_NOT_FOUND:
	case ERROR_INVALID_DRIVE: case ERROR_BAD_NETPATH:
		return ENOENT;
	case ERROR_ACCESS_DENIED: case ERROR_SHARING_VIOLATION:
	case ERROR_LOCK_VIOLATION: case ERROR_WRITE_PROTECT:
		return EACCES;
	case ERROR_FILE_EXISTS: case ERROR_ALREADY_EXISTS:
		return EEXIST;
	case ERROR_INVALID_NAME: case ERROR_BAD_PATHNAME:
	case ERROR_DIRECTORY:
		return EINVAL;
	case ERROR_FILENAME_EXCED_RANGE:
		return ENAMETOOLONG;
	case ERROR_DISK_FULL: case ERROR_HANDLE_DISK_FULL:
		return ENOSPC;
	case ERROR_NOT_ENOUGH_MEMORY: case ERROR_OUTOFMEMORY:
		return ENOMEM;
	default:
		return EIO;
	}
}

int
naskah_win_open(const char *path, int flags, ...)
{
	DWORD access, disp;
	wchar_t *w;
	HANDLE h;
	int fd;

	switch (flags & (O_RDONLY | O_WRONLY | O_RDWR)) {
	case O_WRONLY: access = GENERIC_WRITE; break;
	case O_RDWR: access = GENERIC_READ | GENERIC_WRITE; break;
	default: access = GENERIC_READ; break;
	}
	if ((flags & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL))
		disp = CREATE_NEW;
	else if ((flags & (O_CREAT | O_TRUNC)) == (O_CREAT | O_TRUNC))
		disp = CREATE_ALWAYS;
	else if (flags & O_CREAT)
		disp = OPEN_ALWAYS;
	else if (flags & O_TRUNC)
		disp = TRUNCATE_EXISTING;
	else
		disp = OPEN_EXISTING;
	if ((w = wide(path)) == NULL)
		return -1;
	h = CreateFileW(w, access, FILE_SHARE_READ | FILE_SHARE_WRITE |
	    FILE_SHARE_DELETE, NULL, disp, FILE_ATTRIBUTE_NORMAL, NULL);
	free(w);
	if (h == INVALID_HANDLE_VALUE) {
		errno = errno_of(GetLastError());
		return -1;
	}
	fd = _open_osfhandle((intptr_t)h, (flags & (O_APPEND | O_RDONLY |
	    O_WRONLY | O_RDWR | _O_NOINHERIT)) | O_BINARY);
	if (fd < 0)
		CloseHandle(h);
	return fd;
}

FILE *
naskah_win_fopen(const char *path, const char *mode)
{
	int flags, fd;
	FILE *f;

	switch (mode[0]) {
	case 'w': flags = O_CREAT | O_TRUNC; break;
	case 'a': flags = O_CREAT | O_APPEND; break;
	default: flags = 0; break;
	}
	flags |= strchr(mode, '+') != NULL ? O_RDWR :
	    mode[0] == 'r' ? O_RDONLY : O_WRONLY;
	if ((fd = naskah_win_open(path, flags)) < 0)
		return NULL;
	if ((f = _fdopen(fd, mode)) == NULL)
		_close(fd);
	return f;
}

/* st from the open handle h (a disk file's identity and times) */
static int
stat_handle(HANDLE h, struct stat *st)
{
	BY_HANDLE_FILE_INFORMATION fi;
	uint64_t idx, t;

	if (!GetFileInformationByHandle(h, &fi)) {
		errno = errno_of(GetLastError());
		return -1;
	}
	memset(st, 0, sizeof(*st));
	idx = (uint64_t)fi.nFileIndexHigh << 32 | fi.nFileIndexLow;
	/* st_ino is 16 bits here: the index's next 32 go into st_dev */
	st->st_ino = (_ino_t)(idx & 0xffff);
	st->st_dev = (_dev_t)(fi.dwVolumeSerialNumber ^ (uint32_t)(idx >> 16));
	st->st_mode = (fi.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) ?
	    _S_IFDIR | 0755 : _S_IFREG | 0644;
	if (fi.dwFileAttributes & FILE_ATTRIBUTE_READONLY)
		st->st_mode &= ~0222;
	st->st_nlink = (short)fi.nNumberOfLinks;
	st->st_size = (_off_t)((uint64_t)fi.nFileSizeHigh << 32 |
	    fi.nFileSizeLow);
	t = (uint64_t)fi.ftLastWriteTime.dwHighDateTime << 32 |
	    fi.ftLastWriteTime.dwLowDateTime;
	st->st_mtime = (time_t)(t / 10000000 - 11644473600ULL);
	st->st_atime = st->st_ctime = st->st_mtime;
	return 0;
}

int
naskah_win_stat(const char *path, struct stat *st)
{
	wchar_t *w;
	HANDLE h;
	DWORD type;
	int r;

	if ((w = wide(path)) == NULL)
		return -1;
	h = CreateFileW(w, FILE_READ_ATTRIBUTES, FILE_SHARE_READ |
	    FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL, OPEN_EXISTING,
	    FILE_FLAG_BACKUP_SEMANTICS, NULL);
	free(w);
	if (h == INVALID_HANDLE_VALUE) {
		errno = errno_of(GetLastError());
		return -1;
	}
	type = GetFileType(h);
	if (type == FILE_TYPE_DISK)
		r = stat_handle(h, st);
	else {
		memset(st, 0, sizeof(*st));
		st->st_mode = type == FILE_TYPE_PIPE ? _S_IFIFO : _S_IFCHR;
		r = 0;
	}
	CloseHandle(h);
	return r;
}

int
naskah_win_fstat(int fd, struct stat *st)
{
	HANDLE h = (HANDLE)_get_osfhandle(fd);

	if (h == INVALID_HANDLE_VALUE) {
		errno = EBADF;
		return -1;
	}
	if (GetFileType(h) == FILE_TYPE_DISK)
		return stat_handle(h, st);
	return fstat(fd, st);	/* the C library's: a pipe, a console */
}

int
naskah_win_access(const char *path, int mode)
{
	wchar_t *w;
	int r;

	if ((w = wide(path)) == NULL)
		return -1;
	r = _waccess(w, mode & (R_OK | W_OK));	/* no X_OK here */
	free(w);
	return r;
}

int
naskah_win_unlink(const char *path)
{
	wchar_t *w;
	int r;

	if ((w = wide(path)) == NULL)
		return -1;
	r = DeleteFileW(w) ? 0 : -1;
	if (r != 0)
		errno = errno_of(GetLastError());
	free(w);
	return r;
}

int
naskah_win_rename(const char *from, const char *to)
{
	wchar_t *a, *b;
	int r = -1;

	a = wide(from);
	b = wide(to);
	if (a != NULL && b != NULL) {
		r = MoveFileExW(a, b, MOVEFILE_REPLACE_EXISTING |
		    MOVEFILE_WRITE_THROUGH) ? 0 : -1;
		if (r != 0)
			errno = errno_of(GetLastError());
	}
	free(a);
	free(b);
	return r;
}

/* The absolute name of an existing file, with '/' between its parts
 * (naskah compares paths by '/'); in resolved (PATH_MAX bytes) or
 * malloc'd when resolved is NULL. */
char *
naskah_win_realpath(const char *path, char *resolved)
{
	struct stat st;
	wchar_t *w, *full;
	char *s, *p;
	DWORD n;

	if (naskah_win_stat(path, &st) != 0 || (w = wide(path)) == NULL)
		return NULL;
	n = GetFullPathNameW(w, 0, NULL, NULL);
	if (n == 0 || (full = malloc(n * sizeof(*full))) == NULL) {
		free(w);
		errno = n == 0 ? ENOENT : ENOMEM;
		return NULL;
	}
	GetFullPathNameW(w, n, full, NULL);
	free(w);
	s = narrow(full);
	free(full);
	if (s == NULL)
		return NULL;
	for (p = s; *p != '\0'; p++)
		if (*p == '\\')
			*p = '/';
	if (resolved == NULL)
		return s;
	if (strlen(s) >= PATH_MAX) {
		free(s);
		errno = ENAMETOOLONG;
		return NULL;
	}
	strcpy(resolved, s);
	free(s);
	return resolved;
}

/* Only /proc/self/exe: the program's own name, '/' between its parts */
long
naskah_win_readlink(const char *path, char *buf, size_t len)
{
	wchar_t exe[32768];
	char *s, *p;
	size_t n;

	if (strcmp(path, "/proc/self/exe") != 0) {
		errno = EINVAL;
		return -1;
	}
	n = GetModuleFileNameW(NULL, exe, sizeof(exe) / sizeof(exe[0]));
	if (n == 0 || n >= sizeof(exe) / sizeof(exe[0]) ||
	    (s = narrow(exe)) == NULL) {
		errno = ENAMETOOLONG;
		return -1;
	}
	for (p = s; *p != '\0'; p++)
		if (*p == '\\')
			*p = '/';
	n = strlen(s);
	if (n > len) {
		free(s);
		errno = ENAMETOOLONG;
		return -1;
	}
	memcpy(buf, s, n);
	free(s);
	return (long)n;
}

int
naskah_win_mkstemp(char *tmpl)
{
	static const char set[] = "abcdefghijklmnopqrstuvwxyz0123456789";
	size_t n = strlen(tmpl), i;
	LARGE_INTEGER c;
	uint64_t x;
	int tries, fd;

	if (n < 6 || strcmp(tmpl + n - 6, "XXXXXX") != 0) {
		errno = EINVAL;
		return -1;
	}
	QueryPerformanceCounter(&c);
	x = (uint64_t)c.QuadPart ^ (uint64_t)GetCurrentProcessId() << 32;
	for (tries = 0; tries < 100; tries++) {
		for (i = 0; i < 6; i++) {
			x = x * 6364136223846793005ULL + 1442695040888963407ULL;
			tmpl[n - 6 + i] = set[(x >> 33) % (sizeof(set) - 1)];
		}
		fd = naskah_win_open(tmpl, O_RDWR | O_CREAT | O_EXCL);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	return -1;
}

/* A directory's entries through FindFirstFileW and FindNextFileW, each
 * name in UTF-8 (one that does not fit d_name is left out). */
struct naskah_win_dir {
	HANDLE		 h;
	WIN32_FIND_DATAW fd;
	int		 first;		/* fd holds an entry not yet read */
	struct naskah_win_dirent e;
};

naskah_win_DIR *
naskah_win_opendir(const char *path)
{
	naskah_win_DIR *d;
	wchar_t *w, *pat;
	size_t n;

	if ((w = wide(path)) == NULL)
		return NULL;
	n = wcslen(w);
	if ((pat = malloc((n + 3) * sizeof(*pat))) == NULL ||
	    (d = calloc(1, sizeof(*d))) == NULL) {
		free(pat);
		free(w);
		errno = ENOMEM;
		return NULL;
	}
	memcpy(pat, w, n * sizeof(*pat));
	if (n > 0 && w[n - 1] != L'/' && w[n - 1] != L'\\')
		pat[n++] = L'\\';
	pat[n++] = L'*';
	pat[n] = 0;
	d->h = FindFirstFileW(pat, &d->fd);
	free(pat);
	free(w);
	if (d->h == INVALID_HANDLE_VALUE) {
		errno = errno_of(GetLastError());
		free(d);
		return NULL;
	}
	d->first = 1;
	return d;
}

struct naskah_win_dirent *
naskah_win_readdir(naskah_win_DIR *d)
{
	for (;;) {
		if (!d->first && !FindNextFileW(d->h, &d->fd))
			return NULL;
		d->first = 0;
		if (WideCharToMultiByte(CP_UTF8, 0, d->fd.cFileName, -1,
		    d->e.d_name, (int)sizeof(d->e.d_name), NULL, NULL) > 0)
			return &d->e;
	}
}

int
naskah_win_closedir(naskah_win_DIR *d)
{
	if (d != NULL) {
		FindClose(d->h);
		free(d);
	}
	return 0;
}

/* fn (a C library call on a wide path) on path in UTF-16 */
static int
wide_call(const char *path, int (*fn)(const wchar_t *))
{
	wchar_t *w;
	int r;

	if ((w = wide(path)) == NULL)
		return -1;
	r = fn(w);
	free(w);
	return r;
}

int
naskah_win_chdir(const char *path)
{
	return wide_call(path, _wchdir);
}

int
naskah_win_mkdir(const char *path)
{
	return wide_call(path, _wmkdir);
}

long
naskah_win_pread(int fd, void *buf, size_t len, long off)
{
	HANDLE h = (HANDLE)_get_osfhandle(fd);
	OVERLAPPED ov;
	DWORD got;

	memset(&ov, 0, sizeof(ov));
	ov.Offset = (DWORD)off;
	if (len > 0x7fffffff)
		len = 0x7fffffff;
	if (!ReadFile(h, buf, (DWORD)len, &got, &ov)) {
		if (GetLastError() == ERROR_HANDLE_EOF)
			return 0;
		errno = EIO;
		return -1;
	}
	return (long)got;
}

/* A read-only stream of buf: a temporary file with its bytes, in the
 * user's temporary folder (not tmpfile()'s root of the drive, which a
 * user may not write to), gone when closed */
FILE *
naskah_win_fmemopen(void *buf, size_t len, const char *mode)
{
	wchar_t dir[MAX_PATH + 1], name[MAX_PATH + 1];
	HANDLE h;
	FILE *f;
	int fd;

	if (mode[0] != 'r' || GetTempPathW(MAX_PATH + 1, dir) == 0 ||
	    GetTempFileNameW(dir, L"nsk", 0, name) == 0)
		return NULL;
	h = CreateFileW(name, GENERIC_READ | GENERIC_WRITE, 0, NULL,
	    CREATE_ALWAYS, FILE_ATTRIBUTE_TEMPORARY |
	    FILE_FLAG_DELETE_ON_CLOSE, NULL);
	if (h == INVALID_HANDLE_VALUE) {
		DeleteFileW(name);
		return NULL;
	}
	if ((fd = _open_osfhandle((intptr_t)h, O_RDWR | O_BINARY)) < 0) {
		CloseHandle(h);
		return NULL;
	}
	if ((f = _fdopen(fd, "w+b")) == NULL) {
		_close(fd);
		return NULL;
	}
	if (fwrite(buf, 1, len, f) != len || fseek(f, 0, SEEK_SET) != 0) {
		fclose(f);
		return NULL;
	}
	return f;
}

int
naskah_win_isatty(int fd)
{
	HANDLE h = (HANDLE)_get_osfhandle(fd);
	DWORD mode;

	return h != INVALID_HANDLE_VALUE && GetConsoleMode(h, &mode);
}

int
naskah_win_sigaction(int sig, const struct sigaction *sa,
    struct sigaction *old)
{
	void (*prev)(int);

	if (sig == SIGHUP) {
		errno = EINVAL;
		return -1;
	}
	if (sa == NULL) {	/* ask: set the default, then put it back */
		prev = signal(sig, SIG_DFL);
		if (prev == SIG_ERR)
			return -1;
		signal(sig, prev);
	} else if ((prev = signal(sig, sa->sa_handler)) == SIG_ERR)
		return -1;
	if (old != NULL) {
		memset(old, 0, sizeof(*old));
		old->sa_handler = prev;
	}
	return 0;
}

char *
naskah_win_getenv(const char *name)
{
	wchar_t *wn, *w;
	char *s = NULL;
	DWORD n;

	if ((wn = wide(name)) == NULL)
		return NULL;
	/* the size asked, then the value: it may change in between */
	n = GetEnvironmentVariableW(wn, NULL, 0);
	if (n > 0 && (w = malloc((size_t)n * sizeof(*w))) != NULL) {
		if (GetEnvironmentVariableW(wn, w, n) < n)
			s = narrow(w);
		free(w);
	}
	free(wn);
	return s;
}

/* The command line as Windows has it (UTF-16), in UTF-8; the console
 * set to print UTF-8, the standard streams binary, stderr unbuffered.  Once, at the
 * start; the strings live as long as the program. */
int
naskah_win_args(int *argc, char ***argv)
{
	wchar_t **wv;
	char **v;
	int n, i;

	SetConsoleOutputCP(CP_UTF8);
	/* standard error unbuffered, as C asks (msvcrt's is buffered
	 * when it is a file or a pipe: --watch's lines came late) */
	setvbuf(stderr, NULL, _IONBF, 0);
	_fmode = _O_BINARY;
	_setmode(0, _O_BINARY);
	_setmode(1, _O_BINARY);
	_setmode(2, _O_BINARY);
	if ((wv = CommandLineToArgvW(GetCommandLineW(), &n)) == NULL)
		return -1;
	if ((v = calloc((size_t)n + 1, sizeof(*v))) == NULL)
		return -1;
	for (i = 0; i < n; i++)
		if ((v[i] = narrow(wv[i])) == NULL)
			return -1;
	LocalFree(wv);
	*argc = n;
	*argv = v;
	return 0;
}
#endif
