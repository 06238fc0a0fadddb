// SPDX-License-Identifier: Apache-2.0
// Calls the server with the session cookie; changes carry the CSRF token the session handed out.

let csrfToken = '';

/** An error answer of the API: {status, code, message, field}. */
export class ApiError extends Error {
  constructor(status, body) {
    const e = (body && body.error) || {};
    super(e.message || `HTTP ${status}`);
    this.status = status;
    this.code = e.code || 'http_error';
    this.field = e.field;
  }
}

export function setCsrfToken(token) {
  csrfToken = token || '';
}

async function call(method, path, body) {
  const headers = {Accept: 'application/json'};
  if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = res.headers.get('Content-Type')?.startsWith('application/json') ? await res.json() : null;
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}

export const get = (path) => call('GET', path);
export const post = (path, body) => call('POST', path, body ?? {});
export const putJson = (path, body) => call('PUT', path, body);
export const del = (path) => call('DELETE', path);

/** The query string of an object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v !== undefined && v !== null) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}
