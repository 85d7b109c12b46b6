// The hotline's API and the parts of hub-core's the console uses, same origin. The session is an
// HTTP-only cookie set by hub-core's sign-in; this script never sees it.

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
    return 'Bạn không có quyền thực hiện thao tác này, hoặc phiên làm việc đã kết thúc.';
  }
  if (status === 0) {
    return 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.';
  }
  return `Máy chủ không xử lý được yêu cầu (mã ${status}). Vui lòng thử lại.`;
}

let onSessionLost = () => {};

export function whenSessionLost(callback) {
  onSessionLost = callback;
}

async function request(method, path, body, { quiet = false } = {}) {
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
    if (response.status === 401 && !quiet) {
      onSessionLost(failure);
    }
    throw failure;
  }
  return json;
}

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== '' && value !== null && value !== undefined) {
      search.append(key, value);
    }
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

const call = (id) => `/api/hotline/calls/${encodeURIComponent(id)}`;

export const api = {
  me: () => request('GET', '/api/staff/me', undefined, { quiet: true }),
  signIn: (username, password) =>
    request('POST', '/api/staff/session', { username, password }, { quiet: true }),
  signOut: () => request('DELETE', '/api/staff/session', undefined, { quiet: true }),
  catalog: () => request('GET', '/api/public/catalog'),
  history: (national) => request('GET', `/api/staff/callers/${encodeURIComponent(national)}/tickets`),
  nearby: (category, commune) => request('GET', '/api/staff/tickets'
    + query({ category, commune, size: 5 })),
  script: () => request('GET', '/api/hotline/script'),
  desk: () => request('GET', '/api/hotline/desk'),
  claimDesk: (extension) => request('PUT', '/api/hotline/desk', { extension }),
  startCall: (caller) => request('POST', '/api/hotline/calls', { caller }),
  currentCall: () => request('GET', '/api/hotline/calls/current'),
  call: (id) => request('GET', call(id)),
  report: (id, form) => request('POST', call(id) + '/report', form),
  followUp: (id, form) => request('POST', call(id) + '/follow-up', form),
  close: (id, outcome) => request('POST', call(id) + '/close', { outcome }),
  knowledge: (q, category) => request('GET', '/api/hotline/knowledge' + query({ q, category })),
  figures: (from, to) => request('GET', '/api/hotline/supervisor/figures' + query({ from, to })),
};
