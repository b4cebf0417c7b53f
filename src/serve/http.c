/* SPDX-License-Identifier: ISC */
/*
 * http.c - naskah serve's HTTP side with libmicrohttpd (serve.h): the
 * daemon and its limits, the checks every request passes (method,
 * Host, Origin, the token, the CSRF token, the body's size), the
 * page's files, the answers of api.c.  No shell is ever run.
 *
 * libmicrohttpd is loaded with dlopen when naskah serve starts, not
 * linked (naskah.exe links it: tools/windows-deps.sh builds it): linked, it and GnuTLS (which it needs) would be loaded and
 * initialised by every naskah render too, some 20 ms and 10 MiB of
 * address space a run for nothing.  Its header gives the types and
 * the functions' prototypes; mhd below holds the seven functions used,
 * set once before the daemon starts and only read afterwards.
 */
#define _XOPEN_SOURCE 700	/* realpath */
#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <dlfcn.h>
#include <netinet/in.h>
#include <sys/socket.h>
#define closesocket(s)	close(s)
#endif
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <microhttpd.h>

#include "base/xalloc.h"
#include "serve/plat.h"
#include "serve/serve.h"
#include "serve/serve_int.h"
#include "serve/web.h"

#ifdef _WIN32
static const char *
mhd_load(void)
{
	WSADATA wsa;

	return WSAStartup(MAKEWORD(2, 2), &wsa) == 0 ? NULL :
	    "WSAStartup";
}
#else
static struct {
	void			*lib;
	__typeof__(MHD_start_daemon)		*start_daemon;
	__typeof__(MHD_stop_daemon)		*stop_daemon;
	__typeof__(MHD_lookup_connection_value)	*lookup;
	__typeof__(MHD_create_response_from_buffer) *response;
	__typeof__(MHD_add_response_header)	*header;
	__typeof__(MHD_queue_response)		*queue;
	__typeof__(MHD_destroy_response)	*destroy;
} mhd;
/* from here on the names call through mhd */
#define MHD_start_daemon		(*mhd.start_daemon)
#define MHD_stop_daemon			(*mhd.stop_daemon)
#define MHD_lookup_connection_value	(*mhd.lookup)
#define MHD_create_response_from_buffer	(*mhd.response)
#define MHD_add_response_header		(*mhd.header)
#define MHD_queue_response		(*mhd.queue)
#define MHD_destroy_response		(*mhd.destroy)

/* Load libmicrohttpd into mhd; NULL, or what dlerror says. */
static const char *
mhd_load(void)
{
	static const char *const names[] = { "libmicrohttpd.so.12",
	    "libmicrohttpd.so" };
	size_t i;

	for (i = 0; i < 2 && mhd.lib == NULL; i++)
		mhd.lib = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
	if (mhd.lib == NULL)
		return dlerror();
#define SYM(f, name)	\
	if ((*(void **)&mhd.f = dlsym(mhd.lib, name)) == NULL) \
		return dlerror();
	SYM(start_daemon, "MHD_start_daemon")
	SYM(stop_daemon, "MHD_stop_daemon")
	SYM(lookup, "MHD_lookup_connection_value")
	SYM(response, "MHD_create_response_from_buffer")
	SYM(header, "MHD_add_response_header")
	SYM(queue, "MHD_queue_response")
	SYM(destroy, "MHD_destroy_response")
#undef SYM
	return NULL;
}
#endif

/* The daemon's limits: connections, seconds idle, worker threads. */
#define CONN_MAX	128
#define CONN_PER_IP	32	/* beyond loopback only */
#define CONN_TIMEOUT	30
#define THREADS		4

/* What a request carries between libmicrohttpd's calls. */
struct req {
	struct naskah_buf body;
	int		 refused;	/* an answer is queued already */
	int		 too_big;
};

/* The server, as the request handler sees it. */
struct http {
	struct server	 srv;
	char		*hosts[3];	/* Host values allowed; none: any */
	unsigned	 port;
	enum naskah_lang lang;
};

