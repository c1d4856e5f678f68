// Reports: the catalogue, a parameter form with defaults from the user's scope, download, and the progress of
// asynchronous reports (202 + a job to poll: QUEUED → RUNNING → DONE | FAILED | CANCELLED | EXPIRED).
import { call, get, post, del, query, ApiError } from '../api.js';
import { h, replace, field, getValue, setValue, showFieldErrors, message, announce } from '../dom.js';
import { number, dateTime } from '../format.js';
import { state, can } from '../state.js';

const FORMAT_LABELS = { pdf: 'PDF', docx: 'Word (DOCX)', xlsx: 'Excel (XLSX)' };
const JOB_STATES = { QUEUED: 'Đang chờ', RUNNING: 'Đang tạo', DONE: 'Đã xong', FAILED: 'Lỗi', CANCELLED: 'Đã hủy', EXPIRED: 'Đã hết hạn' };
const POLL_MS = 1500;

export async function render(main, route) {
  const catalogue = await get('reports');
  const chosen = catalogue.find((r) => r.id === route.rest[0]);
  const jobsBox = h('section', { class: 'card', 'aria-labelledby': 'jobs-title', id: 'jobs' });
  const content = chosen ? reportForm(chosen, jobsBox) : null;
  replace(main,
    h('h1', {}, chosen ? chosen.title : 'Báo cáo'),
    chosen ? h('p', {}, h('a', { href: '#/bao-cao' }, '← Danh mục báo cáo')) : null,
    h('div', { class: chosen ? 'report-layout' : '' },
      chosen ? content : h('ul', { class: 'catalogue' }, catalogue.map((r) => h('li', { class: 'card' },
        h('h2', {}, h('a', { href: `#/bao-cao/${r.id}` }, r.title)),
        h('p', { class: 'muted' }, `Định dạng: ${r.formats.map((f) => FORMAT_LABELS[f] || f).join(', ')}`)))),
      jobsBox));
  titles = Object.fromEntries(catalogue.map((r) => [r.id, r.title]));
  refreshJobs(jobsBox);
}

let titles = {};

