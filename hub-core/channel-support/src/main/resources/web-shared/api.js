// The staff pages' (console, hotline) client for the server, same origin. The session is an
// HTTP-only cookie set by hub-core's sign-in that this script never sees: the browser sends it on
// same-origin requests. One copy, served at /web-shared, for both pages.

/** A refused request, with the server's bilingual reason when it gave one. */
export class ApiFailure extends Error {
  constructor(status, body) {
    super((body && body.message) || defaultMessage(status));
    this.status = status;
    this.code = (body && body.error) || `HTTP_${status}`;
    this.messageEn = body && body.messageEn;
    this.fields = (body && body.fields) || [];
  }
}

// What a 403 says unless the page words it its own way (see refusalWording).
let forbiddenMessage = 'Bạn không có quyền thực hiện thao tác này.';

/**
 * Sets the page's wording of a 403, so each page keeps its own text with one client: the
 * hotline's also names an ended session as a possible cause.
 */
export function refusalWording({ forbidden }) {
  forbiddenMessage = forbidden;
}

function defaultMessage(status) {
  if (status === 401) {
    return 'Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại.';
  }
  if (status === 403) {
    return forbiddenMessage;
  }
  if (status === 0) {
    return 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.';
  }
  return `Máy chủ không xử lý được yêu cầu (mã ${status}). Vui lòng thử lại.`;
}

let onSessionLost = () => {};

/** Called when a request finds the session gone (signed out elsewhere, expired, disabled). */
export function whenSessionLost(callback) {
  onSessionLost = callback;
}

/** One call to the server: the JSON answer, or an ApiFailure. */
export async function request(method, path, body, { quietOn401 = false } = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { Accept: 'application/json' }
        : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiFailure(0, null);
  }
  const text = await response.text();
  let json = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch (e) {
      json = null;
    }
  }
  if (!response.ok) {
    const failure = new ApiFailure(response.status, json);
    if (response.status === 401 && !quietOn401) {
      onSessionLost(failure);
    }
    throw failure;
  }
  return json;
}

/** ?key=value&…, leaving out empty values; an array value gives the key once per item. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of [].concat(value ?? [])) {
      if (v !== '' && v !== null && v !== undefined) {
        search.append(key, v);
      }
    }
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** hub-core's staff session, which the console and the hotline share (one cookie, one sign-in). */
export const staffSession = {
  me: () => request('GET', '/api/staff/me', undefined, { quietOn401: true }),
  signIn: (username, password) =>
    request('POST', '/api/staff/session', { username, password }, { quietOn401: true }),
  signOut: () => request('DELETE', '/api/staff/session', undefined, { quietOn401: true }),
};
