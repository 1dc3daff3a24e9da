import { encode as toBase45 } from '@digitalbazaar/base45';
import QRCode from 'qrcode';
import { describe, expect, test } from 'vitest';
import {
  buildClassReport,
  decodeClassReport,
  encodeClassReport,
  packClassReport,
  PACKED_REPORT_PREFIX,
  learnerKey,
  MAX_CLASS_REPORT_BYTES,
  type ClassReportBody,
} from '../../../src/lib/trainer/class-report';
import { emptyProgress, withAttempt, withReading, type ModuleProgress } from '../../../src/lib/learner/progress';

const PROFILE = '0b6f7a52-6a0e-4d3c-9f43-1f2a3b4c5d6e';
const courses = [
  { slug: 'vneid', moduleIds: ['vneid/vneid-la-gi', 'vneid/cai-dat-va-dang-ky', 'vneid/dinh-danh-muc-2'] },
  { slug: 'ky-nang-so-co-ban', moduleIds: ['ky-nang-so-co-ban/dien-thoai-va-internet'] },
];

function passed(moduleId: string, percent: number, at: string): ModuleProgress {
  const read = withReading(emptyProgress(PROFILE, moduleId, at), { heading: '', fraction: 1, at }, 725);
  return withAttempt(read, { percent, passed: percent >= 80, at });
}

const progress = [passed('vneid/vneid-la-gi', 100, '2026-11-20T08:00:00.000Z'), passed('vneid/dinh-danh-muc-2', 60, '2026-11-21T09:30:00.000Z')];

async function sample(name = 'Nguyễn Thị Lan'): Promise<ClassReportBody> {
  return buildClassReport({ key: await learnerKey(PROFILE), name }, courses, progress, '2026-11-23T10:15:42.123Z')!;
}

describe('buildClassReport: what the learner hands over', () => {
  test('lists started modules by index with status, best score, minutes and day; leaves courses not started out', async () => {
    expect(await sample()).toEqual({
      v: 1,
      k: await learnerKey(PROFILE),
      n: 'Nguyễn Thị Lan',
      t: '2026-11-23T10:15:42Z',
      c: [{ s: 'vneid', m: [[0, 2, 100, 12, 3], [2, 1, 60, 12, 2]] }],
    });
  });

  test('a learner who started nothing has nothing to report', async () => {
    expect(buildClassReport({ key: await learnerKey(PROFILE), name: 'Minh' }, courses, [], '2026-11-23T10:15:42Z')).toBeUndefined();
  });

  test('the learner key is stable for a profile, differs between profiles, and is not the profile id', async () => {
    const key = await learnerKey(PROFILE);
    expect(key).toBe(await learnerKey(PROFILE));
    expect(key).not.toBe(await learnerKey('another-profile-id'));
    expect(PROFILE).not.toContain(key);
  });
});

