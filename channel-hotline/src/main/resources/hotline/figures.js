// The supervisor's figures: calls per staffed hour, share answered on the spot, average handling
// time, per operator and per day (coordinators and administrators).
import { api } from './api.js';
import { day, failureText, h, show } from './dom.js';

const percent = (x) => (x === null || x === undefined ? '—' : `${Math.round(x * 100)}%`);
const perHour = (x) => (x === null || x === undefined ? '—' : x.toLocaleString('vi-VN'));
const duration = (s) => (s === null || s === undefined ? '—'
  : `${Math.floor(s / 60)} phút ${String(s % 60).padStart(2, '0')} giây`);

function today() {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
}

function table(id, lines, withOperator) {
  const head = ['Ngày', ...(withOperator ? ['Điện thoại viên'] : []), 'Cuộc gọi', 'Cuộc/giờ',
    'Trả lời ngay', 'Tỷ lệ trả lời ngay', 'Thời gian xử lý TB', 'Nhỡ', 'Nhầm, quấy rối'];
  return h('div', { class: 'table-wrap' }, h('table', { id, class: 'figures' },
    h('thead', {}, h('tr', {}, head.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, lines.map((l) => h('tr', { dataset: { operator: l.operator || '' } },
      h('td', {}, day(l.day)),
      withOperator ? h('td', { title: l.operator || '' },
        l.operatorName || l.operator || '(máy lẻ chưa có người nhận)') : null,
      h('td', { class: 'num' }, l.calls),
      h('td', { class: 'num' }, perHour(l.callsPerHour)),
      h('td', { class: 'num' }, `${l.answeredOnTheSpot}/${l.genuine}`),
      h('td', { class: 'num' }, percent(l.answeredOnTheSpotShare)),
      h('td', { class: 'num' }, duration(l.averageHandlingSeconds)),
      h('td', { class: 'num' }, l.missed),
      h('td', { class: 'num' }, l.wrongOrNuisance))))));
}

export async function renderFigures() {
  const from = h('input', { id: 'figures-from', type: 'date', value: today() });
  const to = h('input', { id: 'figures-to', type: 'date', value: today() });
  const out = h('div', { id: 'figures-out' }, h('p', { class: 'loading' }, 'Đang tính…'));
  const load = async () => {
    try {
      const f = await api.figures(from.value, to.value);
      out.replaceChildren(
        h('h2', {}, 'Toàn tổng đài theo ngày'), table('figures-days', f.days, false),
        h('h2', {}, 'Theo điện thoại viên'), table('figures-operators', f.operators, true),
        h('p', { class: 'hint' }, 'Tỷ lệ trả lời ngay tính trên các cuộc gọi có nội dung (phiếu mới, bổ sung,'
          + ' trả lời ngay). Thời gian xử lý tính từ lúc nghe máy đến khi gác máy hoặc ghi kết quả,'
          + ' tùy việc nào sau. Cuộc/giờ: số cuộc chia cho số giờ có cuộc gọi.'));
    } catch (e) {
      out.replaceChildren(h('p', { class: 'form-error', role: 'alert' }, failureText(e)));
    }
  };
  const form = h('form', { class: 'filters', onsubmit: (e) => { e.preventDefault(); load(); } },
    h('div', { class: 'field' }, h('label', { for: 'figures-from' }, 'Từ ngày'), from),
    h('div', { class: 'field' }, h('label', { for: 'figures-to' }, 'Đến ngày'), to),
    h('div', { class: 'field filter-reset' }, h('button', { type: 'submit', class: 'button' }, 'Xem')));
  show(h('h1', {}, 'Số liệu tổng đài 1022'), form, out);
  await load();
}
