import { describe, expect, test } from 'vitest';
import { countersign, createTrainerKey } from '../../../src/lib/certificate/countersign';
import { fromBase64Url } from '../../../src/lib/encoding';
import { openBadgeCredential, openBadgeCredentialSchema, withTrainerConfirmation } from '../../../src/lib/certificate/open-badge';
import { certificateId, type CertificatePayload } from '../../../src/lib/certificate/payload';

const payload: CertificatePayload = {
  v: 1,
  name: '<img src=x onerror=alert(1)>',
  course: 'vneid',
  courseTitle: 'VNeID',
  lang: 'vi',
  date: '2026-11-20',
  score: 88,
  modules: ['VNeID là gì'],
};
const context = {
  site: 'https://hocso.example.org',
  courseUrl: 'https://hocso.example.org/khoa-hoc/vneid/',
  courseSummary: 'Cài và dùng ứng dụng định danh điện tử quốc gia an toàn.',
  competences: [{ name: 'Tự bảo vệ mình trên không gian mạng' }, { name: 'Tìm kiếm, chọn lọc thông tin trên Internet', ref: '1.1' }],
  framework: { name: 'Khung kiến thức, kỹ năng số cơ bản', url: 'https://hethongphapluat.com/quyet-dinh-757' },
  criteria: 'Qua bài kiểm tra của từng bài học với ít nhất 80% câu đúng.',
};

describe('Open Badges 3.0 credential', () => {
  test('has every field the spec requires', async () => {
    const credential = openBadgeCredential(payload, await certificateId(payload), context);
    const parsed = openBadgeCredentialSchema.safeParse(JSON.parse(JSON.stringify(credential)));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  test('names the learner exactly as typed, as data', async () => {
    const credential = openBadgeCredential(payload, await certificateId(payload), context);
    expect(credential.credentialSubject.identifier[0]?.identityHash).toBe('<img src=x onerror=alert(1)>');
    expect(credential.validFrom).toBe('2026-11-20T00:00:00Z');
  });

  test('aligns the achievement with each competence of the national framework the course trains, by its plain name', async () => {
    const credential = openBadgeCredential(payload, await certificateId(payload), context);
    expect(credential.credentialSubject.achievement.alignment).toEqual([
      { type: ['Alignment'], targetName: 'Tự bảo vệ mình trên không gian mạng', targetUrl: context.framework.url, targetFramework: 'Khung kiến thức, kỹ năng số cơ bản' },
      { type: ['Alignment'], targetName: 'Tìm kiếm, chọn lọc thông tin trên Internet', targetUrl: context.framework.url, targetFramework: 'Khung kiến thức, kỹ năng số cơ bản', targetCode: '1.1' },
    ]);
  });

  test.each([
    ['without the VC 2.0 context', (c: Record<string, unknown>) => ({ ...c, '@context': ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'] })],
    ['without the OpenBadgeCredential type', (c: Record<string, unknown>) => ({ ...c, type: ['VerifiableCredential'] })],
    ['without validFrom', (c: Record<string, unknown>) => ({ ...c, validFrom: undefined })],
  ])('the schema refuses a credential %s', async (_name, spoil) => {
    const credential = openBadgeCredential(payload, await certificateId(payload), context);
    expect(openBadgeCredentialSchema.safeParse(spoil(credential as unknown as Record<string, unknown>)).success).toBe(false);
  });
});

describe('a trainer’s confirmation in the Open Badges file', () => {
  test('is a self-contained signature anyone can check with WebCrypto, and the credential stays valid', async () => {
    const id = await certificateId(payload);
    const key = await createTrainerKey('Trần Văn Bình');
    const credential = await withTrainerConfirmation(
      openBadgeCredential(payload, id, context),
      await countersign(id, key, '2026-11-22'),
    );
    expect(openBadgeCredentialSchema.safeParse(JSON.parse(JSON.stringify(credential))).error?.issues ?? []).toEqual([]);
    const proof = credential.hocSoTrainerConfirmation;
    expect(proof).toMatchObject({ type: 'HocSoTrainerConfirmation', trainer: 'Trần Văn Bình', confirmedOn: '2026-11-22', fingerprint: key.fingerprint });
    expect(JSON.parse(proof.signedMessage)).toMatchObject({ certificate: id, trainer: 'Trần Văn Bình', key: key.fingerprint, date: '2026-11-22' });

    const publicKey = await crypto.subtle.importKey('raw', fromBase64Url(proof.publicKey), { name: 'Ed25519' }, false, ['verify']);
    const verify = (message: string) => crypto.subtle.verify({ name: 'Ed25519' }, publicKey, fromBase64Url(proof.signature), new TextEncoder().encode(message));
    expect(await verify(proof.signedMessage)).toBe(true);
    expect(await verify(proof.signedMessage.replace('Bình', 'Bính')), 'a changed name must not verify').toBe(false);
  });
});