/* Equal strings, in a time that does not tell where they differ. */
static int
secret_eq(const char *a, const char *b)
{
	size_t n = strlen(b), i;
	unsigned char d = 0;

	if (a == NULL || strlen(a) != n)
		return 0;
	for (i = 0; i < n; i++)
		d |= (unsigned char)(a[i] ^ b[i]);
	return d == 0;
}

/* 32 hex digits from the system's random source into out; -1 when it
 * cannot. */
static int
secret_make(char out[40])
{
	unsigned char r[16];
	int i;

	if (plat_random(r, sizeof(r)) != 0)
		return -1;
	for (i = 0; i < 16; i++)
		snprintf(out + 2 * i, 3, "%02x", r[i]);
	return 0;
}

static enum MHD_Result answer_with(struct MHD_Connection *, unsigned,
    struct MHD_Response *, const char *, const char *, const char *);

static enum MHD_Result
answer(struct MHD_Connection *c, unsigned status, const char *type,
    void *body, size_t len, const char *cookie, const char *attachment)
{
	struct MHD_Response *rs;

	rs = MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
	if (rs == NULL) {
		free(body);
		return MHD_NO;
	}
	return answer_with(c, status, rs, type, cookie, attachment);
}

/* answer_with(c, status, rs, ...): rs sent with the headers every
 * answer has; rs is destroyed */
