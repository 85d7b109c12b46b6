// The citizen portal's frame, shared by every portal page (/, /report, /track) from
// /portal-shared: the language (Vietnamese first, English on request), the header with the
// switch, the footer, and the interaction beacons. No cookie: the language is remembered in
// localStorage, and ?lang=en in a link sets it.
//
// A page writes its Vietnamese in the HTML and the English beside it: data-en="..." replaces the
// text, data-en-placeholder / -aria-label / -title / -alt the attribute. Text built in script
// uses t(vi, en) and re-renders in onLanguageChange.

const STORE_KEY = 'hub.portal.lang';
const LANGS = ['vi', 'en'];
const ATTRIBUTES = ['placeholder', 'aria-label', 'title', 'alt'];
const listeners = [];
let current = initialLanguage();

function initialLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (LANGS.includes(asked)) {
    remember(asked);
    return asked;
  }
  try {
    const stored = localStorage.getItem(STORE_KEY);
    return LANGS.includes(stored) ? stored : 'vi';
  } catch (e) {
    return 'vi'; // storage off (private mode): Vietnamese
  }
}

function remember(lang) {
  try {
    localStorage.setItem(STORE_KEY, lang);
  } catch (e) {
    // storage off: the choice lasts for this page only
  }
}

/** The page's language now: 'vi' or 'en'. */
export function language() {
  return current;
}

/** The text in the page's language. */
export function t(vi, en) {
  return current === 'en' && en ? en : vi;
}

/** Called (now and) after every switch, for what a page builds in script. */
export function onLanguageChange(render) {
  listeners.push(render);
}

/** Switches every marked text, the document's language, the address's ?lang and the switch. */
export function setLanguage(lang) {
  if (!LANGS.includes(lang)) {
    return;
  }
  current = lang;
  remember(lang);
  const url = new URL(location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.set('lang', lang);
    history.replaceState(history.state, '', url);
  }
  applyLanguage(document);
  for (const render of listeners) {
    render(lang);
  }
}

/** Applies the current language to the marked elements under root (after a page adds some). */
export function applyLanguage(root) {
  document.documentElement.lang = current;
  for (const el of root.querySelectorAll('[data-en]')) {
    if (el.dataset.vi === undefined) {
      el.dataset.vi = el.textContent;
    }
    el.textContent = current === 'en' ? el.dataset.en : el.dataset.vi;
  }
  for (const name of ATTRIBUTES) {
    for (const el of root.querySelectorAll(`[data-en-${name}]`)) {
      const vi = `data-vi-${name}`;
      if (!el.hasAttribute(vi)) {
        el.setAttribute(vi, el.getAttribute(name) || '');
      }
      el.setAttribute(name, el.getAttribute(current === 'en' ? `data-en-${name}` : vi));
    }
  }
  for (const button of document.querySelectorAll('.lang-switch button')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === current));
  }
}

/** h('p', {class: 'x'}, 'text', child): an element; every text goes in as text, never markup. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.substring(2), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return el;
}

const NAV = [
  { href: '/', vi: 'Trang chủ', en: 'Home' },
  { href: '/report', vi: 'Gửi phản ánh', en: 'Report' },
  { href: '/track', vi: 'Tra cứu', en: 'Track' },
  { href: '/search', vi: 'Tìm kiếm', en: 'Search' },
  { href: '/figures', vi: 'Kết quả xử lý', en: 'Figures' },
];

function header() {
  const here = location.pathname.replace(/\/$/, '') || '/';
  return h('div', { class: 'inner' },
    h('a', { class: 'brand', href: '/' },
      h('span', { 'data-en': 'Citizen feedback portal' }, 'Cổng tiếp nhận phản ánh, kiến nghị'),
      h('small', { 'data-en': 'Reports, suggestions, information requests' },
        'Phản ánh, kiến nghị, yêu cầu cung cấp thông tin')),
    h('nav', { class: 'site-nav', 'aria-label': 'Điều hướng chính', 'data-en-aria-label': 'Main' },
      h('ul', null, NAV.map((item) => h('li', null,
        h('a', { href: item.href, 'aria-current': item.href === here ? 'page' : null,
          'data-en': item.en }, item.vi))))),
    h('div', { class: 'lang-switch', role: 'group', 'aria-label': 'Ngôn ngữ / Language' },
      h('button', { type: 'button', lang: 'vi', 'data-lang': 'vi', onclick: () => setLanguage('vi') },
        'Tiếng Việt'),
      h('button', { type: 'button', lang: 'en', 'data-lang': 'en', onclick: () => setLanguage('en') },
        'English')));
}

function footer() {
  return h('div', { class: 'inner' },
    h('p', { 'data-en': 'Hotline 1022 (free). Your personal data is processed under Decree 13/2023/ND-CP and never shown on public pages.' },
      'Đường dây nóng 1022 (miễn phí). Dữ liệu cá nhân của bạn được xử lý theo Nghị định 13/2023/NĐ-CP và không bao giờ hiển thị trên trang công khai.'),
    h('p', null, h('a', { href: '/track', 'data-en': 'Track a report' }, 'Tra cứu phản ánh'),
      ' · ', h('a', { href: '/report', 'data-en': 'Send a report' }, 'Gửi phản ánh'),
      ' · ', h('a', { href: '/agencies', 'data-en': 'Agencies: where to send feedback, their rules' },
        'Cơ quan: đầu mối tiếp nhận, quy chế'),
      ' · ', h('a', { href: '/api/public/stats', 'data-en': 'Open data' }, 'Dữ liệu mở')));
}

/**
 * Builds the frame into the page's #site-header and #site-footer, applies the language and
 * counts the visit. Each portal page calls it first.
 */
export function startPage() {
  const top = document.getElementById('site-header');
  const bottom = document.getElementById('site-footer');
  top.replaceChildren(header());
  bottom.replaceChildren(footer());
  document.body.prepend(h('a', { class: 'skip-link', href: '#main',
    'data-en': 'Skip to main content' }, 'Bỏ qua, đến nội dung chính'));
  applyLanguage(document);
  beacon('VISIT');
}

/**
 * Counts one interaction (VISIT, REPORT_STARTED, SEARCH) for the province's indicators:
 * best effort, never awaited, no cookie, nothing about the person.
 */
export function beacon(event) {
  try {
    fetch('/api/public/interactions', {
      method: 'POST',
      credentials: 'omit',
      keepalive: true,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ event }),
    }).catch(() => {});
  } catch (e) {
    // a beacon never stops a page
  }
}
