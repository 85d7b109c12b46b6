// The portal's search page: the form is a plain GET to /search, so the address carries the
// query; this script reads it, asks /api/public/search and lists the hits labelled by kind.
// Snippets come from the server already escaped, with the matched words in <mark>.
import { startPage, onLanguageChange, t, h } from '/portal-shared/portal.js';
import { getJson, ApiFailure } from '/portal-shared/api.js';

const $ = (id) => document.getElementById(id);
const KINDS = {
  CODE: ['Mã tra cứu', 'Tracking code'],
  ARTICLE: ['Hướng dẫn', 'Guidance'],
  ANSWER: ['Câu trả lời đã công khai', 'Published answer'],
  TICKET: ['Phản ánh đang xử lý', 'Open report'],
};
let found = null;
let failure = null;
let catalog = null;

function params() {
  const p = new URLSearchParams(location.search);
  return {
    q: p.get('q') || '', type: p.get('type') || '', category: p.get('category') || '',
    commune: p.get('commune') || '', page: Number(p.get('page')) || 1,
  };
}

function fillFilters(current) {
  const category = $('category');
  const commune = $('commune');
  category.replaceChildren(category.options[0], ...catalog.categories.map((c) =>
    h('option', { value: c.code }, t(c.name, c.nameEn))));
  commune.replaceChildren(commune.options[0], ...catalog.communes.map((c) =>
    h('option', { value: c.code }, c.name)));
  category.value = current.category;
  commune.value = current.commune;
}

function hit(r) {
  const [vi, en] = KINDS[r.type] || [r.type, r.type];
  const title = t(r.title, r.titleEn) || r.code;
  const snippet = h('p', { class: 'snippet' });
  if (r.snippet) {
    snippet.innerHTML = r.snippet; // escaped by the server's highlighter
  }
  const meta = r.type === 'TICKET' || r.type === 'CODE' ? t(r.summary, r.summaryEn)
    : [r.categoryName, r.communeName, r.agencyName].filter(Boolean).join(' — ');
  return h('li', { 'data-type': r.type },
    h('span', { class: 'kind' }, t(vi, en)),
    h('h3', {}, h('a', { href: r.url }, title)),
    r.snippet ? snippet : null,
    meta ? h('p', { class: 'meta' }, meta) : null);
}

function render() {
  $('message').textContent = failure ? failure.text() : '';
  if (!found) {
    return;
  }
  const p = params();
  $('results').replaceChildren(...found.results.map(hit));
  $('none').hidden = found.results.length > 0;
  $('summary').textContent = found.results.length
    ? t(`${found.total} kết quả cho “${found.query}”`, `${found.total} results for “${found.query}”`)
    : '';
  const more = found.total > p.page * 20 && p.page < 50;
  $('pager').hidden = !more;
  if (more) {
    const next = new URL(location.href);
    next.searchParams.set('page', String(p.page + 1));
    $('next').href = next.pathname + next.search;
  }
}

async function start() {
  startPage();
  const p = params();
  $('q').value = p.q;
  $('type').value = p.type;
  try {
    catalog = await getJson('/api/public/catalog');
    fillFilters(p);
  } catch (e) {
    // the filters stay "All"; the search itself still works
  }
  onLanguageChange(() => {
    if (catalog) {
      fillFilters(params());
    }
    render();
  });
  for (const id of ['type', 'category', 'commune']) {
    $(id).addEventListener('change', () => $('search-form').requestSubmit());
  }
  if (!p.q && !p.category && !p.commune) {
    return;
  }
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) {
    if (v && !(k === 'page' && v === 1)) {
      query.set(k, String(v));
    }
  }
  try {
    found = await getJson('/api/public/search?' + query);
    failure = null;
  } catch (e) {
    failure = e instanceof ApiFailure ? e : new ApiFailure(0, null);
  }
  render();
}

start();
