import { api, ApiError, session, streamEvents } from './api.js';
import { showPreview } from './viewers.js';
import { renderSubmitForm } from './submit.js';

const statuses = ['requested', 'accepted', 'processing', 'completed', 'failed', 'cancelled'];
const terminal = new Set(['completed', 'failed', 'cancelled']);
const stages = ['preparing', 'queued', 'submitting', 'processing', 'collecting'];
const view = document.getElementById('view');
const liveStatus = document.getElementById('live-status');
let feed = null;          // the tenant's event stream, open while signed in
let leaveView = () => {}; // what the current view stops when another one opens
let justSubmitted = null; // the generation this tab submitted last: results may not have recorded it yet
const listeners = new Set();

const h = (tag, props = {}, ...children) => {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children.flat().filter(child => child !== null && child !== undefined && child !== false));
  return element;
};
const when = value => value ? new Date(value).toLocaleString() : '—';
const bytes = size => size < 1024 ? `${size} B` : size < 1048576 ? `${(size / 1024).toFixed(1)} KiB` : `${(size / 1048576).toFixed(1)} MiB`;
const statusBadge = status => h('span', { className: `status ${status}`, textContent: status });

function showSignIn(message = '') {
  feed?.abort();
  feed = null;
  document.getElementById('nav').hidden = true;
  document.getElementById('sign-in').hidden = false;
  document.getElementById('sign-in-error').textContent = message;
  view.replaceChildren();
  liveStatus.hidden = true;
  document.getElementById('api-key').focus();
}

document.getElementById('sign-in-form').addEventListener('submit', async event => {
  event.preventDefault();
  const input = document.getElementById('api-key');
  const key = input.value.trim();
  if (!key) { document.getElementById('sign-in-error').textContent = 'Enter an API key.'; return; }
  session.signIn(key);
  try {
    await api.list({ page: 1, pageSize: 1 });
  } catch (error) {
    session.signOut();
    document.getElementById('sign-in-error').textContent = error instanceof ApiError && error.status === 401
      ? 'The gateway does not know this key (or it was revoked).'
      : error instanceof ApiError && error.status === 403 ? 'This key may not read generations (scope generations:read).' : error.message;
    return;
  }
  input.value = '';
  route();
});

document.getElementById('sign-out').addEventListener('click', () => { session.signOut(); location.hash = '#/generations'; showSignIn(); });

function openFeed() {
  if (feed) return;
  feed = new AbortController();
  streamEvents('v1/events', (type, data) => listeners.forEach(listener => listener(type, data)), {
    signal: feed.signal,
    onState: (state, error) => {
      liveStatus.hidden = false;
      liveStatus.textContent = state === 'live' ? 'Live' : state === 'reconnecting' ? 'Reconnecting…' : `Live updates stopped: ${error?.message}`;
      liveStatus.dataset.state = state;
      if (error?.status === 401) { session.signOut(); showSignIn('The key is no longer valid; sign in again.'); }
    },
  });
}

