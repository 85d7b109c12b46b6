// The four kinds a citizen can send, what each means, and its time limit as the catalog gives it
// (GET /api/public/catalog: each category has a kind and a clock; a kind's limit is the clock of
// its categories). The home page and the report form both show them.
import { t } from '/portal-shared/portal.js';

export const KINDS = [
  { code: 'REPORT', actionEn: 'Send a report', vi: 'Phản ánh', en: 'Report',
    meaningVi: 'Báo cho chính quyền một vấn đề bạn thấy: đường hư, rác thải, ô nhiễm, mất trật tự…',
    meaningEn: 'Tell the authorities about a problem you see: a damaged road, rubbish, pollution, disorder…' },
  { code: 'SUGGESTION', actionEn: 'Send a suggestion', vi: 'Kiến nghị', en: 'Suggestion',
    meaningVi: 'Đề xuất cách làm tốt hơn về quy định, thủ tục hành chính, hoặc góp ý dự thảo văn bản.',
    meaningEn: 'Propose a better way: rules, administrative procedures, or comments on draft legal texts.' },
  { code: 'INFORMATION_REQUEST', actionEn: 'Ask for information', vi: 'Yêu cầu cung cấp thông tin', en: 'Information request',
    meaningVi: 'Đề nghị cơ quan nhà nước cung cấp thông tin theo Luật Tiếp cận thông tin.',
    meaningEn: 'Ask a public body for information under the Law on Access to Information.' },
  { code: 'COMPLAINT', actionEn: 'Lodge a complaint', vi: 'Khiếu nại', en: 'Complaint',
    meaningVi: 'Đề nghị xem xét lại quyết định, hành vi hành chính mà bạn cho là trái pháp luật, xâm phạm quyền lợi của bạn.',
    meaningEn: 'Ask for review of an administrative decision or act you believe is unlawful and harms your rights.' },
];

/** Reports and suggestions share one legal track (PAKN) and so one list of categories. */
const TRACK = { REPORT: 'PAKN', SUGGESTION: 'PAKN', QUESTION: 'PAKN',
  INFORMATION_REQUEST: 'INFO', COMPLAINT: 'COMPLAINT' };

/** The catalog's categories a citizen may choose for a kind, those of the kind itself first. */
export function categoriesFor(catalog, kind) {
  const same = catalog.categories.filter((c) => c.kind === kind);
  const track = catalog.categories.filter((c) => c.kind !== kind && TRACK[c.kind] === TRACK[kind]);
  return same.concat(track);
}

/** "10 ngày làm việc" / "10 working days" from a catalog clock. */
export function clockText(clock) {
  const n = clock.resolutionDays;
  return clock.dayType === 'WORKING'
    ? t(`${n} ngày làm việc`, `${n} working day${n === 1 ? '' : 's'}`)
    : t(`${n} ngày`, `${n} day${n === 1 ? '' : 's'}`);
}

/**
 * A kind's time limit: its categories' clocks, the most used first; null when the catalog has
 * no category of that kind.
 */
export function kindLimitText(catalog, kind) {
  const counts = new Map();
  for (const c of catalog.categories) {
    if (c.kind === kind && c.clock) {
      const key = `${c.clock.resolutionDays}|${c.clock.dayType}`;
      const seen = counts.get(key) || { clock: c.clock, n: 0 };
      seen.n += 1;
      counts.set(key, seen);
    }
  }
  if (counts.size === 0) {
    return null;
  }
  const clocks = [...counts.values()].sort((a, b) => b.n - a.n).map((s) => clockText(s.clock));
  return t('Thời hạn giải quyết: ', 'Time limit: ')
    + clocks.join(t(' hoặc ', ' or ')) + (clocks.length > 1 ? t(' (tùy lĩnh vực)', ' (by category)') : '');
}

/** The category's name in the page's language. */
export function categoryName(category) {
  return t(category.name, category.nameEn);
}

/** Fetches the catalog once per page. */
let catalogPromise = null;
export function loadCatalog(getJson) {
  if (!catalogPromise) {
    catalogPromise = getJson('/api/public/catalog', { timeoutMs: 15000 })
      .catch((e) => {
        catalogPromise = null;
        throw e;
      });
  }
  return catalogPromise;
}
