// Emulation: campaigns in scope; a campaign's evaluation with the reasons of every unit.
import { get, post, put, query, ApiError } from '../api.js';
import { h, replace, message, announce, field, getValue, showFieldErrors } from '../dom.js';
import { number, dateTime } from '../format.js';
import { state, can } from '../state.js';
import { dossierSection, entryPage } from './award-dossier.js';

const OUTCOMES = { PROPOSED: 'Đề nghị khen thưởng', NOT_PROPOSED_QUOTA: 'Không đề nghị (hết chỉ tiêu khen)', NOT_ELIGIBLE: 'Không đủ điều kiện' };
export const ROUTES = { PARTY: 'Khen thưởng trong Đảng (Hướng dẫn 12-HD/BTCTW)', STATE: 'Khen thưởng Nhà nước (Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP)' };
export const PROCEDURES = { FULL: 'Thủ tục đầy đủ', SIMPLIFIED: 'Thủ tục đơn giản' };
const STEPS = {
  FULL: 'báo cáo thành tích → thẩm định → họp Hội đồng Thi đua – Khen thưởng, biểu quyết → quyết định → giấy khen, bằng khen',
  SIMPLIFIED: 'báo cáo tóm tắt thành tích → thẩm định → quyết định trực tiếp (không họp Hội đồng) → giấy khen, bằng khen',
};
const PROPOSAL = { DRAFT: 'Dự thảo', SUBMITTED: 'Đã trình', APPROVED: 'Đã phê duyệt', REJECTED: 'Không phê duyệt' };

export async function render(main, route) {
  if (route.rest[0] && route.rest[1] === 'ho-so' && route.rest[2]) return entryPage(main, route.rest[0], route.rest[2]);
  if (route.rest[0]) return campaign(main, route.rest[0]);
  const campaigns = await get(`emulation/campaigns${query({ org: state.org.code })}`);
  replace(main, h('h1', {}, 'Thi đua – khen thưởng'),
    campaigns.length ? h('ul', { class: 'catalogue' }, campaigns.map((c) => h('li', { class: 'card' },
      h('h2', {}, h('a', { href: `#/thi-dua/${encodeURIComponent(c.code)}` }, c.name)),
      h('p', { class: 'muted' }, `${c.code} · Kế hoạch ${c.planNumber} · ${c.fromYear === c.toYear ? c.fromYear : `${c.fromYear}–${c.toYear}`}`))))
      : h('p', { class: 'muted' }, 'Không có phong trào thi đua nào trong phạm vi của tổ chức đang chọn.'));
}

async function campaign(main, code) {
  const c = await get(`emulation/campaigns/${encodeURIComponent(code)}`);
  let evaluation = null;
  try {
    evaluation = await get(`emulation/campaigns/${encodeURIComponent(code)}/evaluation`);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 404) throw e;
  }
  if (evaluation && !evaluation.evaluationId) evaluation = null;   // the campaign has not been evaluated yet
  const status = h('div', { class: 'form-status' });
  const evaluate = can('MANAGE_EMULATION') ? h('button', { type: 'button', class: 'primary', onclick: async () => {
    try {
      await post(`emulation/campaigns/${encodeURIComponent(code)}/evaluation`);
      announce('Đã xét thi đua.');
      await campaign(main, code);
    } catch (err) {
      replace(status, message('error', err.title, err.detail));
    }
  } }, evaluation ? 'Xét lại' : 'Xét thi đua') : null;
  const submit = can('MANAGE_EMULATION') && evaluation && evaluation.current && evaluation.proposal
    && evaluation.proposal.status === 'DRAFT' ? h('button', { type: 'button', class: 'secondary', id: 'submit-proposal', onclick: async () => {
      try {
        await post(`emulation/campaigns/${encodeURIComponent(code)}/proposal/submission`);
        announce('Đã trình đề nghị khen thưởng.');
        await campaign(main, code);
      } catch (err) {
        replace(status, message('error', err.title, err.detail));
      }
    } }, 'Trình đề nghị khen thưởng') : null;
  const dossier = evaluation && evaluation.proposal && ['SUBMITTED', 'APPROVED'].includes(evaluation.proposal.status)
    ? await dossierSection(code, evaluation, () => campaign(main, code), c) : null;
  replace(main, h('p', {}, h('a', { href: '#/thi-dua' }, '← Các phong trào')),
    h('h1', {}, c.name),
    h('p', { class: 'muted' }, `${c.code} · Kế hoạch ${c.planNumber}`),
    routeSection(main, c, evaluation),
    h('section', { class: 'card' }, h('h2', {}, 'Các hình thức khen thưởng'),
      h('ol', {}, c.tiers.map((t) => h('li', {}, t.name, t.quota === null ? ' (không giới hạn số lượng)' : ` (tối đa ${t.quota})`)))),
    status, evaluation && evaluation.proposal && ['SUBMITTED', 'APPROVED'].includes(evaluation.proposal.status) ? null : evaluate, submit,
    dossier,
    evaluation ? result(evaluation) : h('p', { class: 'muted' }, 'Phong trào chưa được xét.'));
}

function check(k) {
  const text = `${k.tierName}: ${k.label} – ${k.measured ?? ''}${k.threshold ? ` / ${k.threshold}` : ''}${k.reason ? ` (${k.reason})` : ''}`;
  return h('li', { class: k.met ? 'met' : 'unmet' },
    h('span', { class: 'sr-only' }, k.met ? 'Đạt: ' : 'Không đạt: '), h('span', { 'aria-hidden': 'true' }, k.met ? '✔ ' : '✘ '), text);
}

