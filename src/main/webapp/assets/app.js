// PTDV web pages: sign-in, then hash routes (#/, #/chi-tieu, #/tien-do, #/quan-chung, #/ket-nap, #/du-bi, #/bao-cao, #/van-ban, #/thi-dua, #/dao-tao, #/nhap-du-lieu, #/quy-dinh, #/lich-lam-viec, #/nguoi-dung, #/quan-tri).
import { get, post, query, ApiError, whenSignedOut, whenPasswordChangeRequired } from './api.js';
import { h, replace, message, announce } from './dom.js';
import { state, setOrganization, setYear, can } from './state.js';
import { pickOrganization } from './picker.js';
import * as home from './pages/home.js';
import * as targets from './pages/targets.js';
import * as admissions from './pages/admissions.js';
import * as reports from './pages/reports.js';
import * as documents from './pages/documents.js';
import * as emulation from './pages/emulation.js';
import * as training from './pages/training.js';
import * as users from './pages/users.js';
import * as imports from './pages/imports.js';
import * as rules from './pages/rules.js';
import * as probations from './pages/probations.js';
import * as candidates from './pages/candidates.js';
import * as progress from './pages/progress.js';
import * as calendar from './pages/calendar.js';
import * as password from './pages/password.js';
import * as system from './pages/system.js';
import { signInPage } from './pages/signin.js';

const ROUTES = [
  { path: '', label: 'Trang chủ', page: home },
  { path: 'chi-tieu', label: 'Chỉ tiêu', page: targets },
  { path: 'tien-do', label: 'Tiến độ', page: progress, needs: 'READ_AGGREGATES' },
  { path: 'quan-chung', label: 'Quần chúng', page: candidates, needs: 'READ_ADMISSIONS' },
  { path: 'ket-nap', label: 'Kết nạp', page: admissions, needs: 'READ_ADMISSIONS' },
  { path: 'du-bi', label: 'Dự bị', page: probations, needs: 'READ_ADMISSIONS' },
  { path: 'dao-tao', label: 'Bồi dưỡng', page: training },
  { path: 'bao-cao', label: 'Báo cáo', page: reports },
  { path: 'van-ban', label: 'Văn bản đã ban hành', page: documents, needs: 'DOWNLOAD_REPORTS' },
  { path: 'thi-dua', label: 'Thi đua', page: emulation },
  { path: 'nhap-du-lieu', label: 'Nhập dữ liệu', page: imports, needs: 'READ_AGGREGATES', noOrg: true },
  { path: 'quy-dinh', label: 'Quy định', page: rules, needs: 'READ_AGGREGATES', noOrg: true },
  { path: 'lich-lam-viec', label: 'Lịch làm việc', page: calendar, needs: 'READ_AGGREGATES', noOrg: true },
  { path: 'nguoi-dung', label: 'Người dùng', page: users, needs: 'MANAGE_USERS' },
  { path: 'quan-tri', label: 'Quản trị hệ thống', page: system, needs: 'OPERATE_SYSTEM' },
  { path: 'doi-mat-khau', label: 'Đổi mật khẩu', page: password, hidden: true, noOrg: true },
];

const main = document.getElementById('main');

/** The current route: {name, rest: [...], params: URLSearchParams}. */
function route() {
  const hash = location.hash.startsWith('#/') ? location.hash.slice(2) : '';
  const [path, q] = hash.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { name: parts[0] || '', rest: parts.slice(1), params: new URLSearchParams(q || '') };
}

/** Once applied, ?org= and ?year= leave the address, so that the year and organisation chosen later stay. */
function dropContextParams(r) {
  if (!r.params.has('org') && !r.params.has('year')) return;
  const rest = new URLSearchParams(r.params);
  rest.delete('org');
  rest.delete('year');
  const q = rest.toString();
  history.replaceState(null, '', `${location.pathname}${location.hash.split('?')[0]}${q ? `?${q}` : ''}`);
}

let renderSeq = 0;

/**
 * Renders the page of the address. A page renders into a view of its own, shown when ready, unless the user has gone
 * elsewhere meanwhile (then the newer page wins). main[data-ready] is "true" once the page is shown.
 */
