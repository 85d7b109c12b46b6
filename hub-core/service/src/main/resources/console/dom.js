// The console's own page helpers; the common ones come from the shared copy, re-exported so the
// console's modules import everything from one place.
import { h } from '/web-shared/dom.js';

export * from '/web-shared/dom.js';

/** A <select> with a label; options are [value, text] pairs. */
export function selectField(id, label, options, value, extra = {}) {
  const select = h('select', { id, name: id, ...extra },
    options.map(([v, text]) => h('option', { value: v, selected: v === (value ?? '') }, text)));
  return h('div', { class: 'field' }, h('label', { for: id }, label), select);
}

export function textField(id, label, value, extra = {}) {
  return h('div', { class: 'field' }, h('label', { for: id }, label),
    h('input', { id, name: id, type: 'text', value: value ?? '', ...extra }));
}

export function textArea(id, label, extra = {}) {
  return h('div', { class: 'field wide' }, h('label', { for: id }, label),
    h('textarea', { id, name: id, rows: 4, ...extra }));
}

/** First letter upper-case: the lifecycle names its actions in running text ("tiếp nhận xử lý"). */
export function capitalised(text) {
  return text ? text.charAt(0).toLocaleUpperCase('vi') + text.substring(1) : text;
}

/**
 * The channels as [code, label] pairs, from the catalog hub-core serves (each channel's own
 * definition names it), so a new channel needs no edit here. Filled once the catalog is loaded.
 */
export const CHANNELS = [];

export function setChannels(channels) {
  CHANNELS.splice(0, CHANNELS.length, ...(channels || []).map((c) => [c.code, capitalised(c.name)]));
}

export function channelLabel(code) {
  const found = CHANNELS.find(([c]) => c === code);
  return found ? found[1] : code;
}
