// The citizen's private part of the tracking page, opened by the secret in the notice's link
// (#k=<token>): rate the outcome from 1 to 5 with an optional comment, or say it is not fixed,
// which reopens the report. The token goes in request bodies only, never in an address.
import { onLanguageChange, t, h } from '/portal-shared/portal.js';
import { postJson, ApiFailure } from '/portal-shared/api.js';

const $ = (id) => document.getElementById(id);
let state = null;
let said = null;

function say(vi, en) {
  said = vi ? { vi, en } : null;
  $('private-message').textContent = said ? t(said.vi, said.en) : '';
}

function failed(e) {
  const failure = e instanceof ApiFailure ? e : new ApiFailure(0, null);
  say(failure.messageVi, failure.messageEn);
}

function render() {
  if (!state) {
    return;
  }
  $('private').hidden = false;
  $('verdict').hidden = !(state.canRate || state.canSayNotFixed);
  $('fixed').hidden = !state.canRate;
  $('not-fixed').hidden = !state.canSayNotFixed;
  if (state.rating) {
    say(`Bạn đã đánh giá ${state.rating.score}/5. Cảm ơn bạn!`,
      `You rated it ${state.rating.score}/5. Thank you!`);
  } else if (said) {
    say(said.vi, said.en);
  }
  $('stars').replaceChildren(...[1, 2, 3, 4, 5].map((n) => h('label', { for: `star-${n}` },
    h('input', { type: 'radio', name: 'score', id: `star-${n}`, value: n }),
    h('span', null, `${n}`),
    h('span', { class: 'visually-hidden' }, n === 1 ? t(' (rất không hài lòng)', ' (very dissatisfied)')
      : n === 5 ? t(' (rất hài lòng)', ' (very satisfied)') : ''))));
}

/** Checks the token, then shows what the citizen may do; onChange re-reads the public view. */
export async function openPrivatePart(token, onChange) {
  onLanguageChange(render);
  try {
    state = await postJson('/api/public/feedback/check', { token });
  } catch (e) {
    $('private').hidden = false;
    failed(e);
    return;
  }
  render();

  $('fixed').addEventListener('click', () => {
    $('not-fixed-form').hidden = true;
    $('rating-form').hidden = false;
    document.querySelector('#stars input').focus();
  });
  $('not-fixed').addEventListener('click', () => {
    $('rating-form').hidden = true;
    $('not-fixed-form').hidden = false;
    $('not-fixed-comment').focus();
  });
  $('not-fixed-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const comment = $('not-fixed-comment').value.trim() || undefined;
      await postJson('/api/public/feedback/not-fixed', { token, comment });
      state = { ...state, canSayNotFixed: false };
      $('not-fixed-form').hidden = true;
      say('Đã ghi nhận: chưa khắc phục. Phản ánh được mở lại để cơ quan xử lý tiếp.',
        'Recorded: not fixed. The report is reopened for the agency to continue.');
      render();
      onChange();
    } catch (e) {
      failed(e);
    }
  });
  $('rating-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = document.querySelector('#stars input:checked');
    const error = $('rating-error');
    if (!chosen) {
      error.textContent = t('Vui lòng chọn mức từ 1 đến 5.', 'Choose a score from 1 to 5.');
      error.hidden = false;
      document.querySelector('#stars input').focus();
      return;
    }
    error.hidden = true;
    try {
      const comment = $('rating-comment').value.trim() || undefined;
      const answer = await postJson('/api/public/feedback/rating',
        { token, score: Number(chosen.value), comment });
      state = { ...state, canRate: false, rating: { score: answer.score, comment } };
      $('rating-form').hidden = true;
      render();
      $('private-message').focus();
    } catch (e) {
      failed(e);
    }
  });
}
