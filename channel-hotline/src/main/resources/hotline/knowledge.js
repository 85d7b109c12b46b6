// The knowledge lookup: the province's guidance and published answers from hub-core's search,
// found without regard to diacritics or a typo. When the search is unavailable, it says so.
import { api } from './api.js';
import { failureText, h } from './dom.js';

export function knowledgePanel(desk) {
  const query = h('input', {
    id: 'kb-query', type: 'search', autocomplete: 'off', placeholder: 'Ví dụ: den duong, khai sinh',
    'aria-controls': 'kb-results',
  });
  const results = h('ol', { id: 'kb-results', class: 'kb-results', 'aria-live': 'polite' });
  let pending = null;
  let asked = 0;

  async function search() {
    const q = query.value.trim();
    const mine = ++asked;
    if (!q) {
      results.replaceChildren();
      return;
    }
    try {
      const found = await api.knowledge(q);
      if (mine !== asked) {
        return;
      }
      if (found.unavailable) {
        results.replaceChildren(h('li', { class: 'form-error' },
          'Tạm thời chưa tra cứu được hướng dẫn. ', h('span', { lang: 'en' }, 'Search is unavailable right now.')));
        return;
      }
      if (!found.articles.length) {
        results.replaceChildren(h('li', { class: 'empty' }, 'Không tìm thấy hướng dẫn phù hợp.'));
        return;
      }
      results.replaceChildren(...found.articles.map((a) => h('li', { class: 'kb-article', dataset: { id: a.id } },
        h('h3', {}, a.title),
        h('p', { class: 'kb-answer' }, a.answer),
        a.agency ? h('p', { class: 'hint' }, 'Cơ quan: ' + a.agency) : null,
        h('button', { type: 'button', class: 'button secondary small', onclick: () => desk.useAnswer(a) },
          'Dùng câu trả lời này'))));
    } catch (e) {
      results.replaceChildren(h('li', { class: 'form-error' }, failureText(e)));
    }
  }

  query.addEventListener('input', () => {
    clearTimeout(pending);
    pending = setTimeout(search, 200);
  });
  query.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(pending);
      search();
    }
  });

  return {
    element: h('section', { class: 'card knowledge', 'aria-labelledby': 'kb-title' },
      h('h2', { id: 'kb-title' }, 'Tra cứu hướng dẫn ', h('kbd', {}, 'F3')),
      h('label', { for: 'kb-query', class: 'sr-only' }, 'Tìm câu hỏi thường gặp'),
      query, results),
    query,
    refresh: search,
  };
}
