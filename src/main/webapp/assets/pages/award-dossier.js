// The award dossier of a submitted proposal: achievement reports (written by the units, checked by the issuer), the
// council's meeting with its votes, the decision, and the documents (reports, minutes, decision, certificates).
import { get, post, put, query, apiUrl, ApiError } from '../api.js';
import { h, replace, message, announce, field, getValue, showFieldErrors } from '../dom.js';
import { number, date } from '../format.js';
import { can } from '../state.js';

const REPORT = { DRAFT: 'Dự thảo', SUBMITTED: 'Đã trình, chờ thẩm định', ACCEPTED: 'Đã chấp nhận', RETURNED: 'Bị trả lại' };
const enc = encodeURIComponent;

function pdf(id, report, params, label) {
  return h('a', { class: 'button secondary', id, href: apiUrl(`reports/${report}${query({ ...params, format: 'pdf' })}`) }, label);
}

function failed(status, err, fields) {
  if (fields && err.errors) showFieldErrors(fields, err.errors);
  replace(status, message('error', err.title || 'Lỗi', err.detail || String(err)));
}

/** The dossier section of a campaign page whose proposal was submitted or decided; reload() redraws the page. */
export async function dossierSection(code, evaluation, reload, campaign) {
  const proposal = evaluation.proposal;
  const simplified = campaign && campaign.procedure === 'SIMPLIFIED';
  const open = proposal.status === 'SUBMITTED';
  const entries = await get(`emulation/campaigns/${enc(code)}/dossier/entries`);
  let meeting = null;
  try {
    meeting = await get(`emulation/campaigns/${enc(code)}/dossier/council`);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 404) throw e;
  }
  const status = h('div', { class: 'form-status', id: 'dossier-status' });
  const rows = entries.map((e) => h('tr', { dataset: { org: e.organizationCode } },
    h('th', { scope: 'row' }, h('a', { href: `#/thi-dua/${enc(code)}/ho-so/${enc(e.organizationCode)}` }, e.organizationName),
      h('br'), h('small', { class: 'muted' }, e.organizationCode)),
    h('td', {}, e.tier),
    h('td', { class: 'report-status' }, REPORT[e.status] || e.status, e.reviewNote ? h('div', {}, h('small', {}, `Lý do: ${e.reviewNote}`)) : null),
    h('td', { class: 'vote' }, simplified ? 'Không biểu quyết (thủ tục đơn giản)' : e.vote ? `${e.vote.votesFor} đồng ý / ${e.vote.votesAgainst} không / ${e.vote.abstaining} không biểu quyết: `
      + (e.vote.passed ? 'thông qua' : `không thông qua (${e.vote.reason})`) : '—'),
    h('td', {}, open && e.status === 'SUBMITTED' && can('MANAGE_EMULATION') ? reviewButtons(code, e, status, reload) : null)));
  const docs = h('p', { class: 'actions' },
    meeting ? pdf('council-minutes-pdf', 'award-council-minutes', { campaign: code }, 'Biên bản họp Hội đồng (PDF)') : null,
    entries.some((e) => (simplified ? e.status === 'ACCEPTED' : e.vote && e.vote.passed)) ? pdf('award-decision-pdf', 'award-decision', { campaign: code }, 'Quyết định khen thưởng (PDF)') : null,
    proposal.status === 'APPROVED' ? pdf('award-certificates-pdf', 'award-certificates', { campaign: code }, 'Giấy khen, bằng khen (PDF)') : null);
  return h('section', { class: 'card', id: 'award-dossier', 'aria-labelledby': 'dossier-title' },
    h('h2', { id: 'dossier-title' }, 'Hồ sơ khen thưởng'),
    h('p', { class: 'muted', id: 'dossier-procedure' }, simplified
      ? 'Thủ tục đơn giản: mỗi tập thể được đề nghị viết và trình báo cáo tóm tắt thành tích; cơ quan thi đua thẩm định; '
        + 'không họp Hội đồng, cấp có thẩm quyền quyết định khen thưởng trực tiếp các tập thể đã được chấp nhận.'
      : 'Mỗi tập thể được đề nghị viết và trình báo cáo thành tích; Ban Tổ chức cấp trên thẩm định; '
      + 'Hội đồng Thi đua – Khen thưởng họp, biểu quyết; quyết định khen thưởng theo kết quả của Hội đồng.'),
    status,
    h('div', { class: 'table-wrap' }, h('table', { class: 'list', id: 'dossier-entries' },
      h('thead', {}, h('tr', {}, ['Tập thể', 'Hình thức đề nghị', 'Báo cáo thành tích', 'Biểu quyết của Hội đồng', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows))),
    docs,
    simplified ? null : open && can('MANAGE_EMULATION') ? councilForm(code, entries, meeting, reload) : meeting ? meetingSummary(meeting) : null,
    open && can('DECIDE_AWARDS') ? decisionForm(code, reload) : null,
    proposal.status === 'APPROVED' ? h('p', {}, `Quyết định số ${proposal.decisionNumber} ngày ${date(proposal.decisionDate)}.`) : null);
}

function reviewButtons(code, e, status, reload) {
  const reason = field({ name: 'reason', label: 'Lý do trả lại' });
  const send = async (accepted) => {
    try {
      await post(`emulation/campaigns/${enc(code)}/dossier/entries/${enc(e.organizationCode)}/review`,
        { accepted, reason: getValue(reason) });
      announce(accepted ? 'Đã chấp nhận báo cáo thành tích.' : 'Đã trả lại báo cáo thành tích.');
      await reload();
    } catch (err) {
      failed(status, err, { reason });
    }
  };
  return h('div', { class: 'review' },
    h('button', { type: 'button', class: 'primary', dataset: { action: 'accept' }, onclick: () => send(true) }, 'Chấp nhận'),
    reason,
    h('button', { type: 'button', class: 'secondary', dataset: { action: 'return' }, onclick: () => send(false) }, 'Trả lại'));
}

function meetingSummary(m) {
  return h('section', { id: 'council-summary' }, h('h3', {}, 'Phiên họp Hội đồng'),
    h('p', {}, `Ngày ${date(m.meetingDate)} tại ${m.place}; chủ trì ${m.chair}, thư ký ${m.secretary}; có mặt ${number(m.present)}/${number(m.members.length)} thành viên.`));
}

/** Members as lines "Họ tên | Chức vụ" (ending "| vắng" when absent); one vote row per entry. */
function councilForm(code, entries, meeting, reload) {
  const fields = {
    meetingDate: field({ name: 'meetingDate', label: 'Ngày họp', type: 'date', required: true, value: meeting ? meeting.meetingDate : '' }),
    place: field({ name: 'place', label: 'Địa điểm', required: true, value: meeting ? meeting.place : '' }),
    chair: field({ name: 'chair', label: 'Chủ trì', required: true, value: meeting ? meeting.chair : '' }),
    secretary: field({ name: 'secretary', label: 'Thư ký', required: true, value: meeting ? meeting.secretary : '' }),
    members: field({ name: 'members', label: 'Thành viên Hội đồng', type: 'textarea', required: true,
      hint: 'Mỗi dòng một người: Họ tên | Chức vụ; thêm "| vắng" nếu vắng mặt.',
      value: meeting ? meeting.members.map((x) => `${x.fullName} | ${x.position}${x.present ? '' : ' | vắng'}`).join('\n') : '' }),
  };
  fields.members.input.rows = 6;
  const votes = entries.map((e) => {
    const v = e.vote || {};
    const cell = (name, value) => h('input', { type: 'number', min: '0', name, value: value ?? '', 'aria-label': `${name} – ${e.organizationName}`, class: 'narrow' });
    return { code: e.organizationCode, row: h('tr', { dataset: { org: e.organizationCode } }, h('th', { scope: 'row' }, e.organizationName),
      h('td', {}, cell('votesFor', v.votesFor)), h('td', {}, cell('votesAgainst', v.votesAgainst)), h('td', {}, cell('abstaining', v.abstaining)),
      h('td', {}, h('input', { type: 'checkbox', name: 'secretBallot', checked: !!v.secretBallot, 'aria-label': `Bỏ phiếu kín – ${e.organizationName}` }))) };
  });
  const status = h('div', { class: 'form-status', id: 'council-status' });
  const form = h('form', { id: 'council-form', novalidate: true, onsubmit: async (ev) => {
    ev.preventDefault();
    const members = (getValue(fields.members) || '').split('\n').map((l) => l.split('|').map((s) => s.trim())).filter((p) => p[0])
      .map((p) => ({ fullName: p[0], position: p[1] || '', present: !(p[2] || '').toLowerCase().startsWith('vắng') }));
    const ballots = votes.map((v) => {
      const n = (name) => { const x = v.row.querySelector(`input[name=${name}]`).value.trim(); return x === '' ? null : Number(x); };
      return { organizationCode: v.code, votesFor: n('votesFor'), votesAgainst: n('votesAgainst'), abstaining: n('abstaining'),
        secretBallot: v.row.querySelector('input[name=secretBallot]').checked };
    });
    try {
      await put(`emulation/campaigns/${enc(code)}/dossier/council`, { meetingDate: getValue(fields.meetingDate), place: getValue(fields.place),
        chair: getValue(fields.chair), secretary: getValue(fields.secretary), members, votes: ballots });
      announce('Đã ghi biên bản họp Hội đồng.');
      await reload();
    } catch (err) {
      failed(status, err, fields);
    }
  } },
  h('h3', {}, meeting ? 'Ghi lại biên bản họp Hội đồng' : 'Ghi biên bản họp Hội đồng'),
  Object.values(fields),
  h('div', { class: 'table-wrap' }, h('table', { class: 'list' },
    h('thead', {}, h('tr', {}, ['Tập thể', 'Đồng ý', 'Không đồng ý', 'Không biểu quyết', 'Phiếu kín'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, votes.map((v) => v.row)))),
  status,
  h('button', { type: 'submit', class: 'primary' }, 'Ghi biên bản'));
  return form;
}

/**
 * Quyết định khen thưởng: first issued as an official document (Ban hành quyết định: numbered, dated, signed in the
 * register of issued documents), then the proposal is approved under that decision's number and date.
 */
function decisionForm(code, reload) {
  const status = h('div', { class: 'form-status', id: 'decision-status' });
  const body = h('div', { id: 'decision-body' }, h('p', { class: 'muted' }, 'Đang tải quyết định…'));
  const form = h('form', { id: 'decision-form', novalidate: true }, h('h3', {}, 'Quyết định khen thưởng'), body, status);
  (async () => {
    let issued = null;
    try {
      const decisions = await get(`documents${query({ kind: 'QĐ' })}`);
      issued = decisions.filter((d) => d.report === 'award-decision' && d.parameters.campaign === code
        && !d.withdrawn && !d.replacedBy).pop() || null;
    } catch (err) {
      failed(status, err, {});
    }
    if (!issued) {
      const issue = h('button', { type: 'button', class: 'primary', id: 'issue-decision', disabled: !can('ISSUE_DOCUMENTS') }, 'Ban hành quyết định');
      issue.addEventListener('click', async () => {
        issue.disabled = true;
        try {
          const d = await post('documents', { report: 'award-decision', parameters: { campaign: code }, format: 'pdf' });
          announce(`Đã ban hành quyết định số ${d.number}.`);
          await reload();
        } catch (err) {
          issue.disabled = false;
          failed(status, err, {});
        }
      });
      replace(body, h('p', {}, 'Bước 1: ban hành quyết định khen thưởng kèm danh sách (lấy số trong sổ văn bản đi, ký số, lưu bản PDF). '
        + 'Bước 2: phê duyệt đề nghị theo số và ngày của quyết định đã ban hành.'), h('p', { class: 'actions' }, issue));
      return;
    }
    const approve = h('button', { type: 'submit', class: 'primary' }, `Phê duyệt theo Quyết định số ${issued.number}`);
    replace(body,
      h('p', { id: 'issued-decision' }, `Đã ban hành Quyết định số ${issued.number} ngày ${date(issued.issuedOn)}`,
        issued.signed ? `, ký số: ${issued.signer}.` : ', không ký số.', ' ',
        h('a', { href: apiUrl(`documents/${issued.id}/file`), id: 'issued-decision-pdf' }, 'Tải quyết định đã ban hành')),
      h('p', { class: 'actions' }, approve));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      approve.disabled = true;
      try {
        await post(`emulation/campaigns/${enc(code)}/proposal/decision`, { approved: true });
        announce('Đã phê duyệt đề nghị khen thưởng.');
        await reload();
      } catch (err) {
        approve.disabled = false;
        failed(status, err, {});
      }
    });
  })();
  return form;
}

/** #/thi-dua/{code}/ho-so/{org}: one unit's achievement report: PTDV's figures, its sections, save and submit. */
export async function entryPage(main, code, org) {
  const [e, c] = await Promise.all([get(`emulation/campaigns/${enc(code)}/dossier/entries/${enc(org)}`),
    get(`emulation/campaigns/${enc(code)}`)]);
  const simplified = c.procedure === 'SIMPLIFIED';
  const editable = (e.status === 'DRAFT' || e.status === 'RETURNED') && can('MANAGE_EMULATION');
  // thủ tục đơn giản: one brief summary; the full procedure: the three sections of the decree's form
  const fields = simplified ? {
    achievements: field({ name: 'achievements', label: 'Tóm tắt thành tích (tối đa 2.000 ký tự)', type: 'textarea', required: true, value: e.achievements }),
  } : {
    characteristics: field({ name: 'characteristics', label: 'I. Đặc điểm, tình hình', type: 'textarea', value: e.characteristics }),
    achievements: field({ name: 'achievements', label: 'II.2. Thành tích đạt được (ngoài số liệu)', type: 'textarea', required: true, value: e.achievements }),
    measures: field({ name: 'measures', label: 'III. Các biện pháp, giải pháp', type: 'textarea', value: e.measures }),
  };
  Object.values(fields).forEach((f) => { f.input.rows = 5; f.input.disabled = !editable; });
  const status = h('div', { class: 'form-status', id: 'report-status' });
  const body = () => (simplified ? { achievements: getValue(fields.achievements) }
    : { characteristics: getValue(fields.characteristics), achievements: getValue(fields.achievements), measures: getValue(fields.measures) });
  const base = `emulation/campaigns/${enc(code)}/dossier/entries/${enc(org)}`;
  const save = async () => { await put(`${base}/report`, body()); };
  replace(main, h('p', {}, h('a', { href: `#/thi-dua/${enc(code)}` }, '← Phong trào')),
    h('h1', {}, `${simplified ? 'Báo cáo tóm tắt thành tích' : 'Báo cáo thành tích'}: ${e.organizationName}`),
    h('p', { class: 'muted' }, `Đề nghị ${e.tier} · Trạng thái: `, h('strong', { id: 'entry-status' }, REPORT[e.status] || e.status),
      e.reviewNote ? ` · Lý do trả lại: ${e.reviewNote}` : ''),
    h('section', { class: 'card' }, h('h2', {}, 'Số liệu của hệ thống (tự điền)'),
      h('p', {}, `Chỉ tiêu: ${e.target === null ? 'chưa đăng ký' : number(e.target)}; đã kết nạp: ${number(e.admitted)}; tỷ lệ: ${e.ratioText || '—'}.`),
      h('p', {}, e.summary), h('ul', {}, e.criteria.map((c) => h('li', {}, c)))),
    h('form', { id: 'report-form', novalidate: true, onsubmit: async (ev) => {
      ev.preventDefault();
      try {
        await save();
        announce('Đã lưu báo cáo thành tích.');
        await entryPage(main, code, org);
      } catch (err) {
        failed(status, err, fields);
      }
    } }, Object.values(fields), status,
    editable ? h('p', { class: 'actions' },
      h('button', { type: 'submit', class: 'secondary' }, 'Lưu'),
      h('button', { type: 'button', class: 'primary', id: 'submit-report', onclick: async () => {
        try {
          await save();
          await post(`${base}/report/submission`);
          announce('Đã trình báo cáo thành tích.');
          await entryPage(main, code, org);
        } catch (err) {
          failed(status, err, fields);
        }
      } }, 'Trình báo cáo')) : null),
    h('p', { class: 'actions' }, pdf('achievement-report-pdf', 'award-achievement-report', { campaign: code, org }, 'Báo cáo thành tích (PDF)')));
}
