// /agencies/{code}: one agency's focal point (unit, phone, e-mail, address, hours), its rules for
// taking in and answering feedback, the time limits by kind (the legal clocks the hub counts
// deadlines with) and its figures (figures.js). Reads the public catalog and public figures only.
import { startPage, onLanguageChange, t, h } from '/portal-shared/portal.js';
import { ApiFailure } from '/portal-shared/api.js';
import { loadCatalog, levelName, dateOf } from '/agencies/catalog.js';
import { loadFigures, renderFigures } from '/agencies/figures.js';

const $ = (id) => document.getElementById(id);
const code = decodeURIComponent(location.pathname.replace(/\/$/, '').split('/').pop());
let agency = null;
let catalog = null;
let failure = null;
let figures; // undefined: loading; null: unavailable

/** tel: takes digits and a leading + only. */
const dialable = (phone) => phone.replace(/[^0-9+]/g, '').replace(/(?!^)\+/g, '');

function render() {
  if (!catalog && !failure) {
    return; // still loading
  }
  if (!agency) {
    $('message').textContent = failure ? failure.text()
      : (catalog ? t('Không tìm thấy cơ quan này.', 'No such agency.') : '');
    document.title = t('Không tìm thấy cơ quan', 'Agency not found');
    $('agency-name').textContent = t('Không tìm thấy cơ quan', 'Agency not found');
    return;
  }
  const name = t(agency.name, agency.nameEn);
  document.title = `${name} — ${t('Cổng tiếp nhận phản ánh, kiến nghị', 'Citizen feedback portal')}`;
  $('agency-name').textContent = name;
  $('agency-level').textContent = levelName(agency.level);
  $('focal-unit').textContent = t(agency.focalPoint, agency.focalPointEn);
  $('phone').replaceChildren(h('a', { href: `tel:${dialable(agency.contactPhone)}` },
    agency.contactPhone));
  $('email').replaceChildren(h('a', { href: `mailto:${agency.contactEmail}` }, agency.contactEmail));
  $('address').textContent = t(agency.address, agency.addressEn);
  $('hours').textContent = t(agency.hours, agency.hoursEn) || '—';
  const rules = t(agency.rules, agency.rulesEn) || '';
  $('rules-text').replaceChildren(...rules.split('\n').filter((line) => line.trim())
    .map((line) => h('p', null, line)));
  $('rules-updated').textContent = agency.rulesUpdatedOn
    ? t(`Cập nhật ngày ${dateOf(agency.rulesUpdatedOn)}`, `Updated on ${dateOf(agency.rulesUpdatedOn)}`)
    : '';
  $('rules-document').hidden = !agency.infoRulesUrl;
  if (agency.infoRulesUrl) {
    $('rules-link').href = agency.infoRulesUrl;
  }
  renderTimeLimits();
  renderFigures($('figures-content'), figures, agency);
  $('figures-loading').hidden = figures !== undefined;
  $('figures-unavailable').hidden = figures !== null;
  $('figures-content').hidden = !figures;
  $('agency').hidden = false;
}

/** One row per legal clock, with the categories it times: the same for every agency. */
function renderTimeLimits() {
  const clocks = new Map();
  for (const category of catalog.categories || []) {
    if (!category.clock) {
      continue;
    }
    const row = clocks.get(category.clock.code) || { clock: category.clock, categories: [] };
    row.categories.push(category);
    clocks.set(category.clock.code, row);
  }
  const days = (n, clock) => (clock.dayType === 'WORKING'
    ? t(`${n} ngày làm việc`, `${n} working days`) : t(`${n} ngày`, `${n} days`));
  $('time-limits-table').tBodies[0].replaceChildren(...[...clocks.values()].map(({ clock, categories }) =>
    h('tr', { 'data-clock': clock.code },
      h('th', { scope: 'row' }, t(clock.name, clock.nameEn),
        h('span', { class: 'hint' }, ' (',
          categories.map((c) => t(c.name, c.nameEn)).join(', '), ')')),
      h('td', null, days(clock.firstResponseDays, clock)),
      h('td', null, days(clock.resolutionDays, clock)),
      h('td', null, clock.extensionDays > 0 ? days(clock.extensionDays, clock) : '—'),
      h('td', { lang: 'vi' }, clock.legalBasis))));
}

startPage();
onLanguageChange(render);
const figuresArrived = loadFigures(code).then((f) => { figures = f; });
try {
  catalog = await loadCatalog();
  agency = (catalog.agencies || []).find((a) => a.code === code) || null;
} catch (e) {
  failure = e instanceof ApiFailure ? e : new ApiFailure(0, null);
}
render();
await figuresArrived;
if (agency) {
  render();
}
