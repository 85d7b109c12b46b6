// The staff API as the console calls it. The session is an HTTP-only cookie this script never
// sees: the browser sends it on same-origin requests.

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

function defaultMessage(status) {
  if (status === 401) {
    return 'Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại.';
  }
  if (status === 403) {
    return 'Bạn không có quyền thực hiện thao tác này.';
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

async function request(method, path, body, { quietOn401 = false } = {}) {
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

function query(params) {
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

export const api = {
  me: () => request('GET', '/api/staff/me', undefined, { quietOn401: true }),
  signIn: (username, password) =>
    request('POST', '/api/staff/session', { username, password }, { quietOn401: true }),
  signOut: () => request('DELETE', '/api/staff/session', undefined, { quietOn401: true }),
  inbox: (filter) => request('GET', '/api/staff/tickets' + query(filter)),
  ticket: (id) => request('GET', `/api/staff/tickets/${encodeURIComponent(id)}`),
  act: (id, input) => request('POST', `/api/staff/tickets/${encodeURIComponent(id)}/actions`, input),
  triage: (page) => request('GET', '/api/staff/triage' + query({ page })),
  transfers: (page) => request('GET', '/api/staff/transfers' + query({ page })),
  league: () => request('GET', '/api/staff/league'),
  catalog: () => request('GET', '/api/public/catalog'),
};