static enum MHD_Result
answer_with(struct MHD_Connection *c, unsigned status,
    struct MHD_Response *rs, const char *type, const char *cookie,
    const char *attachment)
{
	enum MHD_Result ok;
	char *disp;

	MHD_add_response_header(rs, "Content-Type", type);
	MHD_add_response_header(rs, "Cache-Control", "no-store");
	MHD_add_response_header(rs, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(rs, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(rs, "Content-Security-Policy",
	    "default-src 'self'; frame-src 'self' blob:; object-src 'self' "
	    "blob:; frame-ancestors 'self'; form-action 'none'");
	if (cookie != NULL)
		MHD_add_response_header(rs, "Set-Cookie", cookie);
	if (attachment != NULL) {
		disp = xasprintf("attachment; filename=\"%s\"", attachment);
		MHD_add_response_header(rs, "Content-Disposition", disp);
		free(disp);
	}
	ok = MHD_queue_response(c, status, rs);
	MHD_destroy_response(rs);
	return ok;
}

/* A refusal: {"error": words}. */
static enum MHD_Result
refuse(struct MHD_Connection *c, unsigned status, const char *words)
{
	struct naskah_buf b = { NULL, 0, 0 };

	buf_adds(&b, "{\"error\": ");
	json_str(&b, words);
	buf_adds(&b, "}\n");
	return answer(c, status, "application/json; charset=utf-8", b.s,
	    b.len, NULL, NULL);
}

static const char *
header(struct MHD_Connection *c, const char *name)
{
	return MHD_lookup_connection_value(c, MHD_HEADER_KIND, name);
}

/* The token a request carries, in any of the ways it may. */
static const char *
token_of(struct MHD_Connection *c)
{
	const char *t = header(c, "Authorization");

	if (t != NULL && strncmp(t, "Bearer ", 7) == 0)
		return t + 7;
	if ((t = header(c, "X-Naskah-Token")) != NULL)
		return t;
	if ((t = MHD_lookup_connection_value(c, MHD_COOKIE_KIND,
	    "naskah_token")) != NULL)
		return t;
	return MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "token");
}

/*
 * The checks before a request is read: its method, its Host (against
 * DNS rebinding), its Origin and Sec-Fetch-Site (cross-site requests),
 * the token, the CSRF token of a POST or PUT, its Content-Length.
 * Returns 0, or the status it is refused with (the answer queued).
 */
static unsigned
guard(struct http *h, struct MHD_Connection *c, const char *method)
{
	const char *host = header(c, "Host"), *v;
	int write = strcmp(method, "POST") == 0 || strcmp(method, "PUT") == 0;
	unsigned long long n;
	char *origin;
	int i, ok;

	if (!write && strcmp(method, "GET") != 0 &&
	    strcmp(method, "HEAD") != 0)
		return refuse(c, 405, "method not allowed"), 405;
	for (i = 0, ok = h->hosts[0] == NULL; i < 3 && h->hosts[i] != NULL;
	    i++)
		ok |= host != NULL && strcmp(host, h->hosts[i]) == 0;
	if (!ok || host == NULL)
		return refuse(c, 421, "Host not served here"), 421;
	if ((v = header(c, "Origin")) != NULL) {
		origin = xasprintf("http://%s", host);
		ok = strcmp(v, origin) == 0;
		free(origin);
		if (!ok)
			return refuse(c, 403, "cross-site request refused"), 403;
	}
	if ((v = header(c, "Sec-Fetch-Site")) != NULL &&
	    strcmp(v, "cross-site") == 0)
		return refuse(c, 403, "cross-site request refused"), 403;
	if (h->srv.token[0] != '\0' && !secret_eq(token_of(c), h->srv.token))
		return refuse(c, 401, "token required"), 401;
	if (write && !secret_eq(header(c, "X-Naskah-CSRF"), h->srv.csrf))
		return refuse(c, 403, "CSRF token missing or wrong"), 403;
	if ((v = header(c, "Content-Length")) != NULL &&
	    (sscanf(v, "%llu", &n) != 1 || n > SERVE_BODY_MAX))
		return refuse(c, 413, "request body too large"), 413;
	return 0;
}

/* One of the page's files; index.html with the CSRF token in it. */
static enum MHD_Result
page(struct http *h, struct MHD_Connection *c, const char *url)
{
	const struct serve_web *w = NULL;
	struct naskah_buf b = { NULL, 0, 0 };
	struct MHD_Response *rs;
	const char *p, *mark, *end, *q;
	char *cookie = NULL;
	enum MHD_Result r;
	size_t i;

	for (i = 0; i < serve_web_count; i++)
		if (strcmp(url, serve_web[i].path) == 0)
			w = &serve_web[i];
	if (w == NULL)
		return refuse(c, 404, "not found");
	if (w->gzip) {	/* pdf.js: stored compressed, sent as it is */
		rs = MHD_create_response_from_buffer(w->len, (void *)w->data,
		    MHD_RESPMEM_PERSISTENT);
		if (rs == NULL)
			return MHD_NO;
		MHD_add_response_header(rs, "Content-Encoding", "gzip");
		return answer_with(c, 200, rs, w->type, NULL, NULL);
	}
	p = (const char *)w->data;
	end = p + w->len;
	/* only the page itself ("/") carries the token */
	while (w->path[1] == '\0' &&
	    (mark = memchr(p, '@', (size_t)(end - p))) != NULL) {
		if ((size_t)(end - mark) >= 6 && memcmp(mark, "@CSRF@", 6) == 0) {
			buf_add(&b, p, (size_t)(mark - p));
			buf_adds(&b, h->srv.csrf);
			p = mark + 6;
		} else {
			buf_add(&b, p, (size_t)(mark + 1 - p));
			p = mark + 1;
		}
	}
	buf_add(&b, p, (size_t)(end - p));
	/* a token given in the address is kept in a cookie */
	if (h->srv.token[0] != '\0' && (q = MHD_lookup_connection_value(c,
	    MHD_GET_ARGUMENT_KIND, "token")) != NULL)
		cookie = xasprintf("naskah_token=%s; HttpOnly; "
		    "SameSite=Strict; Path=/", h->srv.token);
	r = answer(c, 200, w->type, b.s != NULL ? b.s : xstrdup(""), b.len,
	    cookie, NULL);
	free(cookie);
	return r;
}

static enum MHD_Result
on_request(void *cls, struct MHD_Connection *c, const char *url,
    const char *method, const char *version, const char *upload,
    size_t *upload_size, void **con_cls)
{
	struct http *h = cls;
	struct req *rq = *con_cls;
	struct api_req ar;
	struct api_ans a;

	(void)version;
	if (rq == NULL) {
		rq = xcalloc(1, sizeof(*rq));
		*con_cls = rq;
		rq->refused = guard(h, c, method) != 0;
		return MHD_YES;
	}
	if (*upload_size > 0) {
		if (!rq->refused && !rq->too_big &&
		    rq->body.len + *upload_size <= SERVE_BODY_MAX)
			buf_add(&rq->body, upload, *upload_size);
		else
			rq->too_big = 1;
		*upload_size = 0;
		return MHD_YES;
	}
	if (rq->refused)
		return MHD_YES;
	if (rq->too_big)
		return refuse(c, 413, "request body too large");
	if (strncmp(url, "/api/", 5) != 0)
		return page(h, c, url);
	memset(&ar, 0, sizeof(ar));
	memset(&a, 0, sizeof(a));
	ar.method = method;
	ar.url = url;
#define ARG(k)	MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, k)
	ar.path = ARG("path");
	ar.base = ARG("base");
	ar.id = ARG("id");
	ar.lang = ARG("lang");
	ar.jenis = ARG("jenis");	/* issue 16, new document */
	ar.asal = ARG("asal");
#undef ARG
	ar.body = rq->body.s != NULL ? rq->body.s : "";
	ar.len = rq->body.len;
	api_handle(&h->srv, &ar, &a);
	if (answer(c, a.status, a.type, a.body, a.len, NULL,
	    a.attachment) != MHD_YES) {
		free(a.attachment);
		return MHD_NO;
	}
	free(a.attachment);
	return MHD_YES;
}

static void
on_done(void *cls, struct MHD_Connection *c, void **con_cls,
    enum MHD_RequestTerminationCode why)
{
	struct req *rq = *con_cls;

	(void)cls;
	(void)c;
	(void)why;
	if (rq != NULL) {
		buf_free(&rq->body);
		free(rq);
	}
	*con_cls = NULL;
}

/* The server's own words (the library's messages have their own). */
enum say {
	SAY_OPEN, SAY_TOKEN, SAY_BIND, SAY_DIR, SAY_START, SAY_LIB,
	SAY_BROWSER, SAY__MAX
};
static const char *const say_words[SAY__MAX][NASKAH_LANG__MAX] = {
	[SAY_OPEN] = { "naskah serve: buka %s di peramban (Ctrl-C untuk "
	    "berhenti)\n", "naskah serve: open %s in a browser (Ctrl-C to "
	    "stop)\n" },
	[SAY_TOKEN] = { "naskah serve: token: %s (wajib pada setiap "
	    "permintaan)\n", "naskah serve: token: %s (required on every "
	    "request)\n" },
	[SAY_BIND] = { "naskah: error: --bind '%s' bukan alamat IPv4 atau "
	    "IPv6\n", "naskah: error: --bind '%s' is not an IPv4 or IPv6 "
	    "address\n" },
	[SAY_DIR] = { "naskah: error: '%s' bukan folder\n",
	    "naskah: error: '%s' is not a directory\n" },
	[SAY_START] = { "naskah: error: server tidak dapat dimulai di %s "
	    "port %u: %s\n", "naskah: error: cannot start the server on %s "
	    "port %u: %s\n" },
	[SAY_LIB] = { "naskah: error: libmicrohttpd tidak dapat dimuat "
	    "(apt-get install libmicrohttpd12): %s\n", "naskah: error: "
	    "cannot load libmicrohttpd (apt-get install libmicrohttpd12): "
	    "%s\n" },
	[SAY_BROWSER] = { "naskah serve: peramban tidak dapat dibuka: buka "
	    "%s sendiri\n", "naskah serve: cannot start a browser: open %s "
	    "yourself\n" },
};

/* The socket address of o->bind; is it a loopback one? -1: no address. */
static int
address(const struct serve_opts *o, struct sockaddr_storage *ss,
    socklen_t *len, int *loopback, int *any)
{
	struct sockaddr_in *s4 = (struct sockaddr_in *)ss;
	struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)ss;

	memset(ss, 0, sizeof(*ss));
	if (inet_pton(AF_INET, o->bind, &s4->sin_addr) == 1) {
		s4->sin_family = AF_INET;
		s4->sin_port = htons((unsigned short)o->port);
		*len = sizeof(*s4);
		*loopback = (ntohl(s4->sin_addr.s_addr) >> 24) == 127;
		*any = s4->sin_addr.s_addr == htonl(INADDR_ANY);
		return AF_INET;
	}
	if (inet_pton(AF_INET6, o->bind, &s6->sin6_addr) == 1) {
		s6->sin6_family = AF_INET6;
		s6->sin6_port = htons((unsigned short)o->port);
		*len = sizeof(*s6);
		*loopback = IN6_IS_ADDR_LOOPBACK(&s6->sin6_addr);
		*any = IN6_IS_ADDR_UNSPECIFIED(&s6->sin6_addr);
		return AF_INET6;
	}
	return -1;
}

