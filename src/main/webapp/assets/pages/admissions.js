// Admissions: list with filters and paging; the form to record one (server messages next to the fields);
// correction (with a reason) and withdrawal.
import { get, post, put, query, ApiError } from '../api.js';
import { h, replace, field, getValue, setValue, showFieldErrors, message, announce } from '../dom.js';
import { number, date } from '../format.js';
import { state, can } from '../state.js';

const PAGE_SIZE = 20;
/** The list shows records in force unless asked for the withdrawn ones. */
const STATUS = [{ code: 'WITHDRAWN', name: 'Đã rút' }];
let codeLists = null;

async function lists() {
  codeLists = codeLists || await get('code-lists');
  return codeLists;
}

function label(list, code) {
  return (codeLists?.[list] || []).find((x) => x.code === code)?.name || code || '—';
}

export async function render(main, route) {
  const sub = route.rest[0];
  await lists();
  if (sub === 'moi') return form(main, null);
  if (sub) return form(main, await get(`admissions/${encodeURIComponent(sub)}`));
  return list(main, route.params);
}

// ------------------------------------------------------------------ list

async function list(main, params) {
  const filters = {
    name: field({ name: 'name', label: 'Họ tên (không cần dấu)', value: params.get('name') }),
    gender: field({ name: 'gender', label: 'Giới tính', type: 'select', options: codeLists.genders, value: params.get('gender'), empty: 'Tất cả' }),
    ethnicityCode: field({ name: 'ethnicityCode', label: 'Dân tộc', type: 'select', options: codeLists.ethnicities, value: params.get('ethnicityCode'), empty: 'Tất cả' }),
    status: field({ name: 'status', label: 'Trạng thái', type: 'select', options: STATUS, value: params.get('status'), empty: 'Đang hiệu lực' }),
    warning: field({ name: 'warning', label: 'Cảnh báo', type: 'select', options: [{ code: 'any', name: 'Có cảnh báo' }],
      value: params.get('warning'), empty: 'Tất cả' }),
  };
  const page = Math.max(0, Number(params.get('page') || 0));
  const criteria = Object.fromEntries(Object.entries(filters).map(([k, f]) => [k, getValue(f)]));
  const result = await get(`admissions${query({ org: state.org.code, year: state.year, ...criteria, page, size: PAGE_SIZE })}`);
  const filterForm = h('form', { class: 'filters', role: 'search', 'aria-label': 'Lọc danh sách kết nạp' },
    Object.values(filters), h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary' }, 'Lọc')));
  const filtered = Object.values(criteria).some((v) => v !== null);
  // on a phone the filters fold away unless in use
  const filterBox = h('details', { class: 'filter-box', open: filtered || window.matchMedia('(min-width: 641px)').matches },
    h('summary', {}, filtered ? 'Bộ lọc (đang lọc)' : 'Bộ lọc'), filterForm);
  filterForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = Object.fromEntries(Object.entries(filters).map(([k, f]) => [k, getValue(f)]));
    location.hash = `#/ket-nap${query(q)}`;
  });
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const link = (p, text, rel) => {
    const q = { ...criteria, page: p };
    return h('a', { href: `#/ket-nap${query(q)}`, rel, class: 'button secondary' }, text);
  };
  const table = result.items.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'list' },
    h('caption', {}, `Danh sách kết nạp năm ${state.year} – ${state.org.name}`),
    h('thead', {}, h('tr', {}, ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Chi bộ', 'Số quyết định', 'Ngày quyết định', 'Trạng thái']
      .map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, result.items.map((a) => h('tr', {},
      h('th', { scope: 'row' }, can('WRITE_ADMISSIONS') ? h('a', { href: `#/ket-nap/${a.id}` }, a.fullName) : a.fullName),
      h('td', {}, label('genders', a.gender)), h('td', {}, date(a.birthDate)), h('td', {}, a.ethnicityName || a.ethnicityCode),
      h('td', {}, a.organizationCode), h('td', {}, a.decisionNumber), h('td', {}, date(a.decisionDate)),
      h('td', {}, a.status === 'WITHDRAWN' ? 'Đã rút' : 'Hiệu lực',
        a.warnings && a.warnings.length ? h('div', { class: 'field-error' }, `${a.warnings.length} cảnh báo`) : null)))))) : h('p', { class: 'muted' }, 'Không có hồ sơ nào khớp bộ lọc.');
  replace(main,
    h('div', { class: 'page-head' }, h('h1', {}, 'Kết nạp đảng viên'),
      can('WRITE_ADMISSIONS') ? h('a', { href: '#/ket-nap/moi', class: 'button primary' }, 'Ghi nhận kết nạp mới') : null),
    filterBox,
    h('p', { id: 'admission-total' }, `${number(result.total)} hồ sơ · trang ${page + 1}/${pages}`),
    table,
    h('nav', { class: 'pager', 'aria-label': 'Phân trang' },
      page > 0 ? link(page - 1, '← Trang trước', 'prev') : null,
      page + 1 < pages ? link(page + 1, 'Trang sau →', 'next') : null));
}

