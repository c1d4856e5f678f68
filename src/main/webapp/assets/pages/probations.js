// Đảng viên dự bị: the worklist of an organisation's subtree by status (đến hạn, quá hạn, chi bộ đã xét, đã công nhận,
// đã xóa tên, đang dự bị) with the limit of the consideration in working days, and per member the form that records
// the cell's resolution and the committee's decision (#/du-bi/{admissionId}).
import { get, put, query, apiUrl, ApiError } from '../api.js';
import { h, replace, field, getValue, setValue, showFieldErrors, message, announce } from '../dom.js';
import { number, date } from '../format.js';
import { state, can } from '../state.js';

const STATUSES = [
  ['DUE', 'Đến hạn xét', 'due'], ['OVERDUE', 'Quá hạn xét', 'overdue'], ['CONSIDERED', 'Chi bộ đã xét, chờ quyết định', 'considered'],
  ['RECOGNISED', 'Đã công nhận chính thức', 'recognised'], ['REMOVED', 'Đã xóa tên', 'removed'], ['PROBATION', 'Đang dự bị', 'probation'],
];
const PAGE_SIZE = 50;

export async function render(main, r) {
  if (r.rest[0]) return member(main, r.rest[0]);
  const status = STATUSES.some(([s]) => s === r.params.get('status')) ? r.params.get('status') : 'DUE';
  const page = Math.max(0, Number(r.params.get('page')) || 0);
  const [counts, list] = await Promise.all([
    get(`probations/counts${query({ org: state.org.code })}`),
    get(`probations${query({ org: state.org.code, status, page, size: PAGE_SIZE })}`),
  ]);
  const tabs = h('ul', { class: 'plain tabs', id: 'probation-tabs' }, STATUSES.map(([s, label, key]) => h('li', {},
    h('a', { href: `#/du-bi?status=${s}`, 'aria-current': s === status ? 'page' : null, class: s === status ? 'own' : '' },
      label, ' ', h('span', { class: 'count', dataset: { status: s } }, number(counts.total[key])),
      s === 'RECOGNISED' || s === 'REMOVED' ? h('small', { class: 'muted' }, ` (năm ${counts.year})`) : null))));
  const rows = list.items.map((p) => h('tr', { dataset: { id: p.admissionId } },
    h('td', {}, h('a', { href: `#/du-bi/${p.admissionId}` }, p.fullName)),
    h('td', {}, p.organizationCode),
    h('td', {}, date(p.ceremonyDate)),
    h('td', {}, date(p.probationEnd)),
    h('td', {}, date(p.deadline)),
    h('td', {}, left(p)),
    h('td', {}, p.statusLabel, p.lateConsideration ? h('small', { class: 'muted' }, ' (xét sau hạn, có giải trình)') : null)));
  const pages = Math.ceil(list.total / PAGE_SIZE);
  replace(main, h('h1', {}, `Đảng viên dự bị – ${state.org.name}`),
    h('p', {}, 'Chi bộ xét công nhận đảng viên chính thức trong ', h('strong', {}, '30 ngày làm việc'),
      ' kể từ ngày hết 12 tháng dự bị (theo ', h('a', { href: '#/lich-lam-viec' }, 'lịch nghỉ lễ, Tết'),
      '); xét muộn hơn cần công văn giải trình. Số liệu ngày ', date(list.asOf), '.'),
    tabs,
    status === 'DUE' || status === 'OVERDUE'
      ? h('p', {}, h('a', { class: 'button secondary', id: 'probation-list-pdf',
        href: apiUrl(`reports/probation-list${query({ org: state.org.code, status, format: 'pdf' })}`) },
      `Tải danh sách ${status === 'DUE' ? 'đến hạn' : 'quá hạn'} (PDF)`)) : null,
    list.items.length
      ? h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'probation-list' },
        h('caption', {}, `${STATUSES.find(([s]) => s === status)[1]}: ${number(list.total)} đảng viên`),
        h('thead', {}, h('tr', {}, ['Họ và tên', 'Đơn vị', 'Ngày kết nạp', 'Hết dự bị', 'Hạn xét', 'Còn lại', 'Trạng thái']
          .map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, rows)))
      : h('p', { class: 'muted', id: 'probation-empty' }, 'Không có đảng viên nào ở trạng thái này.'),
    pages > 1 ? h('p', { class: 'actions' },
      page > 0 ? h('a', { href: `#/du-bi?status=${status}&page=${page - 1}`, class: 'button secondary' }, '← Trang trước') : null,
      ` Trang ${page + 1}/${pages} `,
      page + 1 < pages ? h('a', { href: `#/du-bi?status=${status}&page=${page + 1}`, class: 'button secondary' }, 'Trang sau →') : null) : null,
    counts.units.length ? unitTable(counts) : null);
}