function reportForm(report, jobsBox) {
  const fields = {};
  for (const p of report.parameters) {
    const spec = { name: p.name, label: p.label || p.name, required: p.required, hint: p.description };
    if (p.type === 'YEAR') Object.assign(spec, { type: 'number', value: state.year });
    else if (p.type === 'ORGANIZATION') Object.assign(spec, { value: state.org.code, hint: `${p.description || ''} Mặc định: ${state.org.name}.`.trim() });
    else if (p.type === 'BOOLEAN') spec.type = 'checkbox';
    else if (p.name === 'campaign') spec.hint = `${p.description || ''} Ví dụ ${state.org.code}-PTDV-${state.year}.`.trim();
    fields[p.name] = field(spec);
  }
  fields.format = field({ name: 'format', label: 'Định dạng', type: 'select', required: true,
    options: report.formats.map((f) => ({ code: f, name: FORMAT_LABELS[f] || f })) });
  setValue(fields.format, report.formats.includes('pdf') ? 'pdf' : report.formats[0]);
  if (report.formats.includes('pdf')) {
    fields.pdfa = field({ name: 'pdfa', label: 'PDF/A (lưu trữ lâu dài)', type: 'checkbox' });
    const toggle = () => { fields.pdfa.input.disabled = fields.format.input.value !== 'pdf'; };
    fields.format.input.addEventListener('change', toggle);
  }
  fields.async = field({ name: 'async', label: 'Tạo ở nền (báo cáo lớn: theo dõi tiến độ, tải về sau)', type: 'checkbox' });
  const status = h('div', { class: 'form-status', id: 'report-status' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Tải báo cáo');
  // Ban hành: the report numbered, dated, signed and archived in the register of issued documents (PDF/A)
  const issue = can('ISSUE_DOCUMENTS') && report.formats.includes('pdf')
    ? h('button', { type: 'button', class: 'secondary', id: 'issue-document' }, 'Ban hành') : null;
  const formEl = h('form', { novalidate: true, class: 'report-form' }, status, Object.values(fields), h('div', { class: 'actions' }, submit, issue));
  if (issue) {
    issue.addEventListener('click', async () => {
      const parameters = {};
      for (const p of report.parameters) {
        const v = getValue(fields[p.name]);
        if (v !== null && v !== false) parameters[p.name] = v;
      }
      issue.disabled = true;
      replace(status, h('p', { class: 'muted' }, 'Đang ban hành văn bản…'));
      try {
        const d = await post('documents', { report: report.id, parameters, format: 'pdf' });
        showFieldErrors(fields, {});
        replace(status, message('ok', `Đã ban hành văn bản số ${d.number}`,
          `ngày ${d.issuedOn.split('-').reverse().join('/')}${d.signed ? `, ký số: ${d.signer}` : ', không ký số (chưa cấu hình khóa ký)'}. `),
          h('p', {}, h('a', { href: `#/van-ban?issuer=${encodeURIComponent(d.issuer)}` }, 'Xem trong sổ văn bản đã ban hành')));
        announce(`Đã ban hành văn bản số ${d.number}.`);
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        const rest = showFieldErrors(fields, err.errors);
        replace(status, message('error', err.title, Object.keys(err.errors).length ? rest.join(' ') : err.detail));
      } finally {
        issue.disabled = false;
      }
    });
  }
  formEl.addEventListener('submit', async (e) => {
    e.preventDefault();
    const params = {};
    for (const [k, w] of Object.entries(fields)) {
      const v = getValue(w);
      if (v === false || (k === 'pdfa' && w.input.disabled)) continue;
      params[k] = v;
    }
    submit.disabled = true;
    replace(status, h('p', { class: 'muted' }, 'Đang tạo báo cáo…'));
    try {
      const response = await call('GET', `reports/${encodeURIComponent(report.id)}${query(params)}`);
      showFieldErrors(fields, {});
      if (response.status === 202) {
        const job = await response.json();
        replace(status, message('info', 'Báo cáo lớn: đang tạo ở nền.', 'Theo dõi tiến độ ở mục “Báo cáo đang tạo”; có thể rời trang và quay lại.'));
        announce('Báo cáo đang được tạo ở nền.');
        refreshJobs(jobsBox, job.id);
      } else {
        const name = await save(response, `${report.id}.${params.format}`);
        replace(status, message('ok', 'Đã tải báo cáo.', name));
        announce('Đã tải báo cáo.');
      }
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const rest = showFieldErrors(fields, err.errors);
      const retry = err.retryAfter ? ` Thử lại sau ${err.retryAfter} giây.` : '';
      replace(status, message('error', err.title, (Object.keys(err.errors).length ? rest.join(' ') : err.detail) + retry));
    } finally {
      submit.disabled = false;
    }
  });
  return formEl;
}

/** Saves a response body as a file: the name comes from Content-Disposition. */
async function save(response, fallback) {
  const blob = await response.blob();
  const cd = response.headers.get('Content-Disposition') || '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  const name = star ? decodeURIComponent(star[1]) : plain ? plain[1] : fallback;
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

let pollTimer = null;

/** Lists the caller's report jobs; keeps polling while one is queued or running. Hidden where the API has no jobs. */
async function refreshJobs(box, focusId) {
  clearTimeout(pollTimer);
  let jobs;
  try {
    jobs = await get('report-jobs');
  } catch (e) {
    box.hidden = true;
    return;
  }
  if (!document.body.contains(box)) return;
  box.hidden = jobs.length === 0;
  replace(box, h('h2', { id: 'jobs-title' }, 'Báo cáo đang tạo'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'list' },
      h('thead', {}, h('tr', {}, ['Báo cáo', 'Định dạng', 'Trạng thái', 'Số trang', 'Bắt đầu', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, jobs.map((j) => h('tr', { class: j.id === focusId ? 'highlight' : '', dataset: { job: j.id } },
        h('td', {}, titles[j.report] || j.report), h('td', {}, (j.format || '').toUpperCase()),
        h('td', { class: `job-state ${j.state}` }, JOB_STATES[j.state] || j.state, j.error ? h('span', { class: 'field-error' }, ` ${j.error}`) : null),
        h('td', { class: 'num' }, number(j.pagesRendered)), h('td', {}, dateTime(j.createdAt)),
        h('td', {}, jobAction(j, box))))))));
  if (jobs.some((j) => j.state === 'QUEUED' || j.state === 'RUNNING')) {
    pollTimer = setTimeout(() => refreshJobs(box, focusId), POLL_MS);
  }
}

function jobAction(job, box) {
  if (job.state === 'DONE') {
    return h('button', { type: 'button', class: 'secondary', onclick: async () => {
      try {
        const response = await call('GET', `report-jobs/${encodeURIComponent(job.id)}/file`);
        await save(response, job.fileName || `${job.report}.${job.format}`);
        announce('Đã tải báo cáo.');
      } catch (err) {
        announce(err.detail || err.title);
      }
    } }, 'Tải về');
  }
  if (job.state === 'QUEUED' || job.state === 'RUNNING') {
    return h('button', { type: 'button', class: 'secondary', onclick: async () => {
      try { await del(`report-jobs/${encodeURIComponent(job.id)}`); } catch (e) { /* shown by the next refresh */ }
      refreshJobs(box);
    } }, 'Hủy');
  }
  return '';
}

