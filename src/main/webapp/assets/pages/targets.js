// Targets of a year for the organisation and its direct children, as an editable grid.
import { get, put, query, ApiError } from '../api.js';
import { h, replace, message, announce } from '../dom.js';
import { number } from '../format.js';
import { state, can } from '../state.js';

export async function render(main) {
  const grid = await get(`organizations/${encodeURIComponent(state.org.code)}/targets${query({ year: state.year })}`);
  const editable = can('WRITE_ADMISSIONS');
  const rows = [{ organizationCode: grid.organizationCode, organizationName: grid.organizationName, admissions: grid.admissions, own: true },
    ...grid.children];
  const status = h('div', { class: 'form-status' });
  const cells = [];
  const body = h('tbody', {}, rows.map((r) => {
    const input = h('input', { type: 'number', min: '0', step: '1', inputMode: 'numeric', value: r.admissions ?? '',
      'aria-label': `Chỉ tiêu năm ${grid.year} của ${r.organizationName}`, disabled: !editable, class: 'num' });
    const error = h('span', { class: 'field-error' });
    input.setAttribute('aria-describedby', `${r.organizationCode}-err`);
    error.id = `${r.organizationCode}-err`;
    cells.push({ row: r, input, error, before: r.admissions });
    return h('tr', { class: r.own ? 'own' : '' },
      h('th', { scope: 'row' }, r.organizationName, r.own ? h('small', { class: 'muted' }, ' (cấp mình)') : null),
      h('td', { class: 'code' }, r.organizationCode),
      h('td', {}, input, error));
  }));
  const total = grid.children.reduce((s, c) => s + (c.admissions || 0), 0);
  const save = h('button', { type: 'submit', class: 'primary' }, 'Lưu chỉ tiêu');
  const form = h('form', { novalidate: true },
    h('div', { class: 'table-wrap' }, h('table', { class: 'grid' },
      h('caption', {}, `Chỉ tiêu kết nạp năm ${grid.year} – ${grid.organizationName} và các đơn vị trực thuộc`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Tổ chức'), h('th', { scope: 'col', class: 'code' }, 'Mã'), h('th', { scope: 'col' }, 'Chỉ tiêu'))),
      body,
      h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, 'Tổng của các đơn vị trực thuộc'), h('td', { class: 'code' }), h('td', { class: 'num' }, number(total)))))),
    editable ? h('div', { class: 'actions' }, save) : h('p', { class: 'muted' }, 'Vai trò của bạn chỉ được xem chỉ tiêu.'),
    status);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const changed = cells.filter((c) => c.input.value.trim() !== String(c.before ?? ''));
    if (!changed.length) {
      replace(status, message('info', 'Không có thay đổi nào để lưu.'));
      return;
    }
    save.disabled = true;
    let ok = 0;
    let failed = 0;
    for (const c of changed) {
      c.error.textContent = '';
      c.input.removeAttribute('aria-invalid');
      const raw = c.input.value.trim();
      const value = raw === '' ? null : Number(raw);
      try {
        if (value !== null && !Number.isInteger(value)) {
          throw new ApiError(400, { title: 'Dữ liệu không hợp lệ', errors: { admissions: 'Chỉ tiêu phải là số nguyên.' } });
        }
        await put(`organizations/${encodeURIComponent(c.row.organizationCode)}/targets/${grid.year}`, { admissions: value });
        c.before = value;
        ok += 1;
      } catch (err) {
        failed += 1;
        c.error.textContent = err.errors?.admissions || err.detail || err.title;
        c.input.setAttribute('aria-invalid', 'true');
      }
    }
    save.disabled = false;
    const text = `Đã lưu ${ok} chỉ tiêu${failed ? `, ${failed} ô có lỗi (xem bên cạnh ô)` : ''}.`;
    replace(status, message(failed ? 'error' : 'ok', text));
    announce(text);
    if (failed) cells.find((c) => c.input.getAttribute('aria-invalid'))?.input.focus();
  });
  replace(main, h('h1', {}, `Chỉ tiêu kết nạp năm ${grid.year}`), form);
}
