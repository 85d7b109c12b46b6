// The report form: kind, category with its guidance, where (commune, address, map pin), photos,
// description, optional contact, consent; then a look for similar open reports, and the
// tracking code with its QR code. Errors, the client's and the server's, stand beside their
// fields in the page's language.
import { startPage, onLanguageChange, applyLanguage, beacon, t, h } from '/portal-shared/portal.js';
import { getJson, ApiFailure } from '/portal-shared/api.js';
import { KINDS, categoriesFor, clockText, categoryName, loadCatalog } from '/portal/kinds.js';
import { communePicker, mapPin } from '/portal/places.js';
import { photoPicker } from '/portal/photos.js';
import * as pow from '/portal/pow.js';
import { sendReport, follow, similar, newKey } from '/portal/sending.js';
import { showErrors, clearErrors } from '/portal/field-errors.js';

const $ = (id) => document.getElementById(id);
const form = $('report-form');
const idempotencyKey = newKey();
let catalog = { categories: [], communes: [] };
let commune = null;
let map = { point: () => null };
let photos = { count: () => 0, prepare: async () => [] };
let similarSeen = false;
let photoPlace = null; // where the first photo was taken, on a portal without a map

/**
 * A picked photo carries the place it was taken: it pins the map (unless the citizen pinned one);
 * without a map, it is the report's point and the page says so.
 */
function photoTaken(place) {
  if (map.placeAt(place) || !$('map-on').hidden || photoPlace) {
    return;
  }
  photoPlace = place;
  renderPhotoPlace();
}
function renderPhotoPlace() {
  const shown = $('photo-place');
  const where = photoPlace ? `${photoPlace.latitude}, ${photoPlace.longitude}` : '';
  shown.textContent = photoPlace ? t(`Vị trí lấy từ ảnh: ${where}`, `Place taken from the photo: ${where}`) : '';
}

startPage();
renderKinds();
onLanguageChange(() => {
  renderKinds();
  renderCategories();
  renderPhotoPlace();
});

Promise.all([
  loadCatalog(getJson),
  getJson('/api/web/portal-settings').catch(() => null),
]).then(([c, settings]) => {
  catalog = c;
  commune = communePicker(catalog.communes);
  map = mapPin(settings);
  photos = photoPicker((settings && settings.maxPhotos) || 5, photoTaken);
  renderKinds();
  renderCategories();
  performance.mark('portal-ready'); // read by the browser benchmark (deploy/bench-portal.sh)
}).catch((e) => {
  const message = $('catalog-message');
  message.textContent = t('Chưa tải được danh mục lĩnh vực và xã/phường. Vui lòng tải lại trang.',
    'The list of categories and communes could not be loaded. Please reload the page.');
  message.hidden = false;
});

function chosenKind() {
  const checked = form.querySelector('input[name="kind"]:checked');
  return checked ? checked.value : null;
}

function renderKinds() {
  const asked = new URLSearchParams(location.search).get('kind');
  const current = chosenKind() || (KINDS.some((k) => k.code === asked) ? asked : null);
  $('kinds').replaceChildren(...KINDS.map((kind) => {
    const limits = catalog.categories.filter((c) => c.kind === kind.code && c.clock)
      .map((c) => clockText(c.clock));
    const limit = limits.length ? [...new Set(limits)].join(t(' hoặc ', ' or ')) : null;
    return h('div', { class: 'kind-option' },
      h('input', { type: 'radio', name: 'kind', id: `kind-${kind.code}`, value: kind.code,
        checked: kind.code === current, 'aria-describedby': `kind-${kind.code}-desc`,
        onchange: renderCategories }),
      h('label', { for: `kind-${kind.code}` },
        h('strong', null, t(kind.vi, kind.en)),
        h('span', { id: `kind-${kind.code}-desc`, class: 'kind-desc' },
          t(kind.meaningVi, kind.meaningEn),
          limit ? h('span', { class: 'limit' }, t(' Thời hạn: ', ' Time limit: ') + limit) : null)));
  }));
}

function renderCategories() {
  const select = $('category');
  const kind = chosenKind();
  const before = select.value;
  const options = kind ? categoriesFor(catalog, kind) : [];
  select.replaceChildren(
    h('option', { value: '' }, kind ? t('— Chọn lĩnh vực —', '— Choose a category —')
      : t('— Chọn loại ý kiến trước —', '— Choose a kind first —')),
    ...options.map((c) => h('option', { value: c.code }, categoryName(c))));
  if (options.some((c) => c.code === before)) {
    select.value = before;
  } else if (options.length === 1) {
    select.value = options[0].code;
  }
  renderGuidance();
}

