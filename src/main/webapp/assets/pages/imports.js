// Imports in the browser: choose a kind and a spreadsheet, check it (dry run) and see the errors row by row, fix the
// file, check again, then commit. Nothing is written while a row has an error (the server checks the whole file again
// on commit). Templates of each kind can be downloaded here.
import { call, get, upload, query, ApiError } from '../api.js';
import { h, replace, field, getValue, message, announce } from '../dom.js';
import { number } from '../format.js';

const TYPES = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv' };

/** The Content-Type of a chosen file, from its extension (browsers give CSV files several types, or none). */
function contentType(file) {
  const ext = (file.name.split('.').pop() || '').toLowerCase();
  return TYPES[ext] || file.type || 'application/octet-stream';
}

export async function render(view, r) {
  const kinds = (await get('imports')).filter((k) => k.allowed);
  if (!kinds.length) {
    replace(view, h('h1', {}, 'Nhập dữ liệu từ bảng tính'),
      message('info', 'Vai trò của bạn không nhập được loại dữ liệu nào.'));
    return;
  }
  const chosen = kinds.find((k) => k.kind === r.params.get('kind')) || kinds[0];
  const kind = field({ name: 'kind', label: 'Loại dữ liệu', type: 'select', value: chosen.kind,
    options: kinds.map((k) => ({ code: k.kind, name: k.title })), required: true });
  kind.input.querySelector('option[value=""]').remove();
  const fileInput = h('input', { type: 'file', name: 'file', accept: '.xlsx,.csv', 'aria-describedby': 'file-hint' });
  const columns = h('div', { class: 'columns-help' });
  const template = h('button', { type: 'button', class: 'link' }, 'Tải mẫu bảng tính (.xlsx)');
  const check = h('button', { type: 'submit', class: 'primary', name: 'check' }, 'Kiểm tra tệp');
  const commit = h('button', { type: 'button', name: 'commit', disabled: true }, 'Ghi dữ liệu');
  const status = h('div', { class: 'form-status', id: 'import-status' });
  const result = h('div', { id: 'import-result' });
  let checked = null;   // the file and kind of the last dry run without errors

  const current = () => kinds.find((k) => k.kind === getValue(kind));
  function showColumns() {
    const k = current();
    replace(columns, h('p', {}, 'Các cột của tệp (dòng đầu là tiêu đề; tên cột viết hoa, thường, có hay không dấu đều được): ',
      k.columns.map((c, i) => [i ? ', ' : '', c.required ? h('strong', {}, c.header) : c.header])),
      h('p', { class: 'muted' }, 'Cột in đậm là bắt buộc.'));
  }
  function reset() {
    checked = null;
    commit.disabled = true;
    replace(status);
    replace(result);
  }
  kind.input.addEventListener('change', () => { showColumns(); reset(); });
  fileInput.addEventListener('change', reset);

  template.addEventListener('click', async () => {
    try {
      const response = await call('GET', current().template);
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const a = h('a', { href: url, download: `mau-nhap-${current().kind}.xlsx`, hidden: true });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      announce('Đã tải mẫu bảng tính.');
    } catch (e) {
      replace(status, message('error', e.title || 'Không tải được mẫu.', e.detail));
    }
  });

  async function send(dryRun) {
    const file = fileInput.files[0];
    if (!file) {
      replace(status, message('error', 'Chưa chọn tệp.', 'Chọn một tệp .xlsx hoặc .csv rồi bấm “Kiểm tra tệp”.'));
      fileInput.focus();
      return;
    }
    const k = current();
    check.disabled = true;
    commit.disabled = true;
    replace(status, message('info', dryRun ? 'Đang kiểm tra tệp…' : 'Đang ghi dữ liệu…'));
    replace(result);
    try {
      const report = await upload(`imports/${encodeURIComponent(k.kind)}${query({ dryRun })}`, file, contentType(file));
      const unknown = report.unknownColumns?.length
        ? ` Các cột không dùng (bỏ qua): ${report.unknownColumns.join(', ')}.` : '';
      if (dryRun) {
        checked = { file, kind: k.kind };
        commit.disabled = false;
        const text = `Tệp hợp lệ: ${number(report.rows)} dòng, không có lỗi. Bấm “Ghi dữ liệu” để ghi.`;
        replace(status, message('ok', text, unknown));
        announce(text);
      } else {
        checked = null;
        const text = `Đã ghi ${number(report.rows)} dòng ${k.title.toLowerCase()}.`;
        replace(status, message('ok', text, unknown));
        announce(text);
        showResult(report.result);
      }
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      checked = null;
      replace(status, message('error', e.title, e.detail));
      if (Array.isArray(e.problem?.errors)) showErrors(e.problem);
      announce(e.detail || e.title);
    } finally {
      check.disabled = false;
    }
  }

  function showErrors(problem) {
    replace(result,
      h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'import-errors' },
        h('caption', {}, `Lỗi theo dòng (${number(problem.rowsWithErrors)} dòng có lỗi trên ${number(problem.rows)} dòng)`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'num' }, 'Dòng'), h('th', { scope: 'col' }, 'Cột'),
          h('th', { scope: 'col' }, 'Lỗi'))),
        h('tbody', {}, problem.errors.map((e) => h('tr', {},
          h('td', { class: 'num' }, e.row ? number(e.row) : '–'), h('td', {}, e.column || ''), h('td', {}, e.message)))))),
      problem.errorsNotListed ? h('p', { class: 'muted' }, `Còn ${number(problem.errorsNotListed)} lỗi khác không liệt kê.`) : null,
      h('p', {}, 'Sửa các dòng trên trong tệp, lưu lại, chọn lại tệp và bấm “Kiểm tra tệp”.'));
  }

  /** What the kind answers for a committed file: the temporary passwords of new accounts (shown once). */
  function showResult(res) {
    if (!res || !Array.isArray(res.accounts)) return;
    replace(result, h('div', { class: 'table-wrap' }, h('table', { class: 'grid' },
      h('caption', {}, 'Mật khẩu tạm thời của các tài khoản mới (chỉ hiện một lần)'),
      h('thead', {}, h('tr', {}, ['Tên đăng nhập', 'Họ và tên', 'Phạm vi', 'Mật khẩu tạm thời'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, res.accounts.map((a) => h('tr', {}, h('td', {}, a.username), h('td', {}, a.fullName),
        h('td', { class: 'code' }, a.scope), h('td', { class: 'code' }, a.temporaryPassword)))))));
  }

  const form = h('form', { novalidate: true, class: 'import-form' },
    kind,
    h('div', { class: 'field' }, h('label', { for: 'import-file' }, 'Tệp bảng tính'),
      Object.assign(fileInput, { id: 'import-file' }),
      h('small', { id: 'file-hint', class: 'muted' }, 'Tệp .xlsx (Excel) hoặc .csv (UTF-8), dòng đầu là tiêu đề cột.')),
    columns,
    h('div', { class: 'actions' }, check, commit, template),
    status, result);
  form.addEventListener('submit', (e) => { e.preventDefault(); send(true); });
  commit.addEventListener('click', () => {
    if (!checked || checked.file !== fileInput.files[0] || checked.kind !== getValue(kind)) {
      replace(status, message('error', 'Tệp chưa được kiểm tra.', 'Bấm “Kiểm tra tệp” trước khi ghi.'));
      commit.disabled = true;
      return;
    }
    send(false);
  });
  showColumns();
  replace(view, h('h1', {}, 'Nhập dữ liệu từ bảng tính'),
    h('p', {}, 'Kiểm tra tệp trước: mọi lỗi hiện theo dòng và cột, không dòng nào được ghi. Khi tệp không còn lỗi, bấm “Ghi dữ liệu”: ',
      'tất cả các dòng được ghi cùng lúc, hoặc không dòng nào.'),
    form);
}
