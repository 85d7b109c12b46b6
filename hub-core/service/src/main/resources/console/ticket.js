// The ticket page: what the ticket is, who sent it (personal data), its history, and the actions
// this staff member may take now, each with its small form.
import { api } from './api.js';
import { actionForm, closureLabel } from './actions.js';
import { publicationSection } from './publication.js';
import { capitalised, channelLabel, day, h, moment, notify, show } from './dom.js';

export async function renderTicket(ctx, id) {
  const ticket = await api.ticket(id);
  if (ctx.isCurrent()) {
    draw(ctx, ticket);
  }
}

function draw(ctx, t) {
  const panel = h('div', { id: 'action-panel', class: 'action-panel' });
  show(
    h('p', { class: 'back' }, h('a', { href: '#/inbox', onclick: (e) => back(e, ctx) }, '‹ Quay lại hộp phiếu')),
    header(t),
    h('div', { class: 'ticket-grid' },
      h('div', { class: 'ticket-main' }, content(t), photos(t), ratings(t), publicationSection(ctx, t), timeline(t)),
      h('aside', { class: 'ticket-side' }, actions(ctx, t, panel), citizen(t))));
  return panel;
}

function back(event, ctx) {
  if (ctx.cameFromList()) {
    event.preventDefault();
    history.back();
  }
}

function header(t) {
  const fact = (label, value, id) => h('div', { class: 'fact' }, h('dt', {}, label), h('dd', { id }, value));
  return h('section', { class: `card ticket-header due-${t.dueState}`, 'aria-labelledby': 'ticket-code' },
    h('h1', { id: 'ticket-code', dataset: { ticketId: t.id, version: t.version } }, `Phiếu ${t.trackingCode}`),
    h('p', { class: 'status-line' },
      h('span', { id: 'ticket-status', class: 'badge status', dataset: { status: t.status } }, t.statusLabel),
      ' ',
      h('span', { id: 'ticket-due-state', class: `badge due-label due-${t.dueState}`, dataset: { dueState: t.dueState } },
        t.dueStateLabel)),
    t.transferTo ? h('p', { id: 'ticket-transfer', class: 'form-info' },
      `Đề nghị chuyển sang ${t.transferTo.name}, chờ điều phối viên duyệt. Lý do: ${t.transferReason || '—'}`) : null,
    t.mergedInto ? h('p', { class: 'form-info' }, 'Đã gộp vào phiếu ',
      h('a', { href: `#/tickets/${t.mergedInto.id}` }, t.mergedInto.trackingCode), '.') : null,
    h('dl', { class: 'facts' },
      fact('Lĩnh vực', t.category ? t.category.name : '—', 'ticket-category'),
      fact('Xã, phường', t.commune ? t.commune.name : '—', 'ticket-commune'),
      fact('Cơ quan xử lý', t.agency ? t.agency.name : 'Chưa phân loại', 'ticket-agency'),
      fact('Hạn giải quyết', `${day(t.dueDate)}${t.extended ? ' (đã gia hạn)' : ''}`, 'ticket-due'),
      fact('Hạn phản hồi đầu tiên', t.firstResponseAt ? `Đã phản hồi ${moment(t.firstResponseAt)}`
        : day(t.firstResponseDue), 'ticket-first-response'),
      fact('Ngày tiếp nhận', moment(t.receivedAt), 'ticket-received'),
      fact('Kênh', channelLabel(t.channel), 'ticket-channel'),
      t.closureCode ? fact('Kết quả', closureLabel(t.closureCode), 'ticket-closure') : null,
      t.rating ? fact('Đánh giá của người dân', ratingSummary(t), 'ticket-rating') : null));
}

/** The latest score, and how many citizens rated when more than one did (a follower, say). */
function ratingSummary(t) {
  const count = (t.ratings || []).length;
  return count > 1 ? `${t.rating}/5 (mới nhất; ${count} người đánh giá)` : `${t.rating}/5`;
}