function renderGuidance() {
  const category = catalog.categories.find((c) => c.code === $('category').value);
  const guidance = $('category-guidance');
  if (!category) {
    guidance.textContent = '';
    return;
  }
  // The catalog's own guidance when it has some; else what it has: the clock and its basis.
  const own = t(category.guidance, category.guidanceEn);
  const clock = category.clock;
  guidance.replaceChildren(...[
    own ? h('span', null, own, ' ') : null,
    clock ? h('span', null, t('Thời hạn giải quyết: ', 'Time limit: ') + clockText(clock)
      + t(` (trả lời lần đầu trong ${clock.firstResponseDays} ngày).`,
        ` (first answer within ${clock.firstResponseDays} days).`)) : null,
    clock && clock.legalBasis ? h('span', { lang: 'vi', class: 'basis' },
      ` ${t('Căn cứ', 'Legal basis (in Vietnamese)')}: ${clock.legalBasis}`) : null,
  ].filter(Boolean));
}
// 'input' too: a closed select changed with the arrow keys may fire no 'change' until it loses focus.
$('category').addEventListener('change', renderGuidance);
$('category').addEventListener('input', renderGuidance);

// The first touch of the form: counted once, and the anti-automation work starts.
form.addEventListener('input', function started() {
  form.removeEventListener('input', started);
  beacon('REPORT_STARTED');
  pow.prepare().catch(() => {});
});

function contact() {
  const value = (id) => $(id).value.trim() || null;
  return { name: value('name'), phone: value('phone'), email: value('email') };
}

function consent() {
  return { given: $('consent').checked, textVersion: $('consent-text').dataset.version };
}

function report() {
  const point = map.point() || photoPlace;
  const address = $('address').value.trim();
  return {
    kind: chosenKind(),
    categoryCode: $('category').value || null,
    description: $('description').value.trim(),
    location: {
      communeCode: commune ? commune.code() : null,
      latitude: point ? point.latitude : null,
      longitude: point ? point.longitude : null,
      address: address || null,
    },
    ...contact(),
    photosPublic: $('photos-public').checked,
    consent: consent(),
  };
}

/** The form's own checks, the server's rules in short: the server checks again. */
function check(r) {
  const errors = [];
  if (!r.kind) {
    errors.push({ field: 'kind', messageVi: 'Vui lòng chọn loại ý kiến.', messageEn: 'Choose a kind.' });
  }
  if (!r.categoryCode) {
    errors.push({ field: 'categoryCode', messageVi: 'Vui lòng chọn lĩnh vực.', messageEn: 'Choose a category.' });
  }
  const where = r.location;
  if (!where.communeCode && !where.address && where.latitude === null) {
    errors.push({ field: 'location', messageVi: 'Vui lòng chọn xã/phường, ghi địa chỉ hoặc ghim trên bản đồ.',
      messageEn: 'Choose a commune, write an address or drop a pin.' });
  }
  if (r.description.length < 10) {
    errors.push({ field: 'description', messageVi: 'Nội dung cần ít nhất 10 ký tự.',
      messageEn: 'The description needs at least 10 characters.' });
  }
  if (!r.consent.given) {
    errors.push({ field: 'consent.given', messageVi: 'Vui lòng đồng ý cho xử lý dữ liệu cá nhân để gửi.',
      messageEn: 'Please consent to the processing of personal data to send.' });
  }
  return errors;
}

function busy(on, vi, en) {
  $('send').disabled = on;
  $('progress').textContent = on ? t(vi, en) : '';
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearErrors();
  const r = report();
  const errors = check(r);
  if (errors.length) {
    showErrors(errors);
    return;
  }
  if (!similarSeen) {
    busy(true, 'Đang tìm phản ánh tương tự…', 'Looking for similar reports…');
    const matches = await similar(r.categoryCode, r.location.communeCode, r.description);
    busy(false);
    if (matches.length) {
      showSimilar(matches);
      return;
    }
  }
  await send(r);
});

