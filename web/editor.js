// SPDX-License-Identifier: ISC
// naskah serve's code view: the YAML text in a textarea (no wrapping,
// one line of text per row) with a gutter of line numbers kept level
// with it; the messages of a check marked in the gutter at their line;
// a reviewer's fix put in place of the YAML scalar it concerns.
'use strict';

// lineStart(text, line): the offset of line (1-based) in text
export function lineStart(text, line) {
  let at = 0;
  for (let i = 1; i < line; i++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  return at;
}

const rank = { error: 3, fatal: 3, warning: 2, note: 1 };

export class CodeView {
  constructor(textarea, gutter) {
    this.t = textarea;
    this.g = gutter;
    this.rows = [];
    this.t.addEventListener('scroll', () => this.sync());
    this.t.addEventListener('input', () => this.numbers());
    this.t.addEventListener('keydown', (e) => this.key(e));
    new ResizeObserver(() => this.sync()).observe(this.t);
  }

  // the gutter's rows follow the number of lines
  numbers() {
    const n = this.t.value.split('\n').length;
    while (this.rows.length < n) {
      const d = document.createElement('div');
      d.textContent = String(this.rows.length + 1);
      this.g.appendChild(d);
      this.rows.push(d);
    }
    while (this.rows.length > n) this.rows.pop().remove();
    this.sync();
  }

  sync() { this.g.scrollTop = this.t.scrollTop; }

  // Tab puts two spaces (a tab is not allowed in YAML's indentation)
  key(e) {
    if (e.key !== 'Tab' || e.ctrlKey || e.altKey || e.metaKey) return;
    e.preventDefault();
    document.execCommand('insertText', false, '  ');
  }

  // marks(list): each message's line coloured by its worst severity,
  // with the texts of that line as its tooltip
  marks(list) {
    for (const d of this.rows) { d.className = ''; d.title = ''; }
    for (const m of list) {
      const d = m.line ? this.rows[m.line - 1] : null;
      if (!d) continue;
      const cls = rank[m.severity] >= 3 ? 'error' :
        rank[m.severity] === 2 ? 'warning' : 'note';
      if (!d.className || rank[cls] > rank[d.className]) d.className = cls;
      d.title += (d.title ? '\n' : '') + m.text;
    }
  }

  // jump(line, col): the caret there and that line in view
  jump(line, col) {
    const at = lineStart(this.t.value, line || 1) + Math.max(0, (col || 1) - 1);
    this.t.focus();
    this.t.setSelectionRange(at, at);
    const lh = parseFloat(getComputedStyle(this.t).lineHeight) || 18;
    this.t.scrollTop = Math.max(0, (line - 1) * lh - this.t.clientHeight / 3);
    this.sync();
  }

  // replace the whole text as one undoable edit
  // (undoable only when the text view can take the focus: hidden behind
  // the form, it cannot, and insertText would write into whatever field
  // has the focus; the text is then set as it is, the focus left alone)
  replace(text) {
    const top = this.t.scrollTop;
    const had = document.activeElement;
    this.t.focus();
    if (document.activeElement !== this.t) {
      this.t.value = text;
      this.t.dispatchEvent(new Event('input'));
    } else {
      this.t.select();
      if (!document.execCommand('insertText', false, text)) {
        this.t.value = text;
        this.t.dispatchEvent(new Event('input'));
      }
      if (had && had !== this.t && had.focus) had.focus();
    }
    this.t.scrollTop = top;
    this.numbers();
  }
}

// --- a fix in place ------------------------------------------------------
// The reviewer's fix is the whole value of the scalar at line:col.  It
// is put in place only where that scalar is sure: a plain scalar (on
// one line, or over several lines of a block, re-wrapped at the same
// width) or a quoted one on one line; a key written as a plain word.
// Anything else (a block scalar, flow collections, anchors, tags,
// blank lines inside the value) is left alone with the reason, for the
// clerk to change by hand.

const HEAD = /^( *)((?:- +)*)(?:([A-Za-z0-9_][A-Za-z0-9_.-]*):(?= |$) *)?/;
const NOPLAIN = /^[-?:,[\]{}#&*!|>'"%@`\s]|: | #|:$|\s$|^(true|false|yes|no|on|off|null|y|n|~)$/i;

function head(s) {
  if (/^\s*(#|$)/.test(s)) return null;
  const m = HEAD.exec(s);
  const dashes = m[2];
  return {
    indent: m[1].length,
    key: m[3] !== undefined,
    item: dashes.length > 0,
    // continuation lines must be indented past this column
    col: m[3] !== undefined ? m[1].length + dashes.length :
      m[1].length + dashes.lastIndexOf('-'),
    value: m[0].length,
  };
}

// the end of a plain scalar's text on a line from `from`: before a
// comment (" #") and trailing spaces
function plainEnd(s, from) {
  let end = s.length;
  const c = s.slice(from).search(/[ \t]#/);
  if (c >= 0) end = from + c;
  while (end > from && /[ \t\r]/.test(s[end - 1])) end--;
  return end;
}

function closeQuote(s, from) {
  const q = s[from];
  for (let i = from + 1; i < s.length; i++) {
    if (q === '"' && s[i] === '\\') { i++; continue; }
    if (s[i] === q) {
      if (q === "'" && s[i + 1] === "'") { i++; continue; }
      return i;
    }
  }
  return -1;
}

function wrap(words, first, width) {
  const out = [];
  let cur = '';
  let w = first;
  for (const x of words) {
    if (cur && cur.length + 1 + x.length > w) { out.push(cur); cur = x; w = width; }
    else cur = cur ? cur + ' ' + x : x;
  }
  out.push(cur);
  return out;
}

// alike(a, b): b looks like a changed a (at least half of the longer
// one is a common beginning and end, letter case aside): a finding
// whose fix is for a value the file does not hold (a key left out, a
// value from a template) is not put over the scalar it points at
function alike(a, b) {
  a = a.toLowerCase();
  b = b.toLowerCase();
  const n = Math.min(a.length, b.length);
  let p = 0;
  while (p < n && a[p] === b[p]) p++;
  let e = 0;
  while (e < n - p && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  return p + e >= Math.max(a.length, b.length) / 2;
}

// fixScalar(text, line, col, fix): { text, line } with the scalar at
// line:col (1-based) replaced by fix, or { why } when that cannot be
// done for sure
export function fixScalar(text, line, col, fix) {
  const no = (why) => ({ why });
  if (typeof fix !== 'string') return no('temuan ini tidak membawa saran');
  if (/[\r\t]/.test(text.slice(lineStart(text, line - 1), lineStart(text, line + 2))))
    return no('baris ini memakai tab atau CR');
  const L = text.split('\n');
  const at = line - 1;
  if (at < 0 || at >= L.length) return no('baris ' + line + ' tidak ada');
  // the line where the scalar starts: `key: value`, `- value`, or the
  // line after a `key:` that holds nothing else
  let s = at;
  let h = head(L[s]);
  while (h && !h.key && !h.item && s > 0 && at - s < 200) h = head(L[--s]);
  if (!h) return no('baris kosong atau komentar di dalam nilai');
  let from = h.value;
  const col0 = h.col;
  if (from >= L[s].replace(/\s+$/, '').length) {
    if (s === at || !head(L[s + 1])) return no('nilai tidak ditemukan di baris ' + line);
    s++;
    from = head(L[s]).indent;
    if (head(L[s]).indent <= col0) return no('nilai tidak ditemukan');
  }
  if (s === at && col - 1 < from) return no('posisi menunjuk kunci, bukan nilai');
  const c0 = L[s][from];
  if (c0 === '"' || c0 === "'") {
    const e = closeQuote(L[s], from);
    if (e < 0 || s !== at) return no('nilai bertanda petik lebih dari satu baris');
    if (!/^\s*(#.*)?$/.test(L[s].slice(e + 1))) return no('ada teks lain setelah nilai');
    let was = L[s].slice(from + 1, e);
    if (c0 === "'") was = was.replace(/''/g, "'");
    else if (/\\/.test(was)) return no('nilai memakai escape \\');
    if (!alike(was, fix)) return no('saran tidak tampak sebagai pengganti nilai di baris ' + (s + 1));
    const q = c0 === '"' ? JSON.stringify(fix) : "'" + fix.replace(/'/g, "''") + "'";
    if (/\n/.test(fix) && c0 === "'") return no('saran berisi ganti baris');
    L[s] = L[s].slice(0, from) + q + L[s].slice(e + 1);
    return { text: L.join('\n'), line: s + 1 };
  }
  if (/[|>[\]{}&*!%@`]/.test(c0)) return no('nilai berupa blok, daftar, atau jangkar YAML');
  // a plain scalar: its lines, while indented past the node
  let e = s;
  let last = plainEnd(L[s], from);
  let comment = last < L[s].replace(/\s+$/, '').length;
  while (!comment && e + 1 < L.length) {
    const n = L[e + 1];
    const ind = n.search(/\S/);
    if (ind < 0 || ind <= col0 || n[ind] === '#') break;
    if (/: |:$/.test(n)) return no('baris lanjutan berisi ": "');
    e++;
    last = plainEnd(n, ind);
    comment = last < n.replace(/\s+$/, '').length;
  }
  if (e + 1 < L.length && /^\s*$/.test(L[e + 1])) {
    const k = L.slice(e + 1).findIndex((x) => !/^\s*$/.test(x));
    if (k >= 0 && L[e + 1 + k].search(/\S/) > col0 && L[e + 1 + k].trim()[0] !== '#')
      return no('baris kosong di dalam nilai');
  }
  if (at > e) return no('posisi di luar nilai');
  const was = [L[s].slice(from, s === e ? last : plainEnd(L[s], from))]
    .concat(L.slice(s + 1, e + 1).map((x, i) =>
      x.slice(0, s + 1 + i === e ? last : plainEnd(x, 0)).trim())).join(' ');
  if (was === fix) return no('nilai sudah sama dengan saran');
  if (!alike(was, fix))
    return no('saran tidak tampak sebagai pengganti nilai di baris ' + (s + 1));
  const tail = L[e].slice(last);
  if (/\n/.test(fix)) return no('saran berisi ganti baris');
  const plain = !NOPLAIN.test(fix) && fix.length > 0;
  let out;
  if (s === e)
    out = [L[s].slice(0, from) + (plain ? fix : JSON.stringify(fix)) + tail];
  else {
    if (!plain || / {2}/.test(fix)) return no('nilai beberapa baris yang perlu tanda petik');
    const width = Math.max(60, ...L.slice(s, e + 1).map((x) => x.replace(/\s+$/, '').length));
    const pad = ' '.repeat(L[s + 1].search(/\S/));
    out = wrap(fix.split(' '), width - from, width - pad.length).map((x, i) =>
      i === 0 ? L[s].slice(0, from) + x : pad + x);
    out[out.length - 1] += tail;
  }
  L.splice(s, e - s + 1, ...out);
  return { text: L.join('\n'), line: s + 1 };
}
