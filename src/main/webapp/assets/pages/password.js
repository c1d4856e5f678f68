// Đổi mật khẩu: the user's own change; the first sign-in with a temporary password comes here before anything else.
import { post, ApiError } from '../api.js';
import { h, replace, field, message, showFieldErrors, announce } from '../dom.js';

/** The change form; onChanged() runs after a successful change. */
export function passwordForm(view, { required = false, onChanged } = {}) {
  const current = field({ name: 'currentPassword', label: required ? 'Mật khẩu tạm thời' : 'Mật khẩu hiện tại', type: 'password',
    required: true, autocomplete: 'current-password' });
  const next = field({ name: 'newPassword', label: 'Mật khẩu mới', type: 'password', required: true, autocomplete: 'new-password',
    hint: 'Ít nhất 10 ký tự, có cả chữ và số, không chứa tên đăng nhập.' });
  const again = field({ name: 'repeat', label: 'Nhập lại mật khẩu mới', type: 'password', required: true, autocomplete: 'new-password' });
  const fields = { currentPassword: current, newPassword: next, repeat: again };
  const status = h('div', { id: 'password-status', class: 'form-status' });
  const button = h('button', { type: 'submit', class: 'primary' }, 'Đổi mật khẩu');
  const form = h('form', { class: 'password-form card', novalidate: true, 'aria-labelledby': 'password-title' },
    h('h1', { id: 'password-title' }, required ? 'Đổi mật khẩu tạm thời' : 'Đổi mật khẩu'),
    required ? message('info', 'Bạn đang đăng nhập bằng mật khẩu tạm thời.',
      'Hãy chọn mật khẩu mới của riêng mình trước khi làm việc; mật khẩu tạm thời không dùng được cho việc khác.') : null,
    status, current, next, again, h('div', { class: 'actions' }, button));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = { currentPassword: current.input.value, newPassword: next.input.value };
    if (body.newPassword !== again.input.value) {
      showFieldErrors(fields, { repeat: 'Hai lần nhập mật khẩu mới không giống nhau.' });
      return;
    }
    button.disabled = true;
    try {
      await post('auth/password', body);
      for (const f of Object.values(fields)) f.input.value = '';
      showFieldErrors(fields, {});
      replace(status, message('ok', 'Đã đổi mật khẩu.', 'Các phiên đăng nhập khác của tài khoản đã kết thúc.'));
      announce('Đã đổi mật khẩu.');
      if (onChanged) await onChanged();
    } catch (err) {
      const unplaced = err instanceof ApiError ? showFieldErrors(fields, err.errors) : [];
      replace(status, message('error', 'Chưa đổi được mật khẩu.', unplaced.join(' ') || (err.errors && Object.keys(err.errors).length ? '' : err.detail)));
    } finally {
      button.disabled = false;
    }
  });
  replace(view, form);
  current.input.focus();
}

export async function render(view) {
  passwordForm(view);
}
