/* SPDX-License-Identifier: ISC */
/*
 * hyphbin.c - libhyphen's patterns compiled: the HyphenDict that
 * hnj_hyphen_load_file builds, written once at build time and read back
 * without parsing.  The form is the machine's own (byte order and the
 * size of HyphenTrans are checked, not converted): the file is a build
 * product, made beside the .dic by the build that reads it.
 *
 * The file: a head, one hyb_dict per level of the dictionary (level i's
 * nextlevel is level i + 1), the hyb_states of every level, the
 * transitions of every level (HyphenTrans, stored as libhyphen's and
 * used in place), then NUL-terminated strings.  Offsets count from the
 * start of the file; offset 0 stands for NULL.  A level's states are
 * numbered breadth first from state 0 (libhyphen's numbers are not), its
 * transitions stored state after state: then state i's transitions lead
 * to the states that follow those of states 0 to i - 1, and begin where
 * theirs end, which checks in one pass.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/fileio.h"
#include "layout/hyph.h"
#include "layout/hyph_int.h"
#include "base/xalloc.h"

#define HYB_MAGIC	"naskhyb\n"
#define HYB_VERSION	3u
#define HYB_ORDER	0x01020304u
#define HYB_MAXDICT	8		/* levels; libhyphen makes two */
#define HYB_MAXSIZE	(64u << 20)	/* bytes; the Indonesian set: 0.3 MiB */

struct hyb_head {
	char		magic[8];
	uint32_t	version;
	uint32_t	order;		/* HYB_ORDER as the writer stored it */
	uint32_t	transsize;	/* sizeof(HyphenTrans) */
	uint32_t	ndict;
	uint32_t	size;		/* of the whole file */
	uint32_t	unused;
};

struct hyb_dict {
	uint32_t	nstates;
	uint32_t	states;		/* offset of its first hyb_state */
	uint32_t	trans;		/* offset of its nstates - 1 HyphenTrans */
	uint32_t	nohyphen;	/* offset of nohyphenl + 1 strings */
	int32_t		nohyphenl;
	int32_t		utf8;
	char		lhmin, rhmin, clhmin, crhmin;
	char		cset[MAX_NAME];
};

struct hyb_state {
	uint32_t	match;		/* offset of a string, or 0 */
	uint32_t	matchlen;	/* its strlen */
	int32_t		num_trans;
	int32_t		fallback;
};

#define ALIGN4(x)	(((x) + 3u) & ~(size_t)3u)

/* Bytes of the nohyphenl + 1 strings at s, with their NULs. */
static size_t
nohyphen_len(const HyphenDict *d)
{
	size_t n = 0;
	int i;

	for (i = 0; d->nohyphen != NULL && i <= d->nohyphenl; i++)
		n += strlen(d->nohyphen + n) + 1;
	return n;
}

/* The states of d breadth first from state 0: order[new] = old, and
 * rank[old] = new.  0 when some state is not reached once. */
static int
states_order(const HyphenDict *d, int *order, int *rank)
{
	int n = d->num_states, qh = 0, qt = 0, i, k, ns;

	for (i = 0; i < n; i++)
		rank[i] = -1;
	rank[0] = 0;
	order[qt++] = 0;
	while (qh < qt) {
		i = order[qh++];
		for (k = 0; k < d->states[i].num_trans; k++) {
			ns = d->states[i].trans[k].new_state;
			if (ns <= 0 || ns >= n || rank[ns] != -1)
				return 0;
			rank[ns] = qt;
			order[qt++] = ns;
		}
	}
	return qt == n;
}

