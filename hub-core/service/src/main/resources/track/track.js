// The citizen's tracking page: reads the public API only, which holds no personal data.
const $ = (id) => document.getElementById(id);

const dateVi = (iso) => {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
};

const timeVi = (iso) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });

function show(ticket) {
  $('status').textContent = ticket.statusLabel;
  $('tracking-code').textContent = ticket.trackingCode;
  $('category').textContent = ticket.category ? ticket.category.name : '';
  // A report the hub could not process automatically: staff call the citizen back.
  const callBack = ticket.status === 'NEEDS_CALL_BACK';
  $('call-back').hidden = !callBack;
  if (callBack && ticket.timeline.length > 0) {
    $('call-back-vi').textContent = ticket.timeline[0].text;
    $('call-back-en').textContent = ticket.timeline[0].textEn;
  }
  $('agency').textContent = ticket.agency ? ticket.agency.name
    : (callBack ? 'Cán bộ sẽ liên hệ lại' : 'Đang chờ phân loại');
  $('commune').textContent = ticket.commune ? ticket.commune.name : '';
  $('received').textContent = timeVi(ticket.receivedAt);
  $('due').textContent = ticket.dueDate ? dateVi(ticket.dueDate) : '';
  const list = $('timeline');
  list.replaceChildren(...ticket.timeline.map((step) => {
    const item = document.createElement('li');
    item.dataset.type = step.type;
    const when = document.createElement('time');
    when.dateTime = step.at;
    when.textContent = timeVi(step.at);
    item.append(when, document.createTextNode(step.text));
    return item;
  }));
  $('result').hidden = false;
}

/** A refusal or failure: Vietnamese first, English second (marked as English for screen readers). */
function say(vi, en) {
  const english = document.createElement('span');
  english.className = 'en';
  english.lang = 'en';
  english.textContent = en || '';
  $('message').replaceChildren(document.createTextNode(vi), ...(en ? [' ', english] : []));
}

async function lookUp(code) {
  say('');
  $('result').hidden = true;
  const answer = await fetch(`/api/public/tickets/${encodeURIComponent(code.trim())}`,
    { headers: { Accept: 'application/json' } });
  const body = await answer.json().catch(() => ({}));
  if (!answer.ok) {
    if (body.message) {
      say(body.message, body.messageEn);
    } else {
      say('Không tra cứu được, vui lòng thử lại sau.', 'The lookup failed; please try again later.');
    }
    return;
  }
  show(body);
  history.replaceState(null, '', `?code=${encodeURIComponent(body.trackingCode)}`);
}

$('lookup').addEventListener('submit', (event) => {
  event.preventDefault();
  lookUp($('code').value).catch(() => {
    say('Không kết nối được, vui lòng thử lại sau.', 'No connection; please try again later.');
  });
});

const initial = new URLSearchParams(location.search).get('code');
if (initial) {
  $('code').value = initial;
  lookUp(initial);
}
