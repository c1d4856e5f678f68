// Home page: this year's target, admitted and ratio of the organisation, and what needs attention.
import { get, query } from '../api.js';
import { h, replace } from '../dom.js';
import { number, date } from '../format.js';
import { state, can } from '../state.js';

export async function render(main) {
  const d = await get(`dashboard${query({ org: state.org.code, year: state.year })}`);
  if (can('READ_ADMISSIONS')) {
    try {
      const w = await get(`admissions/warnings${query({ org: state.org.code, year: state.year })}`);
      d.warningCount = Object.values(w.totals || {}).reduce((a, b) => a + b, 0);
    } catch (e) { /* the figure is left out */ }
  }
  try {
    d.probationCounts = (await get(`probations/counts${query({ org: state.org.code })}`)).total;
  } catch (e) { /* the figure is left out */ }
  const figure = (label, value, extra) => h('div', { class: 'figure' },
    h('span', { class: 'figure-label' }, label), h('span', { class: 'figure-value' }, value), extra || null);
  const probation = d.probationsEnding;
  const attention = h('section', { class: 'card', 'aria-labelledby': 'attention-title' },
    h('h2', { id: 'attention-title' }, 'Cần chú ý'),
    h('h3', {}, `Đảng viên dự bị hết hạn dự bị trong 30 ngày tới (${date(probation.from)} – ${date(probation.to)}): `,
      h('span', { class: 'count', id: 'probation-count' }, number(probation.count))),
    probation.items.length
      ? h('ul', { class: 'plain' }, probation.items.map((p) => h('li', {},
        can('WRITE_ADMISSIONS') ? h('a', { href: `#/ket-nap/${p.id}` }, p.fullName) : p.fullName,
        ` – ${p.organizationCode}, hết hạn ${date(p.probationEndDate)}`)))
      : h('p', { class: 'muted' }, probation.count ? 'Vai trò của bạn chỉ xem được số lượng.' : 'Không có.'),
    d.probationCounts ? h('h3', {}, 'Xét công nhận đảng viên chính thức: đến hạn ',
      h('span', { class: 'count', id: 'probation-due-count' }, number(d.probationCounts.due)), ', quá hạn ',
      h('span', { class: 'count', id: 'probation-overdue-count' }, number(d.probationCounts.overdue)), ', chờ quyết định ',
      h('span', { class: 'count', id: 'probation-considered-count' }, number(d.probationCounts.considered))) : null,
    d.probationCounts && can('READ_ADMISSIONS') && (d.probationCounts.due || d.probationCounts.overdue || d.probationCounts.considered)
      ? h('p', {}, h('a', { href: d.probationCounts.overdue ? '#/du-bi?status=OVERDUE' : '#/du-bi' }, 'Xem danh sách đảng viên dự bị →')) : null,
    d.warningCount === undefined ? null : h('h3', {}, `Cảnh báo theo quy định trên các hồ sơ kết nạp năm ${d.year}: `,
      h('span', { class: 'count', id: 'warning-count' }, number(d.warningCount))),
    d.warningCount ? h('p', {}, h('a', { href: '#/ket-nap?warning=any' }, 'Xem các hồ sơ có cảnh báo →')) : null,
    h('h3', {}, `Đơn vị trực thuộc chưa đăng ký chỉ tiêu năm ${d.year}: `,
      h('span', { class: 'count', id: 'no-target-count' }, number(d.unitsWithoutTarget.length))),
    d.unitsWithoutTarget.length
      ? h('ul', { class: 'plain columns' }, d.unitsWithoutTarget.map((u) => h('li', {}, u.organizationName, ' ', h('small', { class: 'muted' }, u.organizationCode))))
      : h('p', { class: 'muted' }, 'Tất cả đơn vị trực thuộc đã đăng ký.'),
    d.unitsWithoutTarget.length && can('WRITE_ADMISSIONS') ? h('p', {}, h('a', { href: '#/chi-tieu' }, 'Đăng ký chỉ tiêu cho các đơn vị →')) : null);
  replace(main,
    h('h1', {}, d.organizationName),
    h('p', { class: 'muted' }, `Mã ${d.organizationCode} · năm ${d.year}`),
    h('section', { class: 'figures', 'aria-label': `Kết quả kết nạp năm ${d.year}` },
      figure('Chỉ tiêu kết nạp', d.target === null ? 'Chưa đăng ký' : number(d.target)),
      figure('Đã kết nạp', number(d.admitted)),
      figure('Tỷ lệ đạt', d.ratio || '—')),
    yearToDate(d),
    attention,
    h('section', { class: 'card', 'aria-labelledby': 'shortcuts-title' },
      h('h2', { id: 'shortcuts-title' }, 'Việc thường làm'),
      h('ul', { class: 'plain shortcuts' },
        can('WRITE_ADMISSIONS') ? h('li', {}, h('a', { href: '#/ket-nap/moi', class: 'button primary' }, 'Ghi nhận kết nạp mới')) : null,
        h('li', {}, h('a', { href: '#/bao-cao', class: 'button secondary' }, 'Tải báo cáo kết quả kết nạp')),
        h('li', {}, h('a', { href: '#/chi-tieu', class: 'button secondary' }, 'Xem chỉ tiêu')))));
}

/** The year to date (1/1 to today, or the whole of a past year) against the year's target and the same period a year before. */
function yearToDate(d) {
  const y = d.yearToDate;
  const p = y.samePeriodPreviousYear;
  return h('section', { class: 'card', id: 'year-to-date', 'aria-labelledby': 'ytd-title' },
    h('h2', { id: 'ytd-title' }, `Từ đầu năm đến ${date(y.to)}`),
    h('ul', { class: 'plain' },
      h('li', {}, 'Đã kết nạp: ', h('strong', { id: 'ytd-admitted' }, number(y.admitted)),
        d.target === null ? ' (chưa đăng ký chỉ tiêu năm)' : ` / chỉ tiêu năm ${number(d.target)}, đạt `,
        d.target === null ? null : h('strong', { id: 'ytd-ratio' }, y.ratioOfTarget)),
      p ? h('li', {}, `Cùng kỳ năm ${d.year - 1} (${date(p.from)} – ${date(p.to)}): `,
        h('strong', { id: 'ytd-previous' }, number(p.admitted)),
        y.comparedWithPreviousYear ? ` · bằng ${y.comparedWithPreviousYear} so với cùng kỳ` : '')
        : h('li', { class: 'muted' }, `Tổ chức chưa có trong năm ${d.year - 1}: không có số cùng kỳ.`)));
}
