// What the call was about and how it ended: a new ticket, an answer given on the spot, more on
// an existing ticket, a wrong number or a nuisance. One outcome per call.
import { api } from './api.js';
import { KINDS, failureText, fold, h, nationalPhone, spacedPhone } from './dom.js';

export const OUTCOMES = [
  ['NEW_TICKET', 'Phiếu mới', '1'],
  ['ANSWERED_ON_THE_SPOT', 'Trả lời ngay', '2'],
  ['FOLLOW_UP', 'Bổ sung phiếu đã có', '3'],
  ['WRONG_NUMBER', 'Gọi nhầm', '4'],
  ['NUISANCE', 'Quấy rối', '5'],
];

const field = (id, label, control, extra = {}) => h('div', { class: 'field ' + (extra.class || '') },
  h('label', { for: id }, label), control);

export function callForm(desk) {
  const { catalog, script } = desk.session;
  const el = (tag, attrs, ...children) => h(tag, attrs, ...children);
  const kind = el('select', { id: 'call-kind', name: 'kind' },
    KINDS.map(([v, t]) => el('option', { value: v }, t)));
  const category = el('select', { id: 'call-category', name: 'categoryCode' },
    el('option', { value: '' }, '— Chọn lĩnh vực —'),
    catalog.categories.map((c) => el('option', { value: c.code }, c.name)));
  const communeFilter = el('input', {
    id: 'commune-filter', type: 'search', autocomplete: 'off',
    placeholder: 'Gõ tên xã, phường (không dấu cũng được)',
  });
  // The visible label names the filter box; the list it narrows needs a name of its own.
  const commune = el('select', { id: 'call-commune', name: 'communeCode', 'aria-label': 'Xã, phường đã chọn' });
  const communes = [...catalog.communes].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const fillCommunes = () => {
    const wanted = fold(communeFilter.value);
    const keep = commune.value;
    const shown = communes.filter((c) => !wanted || fold(c.name).includes(wanted));
    commune.replaceChildren(el('option', { value: '' }, '— Chọn xã/phường —'),
      ...shown.map((c) => el('option', { value: c.code, selected: c.code === keep }, c.name)));
    if (wanted && shown.length === 1) {
      commune.value = shown[0].code;
      refreshNearby();
    }
  };
  const address = el('input', { id: 'call-address', name: 'address', type: 'text', maxlength: 300 });
  const description = el('textarea', { id: 'call-description', name: 'description', rows: 4, maxlength: 4000 });
  const callerName = el('input', { id: 'call-caller-name', name: 'callerName', type: 'text', maxlength: 120 });
  const callerPhone = el('input', { id: 'call-caller-phone', name: 'callerPhone', type: 'tel', inputmode: 'tel' });
  const consent = el('input', { id: 'call-consent', name: 'consent', type: 'checkbox' });
  const answer = el('textarea', { id: 'call-answer', name: 'answer', rows: 4, maxlength: script.maxAnswer });
  const followCode = el('input', {
    id: 'followup-code', name: 'trackingCode', type: 'text', autocomplete: 'off',
    placeholder: 'H7K3M-9QX23', class: 'code-input',
  });
  const followMessage = el('textarea', { id: 'followup-message', name: 'message', rows: 3 });
  const error = el('div', { id: 'call-error', class: 'form-error', role: 'alert', hidden: true });
  const nearby = el('div', { id: 'nearby', class: 'nearby', hidden: true });
  let outcome = 'NEW_TICKET';
  let kindTouched = false;

  const reportFields = el('div', { id: 'report-fields', class: 'grid2' },
    field('call-kind', 'Loại', kind),
    field('call-category', 'Lĩnh vực', category),
    field('commune-filter', 'Xã, phường', el('div', { class: 'stack' }, communeFilter, commune), { class: 'wide' }),
    field('call-address', 'Địa chỉ, điểm mốc', address, { class: 'wide' }),
    field('call-description', 'Nội dung người gọi trình bày', description, { class: 'wide' }),
    field('call-caller-name', 'Họ tên người gọi', callerName),
    field('call-caller-phone', 'Số nhận tin nhắn', callerPhone),
    el('div', { class: 'consent wide' },
      el('p', { id: 'consent-text', class: 'consent-text' }, 'Đọc cho người gọi: ', el('q', {}, script.consentText)),
      el('label', { class: 'check' }, consent, ' Người gọi đã nghe và đồng ý')));
  const answerFields = el('div', { id: 'answer-fields', hidden: true },
    field('call-answer', 'Câu trả lời đã đọc cho người gọi (công khai trên phiếu, gửi tin nhắn)', answer),
    el('p', { class: 'hint' }, 'Tra cứu hướng dẫn (F3) và bấm "Dùng câu trả lời này" để điền sẵn.'));
  const followFields = el('div', { id: 'followup-fields', class: 'grid2', hidden: true },
    field('followup-code', 'Mã phiếu đã có', followCode),
    field('followup-message', 'Người gọi bổ sung', followMessage, { class: 'wide' }));
  const closeNote = el('p', { id: 'close-note', class: 'form-info', hidden: true },
    'Kết thúc cuộc gọi không tạo phiếu. Cuộc gọi vẫn được tính vào số liệu tổng đài.');
  const submit = el('button', { id: 'call-submit', type: 'submit', class: 'button' },
    'Ghi nhận ', el('kbd', {}, 'Ctrl+Enter'));

  const choices = el('div', { id: 'outcome', class: 'outcomes', role: 'radiogroup', 'aria-label': 'Kết quả cuộc gọi' },
    OUTCOMES.map(([code, label, key]) => el('button', {
      type: 'button', id: 'outcome-' + code, role: 'radio', 'aria-checked': String(code === outcome),
      dataset: { outcome: code }, onclick: () => choose(code),
    }, label, ' ', el('kbd', {}, 'Alt+' + key))));

  const form = el('form', { id: 'call-form', novalidate: true }, choices, error, reportFields,
    answerFields, nearby, followFields, closeNote, el('div', { class: 'form-actions' }, submit));

  function choose(code) {
    outcome = code;
    for (const b of choices.children) {
      b.setAttribute('aria-checked', String(b.dataset.outcome === code));
    }
    const reporting = code === 'NEW_TICKET' || code === 'ANSWERED_ON_THE_SPOT';
    reportFields.hidden = !reporting;
    answerFields.hidden = code !== 'ANSWERED_ON_THE_SPOT';
    followFields.hidden = code !== 'FOLLOW_UP';
    closeNote.hidden = code !== 'WRONG_NUMBER' && code !== 'NUISANCE';
    if (code === 'ANSWERED_ON_THE_SPOT' && !kindTouched) {
      kind.value = 'QUESTION';
    }
    refreshNearby();
  }

  async function refreshNearby() {
    nearby.hidden = true;
    if (outcome !== 'NEW_TICKET' || !category.value || !commune.value) {
      return;
    }
    try {
      const page = await api.nearby(category.value, commune.value);
      if (!page.items.length) {
        return;
      }
      nearby.replaceChildren(el('h3', {}, 'Phiếu đang mở cùng lĩnh vực, cùng xã/phường'),
        el('p', { class: 'hint' }, 'Nếu người gọi nói cùng một việc, bổ sung vào phiếu đó thay vì tạo phiếu mới.'),
        el('ul', { id: 'nearby-list', class: 'tickets' }, page.items.map((t) => el('li', { class: 'ticket', dataset: { code: t.trackingCode } },
          el('div', { class: 'ticket-head' }, el('strong', { class: 'code' }, t.trackingCode),
            el('span', { class: 'badge status' }, t.statusLabel)),
          t.summary ? el('p', { class: 'summary' }, t.summary) : null,
          el('button', { type: 'button', class: 'button secondary small', onclick: () => attach(t.trackingCode) },
            'Bổ sung vào phiếu này')))));
      nearby.hidden = false;
    } catch (e) {
      nearby.hidden = true; // only a help: the call goes on without it
    }
  }

  function attach(code) {
    choose('FOLLOW_UP');
    followCode.value = code;
    if (!followMessage.value && description.value) {
      followMessage.value = description.value;
    }
    followMessage.focus();
  }

  kind.addEventListener('change', () => { kindTouched = true; });
  category.addEventListener('change', () => {
    const found = catalog.categories.find((c) => c.code === category.value);
    if (found && !kindTouched && outcome !== 'ANSWERED_ON_THE_SPOT') {
      kind.value = found.kind;
    }
    desk.categoryChanged(category.value);
    refreshNearby();
  });
  communeFilter.addEventListener('input', fillCommunes);
  communeFilter.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commune.focus();
    }
  });
  commune.addEventListener('change', refreshNearby);
  fillCommunes();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await send();
  });

  async function send() {
    error.hidden = true;
    form.querySelectorAll('[aria-invalid]').forEach((x) => x.removeAttribute('aria-invalid'));
    submit.disabled = true;
    try {
      const call = await desk.ensureCall();
      if (!call) {
        return;
      }
      if (outcome === 'WRONG_NUMBER' || outcome === 'NUISANCE') {
        desk.closed(await api.close(call.callId, outcome));
      } else if (outcome === 'FOLLOW_UP') {
        desk.recorded(await api.followUp(call.callId,
          { trackingCode: followCode.value.trim(), message: followMessage.value.trim() }));
      } else {
        desk.recorded(await api.report(call.callId, {
          kind: kind.value,
          categoryCode: category.value || null,
          communeCode: commune.value || null,
          address: address.value.trim() || null,
          description: description.value.trim(),
          callerName: callerName.value.trim() || null,
          callerPhone: nationalPhone(callerPhone.value) || callerPhone.value.trim() || null,
          consent: consent.checked,
          answer: outcome === 'ANSWERED_ON_THE_SPOT' ? answer.value.trim() : null,
        }));
      }
    } catch (e) {
      showError(e);
    } finally {
      submit.disabled = false;
    }
  }

  const FIELD_INPUTS = {
    kind, categoryCode: category, communeCode: commune, location: communeFilter,
    'location.address': address, description, name: callerName, callerPhone, phone: callerPhone,
    'consent.given': consent, answer, trackingCode: followCode, message: followMessage,
  };

  function showError(e) {
    const items = (e.fields || []).map((f) => {
      const input = FIELD_INPUTS[f.field];
      if (input) {
        input.setAttribute('aria-invalid', 'true');
      }
      return h('li', { dataset: { field: f.field } }, f.message);
    });
    error.replaceChildren(...[h('p', {}, failureText(e)), items.length ? h('ul', {}, items) : null]
      .filter(Boolean));
    error.hidden = false;
    (FIELD_INPUTS[(e.fields[0] || {}).field] || submit).focus();
  }

  return {
    element: form,
    choose,
    attach,
    send,
    /** Fills the answer from the knowledge lookup. */
    useAnswer(article) {
      choose('ANSWERED_ON_THE_SPOT');
      answer.value = article.answer.substring(0, script.maxAnswer);
      if (!category.value && article.categoryCode) {
        category.value = article.categoryCode;
      }
      (description.value ? answer : description).focus();
    },
    setCaller(national) {
      callerPhone.value = spacedPhone(national);
    },
    focusFirst() {
      (outcome === 'FOLLOW_UP' ? followCode : category).focus();
    },
  };
}
