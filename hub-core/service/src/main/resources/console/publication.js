// "Công khai hỏi đáp / Publish Q&A" on a resolved ticket's page: the lead drafts the ticket's
// question and answer, reviews the masked texts (what was hidden is listed by kind, never by
// value), edits them (masked again on save), publishes, withdraws. Leads of the ticket's agency,
// coordinators and administrators only; nothing is public until published.
import { request } from '/web-shared/api.js';
import { h, notify } from './dom.js';

const ROLES = ['AGENCY_LEAD', 'COORDINATOR', 'ADMINISTRATOR'];
const STATUS = { DRAFT: 'Bản nháp, chưa công khai', PUBLISHED: 'Đang công khai', WITHDRAWN: 'Đã rút' };

const path = (id, tail = '') => `/api/staff/tickets/${encodeURIComponent(id)}/publication${tail}`;

/** The section for a resolved or closed ticket, or null when this staff member may not publish. */
export function publicationSection(ctx, t) {
  if (!ROLES.includes(ctx.session.staff.role) || !['RESOLVED', 'CLOSED'].includes(t.status)) {
    return null;
  }
  const body = h('div', { id: 'publication-body' });
  const section = h('section', { id: 'publication', class: 'card', 'aria-labelledby': 'publication-heading' },
    h('h2', { id: 'publication-heading', title: 'Publish Q&A' }, 'Công khai hỏi đáp'),
    body);
  load(t.id, body);
  return section;
}

async function load(id, body) {
  try {
    draw(id, body, await request('GET', path(id)));
  } catch (e) {
    if (e.status !== 404) {
      failed(body, e);
      return;
    }
    body.replaceChildren(
      h('p', {}, 'Câu hỏi và trả lời của phiếu có thể được công khai; họ tên, số điện thoại, thư'
        + ' điện tử, biển số xe và số nhà được tự động ẩn để bạn rà soát trước.'),
      h('button', { id: 'publication-draft', type: 'button', class: 'button', title: 'Draft the Q&A for review',
        onclick: () => run(id, body, () => request('POST', path(id))) }, 'Soạn bản công khai'));
  }
}

async function run(id, body, call, message) {
  try {
    draw(id, body, await call());
    if (message) {
      notify(message);
    }
  } catch (e) {
    failed(body, e);
  }
}

function failed(body, e) {
  const old = body.querySelector('.form-error');
  if (old) {
    old.remove();
  }
  body.append(h('p', { class: 'form-error', role: 'alert' }, e.message,
    e.messageEn ? h('span', { lang: 'en' }, ` ${e.messageEn}`) : null));
}

function draw(id, body, p) {
  const question = h('textarea', { id: 'publication-question', rows: 5, maxlength: 4000 });
  question.value = p.questionVi;
  const answer = h('textarea', { id: 'publication-answer', rows: 5, maxlength: 4000 });
  answer.value = p.answerVi;
  // English is optional (both or neither), written by the lead for the portal's English page.
  const questionEn = h('textarea', { id: 'publication-question-en', rows: 4, maxlength: 4000, lang: 'en' });
  questionEn.value = p.questionEn || '';
  const answerEn = h('textarea', { id: 'publication-answer-en', rows: 4, maxlength: 4000, lang: 'en' });
  answerEn.value = p.answerEn || '';
  const masked = p.masked.length === 0 ? h('p', { id: 'publication-masked' }, 'Không phát hiện thông tin cá nhân.'
    + ' Hãy đọc kỹ: máy không nhận ra mọi tên riêng.')
    : h('ul', { id: 'publication-masked' }, p.masked.map((m) => h('li', { dataset: { kind: m.kind } },
      `${m.labelVi}: ${m.count}`, h('span', { lang: 'en', class: 'muted' }, ` (${m.labelEn})`))));
  const save = () => run(id, body, () => request('PUT', path(id),
    { questionVi: question.value, answerVi: answer.value, questionEn: questionEn.value, answerEn: answerEn.value }),
  'Đã lưu và ẩn lại thông tin cá nhân.');
  body.replaceChildren(
    h('p', {}, h('span', { id: 'publication-status', class: 'badge', dataset: { status: p.status } },
      STATUS[p.status] || p.status),
    p.status === 'PUBLISHED' ? [' · ', h('a', { href: p.publicPath, target: '_blank', rel: 'noopener' },
      'Xem trang công khai')] : null),
    h('p', { class: 'form-info' }, 'Đã tự động ẩn (hãy kiểm tra lại trước khi công khai):'),
    masked,
    h('div', { class: 'field wide' }, h('label', { for: 'publication-question' }, 'Câu hỏi (nội dung phản ánh)'), question),
    h('div', { class: 'field wide' }, h('label', { for: 'publication-answer' }, 'Trả lời'), answer),
    h('div', { class: 'field wide' }, h('label', { for: 'publication-question-en' },
      'Câu hỏi tiếng Anh (không bắt buộc)', h('span', { lang: 'en', class: 'muted' }, ' English question, optional')),
    questionEn),
    h('div', { class: 'field wide' }, h('label', { for: 'publication-answer-en' },
      'Trả lời tiếng Anh', h('span', { lang: 'en', class: 'muted' }, ' English answer')), answerEn),
    h('div', { class: 'form-actions' },
      h('button', { id: 'publication-save', type: 'button', class: 'button secondary', title: 'Save (masked again)',
        onclick: save }, 'Lưu'),
      p.status !== 'PUBLISHED' ? h('button', { id: 'publication-publish', type: 'button', class: 'button',
        title: 'Publish', onclick: () => run(id, body, () => request('POST', path(id, '/publish')),
          'Đã công khai hỏi đáp.') }, 'Công khai') : null,
      p.status === 'PUBLISHED' ? h('button', { id: 'publication-withdraw', type: 'button', class: 'button secondary',
        title: 'Withdraw', onclick: () => run(id, body, () => request('POST', path(id, '/withdraw')),
          'Đã rút hỏi đáp khỏi cổng thông tin.') }, 'Rút khỏi cổng') : null));
}
