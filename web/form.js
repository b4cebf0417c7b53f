// SPDX-License-Identifier: ISC
// naskah serve's form mode (issue 16, man/naskah-serve.7): the fields
// a clerk changes every year over the same YAML text.  POST /api/form
// gives the fields, lists and IKU grids of the editor's text; each
// change is one POST /api/edit, whose new text goes back into the
// editor (an `input` event on it: the page re-checks, re-renders and
// saves it as ever); an IKU grid from a file the decree includes is
// edited in THAT file, saved at once with PUT /api/doc and its version.
// Needs from the page: #form (and #tab-form, shown here), the textarea
// #text, the CSRF meta tag; uses app.js's window.naskah (cur.path,
// setText, refresh) and its `naskah-open` event when there, else #name's
// text as the path and an `input` event on #text.
'use strict';
(function () {
  const csrfTag = document.querySelector('meta[name="naskah-csrf"]');
  const csrf = csrfTag ? csrfTag.content : '';
  const byId = (id) => document.getElementById(id);
  let busy = false;
  let timer = null;
  let own = false;	// the `input` event is ours
  let focusPath = null;	// the field to focus once the form is drawn

  function el(tag, props, kids) {
    const e = document.createElement(tag);
    for (const k in props || {}) {
      if (k === 'class') e.className = props[k];
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), props[k]);
      else e[k] = props[k];
    }
    for (const c of kids || []) e.append(c);
    return e;
  }

  // the page's helpers (app.js's window.naskah), when there
  const page = () => window.naskah || null;

  function docPath() {
    const p = page();
    if (p && p.cur && p.cur.path) return p.cur.path;
    const n = byId('name');
    const t = n ? n.textContent.trim() : '';
    return /\.ya?ml$/.test(t) ? t : null;
  }

  // The editor's text replaced (as an edit the page checks and renders),
  // or, t null, the preview made again (an included file changed).
  function setText(t) {
    const p = page();
    const ta = byId('text');
    own = true;
    try {
      if (t !== null && p && p.setText) p.setText(t);
      else if (t === null && p && p.refresh) p.refresh();
      else {
        if (t !== null) ta.value = t;
        ta.dispatchEvent(new Event('input', { bubbles: true }));
      }
    } finally {
      own = false;
    }
  }

  function q(path, more) {
    let s = '?path=' + encodeURIComponent(path);
    for (const k in more || {}) s += '&' + k + '=' + encodeURIComponent(more[k]);
    return s;
  }

  async function call(method, url, body, type) {
    const opt = { method, headers: {} };
    if (method !== 'GET') {
      opt.headers['X-Naskah-CSRF'] = csrf;
      opt.headers['Content-Type'] = type || 'application/yaml';
      opt.body = body;
    }
    const r = await fetch(url, opt);
    let j = null;
    try { j = await r.json(); } catch (e) { j = { error: 'jawaban bukan JSON' }; }
    return { ok: r.ok, status: r.status, j };
  }

  function why(j) {
    if (j && j.messages && j.messages.length) return j.messages[0].text;
    return (j && j.error) || 'kesalahan';
  }

  function say(words, bad) {
    const s = byId('form-state');
    if (!s) return;
    s.textContent = words;
    s.className = bad ? 'form-bad' : '';
  }

  // The ops applied to file: the editor's text, or an included file's,
  // read, edited and saved against its version.
  async function apply(file, ops) {
    const path = docPath();
    const ta = byId('text');
    if (!path || !ta || busy) return;
    busy = true;
    try {
      if (file === path) {
        const r = await call('POST', '/api/edit' + q(path),
          JSON.stringify({ text: ta.value, ops }), 'application/json');
        if (!r.ok) { say(why(r.j), true); return; }
        if (r.j.text !== ta.value) setText(r.j.text);
        say('diubah; simpan dokumen untuk menyimpannya');
      } else {
        const d = await call('GET', '/api/doc' + q(file));
        if (!d.ok) { say(file + ': ' + why(d.j), true); return; }
        const r = await call('POST', '/api/edit' + q(file),
          JSON.stringify({ text: d.j.text, ops }), 'application/json');
        if (!r.ok) { say(file + ': ' + why(r.j), true); return; }
        const s = await call('PUT', '/api/doc' + q(file, { base: d.j.version }),
          r.j.text);
        if (!s.ok) { say(file + ': ' + why(s.j), true); return; }
        say(file + ' tersimpan');
        setText(null);	// the preview reads the included file anew
      }
    } finally {
      busy = false;
    }
    await load();
  }

  function input(f, long) {
    const props = {
      value: f.value, title: f.path + (f.line ? ' (baris ' + f.line + ')' : ''),
      onchange: (ev) => apply(f.file, [{ op: 'set', path: f.path, value: ev.target.value }]),
    };
    props['ariaLabel'] = f.label;
    if (long || f.value.length > 60) {
      props.rows = Math.min(6, Math.max(2, Math.ceil(f.value.length / 70)));
      return el('textarea', props);
    }
    return el('input', Object.assign({ type: 'text' }, props));
  }

  function fieldsPart(fields) {
    const box = el('div', { class: 'form-fields' });
    let group = null, fs = null;
    for (const f of fields) {
      if (f.group !== group) {
        group = f.group;
        fs = el('fieldset', {}, [el('legend', { textContent: group })]);
        box.append(fs);
      }
      fs.append(el('label', {}, [el('span', { textContent: f.label }), input(f)]));
    }
    return box;
  }

  function moveButtons(file, path, i, n) {
    const at = path + '[' + i + ']';
    return [
      el('button', { type: 'button', textContent: '↑', title: 'naikkan', disabled: i === 0,
        onclick: () => apply(file, [{ op: 'move', path: at, to: i - 1 }]) }),
      el('button', { type: 'button', textContent: '↓', title: 'turunkan', disabled: i + 1 >= n,
        onclick: () => apply(file, [{ op: 'move', path: at, to: i + 1 }]) }),
      el('button', { type: 'button', textContent: '✕', title: 'hapus', disabled: n <= 1,
        onclick: () => { if (confirm('Hapus butir ' + (i + 1) + '?'))
          apply(file, [{ op: 'delete', path: at }]); } }),
    ];
  }

  function listPart(l) {
    const ol = el('ol', { class: 'form-list' });
    const n = l.items.length;
    l.items.forEach((it, i) => {
      ol.append(el('li', {}, [input(it, true),
        el('span', { class: 'form-buttons' }, moveButtons(l.file, l.path, i, n))]));
    });
    return el('fieldset', {}, [
      el('legend', { textContent: l.label }), ol,
      el('button', { type: 'button', textContent: 'Tambah butir', disabled: n === 0,
        onclick: () => {
          focusPath = l.path + '[' + n + ']';	// a new, empty item to fill
          apply(l.file, [{ op: 'insert', path: focusPath, value: '' }]);
        } }),
    ]);
  }

  const colNames = { sasaran: 'Sasaran', indikator: 'Indikator', formulasi: 'Formulasi', satuan: 'Satuan' };

  function gridPart(g) {
    const years = [];
    for (const r of g.rows)
      for (const c of r.cells)
        if (c.year && !years.includes(c.year)) years.push(c.year);
    years.sort();
    const head = el('tr', {}, [el('th', { textContent: 'No' })]);
    for (const k in colNames) head.append(el('th', { textContent: colNames[k] }));
    for (const y of years) head.append(el('th', { textContent: 'Target ' + y }));
    head.append(el('th', {}));
    const body = el('tbody');
    const n = g.rows.length;
    g.rows.forEach((r, i) => {
      const tr = el('tr', {}, [el('td', { textContent: String(i + 1), title: 'baris ' + r.line })]);
      for (const k in colNames) {
        const td = el('td');
        for (const c of r.cells)
          if (c.col === k || c.col.startsWith(k + '.')) {
            const inp = input(c, k !== 'satuan');
            inp.placeholder = c.label;
            td.append(inp);
          }
        tr.append(td);
      }
      for (const y of years) {
        const c = r.cells.find((x) => x.year === y);
        tr.append(el('td', {}, [input(c || { path: r.path + '.target.' + y, label: 'Target ' + y,
          value: '', file: g.file, line: 0 })]));
      }
      tr.append(el('td', { class: 'form-buttons' }, moveButtons(g.file, g.path, i, n)));
      body.append(tr);
    });
    return el('fieldset', { class: 'form-grid' }, [
      el('legend', { textContent: g.label + ' — berkas ' + g.file }),
      el('div', { class: 'form-scroll' }, [el('table', {}, [el('thead', {}, [head]), body])]),
      el('button', { type: 'button', textContent: 'Tambah baris (salinan baris terakhir)', disabled: n === 0,
        onclick: () => apply(g.file, [{ op: 'insert', path: g.path + '[' + n + ']' }]) }),
    ]);
  }

  async function load() {
    const sec = byId('form');
    const path = docPath();
    const ta = byId('text');
    if (!sec || sec.hidden) return;
    if (!path || !ta) {
      sec.replaceChildren(el('p', { textContent: 'Buka dokumen dahulu.' }));
      return;
    }
    const r = await call('POST', '/api/form' + q(path), ta.value);
    const kids = [el('p', { id: 'form-state', role: 'status' })];
    if (!r.ok) {
      sec.replaceChildren(...kids);
      say('Formulir belum dapat dibuat: ' + why(r.j) +
        ' (perbaiki teksnya dahulu)', true);
      return;
    }
    const st = byId('form-state');
    const keep = st ? st.textContent : '';
    kids.push(fieldsPart(r.j.fields));
    for (const l of r.j.lists) if (l.items.length) kids.push(listPart(l));
    for (const g of r.j.grids) kids.push(gridPart(g));
    const y = sec.scrollTop;
    sec.replaceChildren(...kids);
    sec.scrollTop = y;
    if (keep) say(keep);
    if (focusPath) {
      const f = [...sec.querySelectorAll('input, textarea')].find(
        (e) => e.title.split(' ')[0] === focusPath);
      focusPath = null;
      if (f) f.focus();
    }
  }

  function init() {
    const sec = byId('form');
    const tab = byId('tab-form');
    if (!sec) return;
    if (!document.querySelector('link[href="/form.css"]'))
      document.head.append(el('link', { rel: 'stylesheet', href: '/form.css' }));
    if (tab) {
      tab.hidden = false;
      tab.addEventListener('click', () => {
        const code = byId('code');
        if (code) {	// the editor's tabs: the text or the form
          code.hidden = true;
          sec.hidden = false;
        } else
          sec.hidden = !sec.hidden;
        const tt = byId('tab-text');
        if (tt) tt.classList.remove('on');
        tab.classList.toggle('on', !sec.hidden);
        load();
      });
    }
    const ta = byId('text');
    if (ta) {
      ta.addEventListener('input', () => {
        if (own) return;
        clearTimeout(timer);
        timer = setTimeout(load, 800);
      });
    }
    // a document opened: its form
    document.addEventListener('naskah-open', () => load());
    if (!page() && byId('name'))
      new MutationObserver(() => load()).observe(byId('name'),
        { childList: true, characterData: true, subtree: true });
    load();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
