// What the agencies' pages share: the public catalog (read fresh each time, so an
// administrator's change shows at the next visit), and how a level is named.
import { t } from '/portal-shared/portal.js';
import { ApiFailure } from '/portal-shared/api.js';

/** The public catalog, revalidated (not from a cached copy), or an ApiFailure. */
export async function loadCatalog() {
  let response;
  try {
    response = await fetch('/api/public/catalog', {
      credentials: 'omit', cache: 'no-cache', headers: { Accept: 'application/json' },
    });
  } catch (e) {
    throw new ApiFailure(0, null);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok || !body) {
    throw new ApiFailure(response.status, body);
  }
  return body;
}

const LEVELS = {
  province: { vi: 'Sở, ban, ngành và cơ quan cấp tỉnh', en: 'Provincial departments and bodies', order: 0 },
  commune: { vi: 'Ủy ban nhân dân xã, phường', en: 'People\'s Committees of communes and wards', order: 1 },
};

/** A level's heading in the page's language (an unknown level is named by its code). */
export function levelName(level) {
  const known = LEVELS[level];
  return known ? t(known.vi, known.en) : level;
}

export function levelOrder(level) {
  return LEVELS[level] ? LEVELS[level].order : 9;
}

/** 2026-12-02 → 02/12/2026 */
export function dateOf(iso) {
  const [y, m, d] = String(iso).slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
