// Tiến độ: the periodic progress of an organisation (quý I, 6 tháng, 9 tháng, năm, or from 1 January to a date)
// against the year's target and the same period of the previous year, through the lineage of a reorganisation (the
// predecessors are named), the units without an admission and those below a threshold, and the report as PDF.
import { get, query, apiUrl } from '../api.js';
import { h, replace, field, getValue, setValue } from '../dom.js';
import { number, date, percent } from '../format.js';
import { state } from '../state.js';

const PERIODS = [
  { code: 'TO_DATE', name: 'Từ đầu năm đến nay' }, { code: 'Q1', name: 'Quý I' }, { code: 'H1', name: '6 tháng đầu năm' },
  { code: '9M', name: '9 tháng đầu năm' }, { code: 'YEAR', name: 'Cả năm' },
];

export async function render(main, r) {
  const asked = PERIODS.some((p) => p.code === r.params.get('period')) ? r.params.get('period') : null;
  const threshold = r.params.get('threshold') || '10';
  const params = { org: state.org.code, year: state.year, period: asked && asked !== 'TO_DATE' ? asked : null, threshold };
  const p = await get(`admissions/progress${query(params)}`);
  const periodField = field({ name: 'period', label: 'Kỳ báo cáo', type: 'select', options: PERIODS });
  setValue(periodField, asked || p.period);
  const thresholdField = field({ name: 'threshold', label: 'Ngưỡng chỉ tiêu (%)', type: 'number', value: threshold,
    hint: 'Đơn vị đạt dưới ngưỡng này của chỉ tiêu năm được liệt kê.' });
  const form = h('form', { class: 'filters', id: 'progress-form', onsubmit: (e) => {
    e.preventDefault();
    location.hash = `#/tien-do${query({ period: getValue(periodField), threshold: getValue(thresholdField) })}`;
  } }, periodField, thresholdField, h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Xem')));
  const prevYear = p.year - 1;
  const diff = p.admitted - p.samePeriodPreviousYear;
  const baseline = p.baselineSameUnit ? null : h('p', { class: 'muted', id: 'progress-baseline' },
    `Cùng kỳ năm ${prevYear} tính theo các tổ chức tiền thân (theo cơ cấu khi đó, chỉ các đơn vị nay thuộc ${p.organizationName}): `,
    p.baselineOrganizations.length
      ? p.baselineOrganizations.map((b) => `${b.name} (${b.code}${b.validTo && b.validTo <= p.previousTo ? `, đến ${date(b.validTo)}` : ''})`).join('; ')
      : 'không có tổ chức tiền thân.', '.');
  const unitsTable = (id, caption, units, withTarget) => h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Đơn vị'),
      withTarget ? [h('th', { scope: 'col', class: 'num' }, `Chỉ tiêu ${p.year}`), h('th', { scope: 'col', class: 'num' }, 'Kết nạp trong kỳ'),
        h('th', { scope: 'col', class: 'num' }, 'Tỷ lệ'), h('th', { scope: 'col', class: 'num' }, `Cùng kỳ ${prevYear}`)]
        : h('th', { scope: 'col' }, 'Mã'))),
    h('tbody', {}, units.map((u) => h('tr', { dataset: { org: u.code } }, h('th', { scope: 'row' }, u.name),
      withTarget ? [h('td', { class: 'num' }, number(u.target)), h('td', { class: 'num' }, number(u.admitted)),
        h('td', { class: 'num' }, percent(u.ratio)), h('td', { class: 'num' }, number(u.samePeriodPreviousYear))]
        : h('td', {}, u.code))))));
  replace(main, h('h1', {}, `Tiến độ phát triển đảng viên – ${state.org.name}`),
    h('p', { class: 'muted' }, `${p.periodLabel} ${p.year}: từ ${date(p.from)} đến ${date(p.to)}.`),
    form,
    h('div', { class: 'figures', id: 'progress-figures' },
      figure('Kết nạp trong kỳ', number(p.admitted), 'progress-admitted'),
      figure(`Tỷ lệ so với chỉ tiêu năm${p.target == null ? '' : ` (${number(p.target)})`}`, p.target == null ? 'chưa có chỉ tiêu' : percent(p.ratio), 'progress-ratio'),
      figure(`Cùng kỳ năm ${prevYear}`, `${number(p.samePeriodPreviousYear)} (${diff >= 0 ? '+' : ''}${number(diff)})`, 'progress-previous')),
    baseline,
    h('p', {}, p.membersAtPreviousYearEnd
      ? `Số kết nạp bằng ${percent(p.ratioOfMembers)} tổng số đảng viên tại 31/12/${prevYear} (${number(p.membersAtPreviousYearEnd)} đảng viên). `
      : `Chưa có số liệu đảng viên tại 31/12/${prevYear}. `,
      `Trong kỳ: công nhận chính thức ${number(p.recognised)}, xóa tên ${number(p.removed)} đồng chí.`),
    h('p', { class: 'actions' }, h('a', { class: 'button secondary', id: 'progress-pdf', href: apiUrl(`reports/admission-progress${query({
      ...params, format: 'pdf' })}`) }, 'Tải báo cáo (PDF)')),
    p.units.length ? unitsTable('progress-units', 'Kết quả của các đơn vị trực thuộc', p.units, true) : null,
    h('h2', {}, 'Đơn vị chưa kết nạp đảng viên'),
    p.unitsWithoutAdmission.length ? unitsTable('progress-without', `${number(p.unitsWithoutAdmission.length)} đơn vị (một đảng bộ ở đây: mọi chi bộ của nó)`,
      p.unitsWithoutAdmission, false) : h('p', { class: 'muted', id: 'progress-without-none' }, 'Mọi đơn vị đều đã kết nạp đảng viên trong kỳ.'),
    h('h2', {}, `Đơn vị đạt dưới ${number(Number(p.threshold))}% chỉ tiêu năm`),
    p.unitsBelowRatio.length ? unitsTable('progress-below', `${number(p.unitsBelowRatio.length)} đơn vị`, p.unitsBelowRatio, true)
      : h('p', { class: 'muted', id: 'progress-below-none' }, 'Không có đơn vị nào dưới ngưỡng.'));
}

function figure(label, value, id) {
  return h('div', { class: 'figure' }, h('span', { class: 'figure-label' }, label), h('span', { class: 'figure-value', id }, value));
}