async function show() {
  if (!state.me || state.me.passwordChangeRequired) return;
  const token = ++renderSeq;
  main.dataset.ready = 'false';
  const r = route();
  if (r.params.get('org') && r.params.get('org') !== state.org?.code) {
    try {
      const o = await get(`organizations/${encodeURIComponent(r.params.get('org'))}`);
      setOrganization({ code: o.code, name: o.name });
    } catch (e) { /* keep the current organisation */ }
  }
  if (r.params.get('year')) setYear(Number(r.params.get('year')));
  dropContextParams(r);
  renderContext();
  const target = ROUTES.find((x) => x.path === r.name && (!x.needs || can(x.needs))) || ROUTES[0];
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.dataset.path === target.path) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.title = `${target.label} – PTDV`;
  replace(main, h('p', { class: 'muted' }, 'Đang tải…'));
  const view = h('div', { class: 'view' });
  if (!state.org && !target.noOrg) {
    replace(view, h('h1', {}, target.label),
      message('info', 'Chưa chọn tổ chức.', 'Bấm “Chọn tổ chức…” ở trên để chọn tổ chức đảng cần xem.'));
  } else {
    try {
      await target.page.render(view, r);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      replace(view, h('h1', {}, target.label), message('error', e.title || 'Có lỗi xảy ra.', e.detail || e.message));
    }
  }
  if (token !== renderSeq) return;
  replace(main, view);
  main.dataset.ready = 'true';
}

function renderContext() {
  const context = document.getElementById('context');
  context.hidden = false;
  document.getElementById('context-org-name').textContent = state.org ? `${state.org.name} (${state.org.code})` : 'chưa chọn';
  const select = document.getElementById('context-year');
  if (!select.options.length) {
    const now = new Date().getFullYear();
    for (let y = now + 1; y >= now - 10; y -= 1) select.append(h('option', { value: y }, String(y)));
    select.addEventListener('change', () => { setYear(Number(select.value)); show(); });
  }
  if (![...select.options].some((o) => Number(o.value) === state.year)) {
    select.append(h('option', { value: state.year }, String(state.year)));
  }
  select.value = String(state.year);
}

function renderNav() {
  const nav = document.getElementById('nav');
  replace(nav, ROUTES.filter((r) => !r.hidden && (!r.needs || can(r.needs))).map((r) =>
    h('li', {}, h('a', { href: `#/${r.path}`, dataset: { path: r.path } }, r.label))));
  const name = state.me.fullName || state.me.username;
  document.getElementById('user-name').textContent = name === state.me.roleLabel ? name : `${name} · ${state.me.roleLabel}`;
  document.getElementById('top').hidden = false;
}

/** A temporary password: the change form and nothing else, then the pages as usual. */
function changeTemporaryPassword() {
  document.getElementById('top').hidden = true;
  document.getElementById('context').hidden = true;
  document.title = 'Đổi mật khẩu tạm thời – PTDV';
  const view = h('div', { class: 'view' });
  replace(main, view);
  password.passwordForm(view, { required: true, onChanged: async () => start(await get('auth/me')) });
  main.dataset.ready = 'true';
}

whenPasswordChangeRequired(() => {
  if (state.me) state.me.passwordChangeRequired = true;
  changeTemporaryPassword();
});

async function start(me) {
  state.me = me;
  if (me.passwordChangeRequired) {
    changeTemporaryPassword();
    return;
  }
  if (!state.org && me.scope) {
    try {
      const o = await get(`organizations/${encodeURIComponent(me.scope)}`);
      setOrganization({ code: o.code, name: o.name });
    } catch (e) {
      setOrganization({ code: me.scope, name: me.scope });
    }
  }
  if (!state.year) await openOnLatestYear();
  renderNav();
  await show();
  main.focus();
}

/** The year the pages open on: the latest with data in the user's scope (today's year when there is none). */
async function openOnLatestYear() {
  try {
    const y = await get(`dashboard/latest-year${query({ org: state.org?.code })}`);
    setYear(y.year);
  } catch (e) {
    setYear(new Date().getFullYear());
  }
}

function signedOut() {
  state.me = null;
  sessionStorage.clear();
  state.org = null;
  state.year = null;
  document.getElementById('top').hidden = true;
  document.getElementById('context').hidden = true;
  document.title = 'Đăng nhập – PTDV';
  signInPage(main, start);
}

whenSignedOut(signedOut);

document.getElementById('logout').addEventListener('click', async () => {
  try { await post('auth/logout'); } catch (e) { /* signed out either way */ }
  announce('Đã đăng xuất.');
  signedOut();
});
document.getElementById('pick-org').addEventListener('click', async () => {
  const picked = await pickOrganization({ scope: state.me.scope, year: state.year });
  if (picked) {
    setOrganization(picked);
    announce(`Đã chọn ${picked.name}.`);
    await show();
  }
  document.getElementById('pick-org').focus();
});
document.getElementById('skip').addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});
// a link to the page already shown (e.g. "Xem hồ sơ" after saving it) shows it again
document.addEventListener('click', (e) => {
  const a = e.target.closest('a[href^="#/"]');
  if (a && a.getAttribute('href') === location.hash) {
    e.preventDefault();
    show();
  }
});
window.addEventListener('hashchange', () => { if (location.hash.startsWith('#/') || location.hash === '') show(); });

get('auth/me', { allowUnauthorized: true }).then(start).catch(signedOut);
