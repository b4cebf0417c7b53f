// SPDX-License-Identifier: ISC
// naskah serve's page: the documents of DIR; one open in the code view
// (editor.js), checked 300 ms after each change with its messages at
// their lines and listed, a reviewer's fix applied on request; its
// preview (preview.js) redrawn after each change; save (the button or
// Ctrl+S) against the version it was opened at (a conflict keeps both
// texts), the history and a restore, the PDF to download; a new
// document from a starter (POST /api/new, as naskah init).
// window.naskah is what web/form.js (the form mode) uses: api(method,
// url, body), q(path, args), state(words), cur ({ path, version }),
// text(), setText(text) (an undoable edit, then checked and rendered),
// refresh(), save(); the event 'naskah-open' on document tells that a
// document was opened.  #tab-form is hidden until form.js shows it.
import { CodeView, fixScalar } from '/editor.js';
import { Preview } from '/preview.js';

const csrf = document.querySelector('meta[name="naskah-csrf"]').content;
const $ = (id) => document.getElementById(id);
const view = new CodeView($('text'), $('gutter'));
const preview = new Preview($('preview'), $('pages'));
const DELAY = 300;	// ms of quiet after a keystroke before a check
let cur = null;		// { path, version }
let timer = null;
let seq = 0;		// the newest check and render
let aborts = [];
let pdfUrl = null;

function q(path, more) {
  let s = '?path=' + encodeURIComponent(path);
  for (const k in more || {})
    s += '&' + k + '=' + encodeURIComponent(more[k]);
  return s;
}

async function api(method, url, body, signal) {
  const opt = { method, headers: {}, signal };
  if (method !== 'GET') {
    opt.headers['X-Naskah-CSRF'] = csrf;
    opt.headers['Content-Type'] = 'application/yaml';
    opt.body = body;
  }
  return fetch(url, opt);
}

function state(words) { $('state').textContent = words; }

function item(text, click, cls) {
  const li = document.createElement('li');
  li.textContent = text;
  li.onclick = click;
  if (cls) li.className = cls;
  return li;
}

async function listDocs() {
  const j = await (await api('GET', '/api/docs')).json();
  $('docs').replaceChildren(...j.docs.map((p) =>
    item(p, () => openDoc(p), cur && cur.path === p ? 'open' : '')));
  const was = $('new-asal').value;
  $('new-asal').replaceChildren(...j.docs.map((p) => new Option(p, p)));
  if (j.docs.includes(was)) $('new-asal').value = was;
  else if (cur && j.docs.includes(cur.path)) $('new-asal').value = cur.path;
  newName();
}

// Dokumen baru: the name offered for the chosen starter (a perubahan
// beside the decree it revises, as naskah init names it), unless the
// clerk typed one
let nameTyped = false;
function newName() {
  const jenis = $('new-jenis').value;
  const asal = $('new-asal').value;
  $('new-asal-row').hidden = jenis !== 'perubahan';
  if (nameTyped) return;
  $('new-name').value = jenis === 'perubahan' ?
    (asal ? asal.replace(/\.ya?ml$/, '') + '-perubahan.yaml' : '') : jenis + '-baru.yaml';
}

async function newDoc() {
  const jenis = $('new-jenis').value;
  const asal = $('new-asal').value;
  let name = $('new-name').value.trim();
  if (!name) { $('new-state').textContent = 'tulis nama berkasnya'; return; }
  if (!/\.ya?ml$/i.test(name)) name += '.yaml';
  // a perubahan is written in its decree's folder
  if (jenis === 'perubahan' && !name.includes('/') && asal.includes('/'))
    name = asal.replace(/[^/]*$/, '') + name;
  const more = { jenis };
  if (jenis === 'perubahan') more.asal = asal;
  const r = await api('POST', '/api/new' + q(name, more), '');
  const j = await r.json();
  if (!r.ok) { $('new-state').textContent = j.error; return; }
  $('new-state').textContent = '';
  nameTyped = false;
  $('new').open = false;
  await openDoc(j.path);
  state(j.path + ' dibuat: isi yang diminta komentarnya');
}

async function listHistory() {
  $('history').textContent = '';
  if (!cur) return;
  const r = await api('GET', '/api/history' + q(cur.path));
  if (!r.ok) return;
  const j = await r.json();
  $('history').replaceChildren(...j.versions.map((id) => {
    const li = item(id.replace(/\.yaml$/, '').replace(
      /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d).*/, '$1-$2-$3 $4:$5:$6 UTC'),
    () => restore(id));
    li.title = 'pulihkan versi ini';
    return li;
  }));
}

function setText(text) {
  $('text').value = text;
  view.numbers();
  $('text').scrollTop = 0;
  view.sync();
}

async function openDoc(p) {
  const r = await api('GET', '/api/doc' + q(p));
  const j = await r.json();
  if (!r.ok) { state(j.error); return; }
  cur = { path: p, version: j.version };
  $('name').textContent = p;
  setText(j.text);
  $('text').disabled = false;
  for (const b of ['save', 'tab-text', 'tab-form']) $(b).disabled = false;
  $('download').href = '/api/pdf' + q(p);
  $('download').removeAttribute('download');
  $('download').hidden = false;
  $('conflict').hidden = true;
  state('');
  listDocs();
  listHistory();
  document.dispatchEvent(new CustomEvent('naskah-open', { detail: cur }));
  refresh();
}

const SEV = { error: 'kesalahan', fatal: 'kesalahan', warning: 'peringatan', note: 'catatan' };