function onEvents(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function route() {
  leaveView();
  leaveView = () => {};
  if (!session.key) { showSignIn(); return; }
  document.getElementById('sign-in').hidden = true;
  document.getElementById('nav').hidden = false;
  openFeed();
  const [, page, id] = location.hash.split('/');
  if (page === 'new') renderSubmit();
  else if (page === 'generations' && id) renderDetail(decodeURIComponent(id));
  else renderList(new URLSearchParams(location.hash.split('?')[1] ?? ''));
}

function failed(error) {
  if (error instanceof ApiError && error.status === 401) { session.signOut(); showSignIn('The key is no longer valid; sign in again.'); return; }
  view.replaceChildren(h('p', { className: 'error', role: 'alert', textContent: error.message }));
}

// ---- The list: filters, paging, rows updated in place from the event stream.
async function renderList(query) {
  const filter = { status: query.get('status') ?? '', vendor: query.get('vendor') ?? '', page: Number(query.get('page') ?? 1), pageSize: 20 };
  const vendors = await import('./submit.js').then(m => m.vendorKeys()).catch(() => []);
  const select = (name, label, options) => h('label', {}, label, ' ',
    h('select', { name, onchange: change => go({ ...filter, [name]: change.target.value, page: 1 }) },
      h('option', { value: '', textContent: 'any' }), options.map(value => h('option', { value, textContent: value, selected: value === filter[name] }))));
  const go = next => {
    const params = new URLSearchParams(Object.entries(next).filter(([key, value]) => value && key !== 'pageSize'));
    location.hash = `#/generations?${params}`;
  };
  let page;
  try { page = await api.list(filter); } catch (error) { failed(error); return; }
  const rows = new Map();
  const tbody = h('tbody', {}, page.items.map(item => {
    const row = listRow(item);
    rows.set(item.id, row);
    return row;
  }));
  const pages = Math.max(1, Math.ceil(page.totalCount / page.pageSize));
  view.replaceChildren(
    h('h1', { textContent: 'Generations' }),
    h('div', { className: 'filters' }, select('status', 'Status', statuses), select('vendor', 'Vendor', vendors),
      h('a', { href: '#/new', textContent: 'New generation' })),
    page.items.length
      ? h('table', { className: 'generations' }, h('thead', {}, h('tr', {}, ['Generation', 'Vendor', 'Kind', 'Status', 'Progress', 'Requested'].map(text => h('th', { scope: 'col', textContent: text })))), tbody)
      : h('p', { textContent: 'No generations match.' }),
    h('nav', { className: 'pager', ariaLabel: 'Pages' },
      h('button', { type: 'button', className: 'secondary', textContent: 'Previous', disabled: filter.page <= 1, onclick: () => go({ ...filter, page: filter.page - 1 }) }),
      h('span', { textContent: `Page ${page.page} of ${pages} (${page.totalCount})` }),
      h('button', { type: 'button', className: 'secondary', textContent: 'Next', disabled: filter.page >= pages, onclick: () => go({ ...filter, page: filter.page + 1 }) })));
  let refresh = null;
  leaveView = onEvents((type, data) => {
    const id = data.generationId ?? data.id;
    const row = rows.get(id);
    if (row) updateRow(row, type, data);
    else if (filter.page === 1 && (!filter.vendor || filter.vendor === data.vendor) && !refresh) {
      // A generation this page has not shown yet (just submitted): read the page again, once for a burst of them.
      refresh = setTimeout(() => { if (location.hash.startsWith('#/generations') || location.hash === '') route(); }, 300);
    }
  });
}

function listRow(item) {
  const progress = h('progress', { max: 100, value: item.progress, ariaLabel: `Progress of ${item.id}` });
  const row = h('tr', {},
    h('td', { className: 'id' }, h('a', { href: `#/generations/${item.id}`, textContent: item.id.slice(0, 8) })),
    h('td', { textContent: item.vendor }),
    h('td', { textContent: item.kind ?? '—' }),
    h('td', { className: 'status-cell' }, statusBadge(item.status)),
    h('td', {}, progress, h('span', { className: 'percent', textContent: ` ${item.progress} %` }),
      h('span', { className: 'queue-place', textContent: item.queue ? ` · ${queueText(item.queue)}` : '' })),
    h('td', { textContent: when(item.createdAt) }));
  row.dataset.id = item.id;
  row.dataset.status = item.status;
  return row;
}

function updateRow(row, type, data) {
  const status = data.status ?? type;
  const percent = data.percent ?? data.progress;
  if (terminal.has(row.dataset.status)) return;
  row.dataset.status = status;
  row.querySelector('.status-cell').replaceChildren(statusBadge(status));
  if (percent !== undefined) {
    row.querySelector('progress').value = percent;
    row.querySelector('.percent').textContent = ` ${percent} %`;
  }
  row.querySelector('.queue-place').textContent = data.queue ? ` · ${queueText(data.queue)}` : '';
}

// A queued generation's place in its vendor's queue: "#3 in queue · starts in about 3 min".
function queueText(queue) {
  const seconds = queue.estimatedStartSeconds;
  const start = seconds === null || seconds === undefined ? ''
    : seconds < 90 ? ` · starts in about ${Math.max(1, seconds)} s`
    : ` · starts in about ${Math.ceil(seconds / 60)} min`;
  return `#${queue.position} in queue${start}`;
}

// ---- One generation: timeline, inputs, failure, usage, cancel, assets and the preview, live until it ends.
async function renderDetail(id) {
  let record;
  try { record = await recordOf(id); } catch (error) { failed(error); return; }
  if (decodeURIComponent(location.hash) !== `#/generations/${id}`) return; // left while waiting
  const stream = new AbortController();
  leaveView = () => { stream.abort(); view.querySelector('.preview')?.disposeViewer?.(); };
  drawDetail(record);
  if (!terminal.has(record.status)) {
    streamEvents(`v1/generations/${encodeURIComponent(id)}/events`, async (type, data) => {
      if (terminal.has(type)) {
        try { drawDetail(await api.get(id)); } catch (error) { failed(error); }
      } else {
        drawProgress({ ...record, status: data.status, stage: data.stage, progress: data.percent, etaSeconds: data.etaSeconds, queue: data.queue });
      }
    }, { signal: stream.signal, closeWhenDone: true });
  }
}

/**
 * The generation's record. Intake accepts a request before results records it, so right after this tab submitted it a
 * 404 is asked again for up to 20 s; any other id's 404 shows at once.
 */
async function recordOf(id) {
  for (let attempt = 1; ; attempt++) {
    try { return await api.get(id); } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 404 || id !== justSubmitted || attempt >= 80) throw error;
      await new Promise(resolve => setTimeout(resolve, 250));
    }
  }
}

