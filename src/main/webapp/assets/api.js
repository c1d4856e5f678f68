// Calls to the PTDV REST API with the session cookie; errors are RFC 9457 problem+json.

const BASE = new URL('api/', new URL('.', document.baseURI)).pathname;

/** An API error: status, title, detail and errors (field → message) of the problem+json answer. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `Lỗi ${status}`);
    this.status = status;
    this.title = problem.title || 'Có lỗi xảy ra';
    this.detail = problem.detail || '';
    this.errors = problem.errors || {};
    this.retryAfter = problem.retryAfter;
    this.problem = problem;
  }
}

/** The URL of an API path ("admissions?org=LC"). */
export function apiUrl(path) {
  return BASE + path;
}

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.append(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

let onUnauthorized = () => {};
/** What to do when the session has ended (show the sign-in page). */
export function whenSignedOut(handler) {
  onUnauthorized = handler;
}

let onPasswordChangeRequired = () => {};
/** What to do when the server says the temporary password must be changed first (show the change form). */
export function whenPasswordChangeRequired(handler) {
  onPasswordChangeRequired = handler;
}

/** The raw response of a call; throws ApiError for 4xx/5xx. */
export async function call(method, path, body, { allowUnauthorized = false, contentType } = {}) {
  const headers = { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json, application/problem+json, */*' };
  const init = { method, headers, credentials: 'same-origin' };
  if (contentType) {
    headers['Content-Type'] = contentType;   // a raw body: a file as the user chose it
    init.body = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json; charset=UTF-8';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(apiUrl(path), init);
  } catch (e) {
    throw new ApiError(0, { title: 'Không kết nối được máy chủ', detail: 'Kiểm tra kết nối mạng rồi thử lại.' });
  }
  if (response.ok) return response;
  let problem = {};
  try {
    problem = await response.json();
  } catch (e) {
    problem = { title: `Lỗi ${response.status}` };
  }
  const retry = response.headers.get('Retry-After');
  if (retry) problem.retryAfter = Number(retry);
  if (response.status === 401 && !allowUnauthorized) onUnauthorized();
  if (response.status === 403 && String(problem.type || '').endsWith('/password-change-required')) onPasswordChangeRequired();
  throw new ApiError(response.status, problem);
}

/** The JSON body of a call (null for 204). */
export async function json(method, path, body, options) {
  const response = await call(method, path, body, options);
  if (response.status === 204) return null;
  return response.json();
}

export const get = (path, options) => json('GET', path, undefined, options);
export const post = (path, body, options) => json('POST', path, body, options);
export const put = (path, body) => json('PUT', path, body);
export const del = (path) => json('DELETE', path);

/** Sends a file as the raw body of a POST (a spreadsheet to an import); the JSON answer. */
export const upload = (path, file, contentType) => json('POST', path, file, { contentType });
