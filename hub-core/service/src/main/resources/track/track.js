// The citizen's tracking page: reads the public API only, which holds no personal data: status,
// agency, due date, the public steps, the agency's answer and the photos the citizen allowed.
// A private link (#k=<token> after the address: never sent to a server as part of a URL) adds
// the citizen's own part: rate the outcome, or say it is not fixed (feedback.js).
import { startPage, onLanguageChange, beacon, t, h } from '/portal-shared/portal.js';
import { getJson, ApiFailure } from '/portal-shared/api.js';
import { openPrivatePart } from '/track/feedback.js';

const $ = (id) => document.getElementById(id);
let ticket = null;
let failure = null; // the last refusal, re-worded when the language switches

const dateOf = (iso) => {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
};
const timeOf = (iso) => new Date(iso).toLocaleString(t('vi-VN', 'en-GB'),
  { timeZone: 'Asia/Ho_Chi_Minh' });
const named = (n) => (n ? t(n.name, n.nameEn) : '');

function show() {
  $('message').textContent = failure ? failure.text() : '';
  if (!ticket) {
    return;
  }
  $('status').textContent = t(ticket.statusLabel, ticket.statusLabelEn);
  $('tracking-code').textContent = ticket.trackingCode;
  $('category').textContent = named(ticket.category);
  // A report the hub could not process automatically: staff call the citizen back.
  const callBack = ticket.status === 'NEEDS_CALL_BACK';
  $('call-back').hidden = !callBack;
  if (callBack && ticket.timeline.length > 0) {
    $('call-back-vi').textContent = ticket.timeline[0].text;
    $('call-back-en').textContent = ticket.timeline[0].textEn;
  }
  $('agency').textContent = ticket.agency ? named(ticket.agency)
    : (callBack ? t('Cán bộ sẽ liên hệ lại', 'Staff will call you back')
      : t('Đang chờ phân loại', 'Waiting to be sorted'));
  $('commune').textContent = named(ticket.commune) || '—';
  $('received').textContent = timeOf(ticket.receivedAt);
  $('due').textContent = ticket.dueDate ? dateOf(ticket.dueDate) : '—';
  const steps = ticket.timeline || [];
  $('timeline').replaceChildren(...steps.map((step) => h('li', { 'data-type': step.type },
    h('time', { datetime: step.at }, timeOf(step.at)), t(step.text, step.textEn))));
  // The agency's answer is its latest resolution, published on the timeline.
  const answer = steps.filter((s) => s.type === 'RESOLVED').pop();
  $('answer').hidden = !answer;
  $('answer-text').textContent = answer ? t(answer.text, answer.textEn) : '';
  const photos = Array.isArray(ticket.photos) ? ticket.photos : [];
  $('photos').hidden = photos.length === 0;
  $('photo-list').replaceChildren(...photos.map((p, i) => h('li', null,
    h('a', { href: p.url }, h('img', { src: p.url, loading: 'lazy', width: 140, height: 140,
      alt: t(`Ảnh ${i + 1} của phản ánh`, `Photo ${i + 1} of the report`) })))));
  $('result').hidden = false;
}

async function lookUp(code, { focus }) {
  $('message').textContent = '';
  $('result').hidden = true;
  beacon('SEARCH');
  try {
    ticket = await getJson(`/api/public/tickets/${encodeURIComponent(code.trim())}`);
    failure = null;
  } catch (e) {
    failure = e instanceof ApiFailure ? e : new ApiFailure(0, null);
    ticket = null;
    show();
    return;
  }
  show();
  const url = new URL(location.href);
  url.searchParams.set('code', ticket.trackingCode);
  if (!url.hash.startsWith('#k=')) {
    url.hash = ''; // a skip link's #main is no part of the ticket's address; a private #k= stays
  }
  history.replaceState(null, '', url);
  if (focus) {
    $('status').focus();
  }
}

startPage();
onLanguageChange(show);

$('lookup').addEventListener('submit', (event) => {
  event.preventDefault();
  if ($('code').value.trim()) {
    lookUp($('code').value, { focus: true });
  }
});

const initial = new URLSearchParams(location.search).get('code');
if (initial) {
  $('code').value = initial;
  lookUp(initial, { focus: false });
}
const token = new URLSearchParams(location.hash.slice(1)).get('k');
if (token) {
  openPrivatePart(token, () => initial && lookUp(initial, { focus: false }));
}
