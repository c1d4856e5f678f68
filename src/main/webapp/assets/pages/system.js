// Quản trị hệ thống: operations of a system administrator. "Kiểm tra số liệu" recounts the maintained admission
// figures of the chosen organisation from the admission records and lists every difference (nothing is repaired).
import { get } from '../api.js';
import { h, replace, message, announce } from '../dom.js';
import { number } from '../format.js';
import { state } from '../state.js';

const COUNTERS = [
  ['admitted', 'Kết nạp'], ['women', 'Nữ'], ['minorities', 'Dân tộc thiểu số'], ['religious', 'Tôn giáo'],
  ['pupils_students', 'HS, SV'], ['private_units', 'Kinh tế tư nhân'], ['youth_union', 'Đoàn viên'],
  ['youth_band', '18–30 tuổi'],
];

export async function render(view) {
  const org = state.org;
  const out = h('div', { id: 'figures-result', role: 'status' });
  const check = h('button', { type: 'button', id: 'figures-verify', onclick: async () => {
    check.disabled = true;
    replace(out, h('p', {}, 'Đang kiểm tra…'));
    try {
      const r = await get(`admin/figures/verification?org=${encodeURIComponent(org.code)}`);
      replace(out, result(r));
      announce(`Kiểm tra số liệu xong: ${r.differences} chênh lệch.`);
    } catch (err) {
      replace(out, message('error', 'Không kiểm tra được số liệu.', err.message));
    } finally {
      check.disabled = false;
    }
  } }, 'Kiểm tra số liệu');
  replace(view, h('h1', {}, 'Quản trị hệ thống'),
    h('h2', {}, 'Kiểm tra số liệu tổng hợp'),
    h('p', {}, 'Đếm lại số kết nạp của ', h('strong', {}, org ? `${org.name} (${org.code})` : 'tổ chức đang chọn'),
      ' từ các hồ sơ kết nạp và so với số liệu tổng hợp mà các báo cáo đọc. Chênh lệch được liệt kê và ghi nhật ký, ',
      'không tự sửa.'),
    h('p', {}, check), out);
}

function result(r) {
  if (r.differences === 0) {
    return h('div', {}, message('info', `Số liệu khớp: 0 chênh lệch (${number(r.keys)} dòng số liệu của ${r.org}).`, ''));
  }
  return h('div', {},
    message('error', `Có ${number(r.differences)} chênh lệch trong ${number(r.keys)} dòng số liệu của ${r.org}.`,
      'Hãy báo cho quản trị hệ thống; số liệu không được tự sửa.'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'figures-differences' },
      h('thead', {}, h('tr', {}, ['Đường dẫn', 'Tháng', 'Chỉ số', 'Đếm lại', 'Đang lưu']
        .map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, r.items.flatMap((d) => COUNTERS.filter(([k]) => d.expected[k] !== d.maintained[k])
        .map(([k, label]) => h('tr', {}, h('td', {}, d.path + (d.ownRecord ? ' (riêng)' : '')), h('td', {}, d.month),
          h('td', {}, label), h('td', {}, number(d.expected[k])), h('td', {}, number(d.maintained[k])))))))));
}
