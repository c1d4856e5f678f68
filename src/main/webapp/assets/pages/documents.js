// Văn bản đã ban hành (#/van-ban): the register of issued documents (sổ đăng ký văn bản đi) in the user's scope,
// searched by issuer, year and kind; each document's stored PDF to download; an uploaded PDF verified against the
// register (which entry, intact or not, replaced or withdrawn).
import { call, get, upload, query, ApiError } from '../api.js';
import { h, replace, field, getValue, setValue, showFieldErrors, message, announce } from '../dom.js';
import { date } from '../format.js';
import { state } from '../state.js';

const KINDS = [
  { code: 'BC', name: 'Báo cáo (BC)' }, { code: 'TTr', name: 'Tờ trình (TTr)' }, { code: 'QĐ', name: 'Quyết định (QĐ)' },
  { code: 'DS', name: 'Danh sách (DS)' }, { code: 'HD', name: 'Hướng dẫn (HD)' }, { code: 'BB', name: 'Biên bản (BB)' },
];

export async function render(main, route) {
  const fields = {
    issuer: field({ name: 'issuer', label: 'Tổ chức ban hành (mã)', value: route.params.get('issuer') || state.org.code,
      hint: 'Để trống: mọi tổ chức trong phạm vi.' }),
    year: field({ name: 'year', label: 'Năm ban hành', type: 'number', value: route.params.get('year') || '',
      hint: 'Để trống: mọi năm.' }),
    kind: field({ name: 'kind', label: 'Loại văn bản', type: 'select', options: KINDS, empty: '— Mọi loại —' }),
  };
  if (route.params.get('kind')) setValue(fields.kind, route.params.get('kind'));
  const status = h('div', { class: 'form-status', id: 'register-status' });
  const table = h('div', { class: 'table-wrap', id: 'documents-register' });
  const search = h('form', { novalidate: true, class: 'filters', id: 'register-search' }, Object.values(fields),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Tìm')));
  const load = async () => {
    const params = Object.fromEntries(Object.entries(fields).map(([k, w]) => [k, getValue(w)]));
    try {
      const docs = await get(`documents${query(params)}`);
      showFieldErrors(fields, {});
      replace(status, docs.length ? '' : message('info', 'Chưa có văn bản nào.', 'Không có văn bản đã ban hành khớp điều kiện tìm.'));
      replace(table, registerTable(docs));
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const rest = showFieldErrors(fields, err.errors);
      replace(status, message('error', err.title, Object.keys(err.errors).length ? rest.join(' ') : err.detail));
      replace(table);
    }
  };
  search.addEventListener('submit', (e) => { e.preventDefault(); load(); });
  replace(main,
    h('h1', {}, 'Văn bản đã ban hành'),
    h('p', { class: 'muted' }, 'Sổ đăng ký văn bản đi: số, ngày, chữ ký số và bản PDF lưu trữ của mỗi văn bản. '
      + 'Ban hành văn bản từ trang Báo cáo (nút “Ban hành”).'),
    h('section', { class: 'card', 'aria-labelledby': 'register-title' }, h('h2', { id: 'register-title' }, 'Sổ đăng ký'),
      search, status, table),
    verifyCard());
  await load();
}

function registerTable(docs) {
  if (!docs.length) return '';
  return h('table', { class: 'list' },
    h('thead', {}, h('tr', {}, ['Số, ký hiệu', 'Ngày', 'Trích yếu', 'Người ký', 'Tình trạng', ''].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, docs.map((d) => h('tr', { dataset: { document: d.id } },
      h('td', { class: 'doc-number' }, d.number), h('td', {}, date(d.issuedOn)), h('td', {}, d.summary),
      h('td', {}, d.signed ? d.signer : h('span', { class: 'muted' }, 'Không ký số')),
      h('td', {}, statusOf(d)),
      h('td', {}, h('button', { type: 'button', class: 'secondary', onclick: () => download(d) }, 'Tải về'))))));
}

function statusOf(d) {
  if (d.withdrawn) return `Đã thu hồi: ${d.withdrawalReason}`;
  if (d.replacedBy) return `Đã được thay thế bởi số ${d.replacedBy}`;
  return d.replaces ? `Còn hiệu lực (thay thế số ${d.replaces})` : 'Còn hiệu lực';
}

async function download(d) {
  try {
    const response = await call('GET', `documents/${d.id}/file`);
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: `${d.number.replace(/[/\\]/g, '-')}.pdf`, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    announce(`Đã tải văn bản số ${d.number}.`);
  } catch (err) {
    announce(err.detail || err.title);
  }
}

function verifyCard() {
  const file = h('input', { type: 'file', name: 'verify-file', id: 'verify-file', accept: '.pdf,application/pdf' });
  const result = h('div', { class: 'form-status', id: 'verify-result' });
  const form = h('form', { novalidate: true, id: 'verify-form' },
    h('div', { class: 'field' }, h('label', { for: 'verify-file' }, 'Tệp PDF cần xác minh'), file),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Xác minh')), result);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!file.files[0]) {
      replace(result, message('error', 'Chưa chọn tệp.', 'Chọn tệp PDF của văn bản cần xác minh.'));
      return;
    }
    try {
      const v = await upload('documents/verification', file.files[0], 'application/pdf');
      const ok = v.known && v.intact && !v.replaced && !v.withdrawn;
      replace(result, message(ok ? 'ok' : v.known && v.intact ? 'info' : 'error',
        ok ? 'Văn bản hợp lệ.' : v.known && v.intact ? 'Văn bản nguyên vẹn, nhưng không còn hiệu lực.' : 'Không xác minh được.',
        v.message));
      announce(v.message);
    } catch (err) {
      replace(result, message('error', err.title, err.detail));
    }
  });
  return h('section', { class: 'card', 'aria-labelledby': 'verify-title' },
    h('h2', { id: 'verify-title' }, 'Xác minh văn bản'),
    h('p', { class: 'muted' }, 'Tải lên tệp PDF đã nhận: PTDV cho biết văn bản nào trong sổ, còn nguyên vẹn hay đã bị sửa, '
      + 'đã được thay thế hoặc thu hồi chưa.'), form);
}
