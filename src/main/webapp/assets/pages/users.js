// Người dùng: the accounts an administrator manages (in their scope): list and search, create, change roles, scope
// and state, give a new temporary password. A temporary password is shown once, here, and nowhere else.
import { get, post, put, query, ApiError } from '../api.js';
import { h, replace, field, getValue, setValue, message, showFieldErrors, announce } from '../dom.js';
import { state } from '../state.js';

function roleBoxes(selected) {
  const boxes = (state.me.grantableRoles || []).map((r) => {
    const input = h('input', { type: 'checkbox', name: 'roles', value: r.code, id: `role-${r.code}` });
    input.checked = (selected || []).includes(r.code);
    return { code: r.code, input, el: h('div', { class: 'field checkbox' }, input, h('label', { for: `role-${r.code}` }, r.label)) };
  });
  const error = h('p', { class: 'field-error' });
  const fieldset = h('fieldset', { dataset: { field: 'roles' } }, h('legend', {}, 'Vai trò'), boxes.map((b) => b.el), error);
  // showFieldErrors wants {input, error, classList}
  fieldset.input = boxes[0]?.input || h('input');
  fieldset.error = error;
  fieldset.value = () => boxes.filter((b) => b.input.checked).map((b) => b.code);
  return fieldset;
}

/** The temporary password box: shown once, with a note that it is not shown again. */
function temporaryPassword(user) {
  return message('ok', `Mật khẩu tạm thời của ${user.username}:`, [h('code', { id: 'temporary-password' }, user.temporaryPassword),
    ' — chỉ hiện một lần; hãy trao tận tay người dùng. Lần đăng nhập đầu họ phải đổi mật khẩu.']);
}

function stateText(u) {
  if (!u.enabled) return 'Đã khóa';
  if (u.locked) return 'Tạm khóa do đăng nhập sai';
  if (u.passwordChangeRequired) return 'Chờ đổi mật khẩu tạm thời';
  return 'Đang dùng';
}

async function list(view) {
  const under = state.org?.code;
  const search = h('input', { type: 'search', name: 'q', 'aria-label': 'Tìm theo họ tên hoặc tên đăng nhập', placeholder: 'Tìm theo tên, có hoặc không dấu' });
  const results = h('div', { id: 'users' });
  const load = async () => {
    const users = await get(`users${query({ under, q: search.value.trim() })}`);
    replace(results, users.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'grid' },
      h('caption', {}, `${users.length} người dùng thuộc ${state.org.name}`),
      h('thead', {}, h('tr', {}, ['Họ và tên', 'Tên đăng nhập', 'Vai trò', 'Phạm vi', 'Trạng thái', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, users.map((u) => h('tr', { dataset: { username: u.username } },
        h('th', { scope: 'row' }, u.fullName), h('td', { class: 'code' }, u.username), h('td', {}, u.roleLabels.join(', ')),
        h('td', { class: 'code' }, u.scope || 'mọi tổ chức'), h('td', {}, stateText(u)),
        h('td', {}, h('a', { href: `#/nguoi-dung/${encodeURIComponent(u.username)}` }, 'Sửa'))))))) : message('info', 'Không có người dùng nào phù hợp.'));
  };
  const searchForm = h('form', { class: 'search', role: 'search' }, search, h('button', { type: 'submit', class: 'secondary' }, 'Tìm'));
  searchForm.addEventListener('submit', async (e) => { e.preventDefault(); await load(); });

  const f = {
    username: field({ name: 'username', label: 'Tên đăng nhập', required: true, hint: 'Chữ thường không dấu, số, dấu chấm; ví dụ xa.namma.nhaplieu' }),
    fullName: field({ name: 'fullName', label: 'Họ và tên', required: true }),
    scope: field({ name: 'scope', label: 'Phạm vi (mã tổ chức đảng)', required: true, value: under }),
    email: field({ name: 'email', label: 'Thư điện tử', type: 'email' }),
  };
  const roles = roleBoxes(['DATA_ENTRY']);
  const status = h('div', { id: 'create-status', class: 'form-status' });
  const create = h('form', { class: 'user-form card', novalidate: true, 'aria-labelledby': 'create-title' },
    h('h2', { id: 'create-title' }, 'Tạo tài khoản'), f.username, f.fullName, roles, f.scope, f.email,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Tạo tài khoản')), status);
  create.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = { username: getValue(f.username), fullName: getValue(f.fullName), roles: roles.value(), scope: getValue(f.scope), email: getValue(f.email) };
    try {
      const user = await post('users', body);
      showFieldErrors({ ...f, roles }, {});
      replace(status, temporaryPassword(user));
      announce(`Đã tạo tài khoản ${user.username}.`);
      setValue(f.username, '');
      setValue(f.fullName, '');
      setValue(f.email, '');
      await load();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const unplaced = showFieldErrors({ ...f, roles }, err.errors);
      replace(status, message('error', 'Chưa tạo được tài khoản.', unplaced.join(' ') || (Object.keys(err.errors).length ? 'Xem lỗi bên cạnh từng ô.' : err.detail)));
    }
  });
  await load();
  replace(view, h('h1', {}, 'Người dùng'), searchForm, results, create);
}

