// The portal's home page: the way to report, the tracking box (a plain form to /track, which
// works before this script runs), and what each kind of item means with its time limit.
import { startPage, onLanguageChange, t, h } from '/portal-shared/portal.js';
import { getJson } from '/portal-shared/api.js';
import { KINDS, kindLimitText, loadCatalog } from '/portal/kinds.js';

let catalog = null;

function renderKinds() {
  const list = document.getElementById('kinds');
  list.replaceChildren(...KINDS.map((kind) => {
    const limit = catalog ? kindLimitText(catalog, kind.code) : null;
    return h('li', { class: 'kind-card card', id: `kind-${kind.code}` },
      h('h3', null, t(kind.vi, kind.en)),
      h('p', null, t(kind.meaningVi, kind.meaningEn)),
      limit ? h('p', { class: 'limit', 'data-limit': kind.code }, limit) : null,
      h('a', { href: `/report?kind=${kind.code}` },
        t(`Gửi ${kind.vi.toLowerCase()}`, kind.actionEn)));
  }));
}

startPage();
renderKinds();
onLanguageChange(renderKinds);
loadCatalog(getJson).then((c) => {
  catalog = c;
  renderKinds();
  performance.mark('portal-ready'); // read by the browser benchmark (bench/bench-portal.sh)
}).catch((e) => {
  document.getElementById('catalog-message').textContent =
    t('Chưa tải được thời hạn giải quyết; vui lòng tải lại trang sau.',
      'The time limits could not be loaded; please reload the page later.');
});
