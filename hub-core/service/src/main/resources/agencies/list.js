// /agencies: every agency, grouped by level, each linked to its page (focal point, rules, time
// limits, figures). Reads the public catalog only.
import { startPage, onLanguageChange, t, h } from '/portal-shared/portal.js';
import { ApiFailure } from '/portal-shared/api.js';
import { loadCatalog, levelName, levelOrder } from '/agencies/catalog.js';

const $ = (id) => document.getElementById(id);
let agencies = null;
let failure = null;

function render() {
  $('message').textContent = failure ? failure.text() : '';
  if (!agencies) {
    return;
  }
  const levels = [...new Set(agencies.map((a) => a.level))]
    .sort((a, b) => levelOrder(a) - levelOrder(b));
  $('groups').replaceChildren(...levels.map((level) => {
    const id = `level-${level}`;
    const members = agencies.filter((a) => a.level === level)
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    return h('section', { class: 'card', 'aria-labelledby': id, 'data-level': level },
      h('h2', { id }, levelName(level)),
      h('ul', { class: 'agency-list' }, members.map((a) => h('li', { 'data-code': a.code },
        h('a', { href: `/agencies/${encodeURIComponent(a.code)}` }, t(a.name, a.nameEn)),
        h('p', { class: 'hint' }, t(a.focalPoint, a.focalPointEn), ' · ',
          t('Điện thoại', 'Phone'), ' ', a.contactPhone)))));
  }));
}

startPage();
onLanguageChange(render);
try {
  agencies = (await loadCatalog()).agencies || [];
} catch (e) {
  failure = e instanceof ApiFailure ? e : new ApiFailure(0, null);
}
render();
