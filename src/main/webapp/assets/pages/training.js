// Training (bồi dưỡng): the year's classes of the organisation with their counts; a class's learners with results
// and certificates. Read-only. Until the server has the training module, the page says so.
import { get, query, ApiError } from '../api.js';
import { h, replace, message } from '../dom.js';
import { date, number } from '../format.js';
import { state } from '../state.js';

const STATUS = { PLANNED: 'Dự kiến', OPEN: 'Đang học', CLOSED: 'Đã kết thúc' };

export async function render(main, route) {
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
  const chosen = route.rest[0] ? classes.find((c) => String(c.id) === route.rest[0]) : null;
  if (chosen) return learners(main, chosen);
  const head = ['Lớp', 'Đơn vị mở lớp', 'Từ ngày', 'Đến ngày', 'Trạng thái', 'Học viên', 'Đạt', 'Đã cấp giấy chứng nhận']
    .map((t) => h('th', { scope: 'col' }, t));
  const row = (c) => h('tr', {},
    h('th', { scope: 'row' }, h('a', { href: `#/dao-tao/${c.id}` }, c.courseNumber || `Lớp ${c.id}`),
      h('br'), h('small', { class: 'muted' }, c.guideNumber || '')),
    h('td', {}, c.organiserName || c.organizationCode), h('td', {}, date(c.startDate)), h('td', {}, date(c.endDate)),
    h('td', {}, STATUS[c.status] || c.status), h('td', { class: 'num' }, number(c.learners)),
    h('td', { class: 'num' }, number(c.passed)), h('td', { class: 'num' }, number(c.certified)));
  replace(main, h('h1', {}, `Lớp bồi dưỡng năm ${state.year}`),
    classes.length
      ? h('div', { class: 'table-wrap' }, h('table', { class: 'list' },
        h('caption', {}, `Các lớp bồi dưỡng năm ${state.year} – ${state.org.name}`),
        h('thead', {}, h('tr', {}, head)), h('tbody', {}, classes.map(row))))
      : h('p', { class: 'muted' }, 'Chưa có lớp bồi dưỡng nào trong năm.'));
}

async function learners(main, c) {
  let list = null;
  let denied = null;
  try {
    list = await get(`training/classes/${c.id}/learners`);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 403) throw e;
    denied = e.detail;
  }
  replace(main, h('p', {}, h('a', { href: '#/dao-tao' }, '← Các lớp')),
    h('h1', {}, `Lớp ${c.courseNumber || c.id}`),
    h('p', { class: 'muted' }, `${c.organiserName || c.organizationCode} · ${date(c.startDate)} – ${date(c.endDate)} · ${STATUS[c.status] || c.status}`),
    denied ? message('info', 'Vai trò của bạn chỉ xem được số lượng.', denied) : h('div', { class: 'table-wrap' }, h('table', { class: 'list' },
      h('caption', {}, 'Học viên và kết quả'),
      h('thead', {}, h('tr', {}, ['Họ và tên', 'Ngày sinh', 'Đơn vị cử', 'Điểm', 'Xếp loại', 'Giấy chứng nhận']
        .map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, list.map((l) => h('tr', {},
        h('th', { scope: 'row' }, l.fullName), h('td', {}, date(l.birthDate)), h('td', {}, l.nominatingOrgName || l.nominatingOrgCode || ''),
        h('td', { class: 'num' }, l.score === null ? '—' : new Intl.NumberFormat('vi-VN').format(l.score)),
        h('td', {}, l.gradeName || '—'),
        h('td', {}, l.certificateNumber ? `${l.certificateNumber} (${date(l.certificateIssuedOn)})` : '—')))))));
}