async function send(r) {
  busy(true, 'Đang gửi…', 'Sending…');
  try {
    const pictures = photos.count() ? await photos.prepare() : [];
    const answer = await sendReport(r, pictures, idempotencyKey);
    showDone(answer, false);
  } catch (e) {
    const failure = e instanceof ApiFailure ? e : new ApiFailure(0, null);
    showErrors(failure.fields.length ? failure.fields : [],
      { messageVi: failure.messageVi, messageEn: failure.messageEn });
  } finally {
    busy(false);
  }
}

function showSimilar(items) {
  similarSeen = true;
  $('similar-list').replaceChildren(...items.map((item) => h('li', { class: 'card' },
    h('p', null, h('strong', null, item.categoryName || item.categoryCode),
      item.communeName ? ` — ${item.communeName}` : ''),
    h('p', { class: 'muted' }, [item.agencyName, statusText(item.status),
      item.createdAt ? new Date(item.createdAt).toLocaleDateString(t('vi-VN', 'en-GB')) : null]
      .filter(Boolean).join(' · ')),
    item.wordsInCommon && item.wordsInCommon.length
      ? h('p', null, t('Từ giống nhau: ', 'Words in common: ') + item.wordsInCommon.join(', ')) : null,
    h('p', { class: 'muted' }, `${t('Mã', 'Code')} ${item.trackingCode}`),
    h('button', { type: 'button', class: 'button', 'data-code': item.trackingCode,
      onclick: () => followExisting(item.trackingCode) },
      t(`Theo dõi phản ánh này (${item.trackingCode})`, `Follow this report (${item.trackingCode})`)))));
  $('form-view').hidden = true;
  $('similar-view').hidden = false;
  applyLanguage($('similar-view'));
  $('similar-title').focus();
}

$('send-new').addEventListener('click', () => {
  $('similar-view').hidden = true;
  $('form-view').hidden = false;
  form.requestSubmit();
});

const followKeys = new Map(); // one key per report followed from this form: a retry is the same follow
let followingNow = false;
async function followExisting(code) {
  const error = $('similar-error');
  if (followingNow) {
    return; // a double click: the first one is on its way
  }
  error.hidden = true;
  if (!$('consent').checked) {
    error.textContent = t('Để theo dõi, vui lòng quay lại và đồng ý cho xử lý dữ liệu cá nhân.',
      'To follow, go back and consent to the processing of personal data.');
    error.hidden = false;
    return;
  }
  if (!followKeys.has(code)) {
    followKeys.set(code, newKey());
  }
  followingNow = true;
  try {
    showDone(await follow(code, contact(), consent(), followKeys.get(code)), true);
  } catch (e) {
    const failure = e instanceof ApiFailure ? e : new ApiFailure(0, null);
    error.textContent = failure.text();
    error.hidden = false;
  } finally {
    followingNow = false;
  }
}

let done = null;
onLanguageChange(() => done && renderDone());
function showDone(answer, following) {
  done = { answer, following };
  renderDone();
  $('form-view').hidden = true;
  $('similar-view').hidden = true;
  $('done-view').hidden = false;
  $('done-title').focus();
}

function renderDone() {
  const { answer, following } = done;
  const code = answer.trackingCode;
  $('done-title').textContent = following ? t('Bạn đang theo dõi phản ánh này', 'You are following this report')
    : t('Đã tiếp nhận', 'Received');
  $('done-message').textContent = t(answer.message, answer.messageEn);
  $('done-code').textContent = code;
  $('done-qr').src = `/api/web/tracking-qr/${encodeURIComponent(code)}`;
  $('done-qr').alt = t(`Mã QR dẫn đến trang tra cứu mã ${code}`, `QR code to the tracking page of ${code}`);
  $('done-link').href = `/track?code=${encodeURIComponent(code)}`;
}

const STATUS = {
  RECEIVED: ['Đã tiếp nhận', 'Received'], ROUTED: ['Đã chuyển cơ quan có thẩm quyền', 'Forwarded'],
  TRIAGE: ['Đang phân loại', 'Being sorted'], ASSIGNED: ['Đã giao cán bộ', 'Assigned'],
  IN_PROGRESS: ['Đang xử lý', 'In progress'], WAITING_FOR_CITIZEN: ['Chờ bổ sung', 'Waiting for information'],
  REOPENED: ['Đã mở lại', 'Reopened'],
};
function statusText(status) {
  const label = STATUS[status];
  return label ? t(label[0], label[1]) : status;
}
