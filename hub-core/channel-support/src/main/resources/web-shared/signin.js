// The sign-in form of the staff pages (console, hotline): one form against hub-core's session, so
// one sign-in serves both. The server answers the same refusal whether the username exists or
// not. One copy, served at /web-shared; each page gives its own heading and hint.
import { staffSession } from './api.js';
import { h, show } from './dom.js';

/**
 * Shows the form in the main area; onSignedIn gets the signed-in staff member. texts: the page's
 * heading, hint and the hint's English line.
 */
export function renderSignInForm(onSignedIn, reason, { heading, hint, hintEn }) {
  const error = h('div', { id: 'signin-error', class: 'form-error', role: 'alert', hidden: true });
  const username = h('input', {
    id: 'signin-username', name: 'username', type: 'text', autocomplete: 'username',
    autocapitalize: 'none', spellcheck: 'false', required: true,
  });
  const password = h('input', {
    id: 'signin-password', name: 'password', type: 'password',
    autocomplete: 'current-password', required: true,
  });
  const submit = h('button', { id: 'signin-submit', type: 'submit', class: 'button', title: 'Sign in' },
    'Đăng nhập');

  const form = h('form', { id: 'signin-form', class: 'card signin', novalidate: true },
    h('h1', {}, heading),
    h('p', { class: 'hint' }, hint, h('span', { class: 'en', lang: 'en' }, ' ' + hintEn)),
    reason ? h('p', { id: 'signin-reason', class: 'form-info' }, reason) : null,
    error,
    h('div', { class: 'field' }, h('label', { for: 'signin-username' }, 'Tên đăng nhập'), username),
    h('div', { class: 'field' }, h('label', { for: 'signin-password' }, 'Mật khẩu'), password),
    h('div', { class: 'form-actions' }, submit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!username.value.trim() || !password.value) {
      showError(error, 'Vui lòng nhập tên đăng nhập và mật khẩu.', 'Enter your username and password.');
      (username.value.trim() ? password : username).focus();
      return;
    }
    submit.disabled = true;
    try {
      const answer = await staffSession.signIn(username.value.trim(), password.value);
      password.value = '';
      onSignedIn(answer.staff);
    } catch (e) {
      showError(error, e.message, e.messageEn);
      password.value = '';
      password.focus();
    } finally {
      submit.disabled = false;
    }
  });

  show(form);
  username.focus();
}

function showError(box, message, messageEn) {
  const parts = [h('span', {}, message)];
  if (messageEn) {
    parts.push(h('span', { class: 'en', lang: 'en' }, ' ' + messageEn));
  }
  box.replaceChildren(...parts);
  box.hidden = false;
}