async function edit(view, username) {
  const u = await get(`users/${encodeURIComponent(username)}`);
  const f = {
    fullName: field({ name: 'fullName', label: 'Họ và tên', required: true, value: u.fullName }),
    scope: field({ name: 'scope', label: 'Phạm vi (mã tổ chức đảng)', value: u.scope }),
    email: field({ name: 'email', label: 'Thư điện tử', type: 'email', value: u.email }),
    enabled: field({ name: 'enabled', label: 'Tài khoản đang dùng (bỏ chọn để khóa: các phiên đăng nhập kết thúc ngay)', type: 'checkbox', value: u.enabled }),
  };
  const roles = roleBoxes(u.roles);
  const status = h('div', { id: 'edit-status', class: 'form-status' });
  const form = h('form', { class: 'user-form card', novalidate: true },
    f.fullName, roles, f.scope, f.email, f.enabled,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Lưu thay đổi')), status);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = { fullName: getValue(f.fullName), roles: roles.value(), scope: getValue(f.scope), email: getValue(f.email) || '', enabled: getValue(f.enabled) };
    try {
      const saved = await put(`users/${encodeURIComponent(username)}`, body);
      showFieldErrors({ ...f, roles }, {});
      replace(status, message('ok', `Đã lưu tài khoản ${saved.username}.`, stateText(saved)));
      announce('Đã lưu.');
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const unplaced = showFieldErrors({ ...f, roles }, err.errors);
      replace(status, message('error', 'Chưa lưu được.', unplaced.join(' ') || (Object.keys(err.errors).length ? 'Xem lỗi bên cạnh từng ô.' : err.detail)));
    }
  });
  const resetStatus = h('div', { id: 'reset-status', class: 'form-status' });
  const reset = h('form', { class: 'card danger', novalidate: true },
    h('h2', {}, 'Cấp lại mật khẩu tạm thời'),
    h('p', {}, 'Mật khẩu hiện tại hết hiệu lực, các phiên đăng nhập của người dùng kết thúc ngay; lần đăng nhập sau họ phải đổi mật khẩu.'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary', id: 'reset-password' }, 'Cấp mật khẩu tạm thời mới')), resetStatus);
  reset.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      replace(resetStatus, temporaryPassword(await post(`users/${encodeURIComponent(username)}/password-reset`)));
    } catch (err) {
      replace(resetStatus, message('error', err.title || 'Có lỗi xảy ra.', err.detail));
    }
  });
  replace(view, h('p', {}, h('a', { href: '#/nguoi-dung' }, '← Danh sách người dùng')),
    h('h1', {}, `${u.fullName} (${u.username})`), form, reset);
}

export async function render(view, r) {
  if (r.rest[0]) await edit(view, r.rest[0]);
  else await list(view);
}