int
naskah_hyphdict_write(const struct naskah_hyphdict *h, FILE *f)
{
	const HyphenDict *d;
	struct hyb_head head;
	struct hyb_dict *hd;
	struct hyb_state *hs;
	HyphenTrans t;
	size_t ndict = 0, nst = 0, ntr = 0, nstr = 0, at_st, at_tr, at_str;
	size_t size, i, k;
	unsigned char *p;
	int s, o, *order, *rank;

	for (d = h->dict; d != NULL; d = d->nextlevel) {
		if (++ndict > HYB_MAXDICT) {
			errno = EINVAL;
			return -1;
		}
		nst += (size_t)d->num_states;
		nstr += nohyphen_len(d);
		for (s = 0; s < d->num_states; s++) {
			if (d->states[s].repl != NULL) {
				errno = ENOTSUP;	/* standard patterns only */
				return -1;
			}
			ntr += (size_t)d->states[s].num_trans;
			if (d->states[s].match != NULL)
				nstr += strlen(d->states[s].match) + 1;
		}
	}
	at_st = sizeof(head) + ndict * sizeof(*hd);
	at_tr = ALIGN4(at_st + nst * sizeof(*hs));
	at_str = at_tr + ntr * sizeof(t);
	size = at_str + nstr;
	if (size > HYB_MAXSIZE) {
		errno = EFBIG;
		return -1;
	}
	p = xcalloc(size, 1);
	memset(&head, 0, sizeof(head));
	memcpy(head.magic, HYB_MAGIC, sizeof(head.magic));
	head.version = HYB_VERSION;
	head.order = HYB_ORDER;
	head.transsize = sizeof(HyphenTrans);
	head.ndict = (uint32_t)ndict;
	head.size = (uint32_t)size;
	memcpy(p, &head, sizeof(head));
	hd = (struct hyb_dict *)(p + sizeof(head));
	hs = (struct hyb_state *)(p + at_st);
	for (d = h->dict; d != NULL; d = d->nextlevel, hd++) {
		hd->nstates = (uint32_t)d->num_states;
		hd->states = (uint32_t)((unsigned char *)hs - p);
		hd->trans = (uint32_t)at_tr;
		if (d->nohyphen != NULL) {
			k = nohyphen_len(d);
			hd->nohyphen = (uint32_t)at_str;
			memcpy(p + at_str, d->nohyphen, k);
			at_str += k;
		}
		hd->nohyphenl = d->nohyphenl;
		hd->utf8 = d->utf8;
		hd->lhmin = d->lhmin;
		hd->rhmin = d->rhmin;
		hd->clhmin = d->clhmin;
		hd->crhmin = d->crhmin;
		memcpy(hd->cset, d->cset, sizeof(hd->cset));
		order = xmalloc((size_t)d->num_states * sizeof(*order));
		rank = xmalloc((size_t)d->num_states * sizeof(*rank));
		if (!states_order(d, order, rank)) {
			free(order);
			free(rank);
			free(p);
			errno = EINVAL;		/* not a trie */
			return -1;
		}
		for (o = 0; o < d->num_states; o++, hs++) {
			const HyphenState *st = &d->states[order[o]];

			if (st->match != NULL) {
				k = strlen(st->match) + 1;
				hs->match = (uint32_t)at_str;
				hs->matchlen = (uint32_t)(k - 1);
				memcpy(p + at_str, st->match, k);
				at_str += k;
			}
			hs->num_trans = st->num_trans;
			hs->fallback = st->fallback_state < 0 ? -1 :
			    rank[st->fallback_state];
			for (i = 0; i < (size_t)st->num_trans; i++) {
				memset(&t, 0, sizeof(t));
				t.ch = st->trans[i].ch;
				t.new_state = rank[st->trans[i].new_state];
				memcpy(p + at_tr, &t, sizeof(t));
				at_tr += sizeof(t);
			}
		}
		free(order);
		free(rank);
	}
	i = fwrite(p, 1, size, f);
	free(p);
	return i == size ? 0 : -1;
}

/* Is [off, off + n) inside a file of size bytes? */
static int
in_file(uint32_t off, size_t n, size_t size)
{
	return off <= size && n <= size - off;
}

/* Is there a string at off, not empty (a NUL in p[off + 1..size))? */
static int
string_ok(const unsigned char *p, uint32_t off, size_t size)
{
	return off > 0 && off < size && p[off] != '\0' &&
	    memchr(p + off, '\0', size - off) != NULL;
}

/*
 * The states of one level, from the file p into st (n of them), with
 * everything libhyphen will follow checked: transitions and strings
 * inside the file; the transitions a tree from state 0, numbered
 * breadth first (each state but 0 the target of exactly one, made by
 * a state before it: so every state has a depth, its key's length);
 * each fallback to a state before it (so following fallbacks ends; a
 * key's suffix is shorter, so before it breadth first); no match longer
 * than where it can be found (libhyphen writes at its end minus its
 * length; a NUL inside a match only makes it shorter).
 */
