// The operator's console: one screen for a whole call, driven from the keyboard. F2 the caller's
// number, F3 the knowledge lookup, F4 the call form, Alt+1…5 the outcome, Ctrl+Enter to record,
// Esc for the next call. Callers pop up by themselves when the phone system announces them.
import { api, whenSessionLost } from './api.js';
import { callerPanel } from './caller.js';
import { OUTCOMES, callForm } from './callform.js';
import {
  clearNotice, failureText, h, nationalPhone, notify, setChannels, show, spacedPhone,
} from './dom.js';
import { renderFigures } from './figures.js';
import { knowledgePanel } from './knowledge.js';
import { disconnectScreen, setUpDesk } from './screen.js';
import { renderSignIn } from './signin.js';

const CALL_TAKERS = ['HOTLINE_OPERATOR', 'COORDINATOR', 'ADMINISTRATOR'];
const session = { staff: null, catalog: null, script: null };
let desk = null;

const supervising = () => session.staff && ['COORDINATOR', 'ADMINISTRATOR'].includes(session.staff.role);

/** A fresh calls screen; {@code pop}: a call the phone system announced, to show at once. */
function renderCalls(pop) {
  const d = { session, call: null, national: null, category: null, pending: null };
  const caller = callerPanel(d);
  const form = callForm(d);
  const kb = knowledgePanel(d);
  const result = h('section', { id: 'result', class: 'card result', hidden: true, 'aria-live': 'assertive' });
  const callSection = h('section', { id: 'call-section', class: 'card call', 'aria-labelledby': 'call-title' },
    h('h2', { id: 'call-title' }, 'Nội dung cuộc gọi ', h('kbd', {}, 'F4')), form.element);

  d.showCaller = (national) => {
    d.national = national;
    caller.phone.value = spacedPhone(national);
    form.setCaller(national);
    caller.showHistory(national);
  };
  d.setCall = (call) => {
    d.call = call;
    caller.showCall(call);
    const national = call && call.caller ? '0' + call.caller.substring(3) : null;
    if (national && national !== d.national) {
      d.showCaller(national);
    }
  };
  d.ensureCall = async () => {
    if (d.call && !d.call.outcome) {
      return d.call;
    }
    const national = nationalPhone(caller.phone.value);
    if (!national) {
      notify('Nhập số điện thoại người gọi trước (F2).', 'error');
      caller.phone.focus();
      return null;
    }
    d.setCall(await api.startCall(national));
    return d.call;
  };
  d.recorded = (answer) => {
    d.setCall(answer.call);
    finished(h('h2', {}, answer.call.outcome === 'FOLLOW_UP' ? 'Đã bổ sung vào phiếu' : 'Mã tra cứu đọc cho người gọi'),
      h('p', { id: 'result-code', class: 'code-big' }, answer.trackingCode),
      h('p', { id: 'result-spoken', class: 'spoken' }, 'Đọc từng ký tự: ' + answer.spoken),
      h('p', { id: 'result-message', dataset: { delivery: answer.delivery } }, answer.message));
  };
  d.closed = (call) => {
    d.setCall(call);
    finished(h('h2', {}, 'Đã ghi kết quả'), h('p', { id: 'result-message' }, call.outcomeLabel));
  };
  d.attach = (code) => form.attach(code);
  d.useAnswer = (article) => form.useAnswer(article);
  d.categoryChanged = (code) => {
    d.category = code || null;
  };
  d.next = () => renderCalls(d.pending);
  d.onPop = async (event) => {
    try {
      if (d.call && event.callId === d.call.callId) {
        d.setCall(await api.call(event.callId));
      } else if (event.type === 'RINGING' || event.type === 'ANSWERED') {
        if (!d.call || d.call.outcome) {
          renderCalls(event); // nothing unfinished on screen: take the new call
        } else {
          d.pending = event;
          notify(`Cuộc gọi mới từ ${event.callerDisplay || 'số ẩn'} đang chờ. Ghi xong cuộc gọi này`
            + ' rồi bấm "Cuộc gọi mới" (Esc).', 'error');
        }
      }
    } catch (e) {
      notify(failureText(e), 'error');
    }
  };

  function finished(...children) {
    result.replaceChildren(...children,
      h('button', { id: 'next-call', type: 'button', class: 'button', onclick: () => d.next() },
        'Cuộc gọi mới ', h('kbd', {}, 'Esc')));
    result.hidden = false;
    callSection.hidden = true;
    document.getElementById('next-call').focus();
  }

  desk = { d, caller, form, kb, result };
  show(h('h1', { class: 'sr-only' }, 'Bàn điện thoại viên'),
    h('div', { class: 'desk-grid' }, caller.element,
      h('div', { class: 'col-main' }, result, callSection), kb.element));
  caller.phone.focus();
  if (pop) {
    api.call(pop.callId).then(d.setCall, (e) => notify(failureText(e), 'error'));
  }
}

