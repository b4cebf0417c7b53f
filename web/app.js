// SPDX-License-Identifier: ISC
// naskah serve's page: the documents of DIR, one in a textarea, its
// check messages, a preview, save against the version it was opened
// at (a conflict keeps both texts), the history and a restore.
'use strict';
const csrf = document.querySelector('meta[name="naskah-csrf"]').content;
const $ = (id) => document.getElementById(id);
let cur = null;		// { path, version }
let timer = null;
let pdfUrl = null;

function q(path, more) {
  let s = '?path=' + encodeURIComponent(path);
  for (const k in more || {})
    s += '&' + k + '=' + encodeURIComponent(more[k]);
  return s;
}

async function api(method, url, body) {
  const opt = { method, headers: {} };
  if (method !== 'GET') {
    opt.headers['X-Naskah-CSRF'] = csrf;
    opt.headers['Content-Type'] = 'application/yaml';
    opt.body = body;
  }
  return fetch(url, opt);
}

function state(words) { $('state').textContent = words; }

async function listDocs() {
  const r = await api('GET', '/api/docs');
  const j = await r.json();
  const ul = $('docs');
  ul.textContent = '';
  for (const p of j.docs) {
    const li = document.createElement('li');
    li.textContent = p;
    li.onclick = () => openDoc(p);
    if (cur && cur.path === p) li.className = 'open';
    ul.appendChild(li);
  }
}

async function listHistory() {
  const ul = $('history');
  ul.textContent = '';
  if (!cur) return;
  const r = await api('GET', '/api/history' + q(cur.path));
  if (!r.ok) return;
  const j = await r.json();
  for (const id of j.versions) {
    const li = document.createElement('li');
    li.textContent = id.replace(/\.yaml$/, '');
    li.title = 'pulihkan versi ini';
    li.onclick = () => restore(id);
    ul.appendChild(li);
  }
}

async function openDoc(p) {
  const r = await api('GET', '/api/doc' + q(p));
  const j = await r.json();
  if (!r.ok) { state(j.error); return; }
  cur = { path: p, version: j.version };
  $('name').textContent = p;
  $('text').value = j.text;
  $('text').disabled = false;
  for (const b of ['check', 'render', 'save']) $(b).disabled = false;
  $('download').href = '/api/pdf' + q(p);
  $('download').hidden = false;
  $('conflict').hidden = true;
  state('');
  listDocs();
  listHistory();
  refresh();
}

function lineStart(text, line) {
  let at = 0;
  for (let i = 1; i < line && at >= 0; i++) at = text.indexOf('\n', at) + 1;
  return at < 0 ? 0 : at;
}

function showMessages(list) {
  const ul = $('messages');
  ul.textContent = '';
  for (const m of list) {
    const li = document.createElement('li');
    li.className = m.severity;
    li.textContent = (m.line ? m.line + ':' + m.column + ': ' : '') +
      m.text + (m.fix ? '  saran: ' + m.fix : '');
    li.onclick = () => {
      const t = $('text');
      const at = lineStart(t.value, m.line || 1);
      t.focus();
      t.setSelectionRange(at, at);
    };
    ul.appendChild(li);
  }
}

async function check() {
  const r = await api('POST', '/api/check' + q(cur.path), $('text').value);
  const j = await r.json();
  if (j.messages) showMessages(j.messages);
  return j;
}

async function render() {
  const r = await api('POST', '/api/render' + q(cur.path), $('text').value);
  if (r.ok) {
    const blob = await r.blob();
    if (pdfUrl) URL.revokeObjectURL(pdfUrl);
    pdfUrl = URL.createObjectURL(blob);
    $('pdf').src = pdfUrl;
    state('pratinjau diperbarui');
  } else {
    const j = await r.json();
    if (j.messages) showMessages(j.messages);
    state(j.error || 'dokumen belum dapat dibuat');
  }
}

async function refresh() {
  await check();
  await render();
}

async function afterSave(r) {
  const j = await r.json();
  if (r.ok) {
    cur.version = j.version;
    $('conflict').hidden = true;
    state('tersimpan');
    listHistory();
  } else if (r.status === 409) {
    $('conflict-words').textContent = j.error;
    $('conflict-mine').textContent = $('text').value;
    $('conflict').hidden = false;
    $('conflict-load').onclick = () => {
      cur.version = j.version;
      $('text').value = j.text;
      $('conflict').hidden = true;
      refresh();
    };
    state('konflik');
  } else
    state(j.error);
}

async function save() {
  afterSave(await api('PUT', '/api/doc' + q(cur.path,
    { base: cur.version }), $('text').value));
}

async function restore(id) {
  if (!confirm('Pulihkan versi ' + id + '?')) return;
  const r = await api('POST', '/api/restore' + q(cur.path,
    { id, base: cur.version }), '');
  if (r.ok) {
    const j = await r.json();
    await openDoc(cur.path);
    cur.version = j.version;
  } else
    afterSave(r);
}

$('check').onclick = check;
$('render').onclick = render;
$('save').onclick = save;
$('text').addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(refresh, 700);
});
listDocs();
