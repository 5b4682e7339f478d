// The public API of the gateway on this origin. The key lives in this tab's session storage only and travels only in
// the Authorization header: never in a URL (EventSource cannot send headers, so the event streams are read with fetch).
const keyName = 'gateway.apiKey';

export const session = {
  get key() { return sessionStorage.getItem(keyName); },
  signIn(key) { sessionStorage.setItem(keyName, key); },
  signOut() { sessionStorage.removeItem(keyName); },
};

/** An answer that was not 2xx; `problem` holds its RFC 9457 problem details when it had any. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

async function request(path, { method = 'GET', body, headers = {}, signal } = {}) {
  const key = session.key;
  const response = await fetch(path, {
    method, signal, cache: 'no-store',
    headers: { Accept: 'application/json', ...(key ? { Authorization: `Bearer ${key}` } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

export const api = {
  list: ({ status, vendor, page, pageSize }, signal) => {
    const query = new URLSearchParams({ page, pageSize });
    if (status) query.set('status', status);
    if (vendor) query.set('vendor', vendor);
    return request(`v1/generations?${query}`, { signal });
  },
  get: id => request(`v1/generations/${encodeURIComponent(id)}`),
  cancel: id => request(`v1/generations/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  submit: body => request('v1/generations', { method: 'POST', body, headers: { 'Idempotency-Key': crypto.randomUUID() } }),
  styles: vendor => request(`v1/vendors/${encodeURIComponent(vendor)}/styles`),
  openApi: () => request('openapi/v1.json'),
};

/**
 * Reads a text/event-stream with fetch (the Authorization header included) and calls onEvent(type, data) per event.
 * Reconnects after a dropped connection with Last-Event-ID, as EventSource would. Ends when signal aborts or the
 * server closes a finished stream (closeWhenDone).
 */
export async function streamEvents(path, onEvent, { signal, closeWhenDone = false, onState = () => {} } = {}) {
  let lastEventId = null;
  let delay = 1000;
  while (!signal?.aborted) {
    try {
      const response = await fetch(path, {
        signal, cache: 'no-store',
        headers: { Accept: 'text/event-stream', Authorization: `Bearer ${session.key}`,
          ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}) },
      });
      if (!response.ok) {
        const text = await response.text();
        throw new ApiError(response.status, text ? JSON.parse(text) : null);
      }
      onState('live');
      delay = 1000;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value.replace(/\r\n?/g, '\n');
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let type = 'message';
          const data = [];
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) continue;
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const content = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'event') type = content;
            else if (field === 'data') data.push(content);
            else if (field === 'id') lastEventId = content;
          }
          if (data.length) onEvent(type, JSON.parse(data.join('\n')));
        }
      }
      if (closeWhenDone) return;
    } catch (error) {
      if (signal?.aborted) return;
      if (error instanceof ApiError && error.status < 500) { onState('error', error); return; }
      onState('reconnecting');
    }
    await new Promise(resolve => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 15000);
  }
}
