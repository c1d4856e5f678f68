-- The holiday calendar (issue #16 item 3): the days that differ from "Monday to Friday work, Saturday and Sunday off"
-- (public holidays and Tết days off on weekdays, weekend days worked in compensation), year by year with the
-- announcement each year follows. Shipped for 2024-2027; a system administrator keeps it (PUT /api/calendar/{year}).
CREATE TABLE cal_year (
    cal_year   INTEGER       NOT NULL PRIMARY KEY,
    source     VARCHAR(1000) NOT NULL,
    updated_at TIMESTAMP     NOT NULL,
    updated_by VARCHAR(100)  NOT NULL,
    version    INTEGER       NOT NULL
);
CREATE TABLE cal_day (
    day_date DATE         NOT NULL PRIMARY KEY,
    cal_year INTEGER      NOT NULL,
    kind     VARCHAR(10)  NOT NULL,
    day_name VARCHAR(200) NOT NULL,
    CONSTRAINT ck_cal_day_kind CHECK (kind IN ('OFF', 'WORKING'))
);
CREATE INDEX ix_cal_day_year ON cal_day (cal_year);

INSERT INTO cal_year (cal_year, source, updated_at, updated_by, version) VALUES
 (2024, 'Bộ luật Lao động 2019, Điều 112, và các thông báo của Bộ Lao động - Thương binh và Xã hội về lịch nghỉ năm 2024 (Tết Giáp Thìn 08-14/02, 30/4-1/5 hoán đổi 29/4 với thứ Bảy 04/5, Quốc khánh 02-03/9)', CURRENT_TIMESTAMP, 'system', 0),
 (2025, 'Bộ luật Lao động 2019, Điều 112, và các thông báo về lịch nghỉ năm 2025 (Tết Ất Tỵ 27-31/01 của Bộ Lao động - Thương binh và Xã hội; nghỉ 30/4-02/5, làm bù thứ Bảy 26/4, của Bộ Nội vụ)', CURRENT_TIMESTAMP, 'system', 0),
 (2026, 'Bộ luật Lao động 2019, Điều 112; Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ (Tết Bính Ngọ 16-20/02, nghỉ bù Giỗ Tổ 27/4, Quốc khánh 31/8-02/9 làm bù thứ Bảy 22/8)', CURRENT_TIMESTAMP, 'system', 0),
 (2027, 'Dự kiến theo Bộ luật Lao động 2019, Điều 112 (Tết Đinh Mùi: mùng 1 là thứ Bảy 06/02/2027); chưa có thông báo của Bộ Nội vụ: cập nhật khi có', CURRENT_TIMESTAMP, 'system', 0);

INSERT INTO cal_day (day_date, cal_year, kind, day_name) VALUES
 ('2024-01-01', 2024, 'OFF', 'Tết Dương lịch'),
 ('2024-02-08', 2024, 'OFF', 'Tết Nguyên đán (29 tháng Chạp)'),
 ('2024-02-09', 2024, 'OFF', 'Tết Nguyên đán (30 tháng Chạp)'),
 ('2024-02-12', 2024, 'OFF', 'Tết Nguyên đán (mùng 3)'),
 ('2024-02-13', 2024, 'OFF', 'Tết Nguyên đán (mùng 4)'),
 ('2024-02-14', 2024, 'OFF', 'Tết Nguyên đán (mùng 5)'),
 ('2024-04-18', 2024, 'OFF', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
 ('2024-04-29', 2024, 'OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5)'),
 ('2024-04-30', 2024, 'OFF', 'Ngày Chiến thắng'),
 ('2024-05-01', 2024, 'OFF', 'Ngày Quốc tế lao động'),
 ('2024-05-04', 2024, 'WORKING', 'Làm bù cho ngày 29/4'),
 ('2024-09-02', 2024, 'OFF', 'Quốc khánh'),
 ('2024-09-03', 2024, 'OFF', 'Quốc khánh (ngày liền kề)'),
 ('2025-01-01', 2025, 'OFF', 'Tết Dương lịch'),
 ('2025-01-27', 2025, 'OFF', 'Tết Nguyên đán (28 tháng Chạp)'),
 ('2025-01-28', 2025, 'OFF', 'Tết Nguyên đán (29 tháng Chạp)'),
 ('2025-01-29', 2025, 'OFF', 'Tết Nguyên đán (mùng 1)'),
 ('2025-01-30', 2025, 'OFF', 'Tết Nguyên đán (mùng 2)'),
 ('2025-01-31', 2025, 'OFF', 'Tết Nguyên đán (mùng 3)'),
 ('2025-04-07', 2025, 'OFF', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
 ('2025-04-26', 2025, 'WORKING', 'Làm bù cho ngày 02/5'),
 ('2025-04-30', 2025, 'OFF', 'Ngày Chiến thắng'),
 ('2025-05-01', 2025, 'OFF', 'Ngày Quốc tế lao động'),
 ('2025-05-02', 2025, 'OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)'),
 ('2025-09-01', 2025, 'OFF', 'Quốc khánh (ngày liền kề)'),
 ('2025-09-02', 2025, 'OFF', 'Quốc khánh'),
 ('2026-01-01', 2026, 'OFF', 'Tết Dương lịch'),
 ('2026-02-16', 2026, 'OFF', 'Tết Nguyên đán (29 tháng Chạp)'),
 ('2026-02-17', 2026, 'OFF', 'Tết Nguyên đán (mùng 1)'),
 ('2026-02-18', 2026, 'OFF', 'Tết Nguyên đán (mùng 2)'),
 ('2026-02-19', 2026, 'OFF', 'Tết Nguyên đán (mùng 3)'),
 ('2026-02-20', 2026, 'OFF', 'Tết Nguyên đán (mùng 4)'),
 ('2026-04-27', 2026, 'OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/4)'),
 ('2026-04-30', 2026, 'OFF', 'Ngày Chiến thắng'),
 ('2026-05-01', 2026, 'OFF', 'Ngày Quốc tế lao động'),
 ('2026-08-22', 2026, 'WORKING', 'Làm bù cho ngày 31/8'),
 ('2026-08-31', 2026, 'OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8)'),
 ('2026-09-01', 2026, 'OFF', 'Quốc khánh (ngày liền kề)'),
 ('2026-09-02', 2026, 'OFF', 'Quốc khánh'),
 ('2027-01-01', 2027, 'OFF', 'Tết Dương lịch'),
 ('2027-02-05', 2027, 'OFF', 'Tết Nguyên đán (29 tháng Chạp)'),
 ('2027-02-08', 2027, 'OFF', 'Tết Nguyên đán (mùng 3)'),
 ('2027-02-09', 2027, 'OFF', 'Tết Nguyên đán (mùng 4)'),
 ('2027-02-10', 2027, 'OFF', 'Tết Nguyên đán (mùng 5)'),
 ('2027-02-11', 2027, 'OFF', 'Nghỉ bù Tết Nguyên đán (mùng 1, mùng 2 vào thứ Bảy, Chủ nhật)'),
 ('2027-04-16', 2027, 'OFF', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
 ('2027-04-30', 2027, 'OFF', 'Ngày Chiến thắng'),
 ('2027-05-03', 2027, 'OFF', 'Nghỉ bù Ngày Quốc tế lao động (thứ Bảy 01/5)'),
 ('2027-09-02', 2027, 'OFF', 'Quốc khánh'),
 ('2027-09-03', 2027, 'OFF', 'Quốc khánh (ngày liền kề)');
