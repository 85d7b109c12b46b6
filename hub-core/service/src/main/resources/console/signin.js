// The console's sign-in: the shared form, with the console's own heading and hint.
import { renderSignInForm } from '/web-shared/signin.js';

export function renderSignIn(onSignedIn, reason) {
  renderSignInForm(onSignedIn, reason, {
    heading: 'Đăng nhập bàn làm việc',
    hint: 'Dành cho cán bộ tiếp nhận, xử lý phản ánh, kiến nghị.',
    hintEn: 'Staff sign-in.',
  });
}
