// Lịch làm việc: the holiday calendar every working-day deadline uses (days off on weekdays, weekend days worked),
// year by year with its source; a deadline calculator; a system administrator edits a year and saves it whole.
import { get, put, ApiError } from '../api.js';
import { h, replace, message, announce, field, getValue } from '../dom.js';
import { date, number } from '../format.js';
import { can } from '../state.js';

const KINDS = [{ code: 'OFF', name: 'Nghỉ' }, { code: 'WORKING', name: 'Làm bù' }];

export async function render(view, { params } = {}) {
  const years = await get('calendar');
  const current = new Date().getFullYear();
  const chosen = Number((params && params.get('nam')) || (years.some((y) => y.year === current) ? current
    : (years.length ? years[years.length - 1].year : current)));
  const cal = await get(`calendar/${chosen}`);
  const out = h('div', { id: 'calendar-result' });

  const yearSelect = h('select', { id: 'calendar-year', 'aria-label': 'Năm' },
    [...new Set([...years.map((y) => y.year), chosen, current, current + 1])].sort()
      .map((y) => h('option', { value: y, selected: y === chosen }, String(y))));
  yearSelect.addEventListener('change', () => { location.hash = `#/lich-lam-viec?nam=${yearSelect.value}`; });

  const from = field({ name: 'from', label: 'Từ ngày (không tính ngày này)', type: 'date',
    value: new Date().toISOString().slice(0, 10) });
  const days = field({ name: 'workingDays', label: 'Số ngày làm việc', type: 'number', value: 30 });
  const answer = h('p', { id: 'deadline-result', role: 'status' });
  const calculator = h('form', { class: 'inline', id: 'deadline-form', onsubmit: async (e) => {
    e.preventDefault();
    try {
      const d = await get(`calendar/deadline?from=${getValue(from) || ''}&workingDays=${getValue(days) ?? ''}`);
      replace(answer, `Hạn: ${date(d.deadline)}`, d.calendarKept ? ''
        : ' (có năm chưa có lịch nghỉ lễ: chỉ trừ thứ Bảy, Chủ nhật)');
    } catch (err) {
      replace(answer, message('error', 'Không tính được hạn.', err.message));
    }
  } }, from, days, h('button', { type: 'submit' }, 'Tính hạn'), answer);

  replace(view, h('h1', {}, 'Lịch làm việc và ngày nghỉ lễ, Tết'),
    h('p', {}, 'Các thời hạn tính bằng ngày làm việc (ra quyết định kết nạp, xét công nhận đảng viên chính thức) ',
      'trừ thứ Bảy, Chủ nhật và các ngày nghỉ dưới đây, cộng các ngày làm bù.'),
    h('label', {}, 'Năm ', yearSelect),
    cal.kept
      ? h('p', { id: 'calendar-source' }, h('strong', {}, 'Nguồn: '), cal.source)
      : message('info', `Chưa có lịch nghỉ lễ năm ${chosen}.`, 'Các thời hạn trong năm này chỉ trừ thứ Bảy, Chủ nhật.'),
    h('p', {}, `Năm ${chosen} có ${number(cal.workingDays)} ngày làm việc và ${number(cal.daysOff)} ngày nghỉ.`),
    h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'calendar-days' },
      h('caption', {}, `Các ngày nghỉ và làm bù năm ${chosen}`),
      h('thead', {}, h('tr', {}, ['Ngày', 'Thứ', 'Loại', 'Tên'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, cal.days.map((d) => h('tr', { class: d.kind === 'WORKING' ? 'own' : '' },
        h('td', {}, date(d.date)), h('td', {}, d.weekday),
        h('td', {}, d.kind === 'OFF' ? 'Nghỉ' : 'Làm bù'), h('td', {}, d.name)))))),
    h('h2', {}, 'Tính hạn theo ngày làm việc'), calculator,
    can('OPERATE_SYSTEM') ? editor(chosen, cal, out) : null, out);
}

/** The editor of a system administrator: the source and the list of days, saved as a whole. */
function editor(year, cal, out) {
  const source = field({ name: 'source', label: 'Nguồn (văn bản thông báo lịch nghỉ)', type: 'textarea', required: true,
    value: cal.source });
  const body = h('tbody', {});
  const addRow = (d = {}) => {
    const row = h('tr', {},
      h('td', {}, h('input', { type: 'date', name: 'date', value: d.date || '', 'aria-label': 'Ngày' })),
      h('td', {}, h('select', { name: 'kind', 'aria-label': 'Loại' },
        KINDS.map((k) => h('option', { value: k.code, selected: k.code === (d.kind || 'OFF') }, k.name)))),
      h('td', {}, h('input', { type: 'text', name: 'name', value: d.name || '', 'aria-label': 'Tên ngày', size: 40 })),
      h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => row.remove() }, 'Bỏ')));
    body.append(row);
  };
  cal.days.forEach(addRow);
  const form = h('form', { id: 'calendar-form', onsubmit: async (e) => {
    e.preventDefault();
    const days = [...body.querySelectorAll('tr')].map((tr) => ({
      date: tr.querySelector('[name=date]').value || null,
      kind: tr.querySelector('[name=kind]').value,
      name: tr.querySelector('[name=name]').value,
    }));
    try {
      await put(`calendar/${year}`, { source: getValue(source), days });
      announce(`Đã lưu lịch năm ${year}.`);
      location.hash = `#/lich-lam-viec?nam=${year}&luu=${Date.now()}`;
    } catch (err) {
      const lines = err instanceof ApiError && err.problem && err.problem.errors
        ? Object.entries(err.problem.errors).map(([k, v]) => h('li', {}, rowLabel(k), v)) : [];
      replace(out, message('error', 'Chưa lưu được lịch.', err.message), lines.length ? h('ul', { id: 'calendar-errors' }, lines) : null);
      out.scrollIntoView();
    }
  } },
  h('h2', {}, `Sửa lịch năm ${year} (quản trị hệ thống)`), source,
  h('div', { class: 'table-wrap' }, h('table', { class: 'grid' },
    h('thead', {}, h('tr', {}, ['Ngày', 'Loại', 'Tên', ''].map((t) => h('th', { scope: 'col' }, t)))), body)),
  h('p', {}, h('button', { type: 'button', id: 'calendar-add', onclick: () => addRow() }, 'Thêm ngày'), ' ',
    h('button', { type: 'submit', id: 'calendar-save' }, 'Lưu cả năm')));
  return form;
}

/** "days[2].kind" → "Dòng 3: " */
function rowLabel(key) {
  const m = /^days\[(\d+)\]/.exec(key);
  return m ? `Dòng ${Number(m[1]) + 1}: ` : '';
}