// ------------------------------------------------------------------ form

function admissionFields(a) {
  const c = codeLists;
  const f = {
    fullName: field({ name: 'fullName', label: 'Họ và tên', required: true, autocomplete: 'off' }),
    gender: field({ name: 'gender', label: 'Giới tính', type: 'select', options: c.genders, required: true }),
    birthDate: field({ name: 'birthDate', label: 'Ngày sinh', type: 'date', required: true }),
    ethnicityCode: field({ name: 'ethnicityCode', label: 'Dân tộc', type: 'select', options: c.ethnicities, required: true }),
    religion: field({ name: 'religion', label: 'Tôn giáo', type: 'select', options: c.religions.map((r) => ({ code: r.name, name: r.name })) }),
    generalEducation: field({ name: 'generalEducation', label: 'Giáo dục phổ thông', type: 'select', options: c.generalEducations, required: true }),
    professionalQualification: field({ name: 'professionalQualification', label: 'Chuyên môn nghiệp vụ', type: 'select', options: c.professionalQualifications, required: true }),
    politicalTheory: field({ name: 'politicalTheory', label: 'Lý luận chính trị', type: 'select', options: c.politicalTheories }),
    occupation: field({ name: 'occupation', label: 'Nghề nghiệp', type: 'select', options: c.occupations, required: true }),
    youthUnionMember: field({ name: 'youthUnionMember', label: 'Là đoàn viên thanh niên', type: 'checkbox' }),
    organizationCode: field({ name: 'organizationCode', label: 'Mã chi bộ / tổ chức đảng kết nạp', required: true,
      hint: 'Ví dụ LC-BT-PL-T1; mặc định là tổ chức đang chọn.' }),
    decisionNumber: field({ name: 'decisionNumber', label: 'Số quyết định kết nạp', required: true, hint: 'Ví dụ 125-QĐ/HU' }),
    decisionDate: field({ name: 'decisionDate', label: 'Ngày quyết định', type: 'date', required: true }),
    ceremonyDate: field({ name: 'ceremonyDate', label: 'Ngày tổ chức lễ kết nạp', type: 'date', hint: 'Thời gian dự bị 12 tháng tính từ ngày này.' }),
    olderApplicantException: field({ name: 'olderApplicantException', label: 'Kết nạp người trên 60 tuổi (được cấp có thẩm quyền đồng ý)', type: 'checkbox' }),
    educationAreaException: field({ name: 'educationAreaException', label: 'Vùng cao, biên giới, dân tộc thiểu số (ngoại lệ trình độ)', type: 'checkbox' }),
  };
  f.awarenessCertificateNumber = field({ name: 'awarenessCertificateNumber', label: 'Số giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng',
    hint: 'Giấy chứng nhận phải còn hiệu lực vào ngày quyết định.' });
  f.certificateOverrideReason = field({ name: 'certificateOverrideReason', label: 'Lý do kết nạp khi chưa có giấy chứng nhận hợp lệ', type: 'textarea',
    hint: 'Chỉ điền khi không có số giấy chứng nhận; hồ sơ sẽ có cảnh báo.' });
  if (a) {
    f.reason = field({ name: 'reason', label: 'Lý do đính chính', type: 'textarea', required: true });
    for (const [k, w] of Object.entries(f)) if (k in a) setValue(w, a[k]);
  } else {
    setValue(f.organizationCode, state.org.code);
  }
  return f;
}

