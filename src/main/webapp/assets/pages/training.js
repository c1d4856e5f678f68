// Training (bồi dưỡng): the year's classes of the organisation with their counts; a class's learners with results
// and certificates. Users who manage training (political centres, administrators) also open a class, enrol learners,
// record attendance and scores, issue the certificates and close the class here.
import { get, post, put, query, ApiError } from '../api.js';
import { h, replace, field, getValue, showFieldErrors, message, announce } from '../dom.js';
import { date, number } from '../format.js';
import { state, can } from '../state.js';

const STATUS = { PLANNED: 'Dự kiến', OPEN: 'Đang học', CLOSED: 'Đã kết thúc' };
const AUDIENCES = [{ code: 'GENERAL', name: 'Chung' }, { code: 'PRIVATE_SECTOR', name: 'Đơn vị kinh tế tư nhân' },
  { code: 'PUPILS_STUDENTS', name: 'Học sinh, sinh viên' }];
const GENDERS = [{ code: 'MALE', name: 'Nam' }, { code: 'FEMALE', name: 'Nữ' }];
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

export async function render(main, route) {
  if (route.rest[0] === 'moi' && can('MANAGE_TRAINING')) return openClass(main);
  let classes;
  try {
    classes = await get(`training/classes${query({ org: state.org.code, year: state.year })}`);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404 && !e.detail.includes(state.org.code)) {
      replace(main, h('h1', {}, 'Bồi dưỡng'), message('info', 'Chức năng bồi dưỡng chưa có trên máy chủ này.'));
      return;
    }
    throw e;
  }
  if (route.rest[0]) return learners(main, route.rest[0], route.params.get('saved'));
  const head = ['Lớp', 'Đơn vị mở lớp', 'Từ ngày', 'Đến ngày', 'Trạng thái', 'Học viên', 'Đạt', 'Đã cấp giấy chứng nhận']
    .map((t) => h('th', { scope: 'col' }, t));
  const row = (c) => h('tr', {},
    h('th', { scope: 'row' }, h('a', { href: `#/dao-tao/${c.id}` }, c.courseNumber || `Lớp ${c.id}`),
      h('br'), h('small', { class: 'muted' }, c.guideNumber || '')),
    h('td', {}, c.organiserName || c.organizationCode), h('td', {}, date(c.startDate)), h('td', {}, date(c.endDate)),
    h('td', {}, STATUS[c.status] || c.status), h('td', { class: 'num' }, number(c.learners)),
    h('td', { class: 'num' }, number(c.passed)), h('td', { class: 'num' }, number(c.certified)));
  replace(main, h('h1', {}, `Lớp bồi dưỡng năm ${state.year}`),
    can('MANAGE_TRAINING') ? h('p', { class: 'actions' }, h('a', { href: '#/dao-tao/moi', class: 'button primary', id: 'open-class' }, 'Mở lớp mới')) : null,
    classes.length
      ? h('div', { class: 'table-wrap' }, h('table', { class: 'list' },
        h('caption', {}, `Các lớp bồi dưỡng năm ${state.year} – ${state.org.name}`),
        h('thead', {}, h('tr', {}, head)), h('tbody', {}, classes.map(row))))
      : h('p', { class: 'muted' }, 'Chưa có lớp bồi dưỡng nào trong năm.'));
}

/** "04/03/2024; 05/03/2024" → ["2024-03-04", "2024-03-05"]; null for a date that is not dd/MM/yyyy. */
function parseDates(text) {
  const out = [];
  for (const part of (text || '').split(/[;,\n]/).map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(part);
    if (!m) return null;
    out.push(`${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`);
  }
  return out;
}

