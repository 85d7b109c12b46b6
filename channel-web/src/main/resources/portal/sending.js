// What leaves the browser: the report (JSON, or multipart with photos: part "report" holding the
// same JSON and one part "photo" per picture), a follow of an existing report, the look for
// similar open reports. Each report carries an Idempotency-Key made once per form, so sending
// again after a lost answer gives the same tracking code, never a second report.
import { call, getJson, ApiFailure } from '/portal-shared/api.js';
import * as pow from '/portal/pow.js';

const POW_REFUSALS = ['PROOF_OF_WORK_REQUIRED', 'PROOF_OF_WORK_EXPIRED', 'PROOF_OF_WORK_REUSED',
  'PROOF_OF_WORK_INVALID'];

export function newKey() {
  if (crypto.randomUUID) {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** POST /api/web/reports; answers WebReportAnswer or throws ApiFailure. */
export function sendReport(report, photos, idempotencyKey) {
  return withProof((headers) => {
    let body = report;
    if (photos.length > 0) {
      body = new FormData();
      body.append('report', new Blob([JSON.stringify(report)], { type: 'application/json' }));
      photos.forEach((photo, i) => body.append('photo', photo, photo.name || `photo-${i + 1}.jpg`));
    }
    return call('POST', '/api/web/reports',
      { body, headers: { ...headers, 'Idempotency-Key': idempotencyKey } });
  });
}

/**
 * POST /api/web/follow: be told the outcome of an open report instead of filing it twice. The
 * Idempotency-Key makes a second click or a retry after a lost answer the same follow, not a
 * second follower (and a second e-mail for every notice).
 */
export function follow(trackingCode, contact, consent, idempotencyKey) {
  return withProof((headers) => call('POST', '/api/web/follow',
    { body: { trackingCode, ...contact, consent },
      headers: { ...headers, 'Idempotency-Key': idempotencyKey } }));
}

/** Open reports like this one; an empty list when the look fails (it never blocks sending). */
export async function similar(categoryCode, communeCode, text) {
  const q = new URLSearchParams({ categoryCode: categoryCode || '', communeCode: communeCode || '',
    text: (text || '').slice(0, 500) });
  try {
    const answer = await getJson(`/api/public/similar?${q}`, { timeoutMs: 5000 });
    return (answer && Array.isArray(answer.items)) ? answer.items : [];
  } catch (e) {
    return [];
  }
}

// A proof expires or is spent: one fresh try, then the refusal stands.
async function withProof(request) {
  for (let attempt = 0; ; attempt++) {
    const header = await pow.take().catch(() => {
      throw new ApiFailure(0, null);
    });
    try {
      return await request(header ? { 'X-Pow': header } : {});
    } catch (e) {
      if (attempt === 0 && e instanceof ApiFailure && POW_REFUSALS.includes(e.code)) {
        continue;
      }
      throw e;
    }
  }
}
