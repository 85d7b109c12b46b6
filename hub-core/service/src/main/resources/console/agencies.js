// Agencies' published focal points, hours and rules (Decree 42/2022): the list, and one form per
// agency. Administrators change them; coordinators read them (the form is shown read-only). What
// is saved is on the public catalog and the agency's page (/agencies/{code}) at once.
import { request } from '/web-shared/api.js';
import { h, moment, day, notify, show } from './dom.js';

const agencies = {
  list: () => request('GET', '/api/staff/agencies'),
  get: (code) => request('GET', `/api/staff/agencies/${encodeURIComponent(code)}`),
  save: (code, input) => request('PUT', `/api/staff/agencies/${encodeURIComponent(code)}`, input),
};

/** The form's fields: [name, label, English label, max length, required, multi-line]. */
const FIELDS = [
  ['focalPoint', 'Đơn vị đầu mối tiếp nhận', 'Focal point', 200, true, false],
  ['focalPointEn', 'Đơn vị đầu mối (tiếng Anh)', 'Focal point in English', 200, false, false],
  ['contactPhone', 'Số điện thoại', 'Phone', 40, true, false, 'tel'],
  ['contactEmail', 'E-mail', 'E-mail', 120, true, false, 'email'],
  ['address', 'Địa chỉ', 'Address', 300, true, false],
  ['addressEn', 'Địa chỉ (tiếng Anh)', 'Address in English', 300, false, false],
  ['hours', 'Thời gian làm việc', 'Working hours', 300, true, false],
  ['hoursEn', 'Thời gian làm việc (tiếng Anh)', 'Working hours in English', 300, false, false],
  ['rules', 'Quy chế tiếp nhận, trả lời phản ánh, kiến nghị', 'Rules', 4000, true, true],
  ['rulesEn', 'Quy chế (tiếng Anh)', 'Rules in English', 4000, false, true],
  ['infoRulesUrl', 'Địa chỉ văn bản quy chế (https://, không bắt buộc)', 'Rules document (https)', 300, false, false, 'url'],
];

const isAdministrator = (ctx) => ctx.session.staff.role === 'ADMINISTRATOR';

export async function renderAgencies(ctx) {
  const rows = await agencies.list();
  if (!ctx.isCurrent()) {
    return;
  }
  const labels = ['Cơ quan', 'Đầu mối', 'Điện thoại', 'Cập nhật'];
  show(h('h1', {}, 'Cơ quan: đầu mối và quy chế ', h('span', { class: 'en', lang: 'en' }, 'Agencies')),
    h('p', { class: 'hint' }, 'Thông tin công khai theo Nghị định 42/2022/NĐ-CP trên trang của từng cơ quan (/agencies). ',
      isAdministrator(ctx) ? 'Chọn một cơ quan để sửa.' : 'Chỉ quản trị hệ thống được sửa.'),
    h('div', { class: 'table-wrap' }, h('table', { id: 'agencies-table' },
      h('thead', {}, h('tr', {}, labels.map((l) => h('th', { scope: 'col' }, l)))),
      h('tbody', {}, rows.map((a) => h('tr', { dataset: { testid: 'agency-row', agency: a.code } },
        h('th', { scope: 'row', dataset: { label: labels[0] } },
          h('a', { href: `#/agencies/${encodeURIComponent(a.code)}` }, a.name)),
        h('td', { dataset: { label: labels[1] } }, a.focalPoint),
        h('td', { dataset: { label: labels[2] } }, a.contactPhone),
        h('td', { dataset: { label: labels[3] } }, a.updatedAt
          ? `${moment(a.updatedAt)} · ${a.updatedBy}` : '—')))))));
}

export async function renderAgency(ctx, code) {
  const agency = await agencies.get(code);
  if (!ctx.isCurrent()) {
    return;
  }
  const editable = isAdministrator(ctx);
  const error = h('div', { id: 'agency-error', class: 'form-error', role: 'alert', tabindex: '-1', hidden: true });
  const controls = new Map();
  const fields = FIELDS.map(([name, label, labelEn, max, required, multiline, type]) => {
    const id = `agency-${name}`;
    const control = multiline
      ? h('textarea', { id, name, rows: 10, maxlength: max, required, disabled: !editable })
      : h('input', { id, name, type: type || 'text', maxlength: max, required, disabled: !editable });
    control.value = agency[name] || '';
    controls.set(name, control);
    return h('div', { class: multiline ? 'field wide' : 'field' },
      h('label', { for: id, title: labelEn }, label, required ? ' *' : ''),
      control,
      h('p', { id: `${id}-error`, class: 'field-error', hidden: true }));
  });
  const form = h('form', { id: 'agency-form', novalidate: true, 'aria-labelledby': 'agency-title' },
    error, fields,
    editable ? h('div', { class: 'form-actions' },
      h('button', { id: 'agency-save', type: 'submit', class: 'button', title: 'Save' }, 'Lưu')) : null);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = {};
    for (const [name, control] of controls) {
      input[name] = control.value;
    }
    clearErrors(controls, error);
    try {
      const saved = await agencies.save(code, input);
      notify(`Đã lưu ${saved.name}: trang công khai đã cập nhật.`);
      ctx.navigate(`#/agencies/${encodeURIComponent(code)}`);
    } catch (e) {
      showErrors(e, controls, error);
    }
  });
  show(h('h1', { id: 'agency-title' }, agency.name),
    h('p', {}, h('a', { href: '#/agencies' }, 'Tất cả cơ quan'), ' · ',
      h('a', { href: `/agencies/${encodeURIComponent(agency.code)}`, target: '_blank', rel: 'noopener' },
        'Xem trang công khai')),
    h('p', { id: 'agency-updated', class: 'hint' },
      agency.updatedAt ? `Sửa lần cuối ${moment(agency.updatedAt)} bởi ${agency.updatedBy}.` : 'Chưa sửa trên bàn làm việc (dữ liệu ban đầu).',
      agency.rulesUpdatedOn ? ` Quy chế cập nhật ngày ${day(agency.rulesUpdatedOn)}.` : ''),
    form);
}

function clearErrors(controls, error) {
  error.hidden = true;
  for (const control of controls.values()) {
    control.removeAttribute('aria-invalid');
    control.removeAttribute('aria-describedby');
    const message = document.getElementById(`${control.id}-error`);
    message.hidden = true;
    message.textContent = '';
  }
}

/** The server's reasons beside their fields, and the summary focused for screen readers. */
function showErrors(e, controls, error) {
  error.replaceChildren(e.message || String(e),
    e.messageEn ? h('span', { class: 'en', lang: 'en' }, ' ' + e.messageEn) : null);
  error.hidden = false;
  for (const f of e.fields || []) {
    const control = controls.get(f.field);
    if (!control) {
      continue;
    }
    const message = document.getElementById(`${control.id}-error`);
    message.replaceChildren(f.messageVi, h('span', { class: 'en', lang: 'en' }, ' ' + f.messageEn));
    message.hidden = false;
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', message.id);
  }
  error.focus();
}
