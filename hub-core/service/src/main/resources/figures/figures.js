// The province's public figures: charts of the last 12 months (drawn by the server as SVG), the
// agencies' league table for a chosen month, the communes, each figure's definition and the open
// data's links. Everything comes from /api/public/stats, the same numbers as the open data.
import { startPage, onLanguageChange, t, h, applyLanguage } from '/portal-shared/portal.js';
import { getJson } from '/portal-shared/api.js';

const $ = (id) => document.getElementById(id);
let stats = null;
let failed = false;

const percent = (v) => (v === null || v === undefined ? '—' : `${Math.round(v * 100)}%`);
const number = (v) => (v === null || v === undefined ? '—' : String(v));
const monthLabel = (m) => `${m.slice(5)}/${m.slice(0, 4)}`;
const definition = (key) => stats.definitions.find((d) => d.key === key);
const nameOf = (key) => { const d = definition(key); return t(d.name, d.nameEn); };

const COLUMNS = [
  { key: 'received', show: number },
  { key: 'resolved', show: number },
  { key: 'onTimeRate', show: percent },
  { key: 'medianWorkingDaysToResolve', show: number },
  { key: 'satisfaction', show: percent },
  { key: 'ratedShare', show: percent },
  { key: 'reopenRate', show: percent },
  { key: 'openBacklog', show: number },
  { key: 'overdueBacklog', show: number },
];

function monthIndex() {
  return Math.max(0, stats.months.indexOf($('month').value));
}

function sortValue(row, key) {
  const v = row.months[monthIndex()][key];
  return v === null || v === undefined ? -1 : v;
}

function fillTable(table, captionText, rows, link) {
  const i = monthIndex();
  table.querySelector('caption').textContent = captionText;
  table.querySelector('thead tr').replaceChildren(
    h('th', { scope: 'col', class: 'name' }, t('Tên', 'Name')),
    ...COLUMNS.map((c) => h('th', { scope: 'col' }, nameOf(c.key))));
  table.querySelector('tbody').replaceChildren(...rows.map((row) => {
    const m = row.months[i];
    return h('tr', { dataset: { code: row.code } },
      h('th', { scope: 'row' }, link ? h('a', { href: link(row) }, t(row.name, row.nameEn || row.name))
        : t(row.name, row.nameEn || row.name)),
      ...COLUMNS.map((c) => h('td', { class: m[c.key] === null ? 'empty' : null,
        dataset: { measure: c.key } }, c.show(m[c.key]))));
  }));
}

function render() {
  if (failed) {
    $('message').textContent = t('Chưa đọc được số liệu, vui lòng thử lại sau.',
      'The figures cannot be read right now; please try again later.');
    return;
  }
  if (!stats) {
    return;
  }
  const month = $('month').value;
  $('updated').textContent = stats.updatedAt
    ? t('Cập nhật lúc ', 'Updated at ') + new Date(stats.updatedAt).toLocaleString(
      t('vi-VN', 'en-GB'), { timeZone: 'Asia/Ho_Chi_Minh' }) : '';
  for (const option of $('month').options) {
    option.textContent = monthLabel(option.value);
  }
  const sortKey = $('sort').value;
  const agencies = stats.agencies.filter((a) => a.months.some((m) => m.received > 0
    || m.resolved > 0 || m.openBacklog > 0));
  agencies.sort((a, b) => sortValue(b, sortKey) - sortValue(a, sortKey)
    || a.name.localeCompare(b.name, 'vi'));
  fillTable($('league'), t(`Các cơ quan, tháng ${monthLabel(month)}, sắp xếp theo ${nameOf(sortKey).toLowerCase()}`,
    `Agencies, ${monthLabel(month)}, sorted by ${nameOf(sortKey).toLowerCase()}`), agencies,
  (row) => `/agencies/${encodeURIComponent(row.code)}`);
  const communes = stats.communes.filter((c) => c.months.some((m) => m.received > 0
    || m.resolved > 0 || m.openBacklog > 0));
  communes.sort((a, b) => sortValue(b, sortKey) - sortValue(a, sortKey)
    || a.name.localeCompare(b.name, 'vi'));
  fillTable($('communes'), t(`Các xã, phường, tháng ${monthLabel(month)}`,
    `Communes and wards, ${monthLabel(month)}`), communes, null);
  $('definitions').replaceChildren(...stats.definitions.flatMap((d) => [
    h('dt', null, t(d.name, d.nameEn)), h('dd', null, t(d.definition, d.definitionEn))]));
  $('licence').textContent = stats.licence;
  $('csv-link').href = `/api/public/stats/tickets.csv?month=${month}`;
  for (const [id, key] of [['chart-ontime', 'onTimeRate'], ['chart-satisfaction', 'satisfaction'],
    ['chart-received', 'received']]) {
    $(id).alt = t(`Biểu đồ ${nameOf(key).toLowerCase()} toàn tỉnh theo tháng`,
      `Chart of the province's ${nameOf(key).toLowerCase()} by month`);
  }
}

async function load() {
  try {
    // Asked again on every visit: a citizen who reloads after an answer expects it counted (the
    // server keeps the rollup cached for hub.figures.cache-ttl, so this costs it little).
    stats = await getJson('/api/public/stats', { cache: 'no-cache' });
  } catch (e) {
    failed = true;
    render();
    return;
  }
  $('month').replaceChildren(...stats.months.slice().reverse().map((m) => h('option', { value: m },
    monthLabel(m))));
  render();
  document.body.dataset.loaded = 'true';
}

startPage();
onLanguageChange(render);
$('month').addEventListener('change', render);
$('sort').addEventListener('change', render);
applyLanguage(document);
load();
