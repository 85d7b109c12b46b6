// Building the staff pages (console, hotline) without innerHTML: every text from the server goes
// in as text, never markup. One copy, served at /web-shared, for both pages.

/** h('p', {class: 'x', dataset: {testid: 'y'}}, 'text', child) → an element. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.substring(2), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(el, child);
    } else {
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
}

/** Replaces the main area and moves focus to its heading, so screen readers follow the route. */
export function show(...children) {
  const main = document.getElementById('main');
  main.replaceChildren(...children.flat().filter(Boolean));
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}

let noticeTimer;

/** A message in the live region: kind 'ok' or 'error'. Errors stay until the next message. */
export function notify(text, kind = 'ok') {
  const notice = document.getElementById('notice');
  clearTimeout(noticeTimer);
  notice.textContent = text;
  notice.className = 'notice ' + kind;
  notice.dataset.kind = kind;
  notice.hidden = false;
  if (kind === 'ok') {
    noticeTimer = setTimeout(() => { notice.hidden = true; }, 6000);
  }
}

export function clearNotice() {
  clearTimeout(noticeTimer);
  document.getElementById('notice').hidden = true;
}

const PROVINCE_ZONE = 'Asia/Ho_Chi_Minh';

/** 2025-10-03 → 03/10/2025 (a date without a time, as the law counts days). */
export function day(isoDate) {
  if (!isoDate) {
    return '—';
  }
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

/** An instant in the province's time: 03/10/2025 14:05. */
export function moment(isoInstant) {
  if (!isoInstant) {
    return '—';
  }
  return new Date(isoInstant).toLocaleString('vi-VN', {
    timeZone: PROVINCE_ZONE, day: '2-digit', month: '2-digit', year: 'numeric',
    hour: '2-digit', minute: '2-digit',
  });
}
