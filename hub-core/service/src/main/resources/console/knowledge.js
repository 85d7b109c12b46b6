// "Kiến thức / Knowledge": the articles shared by the portal and the hotline, as leads (their own
// agency's) and administrators keep them. Each has a review date; an article past it is marked
// overdue so someone re-reads it against the law and the province's practice.
import { request } from '/web-shared/api.js';
import { h, notify, selectField, show, textArea, textField } from './dom.js';

const PATH = '/api/staff/knowledge/articles';

export async function renderKnowledge(ctx) {
  const articles = await request('GET', PATH);
  if (ctx.isCurrent()) {
    list(ctx, articles);
  }
}

function list(ctx, articles) {
  const overdue = articles.filter((a) => a.overdue).length;
  show(
    h('h1', { title: 'Knowledge' }, 'Kiến thức'),
    h('p', {}, `${articles.length} bài; ${overdue} bài đã quá hạn rà soát.`,
      h('span', { lang: 'en', class: 'muted' }, ` ${articles.length} articles; ${overdue} overdue for review.`)),
    h('p', {}, h('button', { id: 'article-new', type: 'button', class: 'button', title: 'New article',
      onclick: () => edit(ctx, null) }, 'Thêm bài')),
    h('div', { id: 'article-editor' }),
    h('table', { id: 'articles', class: 'inbox-table' },
      h('caption', { class: 'visually-hidden' }, 'Bài viết'),
      h('thead', {}, h('tr', {}, ['Tiêu đề', 'Lĩnh vực', 'Cơ quan', 'Rà soát trước', 'Trạng thái', '']
        .map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, articles.map((a) => h('tr', { class: a.overdue ? 'overdue' : null, dataset: { id: a.id } },
        h('td', {}, a.titleVi),
        h('td', {}, a.categoryCode || '—'),
        h('td', {}, a.agencyCode || 'Toàn tỉnh'),
        h('td', {}, a.reviewBy, a.overdue ? h('strong', { class: 'badge due-OVERDUE' }, ' Quá hạn') : null),
        h('td', {}, a.published ? 'Công khai' : 'Đã gỡ'),
        h('td', {}, a.editable ? h('button', { type: 'button', class: 'button secondary',
          'aria-label': `Sửa: ${a.titleVi}`, onclick: () => edit(ctx, a) }, 'Sửa') : null))))));
}

function edit(ctx, a) {
  const staff = ctx.session.staff;
  const catalog = ctx.session.catalog || { categories: [], agencies: [] };
  const agencies = staff.agencyCode ? [[staff.agencyCode, staff.agencyCode]]
    : [['', 'Toàn tỉnh'], ...catalog.agencies.map((x) => [x.code, x.name])];
  const nextYear = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const error = h('p', { class: 'form-error', role: 'alert', hidden: true, tabindex: '-1' });
  const form = h('form', { id: 'article-form', class: 'card action-form' },
    h('h2', {}, a ? 'Sửa bài' : 'Bài mới'),
    selectField('kind', 'Loại bài', [['FAQ', 'Câu hỏi thường gặp'], ['GUIDE', 'Hướng dẫn']], a ? a.kind : 'FAQ'),
    selectField('categoryCode', 'Lĩnh vực', [['', '—'], ...(catalog.categories || []).map((c) => [c.code, c.name])],
      a ? a.categoryCode : ''),
    selectField('agencyCode', 'Cơ quan', agencies, a ? a.agencyCode : (staff.agencyCode || '')),
    textField('titleVi', 'Tiêu đề', a && a.titleVi, { maxlength: 200, required: true }),
    textField('titleEn', 'Tiêu đề tiếng Anh (English title)', a && a.titleEn, { maxlength: 200 }),
    textArea('bodyVi', 'Nội dung', { maxlength: 4000, required: true }),
    textArea('bodyEn', 'Nội dung tiếng Anh (English text)', { maxlength: 4000 }),
    textField('keywords', 'Từ khóa (không dấu, cách nhau bởi dấu phẩy)', a && a.keywords, { maxlength: 300 }),
    textField('sourceVi', 'Nguồn, căn cứ', a && a.sourceVi, { maxlength: 200 }),
    textField('reviewBy', 'Rà soát lại trước ngày', a ? a.reviewBy : nextYear, { type: 'date', required: true }),
    h('div', { class: 'field' }, h('label', {}, h('input', { id: 'published', type: 'checkbox',
      checked: a ? a.published : true }), ' Công khai trên cổng thông tin')),
    error,
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'button', title: 'Save' }, 'Lưu'),
      a && a.published ? h('button', { id: 'article-unpublish', type: 'button', class: 'button secondary',
        title: 'Unpublish', onclick: () => save(ctx, error, 'POST', `${PATH}/${a.id}/unpublish`) }, 'Gỡ bài') : null,
      h('button', { type: 'button', class: 'button secondary', title: 'Cancel',
        onclick: () => form.remove() }, 'Hủy')));
  form.querySelector('#bodyVi').value = a ? a.bodyVi : '';
  form.querySelector('#bodyEn').value = a && a.bodyEn ? a.bodyEn : '';
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = (id) => form.querySelector(`#${id}`).value;
    const input = {
      kind: v('kind'), categoryCode: v('categoryCode'), agencyCode: v('agencyCode'), titleVi: v('titleVi'),
      titleEn: v('titleEn'), bodyVi: v('bodyVi'), bodyEn: v('bodyEn'), keywords: v('keywords'),
      sourceVi: v('sourceVi'), reviewBy: v('reviewBy'), published: form.querySelector('#published').checked,
    };
    save(ctx, error, a ? 'PUT' : 'POST', a ? `${PATH}/${a.id}` : PATH, input);
  });
  document.getElementById('article-editor').replaceChildren(form);
  form.querySelector('#titleVi').focus();
}

async function save(ctx, error, method, path, input) {
  try {
    await request(method, path, input);
    notify('Đã lưu bài viết.');
    await renderKnowledge(ctx);
  } catch (e) {
    const fields = (e.fields || []).map((f) => `${f.field}: ${f.messageVi}`).join(' ');
    error.replaceChildren(`${e.message} ${fields}`);
    error.hidden = false;
    error.focus();
  }
}
