// Quần chúng ưu tú: the pool of a subtree by state (cảm tình Đảng, đã học lớp nhận thức, đang làm hồ sơ, đã kết nạp,
// dừng); #/quan-chung/moi adds one to a cell's pool; #/quan-chung/{id} shows the dossier's steps and takes the next
// one (the awareness certificate, each step's date, the cell's votes), the admission, or a stop.
import { get, post, put, query, apiUrl, ApiError } from '../api.js';
import { h, replace, field, getValue, setValue, showFieldErrors, message, announce } from '../dom.js';
import { number, date } from '../format.js';
import { state, can } from '../state.js';

const STATES = [['POOL', 'Cảm tình Đảng'], ['AWARENESS', 'Đã học lớp nhận thức'], ['DOSSIER', 'Đang làm hồ sơ'],
  ['ADMITTED', 'Đã kết nạp'], ['STOPPED', 'Dừng']];
let codeLists = null;

export async function render(main, r) {
  if (r.rest[0] === 'moi') return create(main);
  if (r.rest[0]) return one(main, r.rest[0]);
  if (r.params.get('view') === 'units') return units(main);
  const st = STATES.some(([s]) => s === r.params.get('state')) ? r.params.get('state') : 'POOL';
  const q = r.params.get('q') || '';
  const list = await get(`candidates${query({ org: state.org.code, state: st, q, size: 200 })}`);
  const search = h('input', { type: 'search', name: 'q', value: q, 'aria-label': 'Tìm theo tên (có hoặc không dấu)' });
  replace(main, h('h1', {}, `Quần chúng ưu tú – ${state.org.name}`),
    h('ul', { class: 'plain tabs', id: 'candidate-tabs' }, STATES.map(([s, label]) => h('li', {},
      h('a', { href: `#/quan-chung?state=${s}`, class: s === st ? 'own' : '', 'aria-current': s === st ? 'page' : null },
        label, ' ', h('span', { class: 'count', dataset: { state: s } }, number(list.counts[s] || 0))))),
      h('li', {}, h('a', { href: '#/quan-chung?view=units', id: 'candidate-units-tab' }, 'Theo chi bộ'))),
    h('p', { class: 'actions' },
      h('a', { class: 'button secondary', id: 'candidate-list-pdf', href: apiUrl(`reports/candidate-list${query({ org: state.org.code,
        state: ['POOL', 'AWARENESS', 'DOSSIER'].includes(st) ? st : null, format: 'pdf' })}`) }, 'Tải danh sách cảm tình Đảng (PDF)'), ' ',
      h('a', { class: 'button secondary', id: 'awareness-nominations-pdf', href: apiUrl(`reports/awareness-nominations${query({ org: state.org.code, format: 'pdf' })}`) },
        'Tải danh sách đề nghị học lớp nhận thức (PDF)')),
    h('form', { class: 'inline', onsubmit: (e) => { e.preventDefault(); location.hash = `#/quan-chung?state=${st}&q=${encodeURIComponent(search.value)}`; } },
      search, h('button', { type: 'submit' }, 'Tìm'), ' ',
      can('WRITE_ADMISSIONS') ? h('a', { href: '#/quan-chung/moi', class: 'button primary', id: 'candidate-new' }, 'Thêm quần chúng') : null),
    list.items.length
      ? h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'candidate-list' },
        h('caption', {}, `${STATES.find(([s]) => s === st)[1]}: ${number(list.total)} người`),
        h('thead', {}, h('tr', {}, ['Họ và tên', 'Ngày sinh', 'Chi bộ', 'Vào danh sách', 'Bước tiếp theo'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, list.items.map((c) => h('tr', {},
          h('td', {}, h('a', { href: `#/quan-chung/${c.id}` }, c.fullName)), h('td', {}, date(c.birthDate)),
          h('td', {}, c.organizationCode), h('td', {}, date(c.addedOn)), h('td', {}, c.nextStepLabel || c.stateLabel))))))
      : h('p', { class: 'muted', id: 'candidate-empty' }, 'Không có quần chúng nào ở trạng thái này.'));
}

