// The operator's desk (extension) and the server-sent stream that pops callers up.
import { api } from './api.js';
import { failureText, notify } from './dom.js';

let source = null;

function status(text, state) {
  const el = document.getElementById('screen-status');
  el.textContent = text;
  el.dataset.state = state;
}

/** Opens the stream; {@code onPop} gets each call event for this operator's desk. */
export function connectScreen(onPop) {
  disconnectScreen();
  status('Đang nối tổng đài…', 'connecting');
  source = new EventSource('/api/hotline/screen');
  source.addEventListener('ready', () => {
    const ext = document.getElementById('desk-extension').value.trim();
    status(ext ? `Đã nối tổng đài · máy lẻ ${ext}` : 'Đã nối · chưa nhận máy lẻ', 'on');
  });
  source.addEventListener('call', (event) => onPop(JSON.parse(event.data)));
  source.addEventListener('error', () => status('Mất kết nối tổng đài, đang nối lại…', 'retry'));
  // The server ends the stream when the sign-in no longer holds (signed out elsewhere, account
  // disabled or its role changed): no reconnecting then.
  source.addEventListener('end', () => {
    disconnectScreen();
    status('Phiên làm việc đã kết thúc: đăng nhập lại để nhận cuộc gọi.', 'off');
  });
}

export function disconnectScreen() {
  if (source) {
    source.close();
    source = null;
  }
  status('Chưa nối tổng đài', 'off');
}

/** Shows the desk form with the operator's extension, and lets them claim another. */
export async function setUpDesk(onPop) {
  const form = document.getElementById('desk');
  const input = document.getElementById('desk-extension');
  form.hidden = false;
  try {
    input.value = (await api.desk()).extension || '';
  } catch (e) {
    notify(failureText(e), 'error');
  }
  form.onsubmit = async (event) => {
    event.preventDefault();
    try {
      const desk = await api.claimDesk(input.value.trim());
      input.value = desk.extension;
      notify(`Đã nhận máy lẻ ${desk.extension}: cuộc gọi đến máy này sẽ hiện trên màn hình.`);
      connectScreen(onPop);
    } catch (e) {
      notify(failureText(e), 'error');
    }
  };
  connectScreen(onPop);
}
