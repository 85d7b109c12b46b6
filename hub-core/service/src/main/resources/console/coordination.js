// The provincial coordinator's desk (reports no rule could route, transfers to approve, the web
// portal's interaction indicators) and the league table of agencies by on-time rate, with the
// citizens' satisfaction beside it, which every staff member may see.
import { api } from './api.js';
import { channelLabel, day, h, moment, notify, show } from './dom.js';
import { pager, ticketTable } from './inbox.js';

export async function renderCoordination(ctx, params) {
  const triagePage = Math.max(0, parseInt(params.get('triage') || '0', 10) || 0);
  const transfersPage = Math.max(0, parseInt(params.get('transfers') || '0', 10) || 0);
  const [triage, transfers, league, deadLetters, interactions] = await Promise.all([
    api.triage(triagePage), api.transfers(transfersPage), api.league(), api.deadLetters(),
    api.interactions(INTERACTION_WEEKS)]);
  if (!ctx.isCurrent()) {
    return;
  }
  const go = (changes) => ctx.navigate('#/coordination?' + new URLSearchParams({
    triage: triagePage, transfers: transfersPage, ...changes }).toString());
  show(h('h1', {}, 'Điều phối'),
    deadLetterSection(ctx, deadLetters),
    h('section', { id: 'triage', class: 'card', 'aria-labelledby': 'triage-heading' },
      h('h2', { id: 'triage-heading' }, 'Chờ phân loại ', h('span', { id: 'triage-count', class: 'count-badge' }, triage.total)),
      h('p', { class: 'hint' }, 'Phản ánh chưa có quy tắc chuyển tự động: mở phiếu để chuyển đến cơ quan có thẩm quyền.'),
      ticketTable(ctx, triage.items, 'triage'),
      pager(triage, (p) => go({ triage: p }))),
    h('section', { id: 'transfers', class: 'card', 'aria-labelledby': 'transfers-heading' },
      h('h2', { id: 'transfers-heading' }, 'Đề nghị chuyển cơ quan chờ duyệt ',
        h('span', { id: 'transfers-count', class: 'count-badge' }, transfers.total)),
      ticketTable(ctx, transfers.items, 'transfers'),
      pager(transfers, (p) => go({ transfers: p }))),
    leagueSection(league),
    interactionSection(interactions));
}

const INTERACTION_WEEKS = 12;

// How citizens use the web portal, per ISO week, newest first: counts only (no visitor is
// recorded). Visits, reports started and searches are what the pages report; the rest the hub
// counts itself.
function interactionSection(data) {
  const events = data.events || [];
  const weeks = data.weeks || [];
  const number = (n) => Number(n || 0).toLocaleString('vi-VN');
  return h('section', { id: 'interactions', class: 'card', 'aria-labelledby': 'interactions-heading' },
    h('h2', { id: 'interactions-heading', title: 'Web portal interaction indicators' },
      `Chỉ số tương tác cổng thông tin (${weeks.length} tuần gần nhất)`),
    h('p', { class: 'hint' }, 'Chỉ đếm số lượt, không ghi nhận người truy cập. "Theo dõi thay vì gửi trùng": người dân theo dõi một phản ánh đang xử lý thay vì gửi phản ánh mới.'),
    h('div', { class: 'table-wrap' }, h('table', { id: 'interactions-table', class: 'interactions' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col', title: 'ISO week' }, 'Tuần'),
        events.map((e) => h('th', { scope: 'col', title: e.labelEn, dataset: { event: e.event } }, e.label)))),
      h('tbody', {}, weeks.map((w) => h('tr', { dataset: { testid: 'interaction-week', week: w.week } },
        h('th', { scope: 'row', dataset: { label: 'Tuần' } }, h('span', { class: 'week' }, w.week), ' ',
          h('time', { class: 'hint', datetime: w.startsOn }, `từ ${day(w.startsOn)}`)),
        events.map((e) => h('td', { class: 'num', dataset: { label: e.label, event: e.event } },
          number(w.counts[e.event])))))))));
}

