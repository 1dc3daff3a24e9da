import { expect, test } from 'vitest';
import { noteProblem, type NoteProblem } from '../../../src/lib/logbook/note-check';

test.each<[string, string, NoteProblem | null]>([
  ['a difficulty in words', 'Sóng yếu ở thôn 3, mã OTP không về.', null],
  ['a date and an hour', 'Hệ thống lỗi ngày 29.11.2026 từ 8 giờ', null],
  ['a short number', 'Cụ 80 tuổi, chờ 45 phút', null],
  ['the emergency number', 'Nhắc gọi 113 khi khẩn cấp', null],
  ['a sum of money lost to a scam', 'Bị lừa mất 150.000.000 đồng', null],
  ['a sum of money with đ', 'Chuyển 250.000.000đ cho kẻ gian', null],
  ['a 12-digit citizen ID', 'CCCD 001203004005 bị sai tên', 'id-number'],
  ['a 12-digit ID with spaces', 'số 001 203 004 005', 'id-number'],
  ['a 12-digit ID with dots', 'số 001.203.004.005', 'id-number'],
  ['a 9-digit old ID card', 'CMND 123456789', 'id-number'],
  ['a mobile number', 'Hẹn gọi lại 0912345678', 'phone'],
  ['a mobile number with spaces', 'Hẹn gọi lại 0912 345 678', 'phone'],
  ['a mobile number with dots', 'SĐT 0912.345.678', 'phone'],
  ['a mobile number with hyphens', 'SĐT 0912-345-678', 'phone'],
  ['an international number', 'Số +84 912 345 678', 'phone'],
  ['a landline', 'Máy bàn 024 3825 1234', 'phone'],
])('%s: %j → %s', (_, note, problem) => {
  expect(noteProblem(note)).toBe(problem);
});