function timeline(record) {
  const current = stages.indexOf(record.stage);
  const done = record.status === 'completed';
  return h('ol', { className: 'timeline', ariaLabel: 'Stages' },
    stages.map((stage, index) => h('li', {
      className: done || index < current ? 'done' : index === current && !terminal.has(record.status) ? 'current' : '',
      textContent: stage, ariaCurrent: index === current && !terminal.has(record.status) ? 'step' : null,
    })),
    h('li', { className: terminal.has(record.status) ? 'done' : '', textContent: terminal.has(record.status) ? record.status : 'done' }));
}

function drawProgress(record) {
  const section = view.querySelector('#progress');
  if (!section) return;
  section.replaceChildren(
    h('p', {}, 'Status: ', statusBadge(record.status), record.stage ? ` · stage ${record.stage}` : ''),
    timeline(record),
    record.queue ? h('p', { id: 'queue-place', textContent: `Waiting for a ${record.vendor} slot: ${queueText(record.queue)}` }) : null,
    h('label', { htmlFor: 'progress-bar', textContent: `Progress ${record.progress} %${record.etaSeconds ? ` · about ${record.etaSeconds} s left` : ''}` }),
    h('progress', { id: 'progress-bar', max: 100, value: record.progress }));
  view.querySelector('#detail').dataset.status = record.status;
}

function inputsSummary(request) {
  if (!request) return h('p', { textContent: 'The request has not been recorded yet.' });
  const inputs = request.inputs ?? {};
  const facts = [['Kind', request.kind]];
  if (inputs.prompt) facts.push(['Prompt', inputs.prompt]);
  if (inputs.images?.length) facts.push(['Images', `${inputs.images.length} image${inputs.images.length > 1 ? 's' : ''}`]);
  if (inputs.video) facts.push(['Video', 'one video']);
  if (inputs.subjectReference) facts.push(['Subject', inputs.subjectReference]);
  for (const [group, values] of [['Option', request.options], ['Vendor option', request.vendorOptions]]) {
    for (const [key, value] of Object.entries(values ?? {})) {
      if (value !== null && value !== undefined && !(Array.isArray(value) && !value.length)) facts.push([`${group} ${key}`, Array.isArray(value) ? value.join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value)]);
    }
  }
  return facts;
}

