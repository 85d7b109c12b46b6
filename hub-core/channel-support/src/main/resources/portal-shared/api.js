// The portal's client for the hub's public API, same origin, never with cookies: citizens have
// no session. A refusal comes back as an ApiFailure carrying the server's bilingual ApiError
// ({error, message, messageEn, fields: [{field, code, messageVi, messageEn}]}).
import { t } from './portal.js';

export class ApiFailure extends Error {
  constructor(status, body) {
    super((body && body.message) || fallback(status).vi);
    this.status = status;
    this.code = (body && body.error) || `HTTP_${status}`;
    this.messageVi = (body && body.message) || fallback(status).vi;
    this.messageEn = (body && body.messageEn) || fallback(status).en;
    this.fields = (body && Array.isArray(body.fields)) ? body.fields : [];
  }

  /** The reason in the page's language. */
  text() {
    return t(this.messageVi, this.messageEn);
  }
}

function fallback(status) {
  if (status === 0) {
    return { vi: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
      en: 'Cannot reach the server. Please check your connection and try again.' };
  }
  if (status === 429) {
    return { vi: 'Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.',
      en: 'Too many requests. Please try again in a few minutes.' };
  }
  return { vi: `Máy chủ chưa xử lý được yêu cầu (mã ${status}). Vui lòng thử lại.`,
    en: `The server could not handle the request (code ${status}). Please try again.` };
}

/**
 * One call: the parsed JSON answer (null when empty), or an ApiFailure. body is sent as JSON,
 * or as it is when it is FormData; timeoutMs gives up (status 0) after that long; cache is
 * fetch's cache mode ('no-cache': ask the server again even if the browser holds a fresh copy).
 */
export async function call(method, path, { body, headers = {}, timeoutMs, cache } = {}) {
  const init = { method, credentials: 'omit', headers: { Accept: 'application/json', ...headers } };
  if (cache) {
    init.cache = cache;
  }
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const controller = timeoutMs ? new AbortController() : null;
  const timer = controller ? setTimeout(() => controller.abort(), timeoutMs) : null;
  if (controller) {
    init.signal = controller.signal;
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiFailure(0, null);
  } finally {
    if (timer) {
      clearTimeout(timer);
    }
  }
  const text = await response.text().catch(() => '');
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = null;
  }
  if (!response.ok) {
    throw new ApiFailure(response.status, json);
  }
  return json;
}

export const getJson = (path, options) => call('GET', path, options);
export const postJson = (path, body, options) => call('POST', path, { ...options, body });
