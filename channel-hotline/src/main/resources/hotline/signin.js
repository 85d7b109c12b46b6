// Sign-in through hub-core (same origin): the session cookie it sets serves the hotline too. The
// form is the one shared with the staff console, with the hotline's own heading and hint.
import { renderSignInForm } from '/web-shared/signin.js';

export function renderSignIn(onSignedIn, reason) {
  renderSignInForm(onSignedIn, reason, {
    heading: 'Đăng nhập bàn điện thoại viên',
    hint: 'Dành cho điện thoại viên tổng đài 1022 và điều phối viên.',
    hintEn: 'Hotline operators sign in here.',
  });
}
