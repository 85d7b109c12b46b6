// One small form per lifecycle action. Each action names the fields it needs; the server decides
// whether the input is acceptable and says why in Vietnamese when it is not.
import { api } from './api.js';
import { capitalised, h, selectField, textArea, textField } from './dom.js';
import { STATUSES } from './inbox.js';

const CLOSURE_CODES = [
  ['FIXED', 'Đã khắc phục'], ['ANSWERED', 'Đã trả lời'],
  ['NOT_COMPETENT', 'Không thuộc thẩm quyền'], ['NO_ACTION', 'Không xử lý (nêu lý do)'],
];

/** The label of a ticket's closure code, for its header. */
export function closureLabel(code) {
  const found = [...CLOSURE_CODES, ['DUPLICATE', 'Trùng với phản ánh khác']].find(([c]) => c === code);
  return found ? found[1] : code;
}

// Field builders: each returns {element, read(input)} where read fills the request body.
const fields = {
  agency: (ctx, t, { label = 'Cơ quan xử lý', exclude } = {}) => {
    const options = ctx.session.catalog.agencies
      .filter((a) => a.code !== exclude)
      .map((a) => [a.code, a.name]);
    const element = selectField('action-agency', label, [['', '— Chọn cơ quan —'], ...options], '');
    return { element, read: (input) => { input.agencyCode = value(element) || null; } };
  },
  assignee: (ctx, t) => {
    const options = (t.agencyStaff || []).map((s) => [String(s.id), `${s.name} (${s.role})`]);
    const element = selectField('action-assignee', 'Giao cho cán bộ',
      [['', '— Chọn cán bộ —'], ...options], t.assigneeId == null ? '' : String(t.assigneeId));
    return { element, read: (input) => { input.assigneeId = value(element) ? Number(value(element)) : null; } };
  },
  text: (ctx, t, { label, hint }) => {
    const element = textArea('action-text', label, hint ? { 'aria-describedby': 'action-text-hint' } : {});
    if (hint) {
      element.append(h('p', { id: 'action-text-hint', class: 'hint' }, hint));
    }
    return { element, read: (input) => { input.text = value(element) || null; } };
  },
  textEn: () => {
    const element = textArea('action-text-en', 'Bản tiếng Anh (không bắt buộc)', { lang: 'en', rows: 2 });
    return { element, read: (input) => { input.textEn = value(element) || null; } };
  },
  canned: (ctx, t) => {
    const answers = t.cannedAnswers || [];
    const element = selectField('action-canned', 'Mẫu trả lời',
      [['', '— Tự soạn —'], ...answers.map((a) => [String(a.id), a.title])], '');
    element.querySelector('select').addEventListener('change', (e) => {
      const chosen = answers.find((a) => String(a.id) === e.target.value);
      const form = e.target.form;
      if (chosen && form) {
        form.querySelector('#action-text').value = chosen.textVi;
        const en = form.querySelector('#action-text-en');
        if (en) {
          en.value = chosen.textEn || '';
        }
      }
    });
    return answers.length ? { element, read: () => {} } : null;
  },
  closure: () => {
    const element = selectField('action-closure', 'Kết quả xử lý', [['', '— Chọn kết quả —'], ...CLOSURE_CODES], '');
    const body = textField('action-competent-body', 'Cơ quan có thẩm quyền');
    body.hidden = true;
    element.querySelector('select').addEventListener('change', (e) => {
      body.hidden = e.target.value !== 'NOT_COMPETENT';
    });
    return {
      element: [element, body],
      read: (input) => {
        input.closureCode = value(element) || null;
        input.competentBody = input.closureCode === 'NOT_COMPETENT' ? value(body) || null : null;
      },
    };
  },
  into: () => {
    const element = textField('action-into', 'Gộp vào phiếu (mã phiếu hoặc số phiếu)', '',
      { autocomplete: 'off', spellcheck: 'false' });
    return { element, read: async (input) => { input.intoTicketId = await resolveTicket(value(element)); } };
  },
};