function left(p) {
  if (p.workingDaysLeft === undefined || p.workingDaysLeft === null) return '—';
  if (p.workingDaysLeft >= 0) return `${number(p.workingDaysLeft)} ngày làm việc`;
  return h('span', { class: 'late' }, `quá ${number(-p.workingDaysLeft)} ngày làm việc`);
}

function unitTable(counts) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'probation-units' },
    h('caption', {}, 'Theo đơn vị trực thuộc'),
    h('thead', {}, h('tr', {}, ['Đơn vị', 'Đến hạn', 'Quá hạn', 'Đã xét', `Công nhận ${counts.year}`, `Xóa tên ${counts.year}`]
      .map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, counts.units.map((u) => h('tr', {}, h('th', { scope: 'row' }, u.name, ' ', h('small', { class: 'muted' }, u.code)),
      [u.due, u.overdue, u.considered, u.recognised, u.removed].map((n) => h('td', { class: 'num' }, number(n))))))));
}

/** One member: the dates, and the form of the consideration and decision (read-only once decided). */
async function member(main, id) {
  const p = await get(`probations/${encodeURIComponent(id)}`);
  const decided = p.status === 'RECOGNISED' || p.status === 'REMOVED';
  const editable = can('WRITE_ADMISSIONS') && !decided;
  const today = new Date().toISOString().slice(0, 10);
  const f = {
    considerationDate: field({ name: 'considerationDate', label: 'Ngày nghị quyết của chi bộ', type: 'date', required: true, value: p.considerationDate }),
    officialMembers: field({ name: 'officialMembers', label: 'Số đảng viên chính thức của chi bộ', type: 'number', required: true, value: p.officialMembers }),
    votesFor: field({ name: 'votesFor', label: 'Số đảng viên chính thức tán thành', type: 'number', required: true, value: p.votesFor,
      hint: 'Công nhận chính thức cần ít nhất hai phần ba số đảng viên chính thức tán thành.' }),
    explanation: field({ name: 'explanation', label: 'Công văn giải trình (khi xét sau hạn)', type: 'textarea', value: p.explanation,
      hint: `Hạn xét: ${date(p.deadline)} (${number(p.limitWorkingDays)} ngày làm việc sau ngày hết dự bị ${date(p.probationEnd)}).` }),
    decisionNumber: field({ name: 'decisionNumber', label: 'Số quyết định của cấp ủy', value: p.recognitionDecisionNumber }),
    decisionDate: field({ name: 'decisionDate', label: 'Ngày quyết định', type: 'date', value: p.recognitionDecisionDate }),
    outcome: field({ name: 'outcome', label: 'Kết quả', type: 'select', empty: '— Chưa có quyết định —', value: p.outcome,
      options: [{ code: 'RECOGNISED', name: 'Công nhận đảng viên chính thức' }, { code: 'REMOVED', name: 'Xóa tên trong danh sách đảng viên' }] }),
    reason: field({ name: 'reason', label: 'Lý do xóa tên', type: 'textarea', value: p.removalReason }),
  };
  if (!p.considerationDate && editable) setValue(f.considerationDate, today < p.probationEnd ? '' : today);
  const status = h('div', { id: 'probation-status', tabindex: '-1' });
  const submit = h('button', { type: 'submit', class: 'primary', id: 'probation-save' }, 'Lưu');
  const form = h('form', { id: 'probation-form', novalidate: true },
    h('fieldset', {}, h('legend', {}, 'Nghị quyết của chi bộ'), f.considerationDate, f.officialMembers, f.votesFor, f.explanation),
    h('fieldset', {}, h('legend', {}, 'Quyết định của cấp ủy có thẩm quyền'), f.decisionNumber, f.decisionDate, f.outcome, f.reason),
    status, editable ? h('div', { class: 'actions' }, submit, h('a', { href: '#/du-bi', class: 'button secondary' }, 'Về danh sách')) : null);
  if (!editable) for (const w of Object.values(f)) w.input.disabled = true;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = Object.fromEntries(Object.entries(f).map(([k, w]) => [k, getValue(w)]));
    submit.disabled = true;
    try {
      const saved = await put(`probations/${p.admissionId}`, body);
      showFieldErrors(f, {});
      const text = saved.status === 'RECOGNISED'
        ? `Đã công nhận ${saved.fullName} là đảng viên chính thức từ ngày ${date(saved.officialFrom)}.`
        : saved.status === 'REMOVED' ? `Đã ghi quyết định xóa tên ${saved.fullName}.` : `Đã ghi nghị quyết của chi bộ về ${saved.fullName}.`;
      replace(main, h('h1', {}, 'Đã lưu'), h('div', { id: 'saved' }, message('ok', text)),
        h('p', { class: 'actions' }, h('a', { href: `#/du-bi/${saved.admissionId}`, class: 'button secondary' }, 'Xem lại'),
          h('a', { href: '#/du-bi', class: 'button primary' }, 'Về danh sách')));
      announce(text);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const rest = showFieldErrors(f, err.errors);
      const count = Object.keys(err.errors).length;
      replace(status, message('error', err.title, count ? `Có ${count} lỗi, xem bên cạnh các ô được đánh dấu. ${rest.join(' ')}` : err.detail));
      announce(err.title);
    } finally {
      submit.disabled = false;
    }
  });
  replace(main, h('h1', {}, `Đảng viên dự bị: ${p.fullName}`),
    h('dl', { class: 'facts', id: 'probation-facts' },
      h('dt', {}, 'Đơn vị'), h('dd', {}, p.organizationCode),
      h('dt', {}, 'Quyết định kết nạp'), h('dd', {}, `${p.decisionNumber}, ngày ${date(p.decisionDate)}`),
      h('dt', {}, 'Ngày lễ kết nạp'), h('dd', {}, date(p.ceremonyDate)),
      h('dt', {}, 'Hết thời hạn dự bị'), h('dd', {}, date(p.probationEnd)),
      h('dt', {}, 'Hạn chi bộ xét'), h('dd', {}, date(p.deadline), ' ', left(p)),
      h('dt', {}, 'Trạng thái'), h('dd', { id: 'probation-state' }, p.statusLabel,
        p.officialFrom ? ` – đảng viên chính thức từ ngày ${date(p.officialFrom)}` : '')),
    p.status === 'RECOGNISED' || (p.status === 'CONSIDERED' && p.votesFor * 3 >= p.officialMembers * 2)
      ? h('p', {}, h('a', { class: 'button secondary', id: 'probation-decision-pdf',
        href: apiUrl(`reports/probation-decision${query({ admission: p.admissionId, format: 'pdf' })}`) },
      p.status === 'RECOGNISED' ? 'Tải quyết định công nhận (PDF)' : 'Tải dự thảo quyết định công nhận (PDF)')) : null,
    form);
}