/** Mở lớp: the guide in force, audience, organiser, dates, place and the sessions. */
async function openClass(main) {
  const guides = (await get('training/guides')).filter((g) => g.status === 'IN_FORCE');
  const f = {
    guideNumber: field({ name: 'guideNumber', label: 'Hướng dẫn (chương trình)', type: 'select', required: true,
      options: guides.map((g) => ({ code: g.number, name: `${g.number} – ${g.title}` })) }),
    audience: field({ name: 'audience', label: 'Đối tượng', type: 'select', required: true, options: AUDIENCES, value: 'GENERAL' }),
    organizationCode: field({ name: 'organizationCode', label: 'Mã cấp ủy tổ chức lớp', required: true, value: state.org.code }),
    organiserName: field({ name: 'organiserName', label: 'Cơ sở đào tạo', required: true,
      hint: 'Trung tâm chính trị, hoặc cấp ủy mở lớp nơi chưa có trung tâm.' }),
    courseNumber: field({ name: 'courseNumber', label: 'Khóa học', required: true, hint: 'Ví dụ: Khóa I năm 2026.' }),
    startDate: field({ name: 'startDate', label: 'Ngày khai giảng', type: 'date', required: true }),
    endDate: field({ name: 'endDate', label: 'Ngày kết thúc', type: 'date', required: true }),
    place: field({ name: 'place', label: 'Địa điểm', required: true }),
    sessions: field({ name: 'sessions', label: 'Các buổi học', hint: 'Ngày dd/mm/yyyy, cách nhau bằng dấu chấm phẩy; buổi thứ n học chuyên đề thứ n.' }),
  };
  const status = h('div', { class: 'form-status', id: 'class-status' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Mở lớp');
  const form = h('form', { novalidate: true, class: 'class-form' }, Object.values(f), h('div', { class: 'actions' }, submit), status);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const days = parseDates(getValue(f.sessions));
    if (days === null) {
      showFieldErrors(f, { sessions: 'Ngày buổi học phải viết dd/mm/yyyy, cách nhau bằng dấu chấm phẩy.' });
      return;
    }
    const body = Object.fromEntries(['guideNumber', 'audience', 'organizationCode', 'organiserName', 'courseNumber',
      'startDate', 'endDate', 'place'].map((k) => [k, getValue(f[k])]));
    body.sessions = days.map((d, i) => ({ date: d, topicOrder: i + 1 }));
    submit.disabled = true;
    try {
      const created = await post('training/classes', body);
      announce(`Đã mở lớp ${created.courseNumber}.`);
      location.hash = `#/dao-tao/${created.id}?saved=opened`;
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const errors = { ...err.errors };
      for (const k of Object.keys(errors)) {
        if (k.startsWith('sessions')) { errors.sessions = errors[k]; delete errors[k]; }
      }
      const rest = showFieldErrors(f, errors);
      replace(status, message('error', err.title, rest.length ? rest.join(' ') : err.detail));
    } finally {
      submit.disabled = false;
    }
  });
  replace(main, h('p', {}, h('a', { href: '#/dao-tao' }, '← Các lớp')), h('h1', {}, 'Mở lớp bồi dưỡng'),
    guides.length ? form : message('info', 'Chưa có hướng dẫn nào đang có hiệu lực để mở lớp.'));
}

const SAVED = { opened: 'Đã mở lớp. Thêm học viên bên dưới.' };