static int
states_read(unsigned char *p, size_t size, const struct hyb_dict *hd,
    HyphenState *st)
{
	const struct hyb_state *hs;
	size_t n = hd->nstates, i, next = 1;
	int *depth, ok = 0;
	char *first;
	HyphenTrans *t;
	int32_t k;

	if (n == 0 || hd->states % 4 != 0 || hd->trans % 4 != 0 ||
	    !in_file(hd->states, n * sizeof(*hs), size) ||
	    !in_file(hd->trans, (n - 1) * sizeof(*t), size))
		return 0;
	hs = (const struct hyb_state *)(p + hd->states);
	t = (HyphenTrans *)(p + hd->trans);
	depth = xmalloc(n * sizeof(*depth));
	first = xmalloc(n);
	depth[0] = 0;
	first[0] = '\0';
	for (i = 0; i < n; i++, hs++, st++) {
		int32_t fb = hs->fallback, nt = hs->num_trans;
		int d = depth[i] + 1;
		char c = first[i];

		if ((i > 0 && i >= next) || nt < 0 ||
		    (size_t)nt > n - next || fb >= (int32_t)i ||
		    fb < (i == 0 ? -1 : 0))
			goto out;
		st->trans = nt > 0 ? t + (next - 1) : NULL;
		for (k = 0; k < nt; k++, next++) {
			if (t[next - 1].new_state != (int)next)
				goto out;
			depth[next] = d;
			first[next] = i == 0 ? t[next - 1].ch : c;
		}
		st->match = NULL;
		st->repl = NULL;
		st->replindex = 0;
		st->replcut = 0;
		st->fallback_state = fb;
		st->num_trans = nt;
		if (hs->match != 0) {
			if (hs->matchlen >= size || hs->match >= size -
			    hs->matchlen || p[hs->match + hs->matchlen] != '\0' ||
			    hs->matchlen > (uint32_t)(d - 1) + (c != '.'))
				goto out;
			st->match = (char *)p + hs->match;
		}
	}
	ok = next == n;
out:
	free(depth);
	free(first);
	return ok;
}

/* The nohyphenl + 1 strings at off: inside the file, none empty (an
 * empty one would make libhyphen write before its buffer). */
static int
nohyphen_ok(const unsigned char *p, size_t size, const struct hyb_dict *hd)
{
	size_t off = hd->nohyphen;
	int32_t i;

	if (hd->nohyphen == 0)
		return hd->nohyphenl == 0;
	if (hd->nohyphenl < 0)
		return 0;
	for (i = 0; i <= hd->nohyphenl; i++) {
		if (off >= size || !string_ok(p, (uint32_t)off, size))
			return 0;
		off += strlen((const char *)p + off) + 1;
	}
	return 1;
}

#define ALIGN16(x)	(((x) + 15u) & ~(size_t)15u)

/*
 * The number of levels (*ndict) and of states (*nst) that a file of size
 * bytes says it has, read from its first len bytes (the head and the
 * levels); 0 when it is not a file of ours, or says more states than
 * it can hold (each takes a hyb_state of the file: no overflow).
 */
static int
head_check(const unsigned char *p, size_t len, size_t size, uint32_t *ndict,
    size_t *nst)
{
	struct hyb_head head;
	struct hyb_dict hd;
	uint32_t i;

	if (len < sizeof(head))
		return 0;
	memcpy(&head, p, sizeof(head));
	if (memcmp(head.magic, HYB_MAGIC, sizeof(head.magic)) != 0 ||
	    head.version != HYB_VERSION || head.order != HYB_ORDER ||
	    head.transsize != sizeof(HyphenTrans) || head.size != size ||
	    head.ndict == 0 || head.ndict > HYB_MAXDICT ||
	    !in_file(sizeof(head), head.ndict * sizeof(hd), len))
		return 0;
	*nst = 0;
	for (i = 0; i < head.ndict; i++) {
		memcpy(&hd, p + sizeof(head) + i * sizeof(hd), sizeof(hd));
		*nst += hd.nstates;
		if (hd.nstates > size || *nst > size / sizeof(struct hyb_state))
			return 0;
	}
	*ndict = head.ndict;
	return 1;
}