/** The candidates of each cell of the subtree per state. */
async function units(main) {
  const rows = await get(`candidates/units${query({ org: state.org.code })}`);
  const total = (k) => rows.reduce((n, u) => n + (u.counts[k] || 0), 0);
  replace(main, h('h1', {}, `Quần chúng ưu tú theo chi bộ – ${state.org.name}`),
    h('p', {}, h('a', { href: '#/quan-chung' }, '← Danh sách quần chúng')),
    rows.length
      ? h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'candidate-units' },
        h('caption', {}, `${number(rows.length)} chi bộ, đảng bộ có quần chúng`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Chi bộ, đảng bộ'), STATES.map(([, label]) => h('th', { scope: 'col', class: 'num' }, label)),
          h('th', { scope: 'col', class: 'num' }, 'Tổng'))),
        h('tbody', {}, rows.map((u) => h('tr', { dataset: { org: u.organizationCode } },
          h('th', { scope: 'row' }, u.organizationName, h('small', { class: 'muted' }, ` ${u.organizationCode}`)),
          STATES.map(([s]) => h('td', { class: 'num' }, number(u.counts[s] || 0))), h('td', { class: 'num' }, number(u.total))))),
        h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, 'Cộng'), STATES.map(([s]) => h('td', { class: 'num' }, number(total(s)))),
          h('td', { class: 'num' }, number(rows.reduce((n, u) => n + u.total, 0)))))))
      : h('p', { class: 'muted', id: 'candidate-units-empty' }, 'Chưa có quần chúng nào trong danh sách.'));
}

async function create(main) {
  codeLists = codeLists || await get('code-lists');
  const c = codeLists;
  const f = {
    fullName: field({ name: 'fullName', label: 'Họ và tên', required: true, autocomplete: 'off' }),
    gender: field({ name: 'gender', label: 'Giới tính', type: 'select', options: c.genders, required: true }),
    birthDate: field({ name: 'birthDate', label: 'Ngày sinh', type: 'date', required: true }),
    ethnicityCode: field({ name: 'ethnicityCode', label: 'Dân tộc', type: 'select', options: c.ethnicities, required: true }),
    religion: field({ name: 'religion', label: 'Tôn giáo', type: 'select', options: c.religions.map((x) => ({ code: x.name, name: x.name })) }),
    generalEducation: field({ name: 'generalEducation', label: 'Giáo dục phổ thông', type: 'select', options: c.generalEducations, required: true }),
    professionalQualification: field({ name: 'professionalQualification', label: 'Chuyên môn nghiệp vụ', type: 'select', options: c.professionalQualifications, required: true }),
    occupation: field({ name: 'occupation', label: 'Nghề nghiệp', type: 'select', options: c.occupations, required: true }),
    youthUnionMember: field({ name: 'youthUnionMember', label: 'Là đoàn viên thanh niên', type: 'checkbox' }),
    organizationCode: field({ name: 'organizationCode', label: 'Mã chi bộ đề nghị', required: true, value: state.org.code }),
    addedOn: field({ name: 'addedOn', label: 'Ngày đưa vào danh sách cảm tình Đảng', type: 'date', value: new Date().toISOString().slice(0, 10) }),
    helpers: field({ name: 'helpers', label: 'Đảng viên được phân công giúp đỡ', hint: 'Họ tên, cách nhau bằng dấu phẩy.' }),
  };
  const status = h('div', { id: 'candidate-status' });
  const form = h('form', { id: 'candidate-form', novalidate: true, onsubmit: async (e) => {
    e.preventDefault();
    try {
      const saved = await post('candidates', Object.fromEntries(Object.entries(f).map(([k, w]) => [k, getValue(w)])));
      announce(`Đã thêm ${saved.fullName}.`);
      location.hash = `#/quan-chung/${saved.id}`;
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const rest = showFieldErrors(f, err.errors);
      replace(status, message('error', err.title, rest.length ? rest.join(' ') : err.detail));
    }
  } }, Object.values(f), status, h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'candidate-save' }, 'Thêm vào danh sách'),
    h('a', { href: '#/quan-chung', class: 'button secondary' }, 'Hủy')));
  replace(main, h('h1', {}, 'Thêm quần chúng vào danh sách cảm tình Đảng'), form);
}

