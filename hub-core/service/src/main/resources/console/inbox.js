// The inbox: tickets within the signed-in staff member's scope, filtered on the server, soonest
// due first. The filter lives in the address (#/inbox?…), so reload and Back keep it.
import { api } from './api.js';
import { CHANNELS, channelLabel, day, h, moment, selectField, show } from './dom.js';

export const STATUSES = [
  ['RECEIVED', 'Đã tiếp nhận'], ['TRIAGE', 'Đang chờ điều phối viên phân loại'],
  ['ROUTED', 'Đã chuyển đến cơ quan có thẩm quyền'], ['ASSIGNED', 'Đã giao cán bộ xử lý'],
  ['IN_PROGRESS', 'Đang xử lý'], ['WAITING_FOR_CITIZEN', 'Chờ người dân bổ sung thông tin'],
  ['REOPENED', 'Đã mở lại'], ['RESOLVED', 'Đã giải quyết'], ['CLOSED', 'Đã đóng'],
];
const FILTER_KEYS = ['status', 'due', 'category', 'commune', 'assignee', 'channel', 'agency', 'q'];
const PAGE_SIZE = 25;

export async function renderInbox(ctx, params) {
  const filter = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) || '']));
  const page = Math.max(0, parseInt(params.get('page') || '0', 10) || 0);
  const request = { ...filter, page, size: PAGE_SIZE };
  request.status = filter.status === 'ALL' ? STATUSES.map(([code]) => code) : filter.status;
  const result = await api.inbox(request);
  if (!ctx.isCurrent()) {
    return;
  }
  const go = (changes) => ctx.navigate('#/inbox' + toQuery({ ...filter, page: 0, ...changes }));
  show(h('h1', {}, 'Hộp phiếu'),
    filterForm(ctx, filter, go),
    h('p', { id: 'inbox-count', class: 'count', 'aria-live': 'polite' }, countText(result)),
    ticketTable(ctx, result.items, 'inbox'),
    pager(result, (p) => go({ page: p })));
}

function countText(result) {
  if (result.total === 0) {
    return 'Không có phiếu nào phù hợp.';
  }
  const first = result.page * result.size + 1;
  const last = result.page * result.size + result.items.length;
  return `${result.total} phiếu · hiển thị ${first}–${last}`;
}

