// The admission rules by version (quy định theo ngày hiệu lực): each version's dates, sources and values, the one in
// force today marked. A record is checked by the version in force on its decision date.
import { get } from '../api.js';
import { h, replace } from '../dom.js';
import { date, number } from '../format.js';

const months = (m) => (m % 12 === 0 ? `${number(m / 12)} năm (${number(m)} tháng)` : `${number(m)} tháng`);

export async function render(view) {
  const versions = await get('rules');
  const rows = [
    ['Hiệu lực từ', (v) => (v.effectiveFrom ? date(v.effectiveFrom) : '(trước đó)')],
    ['Hiệu lực đến', (v) => (v.effectiveTo ? date(v.effectiveTo) : 'nay')],
    ['Văn bản', (v) => v.sources],
    ['Tuổi tối thiểu', (v) => months(v.minAgeMonths)],
    ['Tuổi tối đa (không cần ngoại lệ)', (v) => months(v.maxAgeMonths)],
    ['Học vấn tối thiểu', (v) => v.minGeneralEducationLabel],
    ['Học vấn tối thiểu (vùng khó khăn)', (v) => v.areaExceptionMinGeneralEducationLabel],
    ['Thời gian dự bị', (v) => months(v.probationMonths)],
    ['Giấy chứng nhận bồi dưỡng nhận thức về Đảng có giá trị', (v) => months(v.awarenessCertificateValidityMonths)],
    ['Ra quyết định kết nạp sau nghị quyết chi bộ', (v) => `${number(v.decisionWorkingDays)} ngày làm việc`],
    ['Xét công nhận chính thức sau khi hết dự bị', (v) => `${number(v.considerationWorkingDays)} ngày làm việc`],
    ['Mức độ chắc chắn', (v) => v.confidence],
  ];
  replace(view, h('h1', {}, 'Quy định về kết nạp đảng viên theo ngày hiệu lực'),
    h('p', {}, 'Mỗi hồ sơ kết nạp được kiểm tra theo quy định có hiệu lực vào ngày quyết định kết nạp. ',
      'Các giá trị lấy từ cấu hình (khóa ptdv.rules.admission.*), Ban Tổ chức có thể sửa theo văn bản gốc mà không cần sửa chương trình.'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'rule-versions' },
      h('caption', {}, 'Các phiên bản quy định'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Nội dung'),
        versions.map((v) => h('th', { scope: 'col', class: v.inForce ? 'own' : '' }, `Phiên bản ${v.code}`,
          v.inForce ? h('small', { class: 'muted' }, ' (đang áp dụng)') : null)))),
      h('tbody', {}, rows.map(([label, value]) => h('tr', {}, h('th', { scope: 'row' }, label),
        versions.map((v) => h('td', {}, value(v)))))))));
}
