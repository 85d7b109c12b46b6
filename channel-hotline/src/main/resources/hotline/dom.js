// Building the page without innerHTML: every text from the server goes in as text, never markup.

/** h('p', {class: 'x', dataset: {code: 'y'}}, 'text', child) → an element. */
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

/** Replaces the main area and moves focus to its heading. */
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

/** A refusal's message, both languages, for a live region. */
export function failureText(e) {
  return e.messageEn ? `${e.message} (${e.messageEn})` : e.message;
}

const PROVINCE_ZONE = 'Asia/Ho_Chi_Minh';

export function day(isoDate) {
  if (!isoDate) {
    return '—';
  }
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

export function moment(isoInstant) {
  if (!isoInstant) {
    return '—';
  }
  return new Date(isoInstant).toLocaleString('vi-VN', {
    timeZone: PROVINCE_ZONE, day: '2-digit', month: '2-digit', year: 'numeric',
    hour: '2-digit', minute: '2-digit',
  });
}

/** 0912345678, +84 912 345 678, 84-912-345-678 → 0912345678; null when not a Vietnamese number. */
export function nationalPhone(typed) {
  let digits = (typed || '').replace(/[\s().+-]/g, '');
  if (digits.startsWith('84')) {
    digits = '0' + digits.substring(2);
  }
  return /^0([35789][0-9]{8}|2[0-9]{9})$/.test(digits) ? digits : null;
}

/** 0912345678 → 0912 345 678. */
export function spacedPhone(national) {
  return national ? `${national.substring(0, 4)} ${national.substring(4, 7)} ${national.substring(7)}` : '';
}

/** "Đường" and "duong" alike, for filtering lists as operators type. */
export function fold(text) {
  return (text || '').normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .toLowerCase().replace(/\s+/g, ' ').trim();
}

export const CHANNELS = {
  WEB: 'Cổng thông tin', ZALO: 'Zalo', HOTLINE: 'Tổng đài 1022', APP: 'Ứng dụng',
};

export const KINDS = [
  ['REPORT', 'Phản ánh'], ['SUGGESTION', 'Kiến nghị, góp ý'], ['QUESTION', 'Hỏi đáp'],
  ['INFORMATION_REQUEST', 'Yêu cầu cung cấp thông tin'], ['COMPLAINT', 'Khiếu nại'],
];
