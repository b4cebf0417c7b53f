/* SPDX-License-Identifier: ISC */
/*
 * pool.c - naskah serve's warm library contexts (serve_int.h) and the
 * messages of a request collected as JSON, and the JSON answers of
 * the handlers (api_lang, api_json).  naskah.h allows one
 * context to one thread at a time and two contexts to two threads at
 * once: so a request takes a whole slot, and as many requests render
 * at once as there are slots (one a processor, at most four); the
 * fonts and patterns are loaded once a slot and language.
 */
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "serve/serve_int.h"

static const char *const sev_names[NASKAH_SEVERITY__MAX] = {
	[NASKAH_WARNING] = "warning",
	[NASKAH_ERROR] = "error",
	[NASKAH_USAGE] = "error",
	[NASKAH_SYSTEM] = "error",
};

void
json_strn(struct naskah_buf *b, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i;

	if (s == NULL) {
		buf_adds(b, "null");
		return;
	}
	buf_addc(b, '"');
	for (i = 0; i < n; i++) {
		if (p[i] == '"' || p[i] == '\\') {
			buf_addc(b, '\\');
			buf_addc(b, (char)p[i]);
		} else if (p[i] == '\n')
			buf_adds(b, "\\n");
		else if (p[i] == '\t')
			buf_adds(b, "\\t");
		else if (p[i] < 0x20 || p[i] == 0x7f)
			buf_printf(b, "\\u%04x", p[i]);
		else
			buf_addc(b, (char)p[i]);	/* UTF-8 as it is */
	}
	buf_addc(b, '"');
}

void
json_str(struct naskah_buf *b, const char *s)
{
	json_strn(b, s, s != NULL ? strlen(s) : 0);
}

void
sink_init(struct sink *s)
{
	memset(s, 0, sizeof(*s));
	s->worst = -1;
}

/* A message as naskah check --format=json writes it (a
 * naskah_message_fn; arg is the slot, whose sink is the request's). */
static void
slot_message(void *arg, const struct naskah_message *m)
{
	struct slot *sl = arg;
	struct sink *s = sl->sink;
	struct naskah_buf *b;

	if (s == NULL)
		return;
	if ((int)m->severity > s->worst)
		s->worst = (int)m->severity;
	if (s->kept[m->severity] >= SINK_KEEP) {
		s->dropped++;
		return;
	}
	s->kept[m->severity]++;
	b = &s->json;
	buf_adds(b, s->n++ > 0 ? ",\n" : "");
	buf_adds(b, "{\"severity\": ");
	json_str(b, sev_names[m->severity]);
	buf_adds(b, ", \"id\": ");
	json_str(b, m->rule != NULL ? m->rule : m->id);
	buf_adds(b, ", \"file\": ");
	json_str(b, m->file);
	buf_printf(b, ", \"line\": %d, \"column\": %d, \"text\": ", m->line,
	    m->column);
	json_str(b, m->text);
	buf_adds(b, ", \"fix\": ");
	json_str(b, m->fix);
	buf_adds(b, "}");
}

char *
sink_answer(struct sink *s, size_t *len)
{
	struct naskah_buf b = { NULL, 0, 0 };

	buf_printf(&b, "{\"status\": %d, \"messages\": [", s->worst < 0 ?
	    0 : s->worst);
	if (s->json.len > 0)
		buf_add(&b, s->json.s, s->json.len);
	buf_printf(&b, "], \"dropped\": %d}\n", s->dropped);
	buf_free(&s->json);
	*len = b.len;
	return buf_take(&b);
}

int
pool_init(struct pool *p, size_t n, const char *datadir, const char *root)
{
	memset(p, 0, sizeof(*p));
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->cv, NULL);
	p->n = n > 0 ? n : 1;
	p->slot = xcalloc(p->n, sizeof(*p->slot));
	p->datadir = datadir != NULL ? xstrdup(datadir) : NULL;
	p->root = xstrdup(root);
	return 0;
}

void
pool_fini(struct pool *p)
{
	size_t i;
	int l;

	for (i = 0; i < p->n; i++)
		for (l = 0; l < NASKAH_LANG__MAX; l++)
			naskah_free(p->slot[i].ctx[l]);
	free(p->slot);
	free(p->datadir);
	free(p->root);
	pthread_cond_destroy(&p->cv);
	pthread_mutex_destroy(&p->mu);
}

struct naskah *
pool_take(struct pool *p, enum naskah_lang lang, struct sink *sink,
    struct slot **slp)
{
	struct naskah_options no;
	struct slot *sl = NULL;
	size_t i;

	pthread_mutex_lock(&p->mu);
	for (;;) {
		for (i = 0; i < p->n && sl == NULL; i++)
			if (!p->slot[i].busy)
				sl = &p->slot[i];
		if (sl != NULL)
			break;
		pthread_cond_wait(&p->cv, &p->mu);
	}
	sl->busy = 1;
	pthread_mutex_unlock(&p->mu);
	*slp = sl;
	sl->sink = sink;
	if (sl->ctx[lang] == NULL) {
		memset(&no, 0, sizeof(no));
		no.datadir = p->datadir;
		no.root = p->root;	/* sertakan, logo: inside DIR */
		no.lang = lang;
		no.message = slot_message;
		no.message_arg = sl;
		sl->ctx[lang] = naskah_new(&no);
	}
	if (sl->ctx[lang] != NULL)
		naskah_status_clear(sl->ctx[lang]);
	return sl->ctx[lang];
}

void
pool_give(struct pool *p, struct slot *sl)
{
	sl->sink = NULL;
	pthread_mutex_lock(&p->mu);
	sl->busy = 0;
	pthread_cond_signal(&p->cv);
	pthread_mutex_unlock(&p->mu);
}

enum naskah_lang
api_lang(const struct api_req *r)
{
	return r->lang != NULL && strcmp(r->lang, "en") == 0 ?
	    NASKAH_LANG_EN : NASKAH_LANG_ID;
}

void
api_json(struct api_ans *a, unsigned status, struct naskah_buf *b)
{
	a->status = status;
	a->type = "application/json; charset=utf-8";
	buf_addc(b, '\n');
	a->len = b->len;
	a->body = buf_take(b);
}
