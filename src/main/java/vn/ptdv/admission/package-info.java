/**
 * admission: registered targets (chỉ tiêu kết nạp), term targets, and admission records of new members (kết nạp đảng
 * viên) with the rules of Quy định 24/232/294-QĐ/TW that PTDV checks, their probation and their history.
 */
package vn.ptdv.admission;