// Intake the hub could not apply (parked on the dead-letter topic): each is a citizen to call back.
// Only ids, codes and the reason are listed; the record itself may hold personal data.
function deadLetterSection(ctx, items) {
  const acknowledge = async (item) => {
    try {
      await api.acknowledgeDeadLetter(item.id);
      notify(`Đã ghi nhận bản ghi lỗi #${item.id}.`);
      ctx.navigate(location.hash || '#/coordination');
    } catch (e) {
      notify(e.message || String(e), 'error');
    }
  };
  return h('section', { id: 'dead-letters', class: items.length > 0 ? 'card alert' : 'card',
    'aria-labelledby': 'dead-letters-heading' },
  h('h2', { id: 'dead-letters-heading', title: 'Intake that could not be processed' },
    'Phản ánh không xử lý tự động được ', h('span', { id: 'dead-letters-count', class: 'count-badge' }, items.length)),
  items.length === 0 ? h('p', { class: 'empty' }, 'Không có bản ghi nào chờ xem xét.')
    : [h('p', { class: 'hint' }, 'Người gửi cần được liên hệ lại; bản ghi gốc nằm trên hàng đợi hub.intake.dlq.v1. Bấm "Đã xem" sau khi đã giao người xử lý.'),
      h('ul', { class: 'dead-letters' }, items.map((item) => h('li', { dataset: { testid: 'dead-letter', id: item.id } },
        h('span', { class: 'when' }, moment(item.receivedAt)), ' · ',
        h('span', { class: 'code' }, item.trackingCode || 'không rõ mã'), ' · ',
        h('span', { class: 'channel' }, item.channel ? channelLabel(item.channel) : 'không rõ kênh'), ' · ',
        h('span', { class: 'reason', title: item.reason }, item.reasonCode), ' ',
        h('button', { type: 'button', class: 'button secondary', dataset: { testid: 'acknowledge-dead-letter' },
          title: 'Acknowledge', onclick: () => acknowledge(item) }, 'Đã xem'))))]);
}

export async function renderLeague(ctx) {
  const league = await api.league();
  if (ctx.isCurrent()) {
    show(h('h1', {}, 'Xếp hạng cơ quan'), leagueSection(league));
  }
}

function leagueSection(rows) {
  const percent = (rate) => (rate === null || rate === undefined ? '—'
    : `${(rate * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`);
  const head = [['Hạng', 'Rank'], ['Cơ quan', 'Agency'], ['Đúng hạn', 'On-time rate'],
    ['Đã giải quyết', 'Resolved'], ['Trong đó đúng hạn', 'Resolved on time'],
    ['Đang xử lý', 'Open'], ['Quá hạn chưa xong', 'Overdue, still open'],
    ['Hài lòng (4–5 sao)', 'Satisfaction (ratings of 4 or 5)'],
    ['Tỷ lệ được đánh giá', 'Share of answers rated']];
  const labels = head.map(([vi]) => vi);
  return h('section', { id: 'league', class: 'card', 'aria-labelledby': 'league-heading' },
    h('h2', { id: 'league-heading' }, 'Bảng xếp hạng theo tỷ lệ giải quyết đúng hạn'),
    h('p', { class: 'hint' }, 'Phiếu trùng đã gộp không được tính; phiếu chưa xong chỉ tính ở cột quá hạn. Hài lòng: tỷ lệ đánh giá 4–5 sao trong các đánh giá của người dân (mọi kênh).'),
    rows.length === 0 ? h('p', { class: 'empty' }, 'Chưa có số liệu.')
      : h('div', { class: 'table-wrap' }, h('table', { id: 'league-table', class: 'league' },
        h('thead', {}, h('tr', {}, head.map(([vi, en]) => h('th', { scope: 'col', title: en }, vi)))),
        h('tbody', {}, rows.map((r) => h('tr', {
          dataset: { testid: 'league-row', agency: r.agencyCode },
          class: r.overdueOpen > 0 ? 'has-overdue' : null,
        },
        h('td', { dataset: { label: labels[0] } }, r.rank),
        h('th', { scope: 'row', dataset: { label: labels[1] } }, r.agencyName),
        h('td', { class: 'num rate', dataset: { label: labels[2], col: 'rate' } }, percent(r.onTimeRate)),
        h('td', { class: 'num', dataset: { label: labels[3], col: 'resolved' } }, r.resolved),
        h('td', { class: 'num', dataset: { label: labels[4], col: 'onTime' } }, r.onTime),
        h('td', { class: 'num', dataset: { label: labels[5], col: 'open' } }, r.open),
        h('td', { class: 'num overdue', dataset: { label: labels[6], col: 'overdueOpen' } }, r.overdueOpen),
        h('td', { class: 'num rate', dataset: { label: labels[7], col: 'satisfaction' },
          title: `${r.ratingsSatisfied || 0}/${r.ratings || 0}` }, percent(r.satisfaction)),
        h('td', { class: 'num rate', dataset: { label: labels[8], col: 'ratedShare' },
          title: `${r.ticketsRated || 0}/${r.resolved}` }, percent(r.ratedShare))))))));
}