async function learners(main, id, saved) {
  const detail = await get(`training/classes/${encodeURIComponent(id)}`);
  const c = detail.class;
  let list = null;
  let denied = null;
  try {
    list = await get(`training/classes/${c.id}/learners`);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 403) throw e;
    denied = e.detail;
  }
  const manage = can('MANAGE_TRAINING') && c.status === 'OPEN' && list !== null;
  const status = h('div', { class: 'form-status', id: 'class-status' }, saved && SAVED[saved] ? message('ok', SAVED[saved]) : null);
  const reload = (text) => { announce(text); return learners(main, id).then(() => replace(document.getElementById('class-status'), message('ok', text))); };
  const fail = (err) => {
    if (!(err instanceof ApiError)) throw err;
    const detailText = Object.keys(err.errors || {}).length ? Object.values(err.errors).join(' ') : err.detail;
    replace(status, message('error', err.title, detailText));
    announce(detailText || err.title);
  };

  const sessions = detail.sessions || [];
  const scoreInputs = new Map();
  const absentBoxes = [];
  const head = ['Họ và tên', 'Ngày sinh', 'Đơn vị cử'];
  const table = denied ? message('info', 'Vai trò của bạn chỉ xem được số lượng.', denied) : h('div', { class: 'table-wrap' }, h('table', { class: 'list', id: 'learners' },
    h('caption', {}, manage ? 'Học viên: đánh dấu buổi vắng, nhập điểm (0–10) rồi bấm “Lưu điểm danh và kết quả”' : 'Học viên và kết quả'),
    h('thead', {}, h('tr', {}, head.map((t) => h('th', { scope: 'col' }, t)),
      manage ? sessions.map((s) => h('th', { scope: 'col' }, `Vắng ${date(s.date)}`)) : null,
      ['Điểm', 'Xếp loại', 'Giấy chứng nhận'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, list.map((l) => {
      let scoreCell;
      if (manage && !l.certificateNumber) {
        const input = h('input', { type: 'text', inputMode: 'decimal', name: `score-${l.id}`, class: 'num', size: 4,
          value: l.score === null ? '' : decimal.format(l.score), 'aria-label': `Điểm của ${l.fullName}` });
        scoreInputs.set(l.id, input);
        scoreCell = h('td', {}, input);
      } else {
        scoreCell = h('td', { class: 'num' }, l.score === null ? '—' : decimal.format(l.score));
      }
      return h('tr', { dataset: { learner: l.id } },
        h('th', { scope: 'row' }, l.fullName), h('td', {}, date(l.birthDate)), h('td', {}, l.nominatingOrgName || l.nominatingOrgCode || ''),
        manage ? sessions.map((s) => {
          const box = h('input', { type: 'checkbox', name: `absent-${l.id}-${s.id}`, 'aria-label': `${l.fullName} vắng buổi ${date(s.date)}` });
          box.checked = (l.absentSessionIds || []).includes(s.id);
          absentBoxes.push({ box, learnerId: l.id, sessionId: s.id });
          return h('td', {}, box);
        }) : null,
        scoreCell, h('td', {}, l.gradeName || '—'),
        h('td', {}, l.certificateNumber ? `${l.certificateNumber} (${date(l.certificateIssuedOn)})` : '—'));
    }))));

  const parts = [h('p', {}, h('a', { href: '#/dao-tao' }, '← Các lớp')),
    h('h1', {}, `Lớp ${c.courseNumber || c.id}`),
    h('p', { class: 'muted' }, `${c.organiserName || c.organizationCode} · ${date(c.startDate)} – ${date(c.endDate)} · ${STATUS[c.status] || c.status}`
      + ` · ${number(c.learners)} học viên, ${number(c.passed)} đạt, ${number(c.certified)} đã cấp giấy chứng nhận`),
    status, table];

  if (manage) {
    const save = h('button', { type: 'button', class: 'primary', id: 'save-results' }, 'Lưu điểm danh và kết quả');
    save.addEventListener('click', async () => {
      const results = [];
      for (const [learnerId, input] of scoreInputs) {
        const raw = input.value.trim();
        if (raw === '') continue;
        const score = Number(raw.replace(',', '.'));
        if (!Number.isFinite(score)) {
          replace(status, message('error', 'Điểm không hợp lệ.', `“${raw}” không phải là số (ví dụ 8,5).`));
          input.focus();
          return;
        }
        results.push({ learnerId, score });
      }
      save.disabled = true;
      try {
        await put(`training/classes/${c.id}/attendance`, { absences: absentBoxes.filter((a) => a.box.checked)
          .map((a) => ({ learnerId: a.learnerId, sessionId: a.sessionId })) });
        if (results.length) await put(`training/classes/${c.id}/results`, { results });
        await reload(`Đã lưu điểm danh và ${number(results.length)} kết quả.`);
      } catch (err) {
        fail(err);
      } finally {
        save.disabled = false;
      }
    });
    if (list.length) parts.push(h('div', { class: 'actions' }, save));

    const l = {
      fullName: field({ name: 'fullName', label: 'Họ và tên', required: true }),
      birthDate: field({ name: 'birthDate', label: 'Ngày sinh', type: 'date', required: true }),
      gender: field({ name: 'gender', label: 'Giới tính', type: 'select', required: true, options: GENDERS }),
      ethnicityCode: field({ name: 'ethnicityCode', label: 'Dân tộc', type: 'select', required: true,
        options: (await get('code-lists')).ethnicities }),
      nominatingOrgCode: field({ name: 'nominatingOrgCode', label: 'Mã chi bộ cử đi học', required: true, value: state.org.code }),
    };
    const addForm = h('form', { novalidate: true, class: 'learner-form', id: 'add-learner' }, h('h2', {}, 'Thêm học viên'), Object.values(l),
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Thêm học viên')));
    addForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      const learner = Object.fromEntries(Object.keys(l).map((k) => [k, getValue(l[k])]));
      try {
        await post(`training/classes/${c.id}/learners`, { learners: [learner] });
        await reload(`Đã thêm học viên ${learner.fullName}.`);
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        const errors = {};
        for (const [k, v] of Object.entries(err.errors || {})) errors[k.replace(/^learners\[0\]\.?/, '') || 'fullName'] = v;
        const rest = showFieldErrors(l, errors);
        replace(status, message('error', err.title, rest.length ? rest.join(' ') : err.detail));
      }
    });

    const pool = c.courseType === 'AWARENESS' ? await get(`training/classes/${c.id}/pool`) : [];
    const waiting = pool.filter((p) => !p.attending);
    const boxes = waiting.map((p) => ({ p, box: h('input', { type: 'checkbox', name: `candidate-${p.id}`, value: p.id }) }));
    const poolForm = c.courseType !== 'AWARENESS' ? null : h('form', { novalidate: true, id: 'enrol-pool' },
      h('h2', {}, 'Ghi danh từ danh sách quần chúng cảm tình Đảng'),
      waiting.length
        ? h('fieldset', {}, h('legend', {}, `${number(waiting.length)} quần chúng thuộc ${state.org.code === c.organizationCode ? state.org.name : c.organizationCode} chờ học lớp`),
          boxes.map(({ p, box }) => h('label', { class: 'check', dataset: { candidate: p.id } }, box,
            ` ${p.fullName} (${date(p.birthDate)}, ${p.organizationCode})`)))
        : h('p', { class: 'muted', id: 'pool-empty' }, 'Không có quần chúng nào chờ học lớp.'),
      waiting.length ? h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'enrol-pool-save' }, 'Ghi danh quần chúng đã chọn')) : null);
    poolForm?.addEventListener('submit', async (e) => {
      e.preventDefault();
      const chosen = boxes.filter((b) => b.box.checked).map((b) => b.p.id);
      if (!chosen.length) {
        replace(status, message('error', 'Chưa chọn quần chúng nào.', 'Đánh dấu những người được cử đi học rồi bấm “Ghi danh”.'));
        return;
      }
      try {
        const made = await post(`training/classes/${c.id}/candidates`, { candidateIds: chosen });
        await reload(`Đã ghi danh ${number(made.length)} quần chúng.`);
      } catch (err) {
        fail(err);
      }
    });

    const issuedOn = field({ name: 'issuedOn', label: 'Ngày cấp', type: 'date', required: true, value: c.endDate });
    const prefix = field({ name: 'numberPrefix', label: 'Tiền tố số giấy chứng nhận', hint: 'Số được đánh tiếp: tiền tố + 001, 002…' });
    const certForm = h('form', { novalidate: true, id: 'certificates' }, h('h2', {}, 'Cấp giấy chứng nhận cho học viên đạt'), issuedOn, prefix,
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Cấp giấy chứng nhận')));
    certForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        const issued = await post(`training/classes/${c.id}/certificates`, { issuedOn: getValue(issuedOn), numberPrefix: getValue(prefix) });
        await reload(`Đã cấp ${number(issued.length)} giấy chứng nhận.`);
      } catch (err) {
        fail(err);
      }
    });

    const close = h('button', { type: 'button', class: 'danger', id: 'close-class' }, 'Kết thúc lớp');
    close.addEventListener('click', async () => {
      if (!window.confirm('Kết thúc lớp? Sau đó không thêm học viên, sửa kết quả hay cấp giấy chứng nhận được nữa.')) return;
      try {
        await post(`training/classes/${c.id}/closure`);
        await reload('Đã kết thúc lớp.');
      } catch (err) {
        fail(err);
      }
    });
    parts.push(poolForm, addForm, certForm, h('div', { class: 'actions' }, close));
  }
  replace(main, ...parts);
}