describe('decodeClassReport: a trainer keeps only intact reports', () => {
  test('a report reads back exactly as made', async () => {
    const body = await sample();
    const decoded = await decodeClassReport(await encodeClassReport(body));
    expect(decoded.ok && decoded.report).toMatchObject(body);
  });

  test.each<[string, (text: string) => string, string]>([
    ['one letter of the name changed', (t) => t.replace('Lan', 'Lam'), 'altered'],
    ['a score raised', (t) => t.replace('[2,1,60,', '[2,1,90,'), 'altered'],
    ['the digest removed', (t) => t.replace(/,"h":"[^"]+"/, ''), 'not-report'],
    ['an extra field', (t) => t.replace('{"v":1', '{"v":1,"admin":true'), 'invalid'],
    ['a score over 100', (t) => t.replace('[2,1,60,', '[2,1,600,'), 'invalid'],
    ['a name with markup', (t) => t.replace('Lan', '<b>'), 'invalid'],
    ['a module named twice', (t) => t.replace('[[0,2,100,12,3],', '[[0,2,100,12,3],[0,1,10,1,1],'), 'invalid'],
    ['a newer format', (t) => t.replace('{"v":1', '{"v":2'), 'newer-version'],
    ['not JSON', (t) => t.slice(1), 'not-report'],
    ['some other JSON', () => '{"format":"hoc-so-backup"}', 'not-report'],
    ['a huge file', (t) => t + ' '.repeat(MAX_CLASS_REPORT_BYTES), 'too-big'],
  ])('%s is refused as %s', async (_, edit, problem) => {
    const decoded = await decodeClassReport(edit(await encodeClassReport(await sample())));
    expect(decoded).toEqual({ ok: false, problem });
  });
});

/** A megabyte of spaces deflated by hand, packed like a report: packClassReport refuses to make anything that big. */
async function deflatedSpaces(count: number): Promise<string> {
  const stream = new Blob([' '.repeat(count)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return PACKED_REPORT_PREFIX + toBase45(new Uint8Array(await new Response(stream).arrayBuffer()));
}

describe('packClassReport: the QR code carries the report deflated, in base45', () => {
  test('a packed report reads back exactly as made, and a report in today’s plain JSON still does', async () => {
    const body = await sample();
    const plain = await encodeClassReport(body);
    const packed = await packClassReport(plain);
    expect(packed.startsWith(PACKED_REPORT_PREFIX)).toBe(true);
    expect(packed, 'only the characters of a QR code’s alphanumeric mode').toMatch(/^[0-9A-Z $%*+\-./:]+$/);
    for (const text of [packed, plain]) {
      const decoded = await decodeClassReport(text);
      expect(decoded.ok && decoded.report).toMatchObject(body);
    }
  });

  test.each<[string, (packed: string) => Promise<string> | string, string]>([
    ['a damaged packed code', (p) => p.slice(0, -6), 'not-report'],
    ['a character outside base45', (p) => `${p.slice(0, -1)}a`, 'not-report'],
    ['a packed edit of the name', async () => packClassReport((await encodeClassReport(await sample())).replace('Lan', 'Lam')), 'altered'],
    ['a few bytes that inflate past any report', () => deflatedSpaces(1_000_000), 'too-big'],
  ])('%s is refused as %s', async (_, make, problem) => {
    const packed = await packClassReport(await encodeClassReport(await sample()));
    expect(await decodeClassReport(await make(packed))).toEqual({ ok: false, problem });
  });
});

describe('QR size: a phone must read the code from a screen', () => {
  test('packed, a 40-letter name and every module of five six-module courses fit in a QR code of version 12 or less, half the plain JSON’s', async () => {
    const courses = Array.from({ length: 5 }, (_, c) => ({ slug: `khoa-hoc-so-${c}`, moduleIds: Array.from({ length: 6 }, (_, i) => `khoa-hoc-so-${c}/bai-${i}`) }));
    const all = courses.flatMap((course) => course.moduleIds.map((id) => passed(id, 100, '2026-11-20T08:00:00.000Z')));
    const name = 'Nguyễn Thị Phương Thảo Hướng Dương Minh'.padEnd(40, 'a');
    const body = buildClassReport({ key: await learnerKey(PROFILE), name }, courses, all, '2026-11-23T10:15:42Z')!;
    const plain = await encodeClassReport(body);
    const packed = await packClassReport(plain);
    const version = (text: string) => QRCode.create(text, { errorCorrectionLevel: 'M' }).version;
    expect(version(packed), `packed ${packed.length} characters (plain JSON: version ${version(plain)})`).toBeLessThanOrEqual(12);
    expect(version(packed) * 2).toBeLessThanOrEqual(version(plain) + 1);
  });

  test('a 40-letter Vietnamese name and a whole six-module course, all passed, fit in a QR code of version 12 or less', async () => {
    const course = { slug: 'ky-nang-so-co-ban', moduleIds: Array.from({ length: 6 }, (_, i) => `ky-nang-so-co-ban/bai-${i}`) };
    const all = course.moduleIds.map((id) => passed(id, 100, '2026-11-20T08:00:00.000Z'));
    const name = 'Nguyễn Thị Phương Thảo Hướng Dương Minh'.padEnd(40, 'a');
    const body = buildClassReport({ key: await learnerKey(PROFILE), name }, [course], all, '2026-11-23T10:15:42Z')!;
    const text = await encodeClassReport(body);
    const version = QRCode.create(text, { errorCorrectionLevel: 'M' }).version;
    expect(version, `${new TextEncoder().encode(text).length} bytes make a QR code too dense to scan from a phone screen`).toBeLessThanOrEqual(12);
  });
});