/* The Host values a request may name: ADDR:PORT, and localhost:PORT
 * on loopback; none (any) for a wildcard address, the token guards. */
static void
hosts_set(struct http *h, const char *bind, int family, int loopback,
    int any)
{
	if (any)
		return;
	h->hosts[0] = family == AF_INET6 ? xasprintf("[%s]:%u", bind,
	    h->port) : xasprintf("%s:%u", bind, h->port);
	if (loopback)
		h->hosts[1] = xasprintf("localhost:%u", h->port);
}

/* A listening socket at ss, its port into h->port; MHD_INVALID_SOCKET
 * on failure.  (On Windows SO_REUSEADDR would let another program take
 * the port from under us: there the port is ours alone.) */
static MHD_socket
listen_on(struct http *h, int family, struct sockaddr_storage *ss,
    socklen_t len)
{
	MHD_socket fd;
	int one = 1;

#ifdef _WIN32
	if ((fd = socket(family, SOCK_STREAM, 0)) == MHD_INVALID_SOCKET)
		return MHD_INVALID_SOCKET;
	setsockopt(fd, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, (void *)&one,
	    sizeof(one));
#else
	if ((fd = socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0)) < 0)
		return MHD_INVALID_SOCKET;
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
#endif
	if (family == AF_INET6)
		setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, (void *)&one,
		    sizeof(one));
	if (bind(fd, (struct sockaddr *)ss, len) != 0 ||
	    listen(fd, 64) != 0 ||
	    getsockname(fd, (struct sockaddr *)ss, &len) != 0) {
		closesocket(fd);
		return MHD_INVALID_SOCKET;
	}
	h->port = ntohs(family == AF_INET6 ?
	    ((struct sockaddr_in6 *)ss)->sin6_port :
	    ((struct sockaddr_in *)ss)->sin_port);
	return fd;
}

