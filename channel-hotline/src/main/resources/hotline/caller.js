// The caller: their number (typed or popped up), the call's state and time, and their tickets
// from every channel, open first.
import { api } from './api.js';
import {
  CHANNELS, day, failureText, h, moment, nationalPhone, notify, spacedPhone,
} from './dom.js';

export function callerPanel(desk) {
  const phone = h('input', {
    id: 'caller-phone', name: 'caller', type: 'tel', inputmode: 'tel', autocomplete: 'off',
    placeholder: '0912 345 678', 'aria-describedby': 'caller-hint',
  });
  const form = h('form', { id: 'caller-form', class: 'caller-form' },
    h('label', { for: 'caller-phone' }, 'Số điện thoại người gọi'),
    h('div', { class: 'row' }, phone,
      h('button', { id: 'caller-start', type: 'submit', class: 'button' }, 'Bắt đầu')),
    h('p', { id: 'caller-hint', class: 'hint' },
      'Nhập số rồi Enter nếu tổng đài không tự chuyển cuộc gọi: lịch sử hiện khi cuộc gọi bắt đầu.'));
  let timer = null;
  // No look-up while typing: hub-core shows the history of a number on this operator's line only,
  // so it comes once the call is started (Enter) or popped up by the phone system.
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const national = nationalPhone(phone.value);
    if (!national) {
      notify('Số điện thoại không hợp lệ: số di động 10 chữ số hoặc số cố định 11 chữ số.', 'error');
      phone.focus();
      return;
    }
    if (desk.call && !desk.call.outcome && !desk.call.endedAt) {
      desk.showCaller(national); // the number the caller gives: kept on the form
      return;
    }
    try {
      desk.setCall(await api.startCall(national));
      document.getElementById('call-category').focus();
    } catch (e) {
      notify(failureText(e), 'error');
    }
  });

  const panel = h('section', { class: 'card caller', 'aria-labelledby': 'caller-title' },
    h('h2', { id: 'caller-title' }, 'Người gọi ', h('kbd', {}, 'F2')),
    form,
    h('div', { class: 'call-line' },
      h('p', { id: 'call-state', class: 'call-state', 'aria-live': 'polite' },
        'Chưa có cuộc gọi.'),
      h('span', { id: 'call-timer', class: 'call-timer', 'aria-label': 'Thời gian xử lý' }, '00:00')),
    h('div', { id: 'history', class: 'history', 'aria-live': 'polite' },
      h('p', { class: 'empty' }, 'Lịch sử phản ánh của người gọi hiện ở đây.')));

  return {
    element: panel,
    phone,
    /** Shows a call's state and runs its clock until it ends or its outcome is written. */
    showCall(call) {
      clearInterval(timer);
      const state = document.getElementById('call-state');
      const clock = document.getElementById('call-timer');
      if (!call) {
        state.textContent = 'Chưa có cuộc gọi.';
        state.dataset.state = 'none';
        clock.textContent = '00:00';
        return;
      }
      const who = call.callerDisplay || 'số ẩn';
      if (call.outcome) {
        state.textContent = `Đã ghi: ${call.outcomeLabel}` + (call.ticketCode ? ` · ${call.ticketCode}` : '');
        state.dataset.state = 'recorded';
      } else if (call.endedAt) {
        state.textContent = `Cuộc gọi từ ${who} đã kết thúc: ghi kết quả.`;
        state.dataset.state = 'ended';
      } else if (call.answeredAt) {
        state.textContent = `Đang nghe: ${who}`;
        state.dataset.state = 'answered';
      } else {
        state.textContent = `Cuộc gọi đến từ ${who}: đang đổ chuông`;
        state.dataset.state = 'ringing';
      }
      const from = Date.parse(call.answeredAt || call.startedAt);
      const tick = () => {
        const until = call.endedAt ? Date.parse(call.endedAt) : Date.now();
        const seconds = call.handlingSeconds ?? Math.max(0, Math.round((until - from) / 1000));
        clock.textContent = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
      };
      tick();
      if (!call.outcome && !call.endedAt) {
        timer = setInterval(tick, 1000);
      }
    },
    /** The caller's tickets from every channel. */
    async showHistory(national) {
      const box = document.getElementById('history');
      box.replaceChildren(h('p', { class: 'loading' }, 'Đang tìm phản ánh của ' + spacedPhone(national) + '…'));
      try {
        const found = await api.history(national);
        if (desk.national !== national) {
          return; // another number was typed meanwhile
        }
        box.replaceChildren(
          h('h3', {}, `Phiếu đang mở (${found.open.length})`),
          list('history-open', found.open, desk, true),
          h('h3', {}, `Gần đây (${found.recent.length})`),
          list('history-recent', found.recent, desk, false));
      } catch (e) {
        box.replaceChildren(h('p', { class: 'form-error', role: 'alert' }, failureText(e)));
      }
    },
  };
}

function list(id, tickets, desk, open) {
  if (tickets.length === 0) {
    return h('p', { id, class: 'empty' }, open ? 'Không có phiếu đang mở.' : 'Không có phiếu gần đây.');
  }
  return h('ul', { id, class: 'tickets' }, tickets.map((t) => h('li', {
    class: 'ticket' + (t.overdue ? ' overdue' : ''), dataset: { code: t.code },
  },
  h('div', { class: 'ticket-head' },
    h('strong', { class: 'code' }, t.code),
    h('span', { class: 'badge channel', dataset: { channel: t.channel } }, CHANNELS[t.channel] || t.channel),
    h('span', { class: 'badge status' }, t.statusLabel)),
  h('div', { class: 'ticket-facts' },
    h('span', {}, t.categoryName),
    t.agencyName ? h('span', {}, t.agencyName) : null,
    h('span', {}, 'Nhận ' + moment(t.receivedAt)),
    open ? h('span', { class: t.overdue ? 'overdue' : '' }, (t.overdue ? 'Quá hạn ' : 'Hạn ') + day(t.dueDate))
      : h('span', {}, 'Xong ' + moment(t.resolvedAt))),
  t.summary ? h('p', { class: 'summary' }, t.summary) : null,
  open ? h('button', {
    type: 'button', class: 'button secondary small', onclick: () => desk.attach(t.code),
  }, 'Bổ sung vào phiếu này') : null)));
}