/** Each citizen's rating with their own words (personal data: shown here, to staff in scope). */
function ratings(t) {
  const list = t.ratings || [];
  if (list.length === 0) {
    return null;
  }
  return h('section', { id: 'ratings', class: 'card', 'aria-labelledby': 'ratings-heading' },
    h('h2', { id: 'ratings-heading', title: 'Citizens\' ratings' }, `Đánh giá của người dân (${list.length})`),
    h('ul', { class: 'ratings' }, list.map((r) => h('li', { dataset: { testid: 'rating', score: r.score } },
      h('strong', { class: 'score' }, `${r.score}/5`), ' · ',
      h('span', { class: 'who' }, r.byReporter ? 'người gửi phản ánh' : 'người theo dõi'), ' · ',
      h('span', { class: 'channel' }, channelLabel(r.channel)), ' · ',
      h('time', { datetime: r.ratedAt }, moment(r.ratedAt)),
      r.comment ? h('p', { class: 'rating-comment' }, r.comment) : null))));
}

function content(t) {
  return h('section', { class: 'card', 'aria-labelledby': 'content-heading' },
    h('h2', { id: 'content-heading' }, 'Nội dung phản ánh'),
    h('p', { id: 'ticket-description', class: 'description' }, t.description || '—'),
    h('p', { id: 'ticket-address', class: 'address' }, h('strong', {}, 'Địa điểm: '), t.address || '—'),
    t.duplicates && t.duplicates.length ? h('p', {}, 'Phiếu trùng đã gộp vào đây: ',
      t.duplicates.map((d, i) => [i ? ', ' : '', h('a', { href: `#/tickets/${d.id}` }, d.trackingCode)])) : null);
}

// The citizen's photos as thumbnails, each opening full size in a new tab. A photo may show
// people or number plates: it is shown here, to staff in the ticket's scope, and nowhere else
// unless the citizen allowed it on the public page (badged).
function photos(t) {
  const files = t.attachments || [];
  if (!files.length) {
    return null;
  }
  return h('section', { class: 'card', 'aria-labelledby': 'photos-heading' },
    h('h2', { id: 'photos-heading' }, `Ảnh, tệp người dân gửi (${files.length})`),
    h('ul', { id: 'photos', class: 'photos' }, files.map((f, i) => {
      const label = `Ảnh ${i + 1} người dân gửi qua ${channelLabel(f.channel)}, ${moment(f.receivedAt)}`;
      const isImage = (f.mediaType || '').startsWith('image/');
      return h('li', { class: 'photo', dataset: { testid: 'photo', attachmentId: f.id } },
        h('a', {
          href: f.url, target: '_blank', rel: 'noopener noreferrer',
          title: 'Mở ảnh cỡ đầy đủ (Open full size)',
        }, isImage ? h('img', {
          src: f.url, alt: label, loading: 'lazy', class: 'thumb',
          // Removed by its retention period or the sender's erasure: say so instead of a broken image.
          onerror: (e) => e.target.replaceWith(h('span', { class: 'hint' },
            `Ảnh ${i + 1} không còn được lưu.`, h('span', { class: 'en', lang: 'en' }, ' No longer kept.'))),
        }) : `Tệp ${i + 1} (${f.mediaType})`),
        f.publicAllowed ? h('span', { class: 'badge public', title: 'The citizen allowed it on the public page' },
          'Công khai') : null);
    })));
}

function citizen(t) {
  const c = t.citizen || {};
  const line = (label, value, id) => h('div', { class: 'fact' }, h('dt', {}, label), h('dd', { id }, value || '—'));
  return h('section', { id: 'citizen', class: 'card personal', 'aria-labelledby': 'citizen-heading' },
    h('h2', { id: 'citizen-heading' }, 'Người gửi ', h('span', { class: 'badge personal-badge' }, 'Dữ liệu cá nhân')),
    h('p', { class: 'hint' }, 'Chỉ dùng để xử lý phản ánh này. Việc xem được ghi nhật ký.',
      h('span', { class: 'en', lang: 'en' }, ' Personal data: access is audited.')),
    h('dl', { class: 'facts' },
      line('Họ tên', c.name, 'citizen-name'), line('Điện thoại', c.phone, 'citizen-phone'),
      line('Thư điện tử', c.email, 'citizen-email'), line('Kênh định danh', c.channel, 'citizen-channel')));
}