function route() {
  if (!session.staff) {
    return;
  }
  const figures = location.hash === '#/figures' && supervising();
  document.getElementById('nav-calls').toggleAttribute('aria-current', !figures);
  document.getElementById('nav-figures').toggleAttribute('aria-current', figures);
  if (figures) {
    desk = null;
    renderFigures();
  } else {
    renderCalls();
    api.currentCall().then((call) => {
      if (call && desk && !desk.d.call) {
        desk.d.setCall(call); // the call this operator was on before a reload
      }
    }, () => {});
  }
}

document.addEventListener('keydown', (event) => {
  if (!desk) {
    return;
  }
  const { d, caller, form, kb, result } = desk;
  let handled = true;
  if (event.key === 'F2') {
    caller.phone.focus();
    caller.phone.select();
  } else if (event.key === 'F3') {
    kb.query.focus();
    kb.query.select();
  } else if (event.key === 'F4') {
    form.focusFirst();
  } else if (event.altKey && /^[1-5]$/.test(event.key) && result.hidden) {
    form.choose(OUTCOMES[Number(event.key) - 1][0]);
  } else if (event.ctrlKey && event.key === 'Enter' && result.hidden) {
    form.send();
  } else if (event.key === 'Escape' && !result.hidden) {
    d.next();
  } else {
    handled = false;
  }
  if (handled) {
    event.preventDefault();
  }
});

async function signedIn(staff) {
  if (!CALL_TAKERS.includes(staff.role)) {
    session.staff = null;
    renderSignIn(signedIn, 'Tài khoản này không dùng được bàn điện thoại viên. Vui lòng đăng nhập'
      + ' bằng tài khoản điện thoại viên 1022.');
    return;
  }
  session.staff = staff;
  try {
    [session.catalog, session.script] = await Promise.all([api.catalog(), api.script()]);
  } catch (e) {
    notify(failureText(e), 'error');
    session.catalog = session.catalog || { categories: [], communes: [] };
    session.script = session.script || { consentText: '', maxAnswer: 700 };
  }
  setChannels(session.catalog.channels);
  document.getElementById('nav').hidden = false;
  document.getElementById('nav-figures').hidden = !supervising();
  document.getElementById('whoami').hidden = false;
  document.getElementById('whoami-name').textContent = staff.displayName;
  document.getElementById('whoami-role').textContent = staff.roleLabel;
  clearNotice();
  route();
  setUpDesk((pop) => desk && desk.d.onPop(pop));
}

function signedOut(reason) {
  session.staff = null;
  desk = null;
  disconnectScreen();
  for (const id of ['nav', 'whoami', 'desk']) {
    document.getElementById(id).hidden = true;
  }
  renderSignIn(signedIn, reason);
}

document.getElementById('signout').addEventListener('click', async () => {
  try {
    await api.signOut();
  } catch (e) {
    // Already over on the server: nothing to undo.
  }
  signedOut('Bạn đã đăng xuất.');
});

whenSessionLost((failure) => signedOut(failure.message));
window.addEventListener('hashchange', route);

(async function start() {
  try {
    await signedIn(await api.me());
  } catch (e) {
    signedOut(e.status === 401 || e.status === 403 ? undefined : failureText(e));
  }
}());