const factList = facts => h('dl', { className: 'facts' }, facts.flatMap(([term, value]) => [h('dt', { textContent: term }), h('dd', { textContent: value ?? '—' })]));

function drawDetail(record) {
  const cancel = h('button', { type: 'button', className: 'danger', id: 'cancel', textContent: 'Cancel generation', hidden: terminal.has(record.status) || record.cancelRequested });
  const cancelNote = h('p', { className: 'hint', role: 'status', id: 'cancel-note', textContent: record.cancelRequested && !terminal.has(record.status) ? 'Cancellation requested.' : '' });
  cancel.addEventListener('click', async () => {
    cancel.disabled = true;
    try { await api.cancel(record.id); cancel.hidden = true; cancelNote.textContent = 'Cancellation requested.'; }
    catch (error) { cancel.disabled = false; cancelNote.textContent = error.message; }
  });
  const usage = record.usage;
  const preview = h('div', { className: 'preview', id: 'preview' });
  const failure = record.failure;
  view.replaceChildren(h('article', { id: 'detail' },
    h('p', {}, h('a', { href: '#/generations', textContent: '← Generations' })),
    h('h1', { textContent: `Generation ${record.id.slice(0, 8)}` }),
    h('div', { className: 'columns' },
      h('div', {},
        h('section', { id: 'progress', ariaLabel: 'Progress' }),
        cancel, cancelNote,
        failure && h('section', { id: 'failure' }, h('h2', { textContent: 'Why it failed' }), factList([
          ['Reason', failure.reason],
          ['Retry', failure.retryable ? 'A retry could succeed.' : 'A retry would fail the same way.'],
          ['Vendor code', failure.vendorCode], ['Vendor message', failure.vendorMessage]])),
        record.cancellation && h('p', { textContent: record.cancellation.vendorJobStopped ? 'The vendor job was stopped.' : `The vendor job could not be stopped${record.cancellation.note ? `: ${record.cancellation.note}` : '.'}` }),
        h('h2', { textContent: 'Request' }),
        factList([['Id', record.id], ['Vendor', record.vendor], ['Vendor job', record.vendorJobId], ['Requested', when(record.createdAt)], ['Ended', when(record.completedAt)],
          ...(Array.isArray(inputsSummary(record.request)) ? inputsSummary(record.request) : [])]),
        h('h2', { textContent: 'Usage and cost' }),
        usage ? factList([['Credits', usage.credits], ['Cost', usage.cost !== null && usage.cost !== undefined ? `${usage.cost} ${usage.currency ?? ''}` : null], ['Quantity', usage.quantity]])
          : h('p', { textContent: 'The vendor has not reported usage.' })),
      h('div', {},
        h('h2', { textContent: 'Result' }),
        record.assets.length ? preview : h('p', { textContent: terminal.has(record.status) ? 'No assets.' : 'The result appears here when the generation completes.' }),
        record.assets.length > 0 && h('h3', { textContent: 'Assets' }),
        record.assets.length > 0 && h('ul', { className: 'assets' }, record.assets.map(asset => h('li', {},
          h('a', { href: asset.url, download: asset.name, rel: 'noreferrer', textContent: asset.name }),
          ` · ${asset.role}, ${asset.format}, ${bytes(asset.sizeBytes)}`)))))));
  drawProgress(record);
  if (record.assets.length) {
    showPreview(preview, record.assets).then(shown => { if (!shown) preview.replaceWith(h('p', { textContent: 'No preview for these formats; download them below.' })); });
  }
}

// ---- Submitting: the form is drawn from the OpenAPI description of POST /v1/generations.
async function renderSubmit() {
  view.replaceChildren(h('h1', { textContent: 'New generation' }));
  try {
    view.append(await renderSubmitForm(async body => {
      const accepted = await api.submit(body);
      justSubmitted = accepted.generationId;
      location.hash = `#/generations/${accepted.generationId}`;
    }));
  } catch (error) { failed(error); }
}

window.addEventListener('hashchange', route);
route();