async function form(main, a) {
  const editable = can('WRITE_ADMISSIONS') && (!a || a.status !== 'WITHDRAWN');
  const f = admissionFields(a);
  const status = h('div', { class: 'form-status', id: 'form-status' });
  const submit = h('button', { type: 'submit', class: 'primary' }, a ? 'Lưu đính chính' : 'Ghi nhận kết nạp');
  const group = (legend, ...names) => h('fieldset', {}, h('legend', {}, legend), names.filter((n) => f[n]).map((n) => f[n]));
  const formEl = h('form', { class: 'admission-form', novalidate: true, 'aria-describedby': 'form-status' },
    status,
    group('Người được kết nạp', 'fullName', 'gender', 'birthDate', 'ethnicityCode', 'religion', 'youthUnionMember'),
    group('Trình độ và nghề nghiệp', 'generalEducation', 'professionalQualification', 'politicalTheory', 'occupation'),
    group('Quyết định kết nạp', 'organizationCode', 'decisionNumber', 'decisionDate', 'ceremonyDate',
      'awarenessCertificateNumber', 'certificateOverrideReason', 'olderApplicantException', 'educationAreaException'),
    a ? group('Đính chính', 'reason') : null,
    editable ? h('div', { class: 'actions' }, submit, h('a', { href: '#/ket-nap', class: 'button secondary' }, 'Hủy')) : null);
  if (!editable) for (const w of Object.values(f)) w.input.disabled = true;
  formEl.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = Object.fromEntries(Object.entries(f).map(([k, w]) => [k, getValue(w)]));
    if (a) body.version = a.version;
    submit.disabled = true;
    replace(status, h('p', { class: 'muted' }, 'Đang lưu…'));
    try {
      const saved = a ? await put(`admissions/${a.id}`, body) : await post('admissions', body);
      showFieldErrors(f, {});
      const warnings = saved.warnings && saved.warnings.length ? ` Cảnh báo: ${saved.warnings.map((w) => w.message || w).join('; ')}` : '';
      const text = a ? `Đã lưu đính chính hồ sơ của ${saved.fullName}.` : `Đã ghi nhận kết nạp ${saved.fullName} (số ${saved.decisionNumber}).`;
      replace(main, h('h1', {}, a ? 'Đã đính chính' : 'Đã ghi nhận kết nạp'),
        h('div', { id: 'saved' }, message('ok', text, warnings || (saved.probationEndDate ? `Hết hạn dự bị ngày ${date(saved.probationEndDate)}.` : ''))),
        h('p', { class: 'actions' }, h('a', { href: `#/ket-nap/${saved.id}`, class: 'button secondary' }, 'Xem hồ sơ'),
          h('a', { href: '#/ket-nap/moi', class: 'button primary' }, 'Ghi nhận hồ sơ khác'),
          h('a', { href: '#/ket-nap', class: 'button secondary' }, 'Về danh sách')));
      announce(text);
      main.focus();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const rest = showFieldErrors(f, err.errors);
      const count = Object.keys(err.errors).length;
      replace(status, message('error', err.title, count ? `Có ${count} lỗi, xem bên cạnh các ô được đánh dấu. ${rest.join(' ')}` : err.detail));
      if (!count) status.focus();
      announce(err.title);
    } finally {
      submit.disabled = false;
    }
  });
  const parts = [h('h1', {}, a ? `Hồ sơ kết nạp: ${a.fullName}` : 'Ghi nhận kết nạp đảng viên'),
    a ? h('p', { class: 'muted' }, `Trạng thái: ${a.status === 'WITHDRAWN' ? 'đã rút' : 'hiệu lực'} · hết hạn dự bị ${date(a.probationEndDate)}`) : null,
    a ? warningsOf(a) : null,
    formEl];
  if (a && editable) parts.push(withdrawal(a));
  replace(main, ...parts);
}

function warningsOf(a) {
  if (!a.warnings || !a.warnings.length) return null;
  return message('info', 'Cảnh báo theo quy định:', a.warnings.map((w) => w.message || w).join('; '));
}

function withdrawal(a) {
  const reason = field({ name: 'reason', label: 'Lý do rút hồ sơ', type: 'textarea', required: true });
  const status = h('div', { class: 'form-status' });
  const formEl = h('form', { class: 'card danger', novalidate: true },
    h('h2', {}, 'Rút hồ sơ kết nạp'),
    h('p', { class: 'muted' }, 'Hồ sơ được giữ lại nhưng không tính vào số liệu.'),
    status, reason, h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'danger' }, 'Rút hồ sơ')));
  formEl.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await post(`admissions/${a.id}/withdrawal`, { reason: getValue(reason) });
      announce('Đã rút hồ sơ.');
      location.hash = '#/ket-nap';
    } catch (err) {
      const rest = showFieldErrors({ reason }, err.errors);
      replace(status, message('error', err.title, rest.join(' ') || (Object.keys(err.errors || {}).length ? '' : err.detail)));
    }
  });
  return formEl;
}
