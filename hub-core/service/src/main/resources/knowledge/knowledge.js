// The knowledge store's public pages: an article (/articles/{id}), a published question and
// answer (/answers/{id}) and the recent ones (/answers). Each reads the public API only, which
// holds no personal data and nothing unpublished.
import { startPage, onLanguageChange, language, t, h } from '/portal-shared/portal.js';
import { getJson } from '/portal-shared/api.js';

const $ = (id) => document.getElementById(id);
const named = (n) => (n ? t(n.name, n.nameEn) : '—');
const dateOf = (iso) => {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
};
const idInPath = () => location.pathname.split('/').filter(Boolean)[1];

let render = () => {};
let failure = null;

function showFailure() {
  $('message').textContent = failure ? failure.text() : '';
}

async function load(path, show) {
  try {
    const data = await getJson(path);
    failure = null;
    render = () => show(data);
  } catch (e) {
    failure = e;
    render = () => {};
  }
  showFailure();
  render();
}

function showArticle(a) {
  $('item').hidden = false;
  const english = language() === 'en';
  $('title').textContent = english && a.titleEn ? a.titleEn : a.titleVi;
  $('title').lang = english && a.titleEn ? 'en' : 'vi';
  $('body').textContent = english && a.bodyEn ? a.bodyEn : a.bodyVi;
  $('body').lang = english && a.bodyEn ? 'en' : 'vi';
  $('english-note').hidden = !english || Boolean(a.bodyEn);
  const parts = [a.category ? named(a.category) : null, a.agency ? named(a.agency) : null,
    `${t('Cập nhật', 'Updated')} ${dateOf(a.updatedAt)}`].filter(Boolean);
  $('meta').textContent = parts.join(' · ');
  $('source').textContent = a.sourceVi ? `${t('Nguồn', 'Source')}: ${a.sourceVi}` : '';
  document.title = `${$('title').textContent} — ${t('Cổng tiếp nhận phản ánh, kiến nghị',
    'Citizen feedback portal')}`;
}

function showAnswer(a) {
  $('item').hidden = false;
  $('category').textContent = named(a.category);
  $('commune').textContent = named(a.commune);
  $('agency').textContent = named(a.agency);
  $('published').textContent = dateOf(a.publishedOn);
  $('track').textContent = a.trackingCode;
  $('track').href = a.trackUrl;
  const english = inEnglish(a);
  $('question').textContent = english ? a.questionEn : a.questionVi;
  $('question').lang = english ? 'en' : 'vi';
  $('answer').textContent = english ? a.answerEn : a.answerVi;
  $('answer').lang = english ? 'en' : 'vi';
  $('english-note').hidden = language() !== 'en' || english;
}

function showList(p) {
  const list = $('list');
  list.replaceChildren(...p.items.map((a) => h('li', {},
    h('a', { href: a.url, lang: inEnglish(a) ? 'en' : 'vi' },
      excerpt(inEnglish(a) ? a.questionEn : a.questionVi)),
    h('p', { class: 'hint' }, [named(a.category), named(a.commune), dateOf(a.publishedOn)]
      .join(' · ')))));
  $('empty').hidden = p.items.length > 0;
  $('previous').hidden = p.page <= 1;
  $('previous').href = `/answers?page=${p.page - 1}`;
  $('next').hidden = !p.hasMore;
  $('next').href = `/answers?page=${p.page + 1}`;
}

// English readers get the lead's English texts where they were written, else the Vietnamese
// ones, marked as such.
function inEnglish(a) {
  return language() === 'en' && Boolean(a.questionEn && a.answerEn);
}

function excerpt(text) {
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

startPage();
onLanguageChange(() => {
  showFailure();
  render();
});
const page = document.body.dataset.page;
if (page === 'article') {
  load(`/api/public/articles/${encodeURIComponent(idInPath())}`, showArticle);
} else if (page === 'answer') {
  load(`/api/public/answers/${encodeURIComponent(idInPath())}`, showAnswer);
} else {
  const n = new URLSearchParams(location.search).get('page');
  load(`/api/public/answers${n ? `?page=${encodeURIComponent(n)}` : ''}`, showList);
}