function filterForm(ctx, filter, go) {
  const { catalog, staff } = ctx.session;
  const all = [['', 'Tất cả']];
  const fields = [
    selectField('filter-status', 'Trạng thái',
      [['', 'Đang mở'], ...STATUSES, ['ALL', 'Mọi trạng thái']], filter.status),
    selectField('filter-due', 'Thời hạn',
      [...all, ['OVERDUE', 'Quá hạn'], ['DUE_SOON', 'Sắp đến hạn']], filter.due),
    selectField('filter-category', 'Lĩnh vực',
      [...all, ...catalog.categories.map((c) => [c.code, c.name])], filter.category),
    selectField('filter-commune', 'Xã, phường',
      [...all, ...catalog.communes.map((c) => [c.code, c.name])], filter.commune),
    selectField('filter-assignee', 'Người xử lý',
      [...all, ['me', 'Của tôi'], ['none', 'Chưa giao']], filter.assignee),
    selectField('filter-channel', 'Kênh', [...all, ...CHANNELS], filter.channel),
  ];
  if (!staff.agencyCode) {
    fields.push(selectField('filter-agency', 'Cơ quan',
      [...all, ...catalog.agencies.map((a) => [a.code, a.name])], filter.agency));
  }
  const search = h('input', {
    id: 'inbox-search', name: 'q', type: 'search', value: filter.q,
    placeholder: 'Mã phiếu, nội dung, địa chỉ (gõ có dấu hay không dấu đều được)',
  });
  const form = h('form', { id: 'inbox-filters', class: 'filters', role: 'search' },
    h('div', { class: 'field search' }, h('label', { for: 'inbox-search' }, 'Tìm kiếm'),
      h('div', { class: 'search-row' }, search,
        h('button', { id: 'inbox-search-submit', type: 'submit', class: 'button', title: 'Search' },
          'Tìm'))),
    fields,
    h('div', { class: 'field filter-reset' },
      h('button', { id: 'filter-reset', type: 'button', class: 'button secondary', title: 'Clear filters',
        onclick: () => ctx.navigate('#/inbox') }, 'Xóa bộ lọc')));
  const read = () => Object.fromEntries(FILTER_KEYS.map((k) => {
    const el = form.querySelector(k === 'q' ? '#inbox-search' : `#filter-${k}`);
    return [k, el ? el.value.trim() : ''];
  }));
  form.addEventListener('change', (e) => {
    if (e.target.tagName === 'SELECT') {
      go(read());
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(read());
  });
  return form;
}

function toQuery(values) {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) {
    if (v !== '' && v !== null && v !== undefined && !(k === 'page' && v === 0)) {
      search.set(k, v);
    }
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** The tickets as a table; under ~700px wide the stylesheet shows each row as a card. */
export function ticketTable(ctx, items, testid) {
  if (items.length === 0) {
    return h('p', { class: 'empty', dataset: { testid: `${testid}-empty` } }, 'Không có phiếu.');
  }
  const me = ctx.session.staff.id;
  const head = ['Mã phiếu', 'Trạng thái', 'Hạn xử lý', 'Lĩnh vực', 'Xã, phường', 'Cơ quan',
    'Kênh', 'Ngày nhận', 'Người xử lý', 'Nội dung'];
  return h('div', { class: 'table-wrap' }, h('table', { class: 'tickets', dataset: { testid: `${testid}-table` } },
    h('thead', {}, h('tr', {}, head.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, items.map((t) => row(ctx, t, me, testid)))));
}

function row(ctx, t, me, testid) {
  const open = () => ctx.navigate(`#/tickets/${t.id}`);
  const cell = (label, ...content) => h('td', { dataset: { label } }, ...content);
  const assignee = t.assigneeId == null ? 'Chưa giao' : t.assigneeId === me ? 'Của tôi' : 'Đã giao';
  return h('tr', {
    class: `due-${t.dueState}`, onclick: (e) => { if (e.target.tagName !== 'A') open(); },
    dataset: { testid: `${testid}-row`, ticketId: t.id, trackingCode: t.trackingCode, dueState: t.dueState },
  },
  h('th', { scope: 'row', dataset: { label: 'Mã phiếu' } },
    h('a', { href: `#/tickets/${t.id}`, class: 'code' }, t.trackingCode),
    t.escalation > 0 ? h('span', { class: 'badge escalated', title: 'Escalated' }, `Nhắc lần ${t.escalation}`) : null,
    t.transferTo ? h('span', { class: 'badge transfer', title: 'Transfer requested' },
      `Chờ duyệt chuyển sang ${agencyName(ctx, t.transferTo)}`) : null),
  cell('Trạng thái', t.statusLabel),
  cell('Hạn xử lý', h('span', { class: 'due-date' }, day(t.dueDate)), ' ',
    h('span', { class: `due-label due-${t.dueState}` }, t.dueStateLabel)),
  cell('Lĩnh vực', t.categoryName),
  cell('Xã, phường', t.communeName || '—'),
  cell('Cơ quan', t.agencyName || 'Chưa phân loại'),
  cell('Kênh', channelLabel(t.channel)),
  cell('Ngày nhận', moment(t.receivedAt)),
  cell('Người xử lý', assignee),
  cell('Nội dung', h('span', { class: 'summary' }, t.summary || '')));
}

function agencyName(ctx, code) {
  const found = ctx.session.catalog.agencies.find((a) => a.code === code);
  return found ? found.name : code;
}

export function pager(result, goTo) {
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  if (pages <= 1) {
    return null;
  }
  return h('nav', { class: 'pager', 'aria-label': 'Phân trang' },
    h('button', { id: 'page-prev', type: 'button', class: 'button secondary', title: 'Previous page',
      disabled: result.page === 0, onclick: () => goTo(result.page - 1) }, '‹ Trang trước'),
    h('span', { id: 'page-info' }, `Trang ${result.page + 1} / ${pages}`),
    h('button', { id: 'page-next', type: 'button', class: 'button secondary', title: 'Next page',
      disabled: result.page + 1 >= pages, onclick: () => goTo(result.page + 1) }, 'Trang sau ›'));
}