function timeline(t) {
  const entries = t.timeline || [];
  return h('section', { class: 'card', 'aria-labelledby': 'timeline-heading' },
    h('h2', { id: 'timeline-heading' }, `Diễn biến xử lý (${entries.length})`),
    h('ol', { id: 'timeline', class: 'timeline' }, entries.map((e) => {
      const internal = e.visibility === 'INTERNAL';
      return h('li', {
        class: `tl ${internal ? 'tl-internal' : 'tl-public'}`,
        dataset: { testid: 'timeline-entry', type: e.type, visibility: e.visibility },
      },
      h('div', { class: 'tl-meta' },
        h('span', { class: `badge ${internal ? 'internal' : 'public'}`, title: internal ? 'Internal' : 'Public' },
          internal ? 'Nội bộ' : 'Công khai'),
        ' ', h('time', { datetime: e.at }, moment(e.at)),
        e.actor ? h('span', { class: 'actor' }, ` · ${e.actor}`) : null),
      h('p', { class: 'tl-text' }, e.textVi),
      e.textEn && e.textEn !== e.textVi ? h('p', { class: 'tl-en en', lang: 'en' }, e.textEn) : null);
    })));
}

function actions(ctx, t, panel) {
  const list = t.actions || [];
  const buttons = list.map((a) => h('button', {
    type: 'button', class: 'button action', title: a.name,
    dataset: { action: a.name, testid: 'action-button' },
    onclick: () => openForm(ctx, t, a, panel),
  }, capitalised(a.label)));
  return h('section', { class: 'card', 'aria-labelledby': 'actions-heading' },
    h('h2', { id: 'actions-heading' }, 'Thao tác'),
    list.length ? h('div', { id: 'actions', class: 'actions' }, buttons)
      : h('p', { id: 'actions', class: 'hint' }, 'Không có thao tác nào bạn được thực hiện lúc này.'),
    panel);
}

function openForm(ctx, t, action, panel, typed = {}) {
  const form = actionForm(ctx, t, action, {
    cancel: () => panel.replaceChildren(),
    submit: (input) => send(ctx, t, action, input, form),
  });
  for (const [id, text] of Object.entries(typed)) {
    const field = form.querySelector(`#${id}`);
    if (field) {
      field.value = text;
    }
  }
  panel.replaceChildren(form);
  const first = form.querySelector('select, textarea, input, button[type=submit]');
  if (first) {
    first.focus();
  }
}

/** What the officer wrote in the open form, to give back after a reload. */
function typedTexts(form) {
  return Object.fromEntries([...form.querySelectorAll('textarea, input[type=text]')]
    .filter((f) => f.value.trim()).map((f) => [f.id, f.value]));
}

async function send(ctx, t, action, input, form) {
  const submit = form.querySelector('button[type=submit]');
  submit.disabled = true;
  try {
    const updated = await api.act(t.id, { ...input, action: action.name, version: t.version });
    if (!ctx.isCurrent()) {
      return;
    }
    draw(ctx, updated);
    notify(`Đã thực hiện: ${capitalised(action.label)}.`);
  } catch (e) {
    if (e.code === 'TICKET_CHANGED') {
      // Someone else acted first: show what the ticket is now, and the form again with what the
      // officer wrote, to send once they have read the change (or to drop).
      notify(e.message, 'error');
      const typed = typedTexts(form);
      const fresh = await api.ticket(t.id);
      if (ctx.isCurrent()) {
        const panel = draw(ctx, fresh);
        const still = (fresh.actions || []).find((a) => a.name === action.name);
        if (still) {
          openForm(ctx, fresh, still, panel, typed);
        }
      }
      return;
    }
    if (e.status === 404) {
      // The ticket is no longer within this staff member's scope (transferred away, say).
      notify(e.message, 'error');
      ctx.navigate('#/inbox');
      return;
    }
    const box = form.querySelector('.form-error');
    box.replaceChildren(h('span', {}, e.message),
      e.messageEn ? h('span', { class: 'en', lang: 'en' }, ' ' + e.messageEn) : null,
      e.fields.length ? h('ul', {}, e.fields.map((f) => h('li', {}, `${f.field}: ${f.messageVi || ''}`))) : null);
    box.hidden = false;
    box.focus();
    submit.disabled = false;
  }
}
