// The staff API as the console calls it. The client itself (requests, refusals, the session) is
// the copy shared with the hotline screen.

import { query, request, staffSession } from '/web-shared/api.js';

export { ApiFailure, whenSessionLost } from '/web-shared/api.js';

export const api = {
  ...staffSession,
  inbox: (filter) => request('GET', '/api/staff/tickets' + query(filter)),
  ticket: (id) => request('GET', `/api/staff/tickets/${encodeURIComponent(id)}`),
  act: (id, input) => request('POST', `/api/staff/tickets/${encodeURIComponent(id)}/actions`, input),
  triage: (page) => request('GET', '/api/staff/triage' + query({ page })),
  transfers: (page) => request('GET', '/api/staff/transfers' + query({ page })),
  league: () => request('GET', '/api/staff/league'),
  interactions: (weeks) => request('GET', '/api/staff/interactions' + query({ weeks })),
  deadLetters: () => request('GET', '/api/staff/dead-letters'),
  acknowledgeDeadLetter: (id) => request('POST', `/api/staff/dead-letters/${encodeURIComponent(id)}/acknowledge`),
  catalog: () => request('GET', '/api/public/catalog'),
};