// What each action asks for; an action the console does not know yet gets an optional text.
const SPECS = {
  ROUTE: { fields: [['agency'], ['text', { label: 'Ghi chú phân loại (nội bộ, không bắt buộc)' }]] },
  ASSIGN: { fields: [['assignee']] },
  ACKNOWLEDGE: { confirm: 'Cơ quan tiếp nhận phiếu và bắt đầu xử lý. Người dân sẽ được thông báo.' },
  NOTE: { fields: [['text', { label: 'Ghi chú nội bộ', hint: 'Người dân không thấy ghi chú này.' }]] },
  REPLY: { fields: [['canned'], ['text', { label: 'Nội dung trả lời người dân (công khai)' }], ['textEn']] },
  REQUEST_INFO: {
    fields: [['canned'], ['text', {
      label: 'Nội dung đề nghị người dân bổ sung',
      hint: 'Thời hạn giải quyết tạm dừng cho đến khi người dân trả lời.',
    }], ['textEn']],
  },
  TRANSFER: { fields: [['agency', { label: 'Chuyển sang cơ quan', excludeOwn: true }], ['text', { label: 'Lý do chuyển' }]] },
  APPROVE_TRANSFER: { confirm: (t) => `Duyệt chuyển phiếu sang ${t.transferTo ? t.transferTo.name : 'cơ quan được đề nghị'}.` },
  REJECT_TRANSFER: { fields: [['text', { label: 'Lý do từ chối chuyển' }]] },
  EXTEND: { fields: [['text', { label: 'Lý do gia hạn (công khai)' }]] },
  RESOLVE: { fields: [['closure'], ['canned'], ['text', { label: 'Nội dung trả lời kết quả (công khai)' }], ['textEn']] },
  MERGE: { fields: [['into']] },
  REOPEN: { fields: [['text', { label: 'Lý do mở lại' }]] },
  CLOSE: { confirm: 'Đóng phiếu. Phiếu đã đóng không còn nhận phản hồi của người dân.' },
};

export function actionForm(ctx, t, action, { cancel, submit }) {
  const spec = SPECS[action.name] || { fields: [['text', { label: 'Ghi chú (không bắt buộc)' }]] };
  const built = (spec.fields || []).map(([name, options = {}]) =>
    fields[name](ctx, t, { ...options, exclude: options.excludeOwn && t.agency ? t.agency.code : undefined }))
    .filter(Boolean);
  const confirm = typeof spec.confirm === 'function' ? spec.confirm(t) : spec.confirm;
  const error = h('div', { id: 'action-error', class: 'form-error', role: 'alert', tabindex: '-1', hidden: true });
  const form = h('form', {
    id: 'action-form', class: 'action-form', novalidate: true,
    dataset: { action: action.name }, 'aria-labelledby': 'action-form-title',
  },
  h('h3', { id: 'action-form-title' }, capitalised(action.label)),
  confirm ? h('p', { class: 'hint' }, confirm) : null,
  error,
  built.map((f) => f.element),
  h('div', { class: 'form-actions' },
    h('button', { id: 'action-submit', type: 'submit', class: 'button', title: `Confirm: ${action.name}` }, 'Xác nhận'),
    h('button', { id: 'action-cancel', type: 'button', class: 'button secondary', title: 'Cancel', onclick: cancel }, 'Hủy')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = {};
    try {
      for (const f of built) {
        await f.read(input);
      }
    } catch (e) {
      error.replaceChildren(e.message);
      error.hidden = false;
      error.focus();
      return;
    }
    submit(input);
  });
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      cancel();
    }
  });
  return form;
}

function value(fieldElement) {
  const control = fieldElement.querySelector('input, select, textarea');
  return control.value.trim();
}

/** A merge target typed as a number (the ticket id) or as its tracking code. */
async function resolveTicket(typed) {
  if (!typed) {
    throw new Error('Vui lòng nhập mã phiếu cần gộp vào.');
  }
  if (/^\d+$/.test(typed)) {
    return Number(typed);
  }
  const wanted = normalise(typed);
  const found = await api.inbox({ q: typed, status: STATUSES.map(([code]) => code), size: 5 });
  const match = found.items.find((i) => normalise(i.trackingCode) === wanted);
  if (!match) {
    throw new Error(`Không tìm thấy phiếu ${typed} trong phạm vi của bạn.`);
  }
  return match.id;
}

function normalise(code) {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
