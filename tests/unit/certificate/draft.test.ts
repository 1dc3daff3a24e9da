import { describe, expect, test } from 'vitest';
import { draftCertificate, type CertifiedCourse } from '../../../src/lib/certificate/draft';
import { certificatePayloadSchema } from '../../../src/lib/certificate/payload';
import { emptyProgress, withAttempt } from '../../../src/lib/learner/progress';

const course: CertifiedCourse = {
  slug: 'vneid',
  title: 'Định danh điện tử VNeID',
  modules: [
    { id: 'vneid/vneid-la-gi', title: 'VNeID là gì' },
    { id: 'vneid/cai-dat-vneid', title: 'Cài đặt VNeID' },
  ],
};
const passed = (moduleId: string, percent: number, at: string) =>
  withAttempt(emptyProgress('p1', moduleId, at), { percent, passed: true, at });

describe('the certificate a course earns', () => {
  test('is drawn from the progress: modules in course order, mean best score, the day of the last pass', () => {
    const rows = [passed('vneid/cai-dat-vneid', 100, '2026-11-20T09:00:00'), passed('vneid/vneid-la-gi', 85, '2026-11-18T09:00:00')];
    const payload = draftCertificate(course, rows, '  Đặng Hữu Phước ', 'vi');
    expect(payload).toEqual({
      v: 1,
      name: 'Đặng Hữu Phước',
      course: 'vneid',
      courseTitle: 'Định danh điện tử VNeID',
      lang: 'vi',
      date: '2026-11-20',
      score: 93,
      modules: ['VNeID là gì', 'Cài đặt VNeID'],
    });
    expect(certificatePayloadSchema.safeParse(payload).success).toBe(true);
  });

  test('is not there while a module is not passed', () => {
    const rows = [passed('vneid/vneid-la-gi', 85, '2026-11-18T09:00:00'), withAttempt(emptyProgress('p1', 'vneid/cai-dat-vneid', '2026-11-19T09:00:00'), { percent: 40, passed: false, at: '2026-11-19T09:00:00' })];
    expect(draftCertificate(course, rows, 'Lan', 'vi')).toBeUndefined();
  });

  test('prints a name typed with combining accents the same as one typed precomposed', () => {
    const rows = [passed('vneid/cai-dat-vneid', 100, '2026-11-20T09:00:00'), passed('vneid/vneid-la-gi', 100, '2026-11-18T09:00:00')];
    expect(draftCertificate(course, rows, 'Nguyễn'.normalize('NFD'), 'vi')?.name).toBe('Nguyễn'.normalize('NFC'));
  });
});
