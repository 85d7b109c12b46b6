// An agency's figures for the last 12 months, from the public figures
// (/api/public/stats/agencies/{code}): a table of the months, the definition of each figure, and
// the server-drawn charts. When the figures cannot be had the page says so and shows the rest.
import { t, h } from '/portal-shared/portal.js';

/** The figures, or null when they cannot be had (missing, refused, not the expected shape). */
export async function loadFigures(code) {
  try {
    const response = await fetch(`/api/public/stats/agencies/${encodeURIComponent(code)}`,
      { credentials: 'omit', cache: 'no-cache', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      return null;
    }
    const body = await response.json();
    return body && Array.isArray(body.months) ? body : null;
  } catch (e) {
    return null;
  }
}

/** The columns of the table: a figure's key, and its heading when the figures name none. */
const COLUMNS = [
  ['received', 'Tiếp nhận', 'Received', 'count'],
  ['resolved', 'Đã giải quyết', 'Resolved', 'count'],
  ['onTimeRate', 'Đúng hạn', 'On time', 'rate'],
  ['medianWorkingDaysToResolve', 'Số ngày làm việc (trung vị)', 'Median working days', 'days'],
  ['satisfaction', 'Hài lòng', 'Satisfied', 'rate'],
  ['ratedShare', 'Được đánh giá', 'Rated', 'rate'],
  ['reopenRate', 'Mở lại', 'Reopened', 'rate'],
  ['openBacklog', 'Đang xử lý', 'Open', 'count'],
  ['overdueBacklog', 'Quá hạn', 'Overdue', 'count'],
];

const CHARTS = [
  ['onTimeRate', 'Tỷ lệ giải quyết đúng hạn theo tháng', 'On-time rate by month'],
  ['satisfaction', 'Tỷ lệ hài lòng theo tháng', 'Satisfaction by month'],
  ['received', 'Số phản ánh tiếp nhận theo tháng', 'Items received by month'],
];

function value(v, kind) {
  if (v === null || v === undefined) {
    return '—';
  }
  const locale = t('vi-VN', 'en-GB');
  if (kind === 'rate') {
    return `${(v * 100).toLocaleString(locale, { maximumFractionDigits: 1 })}%`;
  }
  return Number(v).toLocaleString(locale, { maximumFractionDigits: 1 });
}

const monthOf = (ym) => {
  const [y, m] = String(ym).split('-');
  return `${m}/${y}`;
};

/** Fills target with the table, the definitions and the charts (nothing when no figures). */
export function renderFigures(target, figures, agency) {
  if (!figures) {
    target.replaceChildren();
    return;
  }
  const definitions = new Map((figures.definitions || []).map((d) => [d.key, d]));
  const heading = ([key, vi, en]) => {
    const d = definitions.get(key);
    return d ? t(d.name, d.nameEn) : t(vi, en);
  };
  const name = t(agency.name, agency.nameEn);
  const table = h('div', { class: 'table-wrap', role: 'region', tabindex: '0',
    'aria-labelledby': 'figures-caption' },
  h('table', { id: 'figures-table' },
    h('caption', { id: 'figures-caption', class: 'visually-hidden' },
      t(`Kết quả xử lý theo tháng của ${name}`, `Monthly figures of ${name}`)),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('Tháng', 'Month')),
      COLUMNS.map((c) => h('th', { scope: 'col', class: 'num' }, heading(c))))),
    h('tbody', null, figures.months.map((m) => h('tr', { 'data-month': m.month },
      h('th', { scope: 'row' }, monthOf(m.month)),
      COLUMNS.map(([key, , , kind]) => h('td', { class: 'num', 'data-key': key },
        value(m[key], kind))))))));
  const explained = (figures.definitions || []).length === 0 ? null
    : h('details', null, h('summary', null, t('Cách tính từng chỉ số', 'How each figure is counted')),
      h('dl', { class: 'definitions' }, figures.definitions.map((d) => [
        h('dt', null, t(d.name, d.nameEn)), h('dd', null, t(d.definition, d.definitionEn))])));
  const charts = h('div', { class: 'charts' }, CHARTS.map(([measure, vi, en]) => h('figure', null,
    h('img', { src: `/api/public/stats/chart.svg?scope=agency&code=${encodeURIComponent(agency.code)}`
      + `&measure=${measure}`, alt: `${t(vi, en)}: ${name}`, loading: 'lazy', width: 600, height: 300 }),
    h('figcaption', null, t(vi, en)))));
  target.replaceChildren(table, explained, charts);
}