function participant(p) {
  return h('tr', {},
    h('td', { class: 'num' }, String(p.rank)),
    h('th', { scope: 'row' }, p.name, h('br'), h('small', { class: 'muted' }, p.code)),
    h('td', { class: 'num' }, number(p.target)), h('td', { class: 'num' }, number(p.admitted)),
    h('td', { class: 'num' }, p.ratioText || '—'),
    h('td', {}, OUTCOMES[p.outcome] || p.outcome, p.tierProposed ? h('div', {}, h('small', {}, p.tierProposed)) : null),
    h('td', {}, h('details', {}, h('summary', {}, p.summary || 'Chi tiết'), h('ul', { class: 'checks' }, (p.checks || []).map(check)))));
}

function result(ev) {
  const head = ['Hạng', 'Đơn vị', 'Chỉ tiêu', 'Đã kết nạp', 'Tỷ lệ', 'Kết quả', 'Lý do'].map((t) => h('th', { scope: 'col' }, t));
  return h('section', { 'aria-labelledby': 'evaluation-title' },
    h('h2', { id: 'evaluation-title' }, 'Kết quả xét'),
    h('p', {}, `Xét lúc ${dateTime(ev.evaluatedAt)} bởi ${ev.evaluatedBy}${ev.current ? '' : ' (định nghĩa phong trào đã thay đổi sau lần xét này: nên xét lại)'}. `,
      `Đề nghị: ${number(ev.proposed)}; hết chỉ tiêu khen: ${number(ev.notProposedQuota)}; không đủ điều kiện: ${number(ev.notEligible)}.`,
      ev.proposal ? ` Trạng thái đề nghị: ${PROPOSAL[ev.proposal.status] || ev.proposal.status}.` : ''),
    h('div', { class: 'table-wrap' }, h('table', { class: 'list' },
      h('thead', {}, h('tr', {}, head)),
      h('tbody', {}, ev.participants.map(participant)))));
}

/**
 * Tuyến và thủ tục khen thưởng of the campaign; changed (PUT of the whole definition) only while no proposal was
 * submitted: afterwards the API refuses it and the page only shows it.
 */
function routeSection(main, c, evaluation) {
  const proposed = evaluation && evaluation.proposal && evaluation.proposal.status !== 'DRAFT';
  const view = h('dl', { id: 'campaign-route', class: 'facts' },
    h('dt', {}, 'Tuyến khen thưởng'), h('dd', { id: 'route-name' }, ROUTES[c.route] || c.route),
    h('dt', {}, 'Thủ tục'), h('dd', { id: 'route-procedure' }, PROCEDURES[c.procedure] || c.procedure),
    c.route === 'STATE' ? [h('dt', {}, 'Cơ quan quyết định'), h('dd', {}, `Chủ tịch ${c.grantingBody}${c.grantingSigner ? ` (${c.grantingSigner})` : ''}`)] : null,
    h('dt', {}, 'Các bước'), h('dd', { id: 'route-steps' }, STEPS[c.procedure] || ''));
  if (!can('MANAGE_EMULATION') || proposed) {
    return h('section', { class: 'card', id: 'route-section' }, h('h2', {}, 'Tuyến và thủ tục khen thưởng'), view,
      proposed ? h('p', { class: 'muted' }, 'Đề nghị khen thưởng đã trình: tuyến và thủ tục không thay đổi được nữa.') : null);
  }
  const fields = {
    route: field({ name: 'route', label: 'Tuyến khen thưởng', type: 'select', required: true, value: c.route,
      options: Object.entries(ROUTES).map(([code, name]) => ({ code, name })) }),
    procedure: field({ name: 'procedure', label: 'Thủ tục', type: 'select', required: true, value: c.procedure,
      hint: 'Thủ tục đơn giản chỉ áp dụng cho khen thưởng Nhà nước (Điều 85 Luật Thi đua, khen thưởng 2022).',
      options: Object.entries(PROCEDURES).map(([code, name]) => ({ code, name })) }),
    grantingBody: field({ name: 'grantingBody', label: 'Cơ quan quyết định (tuyến Nhà nước)', value: c.grantingBody,
      hint: 'Ví dụ: Ủy ban nhân dân tỉnh Lào Cai; Chủ tịch Ủy ban nhân dân ký quyết định, giấy khen, bằng khen.' }),
    grantingSigner: field({ name: 'grantingSigner', label: 'Họ tên Chủ tịch ký (tuyến Nhà nước)', value: c.grantingSigner }),
  };
  fields.route.input.value = c.route;
  fields.procedure.input.value = c.procedure;
  const status = h('div', { class: 'form-status', id: 'route-status' });
  const form = h('form', { id: 'route-form', novalidate: true, onsubmit: async (ev) => {
    ev.preventDefault();
    const state = getValue(fields.route) === 'STATE';
    try {
      await put(`emulation/campaigns/${encodeURIComponent(c.code)}`, { ...c, version: undefined,
        route: getValue(fields.route), procedure: getValue(fields.procedure),
        grantingBody: state ? getValue(fields.grantingBody) : null, grantingSigner: state ? getValue(fields.grantingSigner) : null });
      announce('Đã lưu tuyến và thủ tục khen thưởng.');
      await campaign(main, c.code);
    } catch (err) {
      if (err.errors) showFieldErrors(fields, err.errors);
      replace(status, message('error', err.title || 'Lỗi', err.detail || String(err)));
    }
  } }, Object.values(fields), status, h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary' }, 'Lưu tuyến và thủ tục')));
  return h('section', { class: 'card', id: 'route-section' }, h('h2', {}, 'Tuyến và thủ tục khen thưởng'), view,
    h('details', {}, h('summary', {}, 'Đổi tuyến, thủ tục (trước khi trình đề nghị)'), form));
}