function applyFix(m) {
  const r = fixScalar($('text').value, m.line, m.column, m.fix);
  if (r.why) {
    state('saran tidak dapat diterapkan otomatis: ' + r.why + '; ubah sendiri');
    view.jump(m.line, m.column);
    return;
  }
  view.replace(r.text);
  view.jump(r.line, 1);
  state('saran diterapkan di baris ' + r.line + ' (belum disimpan)');
}

// a message about another file (one the document includes) is listed
// with that file's name, not marked in this text
const own = (m) => !m.file || (cur && m.file === cur.path);

// dropped: how many more the server counted but did not send (it sends
// at most 1000 of each severity)
function showMessages(list, dropped) {
  view.marks(list.filter(own));
  const n = { kesalahan: 0, peringatan: 0, catatan: 0 };
  const lis = list.map((m) => {
    const sev = SEV[m.severity] || m.severity;
    n[sev] = (n[sev] || 0) + 1;
    const li = document.createElement('li');
    li.className = SEV[m.severity] === 'kesalahan' ? 'error' : m.severity;
    li.dataset.line = m.line || 0;
    const pos = document.createElement('span');
    pos.className = 'pos';
    pos.textContent = (own(m) ? '' : m.file + ':') + (m.line ? m.line + ':' + m.column : '');
    const words = document.createElement('span');
    words.textContent = ' ' + sev + (/^[a-z0-9-]+$/.test(m.id || '') ? ' [' + m.id + ']' : '') +
      ': ' + m.text;
    li.append(pos, words);
    if (m.fix != null && own(m)) {
      const fix = document.createElement('div');
      fix.className = 'fix';
      fix.textContent = 'saran: ' + m.fix + ' ';
      const b = document.createElement('button');
      b.textContent = 'Terapkan saran';
      b.onclick = (e) => { e.stopPropagation(); applyFix(m); };
      fix.appendChild(b);
      li.appendChild(fix);
    }
    if (m.line && own(m)) li.onclick = () => view.jump(m.line, m.column);
    return li;
  });
  $('messages').replaceChildren(...lis);
  $('summary').textContent = list.length === 0 ? 'Tidak ada pesan' :
    [n.kesalahan && n.kesalahan + ' kesalahan', n.peringatan && n.peringatan + ' peringatan',
      n.catatan && n.catatan + ' catatan',
      dropped > 0 && dropped + ' pesan lain tidak ditampilkan'].filter(Boolean).join(', ');
}

// refresh(): check and render the text as it is now; what an older
// refresh brings back after a newer one started is dropped
async function refresh() {
  if (!cur) return;
  const my = ++seq;
  for (const a of aborts) a.abort();
  const ac = [new AbortController(), new AbortController()];
  aborts = ac;
  const text = $('text').value;
  const checked = (async () => {
    try {
      const r = await api('POST', '/api/check' + q(cur.path), text, ac[0].signal);
      const j = await r.json();
      if (my === seq && j.messages) showMessages(j.messages, j.dropped || 0);
    } catch (e) {
      if (e.name !== 'AbortError') state('server tidak menjawab: ' + e.message);
    }
  })();
  try {
    const r = await api('POST', '/api/render' + q(cur.path), text, ac[1].signal);
    if (r.ok) {
      const bytes = new Uint8Array(await r.arrayBuffer());
      if (my !== seq) return;
      if (await preview.show(bytes.slice())) {
        if (pdfUrl) URL.revokeObjectURL(pdfUrl);
        pdfUrl = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
        $('download').href = pdfUrl;
        $('download').download = cur.path.replace(/^.*\//, '').replace(/\.ya?ml$/, '') + '.pdf';
        window.naskah.shownAt = performance.now();
        state('pratinjau diperbarui');
      }
    } else if (my === seq) {
      await checked;
      state('pratinjau belum diperbarui: perbaiki kesalahan yang ditandai');
    }
    await checked;
  } catch (e) {
    if (e.name !== 'AbortError') state('server tidak menjawab: ' + e.message);
  }
}

async function afterSave(r) {
  const j = await r.json();
  if (r.ok) {
    cur.version = j.version;
    $('conflict').hidden = true;
    window.naskah.saves++;
    state('tersimpan');
    listHistory();
  } else if (r.status === 409) {
    $('conflict-words').textContent = 'Berkas ini sudah diubah dan disimpan di tempat lain ' +
      '(tab atau orang lain). Teks Anda belum disimpan. (' + j.error + ')';
    $('conflict-mine').textContent = $('text').value;
    $('conflict').hidden = false;
    $('conflict-load').onclick = () => {
      cur.version = j.version;
      setText(j.text);
      $('conflict').hidden = true;
      refresh();
    };
    state('konflik: tidak disimpan');
  } else
    state(j.error);
}

async function save() {
  if (!cur) return;
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

function changed() {
  clearTimeout(timer);
  timer = setTimeout(refresh, DELAY);
}

$('save').onclick = save;
$('new-jenis').onchange = newName;
$('new-asal').onchange = newName;
$('new-name').oninput = () => { nameTyped = $('new-name').value !== ''; };
$('new-make').onclick = newDoc;
$('text').addEventListener('input', changed);
document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
    e.preventDefault();
    save();
  }
});
$('tab-text').onclick = () => {
  $('code').hidden = false;
  $('form').hidden = true;
  $('tab-text').classList.add('on');
  $('tab-form').classList.remove('on');
};

// for web/form.js and the browser test
window.naskah = {
  api, q, state, refresh, save, preview, view,
  get cur() { return cur; },
  text: () => $('text').value,
  // setText(t): the file's text replaced, as an edit (undoable, checked)
  setText: (t) => { view.replace(t); changed(); },
  shownAt: 0,
  saves: 0,	// saves that succeeded (the state line may say more since)
};
listDocs();