/* A listening socket at ss on o->port, or, when the port is the
 * default one (not given), on the first free one of the PORT_TRIES
 * after it: a second naskah serve, or another program on 8080, does
 * not stop a clerk's double click. */
#define PORT_TRIES	20
static MHD_socket
listen_any(struct http *h, const struct serve_opts *o, int family,
    struct sockaddr_storage *ss, socklen_t len)
{
	MHD_socket fd = MHD_INVALID_SOCKET;
	unsigned i, n = o->port_given || o->port == 0 ? 1 : PORT_TRIES;
	unsigned short port;

	for (i = 0; i < n && fd == MHD_INVALID_SOCKET && o->port + i < 65536;
	    i++) {
		port = htons((unsigned short)(o->port + i));
		if (family == AF_INET6)
			((struct sockaddr_in6 *)ss)->sin6_port = port;
		else
			((struct sockaddr_in *)ss)->sin_port = port;
		fd = listen_on(h, family, ss, len);
	}
	return fd;
}

static struct MHD_Daemon *
daemon_start(struct http *h, MHD_socket fd, int loopback, unsigned timeout)
{
	return MHD_start_daemon(MHD_USE_AUTO_INTERNAL_THREAD, 0, NULL, NULL,
	    on_request, h,
	    MHD_OPTION_LISTEN_SOCKET, fd,
	    MHD_OPTION_THREAD_POOL_SIZE, (unsigned)THREADS,
	    MHD_OPTION_CONNECTION_LIMIT, (unsigned)CONN_MAX,
	    MHD_OPTION_PER_IP_CONNECTION_LIMIT,
	    (unsigned)(loopback ? 0 : CONN_PER_IP),
	    MHD_OPTION_CONNECTION_TIMEOUT, timeout > 0 ? timeout :
	    (unsigned)CONN_TIMEOUT,
	    MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024),
	    MHD_OPTION_NOTIFY_COMPLETED, on_done, h,
	    MHD_OPTION_END);
}