/** One candidate: facts, steps, and the form of what comes next. */
async function one(main, id) {
  const c = await get(`candidates/${encodeURIComponent(id)}`);
  const open = c.state !== 'ADMITTED' && c.state !== 'STOPPED' && can('WRITE_ADMISSIONS');
  const out = h('div', { id: 'candidate-result', tabindex: '-1' });
  const act = async (method, path, body, fields) => {
    try {
      const saved = method === 'PUT' ? await put(path, body) : await post(path, body);
      announce(`Đã lưu: ${saved.stateLabel}.`);
      if (saved.warning) sessionStorage.setItem('ptdv.candidate-warning', saved.warning);
      location.hash = `#/quan-chung/${saved.id}?luu=${Date.now()}`;
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const rest = fields ? showFieldErrors(fields, err.errors) : Object.values(err.errors);
      replace(out, message('error', err.title, rest.length ? rest.join(' ') : err.detail));
      out.focus();
    }
  };
  const warning = sessionStorage.getItem('ptdv.candidate-warning');
  sessionStorage.removeItem('ptdv.candidate-warning');
  const forms = [];
  if (open && c.state === 'POOL') {
    const f = { certificateNumber: field({ name: 'certificateNumber', label: 'Số giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng' }),
      overrideReason: field({ name: 'overrideReason', label: 'Hoặc lý do chưa có giấy chứng nhận', type: 'textarea' }) };
    forms.push(h('form', { id: 'awareness-form', onsubmit: (e) => { e.preventDefault(); act('POST', `candidates/${c.id}/awareness`,
      { certificateNumber: getValue(f.certificateNumber), overrideReason: getValue(f.overrideReason) }, f); } },
    h('h2', {}, 'Học lớp bồi dưỡng nhận thức về Đảng'), f.certificateNumber, f.overrideReason, h('button', { type: 'submit' }, 'Ghi')));
  }
  if (open && c.nextStep) {
    const f = { date: field({ name: 'date', label: `Ngày: ${c.nextStepLabel}`, type: 'date', required: true }) };
    if (c.nextStep === 'CELL_RESOLUTION') {
      f.officialMembers = field({ name: 'officialMembers', label: 'Số đảng viên chính thức của chi bộ', type: 'number', required: true });
      f.votesFor = field({ name: 'votesFor', label: 'Số đảng viên chính thức tán thành', type: 'number', required: true });
    }
    forms.push(h('form', { id: 'step-form', onsubmit: (e) => { e.preventDefault(); act('PUT', `candidates/${c.id}/dossier/${c.nextStep}`,
      Object.fromEntries(Object.entries(f).map(([k, w]) => [k, getValue(w)])), f); } },
    h('h2', {}, `Bước tiếp theo: ${c.nextStepLabel}`), Object.values(f), h('button', { type: 'submit', id: 'step-save' }, 'Ghi bước hồ sơ')));
  }
  if (open && c.state === 'DOSSIER' && !c.nextStep) {
    const f = { decisionNumber: field({ name: 'decisionNumber', label: 'Số quyết định kết nạp', required: true }),
      decisionDate: field({ name: 'decisionDate', label: 'Ngày quyết định', type: 'date', required: true }),
      ceremonyDate: field({ name: 'ceremonyDate', label: 'Ngày tổ chức lễ kết nạp', type: 'date' }) };
    forms.push(h('form', { id: 'admit-form', onsubmit: (e) => { e.preventDefault(); act('POST', `candidates/${c.id}/admission`,
      Object.fromEntries(Object.entries(f).map(([k, w]) => [k, getValue(w)])), f); } },
    h('h2', {}, 'Kết nạp'), f.decisionNumber, f.decisionDate, f.ceremonyDate, h('button', { type: 'submit', class: 'primary', id: 'admit-save' }, 'Ghi nhận kết nạp')));
  }
  if (open && c.state === 'DOSSIER') {
    const f = { reason: field({ name: 'reason', label: 'Lý do làm lại hồ sơ', type: 'textarea' }) };
    forms.push(h('form', { id: 'renewal-form', onsubmit: (e) => { e.preventDefault(); act('POST', `candidates/${c.id}/renewal`, { reason: getValue(f.reason) }, f); } },
      h('h2', {}, 'Làm lại hồ sơ'),
      h('p', { class: c.renewalNeeded ? 'warning' : 'muted' }, c.renewalNeeded
        ? `Hồ sơ đã quá 12 tháng kể từ ngày làm đơn (hết hạn ${date(c.dossierValidUntil)}): phải làm lại từ đơn xin vào Đảng.`
        : 'Xóa ngày của các bước hồ sơ để làm lại từ đơn xin vào Đảng; lịch sử vẫn được lưu.'),
      f.reason, h('button', { type: 'submit', id: 'renewal-save' }, 'Làm lại hồ sơ')));
  }
  if (open) {
    const f = { reason: field({ name: 'reason', label: 'Lý do dừng', type: 'textarea' }) };
    forms.push(h('form', { id: 'stop-form', onsubmit: (e) => { e.preventDefault(); act('POST', `candidates/${c.id}/stop`, { reason: getValue(f.reason) }, f); } },
      h('h2', {}, 'Dừng xem xét'), f.reason, h('button', { type: 'submit' }, 'Dừng')));
  }
  replace(main, h('h1', {}, `Quần chúng: ${c.fullName}`),
    warning ? message('info', 'Lưu ý', warning) : null,
    h('dl', { class: 'facts', id: 'candidate-facts' },
      h('dt', {}, 'Ngày sinh'), h('dd', {}, date(c.birthDate)),
      h('dt', {}, 'Chi bộ'), h('dd', {}, c.organizationCode),
      h('dt', {}, 'Vào danh sách'), h('dd', {}, date(c.addedOn)),
      h('dt', {}, 'Đảng viên giúp đỡ'), h('dd', {}, c.helpers || '—'),
      h('dt', {}, 'Trạng thái'), h('dd', { id: 'candidate-state' }, c.stateLabel,
        c.admissionId ? h('span', {}, ' – ', h('a', { href: `#/ket-nap/${c.admissionId}` }, 'xem hồ sơ kết nạp')) : null,
        c.stopReason ? ` – ${c.stopReason}` : ''),
      h('dt', {}, 'Lớp nhận thức'), h('dd', { id: 'candidate-awareness' }, c.awarenessCertificateNumber
        ? `Giấy chứng nhận số ${c.awarenessCertificateNumber}` : c.awarenessOverride || (c.awarenessClass ? `Đang học ${c.awarenessClass}` : 'chưa học')),
      c.dossierValidUntil ? h('dt', {}, 'Hồ sơ có giá trị đến') : null,
      c.dossierValidUntil ? h('dd', { id: 'candidate-valid-until', class: c.renewalNeeded ? 'warning' : '' }, date(c.dossierValidUntil),
        c.renewalNeeded ? ' – đã quá hạn, phải làm lại hồ sơ' : '') : null),
    h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'candidate-steps' },
      h('caption', {}, 'Hồ sơ kết nạp'),
      h('thead', {}, h('tr', {}, ['Mẫu', 'Bước', 'Ngày'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, c.steps.map((s) => h('tr', {}, h('td', {}, s.form), h('td', {}, s.label,
        s.votesFor !== undefined && s.votesFor !== null ? ` (${s.votesFor}/${s.officialMembers} tán thành)` : ''),
      h('td', {}, s.date ? date(s.date) : '—')))))),
    out, forms);
}