/*
 * The file at fd whole, its size into *size, in one block with room
 * after it (at ALIGN16(*size)) for the *ndict levels and *nst states its
 * head says: the file and the states are most of the fresh memory a
 * one-document process touches (1 MiB), and their page faults cost more
 * than reading and checking them, so they are one allocation, which a
 * heap of huge pages (the command line's, src/cli/heap.c) serves at
 * once.  Read, not mapped: a file replaced while the context lives must
 * not change under it.  NULL with errno set.
 */
static unsigned char *
file_slurp(int fd, size_t *size, uint32_t *ndict, size_t *nst)
{
	unsigned char pre[sizeof(struct hyb_head) +
	    HYB_MAXDICT * sizeof(struct hyb_dict)], *p;
	struct stat sb;
	size_t got = 0;
	ssize_t r;

	if (fstat(fd, &sb) != 0)
		return NULL;
	if (sb.st_size < (off_t)sizeof(struct hyb_head) ||
	    (uintmax_t)sb.st_size > HYB_MAXSIZE) {
		errno = EINVAL;
		return NULL;
	}
	*size = (size_t)sb.st_size;
	if ((r = pread(fd, pre, sizeof(pre) < *size ? sizeof(pre) : *size,
	    0)) < 0)
		return NULL;
	if (!head_check(pre, (size_t)r, *size, ndict, nst)) {
		errno = EINVAL;
		return NULL;
	}
	p = xmalloc(ALIGN16(*size) + *ndict * sizeof(HyphenDict) +
	    *nst * sizeof(HyphenState));
	while (got < *size) {
		if ((r = read(fd, p + got, *size - got)) <= 0) {
			if (r == 0)
				errno = EINVAL;	/* shorter than it was */
			if (r == 0 || errno != EINTR) {
				free(p);
				return NULL;
			}
			continue;
		}
		got += (size_t)r;
	}
	return p;
}

/* The levels of the file p (checked) into the dicts and states of
 * mem; 0 when the file is damaged. */
static int
dicts_read(unsigned char *p, size_t size, const struct hyb_head *head,
    HyphenDict *dict, HyphenState *st)
{
	const struct hyb_dict *hd = (const struct hyb_dict *)(p + sizeof(*head));
	uint32_t i;

	for (i = 0; i < head->ndict; i++, hd++) {
		HyphenDict *d = &dict[i];

		if (!states_read(p, size, hd, st) || !nohyphen_ok(p, size, hd) ||
		    memchr(hd->cset, '\0', sizeof(hd->cset)) == NULL)
			return 0;
		memset(d, 0, sizeof(*d));
		d->lhmin = hd->lhmin;
		d->rhmin = hd->rhmin;
		d->clhmin = hd->clhmin;
		d->crhmin = hd->crhmin;
		d->nohyphen = hd->nohyphen ? (char *)p + hd->nohyphen : NULL;
		d->nohyphenl = hd->nohyphenl;
		d->num_states = (int)hd->nstates;
		memcpy(d->cset, hd->cset, sizeof(d->cset));
		d->utf8 = hd->utf8;
		d->states = st;
		d->nextlevel = i + 1 < head->ndict ? &dict[i + 1] : NULL;
		st += hd->nstates;
	}
	return 1;
}

struct naskah_hyphdict *
naskah_hyphdict_read(const char *path)
{
	struct naskah_hyphdict *h;
	struct hyb_head head;
	unsigned char *p;
	size_t size, nst, nst2;
	uint32_t ndict, ndict2;
	HyphenDict *dict;
	int fd, err;

	if ((fd = naskah_open_regular(path, &err)) < 0) {
		errno = err > 0 ? err : EINVAL;
		return NULL;
	}
	p = file_slurp(fd, &size, &ndict, &nst);
	err = errno;
	close(fd);
	if (p == NULL) {
		errno = err;
		return NULL;
	}
	/* the copy read whole says what its head said (the file may have
	 * changed between the two reads) */
	if (!head_check(p, size, size, &ndict2, &nst2) || ndict2 != ndict ||
	    nst2 != nst)
		goto bad;
	memcpy(&head, p, sizeof(head));
	dict = (HyphenDict *)(p + ALIGN16(size));
	if (!dicts_read(p, size, &head, dict, (HyphenState *)(dict + ndict)))
		goto bad;
	h = xcalloc(1, sizeof(*h));
	h->dict = dict;
	h->mem = p;
	return h;
bad:
	free(p);
	errno = EINVAL;
	return NULL;
}