/* Print the address to open, and the token when there is one; the
 * page opened in the default browser when o->open asks. */
static void
say_open(struct http *h, const struct serve_opts *o, int family)
{
	char *url, *host = family == AF_INET6 ? xasprintf("[%s]", o->bind) :
	    xstrdup(o->bind);

	url = h->srv.token[0] != '\0' ? xasprintf("http://%s:%u/?token=%s",
	    host, h->port, h->srv.token) : xasprintf("http://%s:%u/", host,
	    h->port);
	printf(say_words[SAY_OPEN][h->lang], url);
	if (h->srv.token[0] != '\0')
		printf(say_words[SAY_TOKEN][h->lang], h->srv.token);
	fflush(stdout);
	if (o->open && plat_open_url(url) != 0)
		fprintf(stderr, say_words[SAY_BROWSER][h->lang], url);
	free(url);
	free(host);
}

static int
serve_start(struct http *h, const struct serve_opts *o)
{
	struct sockaddr_storage ss;
	struct MHD_Daemon *d = NULL;
	socklen_t len;
	int family, loopback, any;
	MHD_socket fd;
	long ncpu = plat_ncpu();

	if ((family = address(o, &ss, &len, &loopback, &any)) < 0) {
		fprintf(stderr, say_words[SAY_BIND][h->lang], o->bind);
		return 2;
	}
	if (o->token != NULL)
		snprintf(h->srv.token, sizeof(h->srv.token), "%s", o->token);
	else if (!loopback && secret_make(h->srv.token) != 0)
		return 3;
	if (secret_make(h->srv.csrf) != 0)
		return 3;
	if ((fd = listen_any(h, o, family, &ss, len)) != MHD_INVALID_SOCKET) {
		hosts_set(h, o->bind, family, loopback, any);
		pool_init(&h->srv.pool, ncpu > 4 ? 4 : (size_t)ncpu,
		    o->datadir, h->srv.store.root);
		if ((d = daemon_start(h, fd, loopback, o->timeout)) == NULL) {
			pool_fini(&h->srv.pool);
			closesocket(fd);
		}
	}
	if (d == NULL) {
		fprintf(stderr, say_words[SAY_START][h->lang], o->bind,
		    o->port, strerror(errno));
		return 3;
	}
	say_open(h, o, family);
	plat_stop_wait();
	MHD_stop_daemon(d);
	pool_fini(&h->srv.pool);
	return 0;
}

int
serve_run(const struct serve_opts *o)
{
	struct http h;
	int r, i;

	struct serve_opts so = *o;
	char data[PATH_MAX];
	const char *why;

	memset(&h, 0, sizeof(h));
	h.lang = o->lang;
	if ((why = mhd_load()) != NULL) {
		fprintf(stderr, say_words[SAY_LIB][h.lang], why);
		return 3;
	}
	if (store_init(&h.srv.store, o->dir) != 0) {
		fprintf(stderr, say_words[SAY_DIR][h.lang], o->dir);
		return 2;
	}
	/* DIR becomes the working directory: the documents' files and
	 * the messages are named relative to it, as on the page */
	if (o->datadir != NULL && realpath(o->datadir, data) != NULL)
		so.datadir = data;
	if (chdir(h.srv.store.root) != 0) {
		fprintf(stderr, say_words[SAY_DIR][h.lang], o->dir);
		store_fini(&h.srv.store);
		return 2;
	}
	/* before the daemon's threads: they inherit what it sets */
	r = plat_stop_prepare() != 0 ? 3 : serve_start(&h, &so);
	for (i = 0; i < 3; i++)
		free(h.hosts[i]);
	store_fini(&h.srv.store);
	return r;
}
