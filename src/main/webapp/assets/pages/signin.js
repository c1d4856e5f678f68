import { post, ApiError } from '../api.js';
import { h, replace, field, getValue, message } from '../dom.js';

/** The sign-in form; calls onSignedIn(me) after a successful sign-in. */
export function signInPage(main, onSignedIn) {
  const username = field({ name: 'username', label: 'Tên đăng nhập', required: true, autocomplete: 'username' });
  const password = field({ name: 'password', label: 'Mật khẩu', type: 'password', required: true, autocomplete: 'current-password' });
  const status = h('div', { class: 'form-status' });
  const button = h('button', { type: 'submit', class: 'primary' }, 'Đăng nhập');
  const form = h('form', { class: 'signin card', novalidate: true, 'aria-labelledby': 'signin-title' },
    h('h1', { id: 'signin-title' }, 'Đăng nhập'),
    h('p', { class: 'muted' }, 'Hệ thống quản lý công tác phát triển đảng viên (PTDV).'),
    status, username, password, button);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const u = getValue(username);
    const p = password.input.value;
    if (!u || !p) {
      replace(status, message('error', 'Hãy nhập tên đăng nhập và mật khẩu.'));
      (u ? password : username).input.focus();
      return;
    }
    button.disabled = true;
    replace(status, h('p', { class: 'muted' }, 'Đang đăng nhập…'));
    try {
      const me = await post('auth/login', { username: u, password: p }, { allowUnauthorized: true });
      password.input.value = '';
      await onSignedIn(me);
    } catch (err) {
      const text = err instanceof ApiError ? err.detail || err.title : 'Không đăng nhập được.';
      replace(status, message('error', 'Đăng nhập không thành công.', text));
      password.input.value = '';
      password.input.focus();
    } finally {
      button.disabled = false;
    }
  });
  replace(main, form);
  username.input.focus();
}
