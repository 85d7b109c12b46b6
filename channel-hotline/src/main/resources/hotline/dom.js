// The hotline's own page helpers; the common ones come from the shared copy, re-exported so the
// hotline's modules import everything from one place.
export * from '/web-shared/dom.js';

/** A refusal's message, both languages, for a live region. */
export function failureText(e) {
  return e.messageEn ? `${e.message} (${e.messageEn})` : e.message;
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

/**
 * Channel code -> label, from hub-core's catalog (each channel's definition names it), so a new
 * channel needs no edit here. Filled once the catalog is loaded; a code stands for itself until.
 */
export const CHANNELS = {};

export function setChannels(channels) {
  for (const c of channels || []) {
    CHANNELS[c.code] = c.name.charAt(0).toLocaleUpperCase('vi') + c.name.substring(1);
  }
}

export const KINDS = [
  ['REPORT', 'Phản ánh'], ['SUGGESTION', 'Kiến nghị, góp ý'], ['QUESTION', 'Hỏi đáp'],
  ['INFORMATION_REQUEST', 'Yêu cầu cung cấp thông tin'], ['COMPLAINT', 'Khiếu nại'],
];
