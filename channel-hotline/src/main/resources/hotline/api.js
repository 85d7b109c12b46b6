// The hotline's API and the parts of hub-core's the console uses, same origin. The client itself
// (requests, refusals, hub-core's session) is the copy shared with the staff console.

import { query, refusalWording, request, staffSession } from '/web-shared/api.js';

export { ApiFailure, whenSessionLost } from '/web-shared/api.js';

refusalWording({
  forbidden: 'Bạn không có quyền thực hiện thao tác này, hoặc phiên làm việc đã kết thúc.',
});

const call = (id) => `/api/hotline/calls/${encodeURIComponent(id)}`;

export const api = {
  ...staffSession,
  catalog: () => request('GET', '/api/public/catalog'),
  // The number in the body, never in the address (proxies log addresses).
  history: (national) => request('POST', '/api/staff/callers/history', { phone: national }),
  nearby: (category, commune) => request('GET', '/api/staff/callers/nearby'
    + query({ category, commune })),
  script: () => request('GET', '/api/hotline/script'),
  desk: () => request('GET', '/api/hotline/desk'),
  claimDesk: (extension) => request('PUT', '/api/hotline/desk', { extension }),
  startCall: (caller) => request('POST', '/api/hotline/calls', { caller }),
  currentCall: () => request('GET', '/api/hotline/calls/current'),
  call: (id) => request('GET', call(id)),
  report: (id, form) => request('POST', call(id) + '/report', form),
  followUp: (id, form) => request('POST', call(id) + '/follow-up', form),
  close: (id, outcome) => request('POST', call(id) + '/close', { outcome }),
  knowledge: (q) => request('GET', '/api/hotline/knowledge' + query({ q })),
  figures: (from, to) => request('GET', '/api/hotline/supervisor/figures' + query({ from, to })),
};
