import { z } from '../zod';
import { pathFor } from '../routes';
import type { Confirmation } from './countersign';
import { didKeyOf } from './did-key';
import type { CertificatePayload } from './payload';

/**
 * A trainer-confirmed certificate as an Open Badges 3.0 `OpenBadgeCredential` (1EdTech data model, VC 2.0), issued by
 * the trainer: `issuer.id` is the `did:key` of the trainer's signing key, so any verifier checks it offline.
 *
 * Everything here is built from what a confirmed link carries (the certificate payload, the trainer's confirmation)
 * and the site's address, and nothing else: the trainer's device signs this credential when confirming, and the
 * learner's device rebuilds the very same bytes to attach the trainer's signature (see badge-jwt.ts). So:
 * - a field may only come from the payload, the confirmation or the site's address (a framework `alignment` can be
 *   added to `achievementOf` once the payload carries the course's competences);
 * - changing any text or field here changes the bytes: bump BADGE_FORMAT and keep building the old format for
 *   confirmations made with it.
 * A self-issued certificate has no issuer but the learner, and is never exported as a badge.
 */
export const BADGE_FORMAT = 1;

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/** The text a badge says, in the certificate's language; part of what the trainer signs. */
const WORDS = {
  vi: {
    description: (p: CertificatePayload) => `Khóa học “${p.courseTitle}” trên Học Số: ${p.modules.length} bài, điểm trung bình ${p.score}%.`,
    criteria: 'Qua bài kiểm tra của mọi bài trong khóa trên Học Số, và được người hướng dẫn xác nhận trực tiếp.',
  },
  en: {
    description: (p: CertificatePayload) => `The course “${p.courseTitle}” on Học Số: ${p.modules.length} modules, average score ${p.score}%.`,
    criteria: 'Pass the quiz of every module of the course on Học Số, and be confirmed in person by a trainer.',
  },
} as const;

const uri = z.string().regex(/^[a-z][a-z0-9+.-]*:/, 'a URI');
const dateTime = z.iso.datetime({ offset: true });

/** The Achievement of a course: what the badge is for. */
export const achievementSchema = z.object({
  id: uri,
  type: z.array(z.string()).refine((t) => t.includes('Achievement')),
  name: z.string().min(1),
  description: z.string().min(1),
  criteria: z.object({ narrative: z.string().min(1) }),
});
export type Achievement = z.infer<typeof achievementSchema>;

/** The fields of an OpenBadgeCredential that Open Badges 3.0 requires, and those we always fill. */
export const openBadgeCredentialSchema = z.object({
  '@context': z
    .array(z.string())
    .refine((c) => c[0] === VC_CONTEXT, 'VC 2.0 context first')
    .refine((c) => c.some((u) => /^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context-3\.0\.\d+\.json$/.test(u)), 'OB 3.0 context'),
  id: uri,
  type: z.array(z.string()).refine((t) => t.includes('VerifiableCredential') && t.includes('OpenBadgeCredential')),
  issuer: z.object({ id: z.string().startsWith('did:key:z'), type: z.array(z.string()).refine((t) => t.includes('Profile')), name: z.string().min(1) }),
  validFrom: dateTime,
  /** The same instant as validFrom, for verifiers of the first OB 3.0 JSON schema, which requires it. */
  issuanceDate: dateTime,
  awardedDate: dateTime,
  name: z.string().min(1),
  credentialSubject: z.object({
    type: z.array(z.string()).refine((t) => t.includes('AchievementSubject')),
    identifier: z
      .array(z.object({ type: z.literal('IdentityObject'), hashed: z.boolean(), identityHash: z.string().min(1), identityType: z.literal('name') }))
      .min(1),
    achievement: achievementSchema,
  }),
});
export type OpenBadgeCredential = z.infer<typeof openBadgeCredentialSchema>;

/** The course as an Achievement; its id is the course's page on this site. */
export function achievementOf(payload: CertificatePayload, site: string): Achievement {
  const words = WORDS[payload.lang];
  return {
    id: `${site}${pathFor(payload.lang, { page: 'course', course: payload.course })}`,
    type: ['Achievement'],
    name: payload.courseTitle,
    description: words.description(payload),
    criteria: { narrative: words.criteria },
  };
}

/**
 * The credential a trainer issues for a certificate they confirmed. It is valid from the start of the day of the
 * confirmation in Vietnam time (UTC+7), so a verifier's clock never finds it "not yet valid" on that day.
 */
export function openBadgeCredential(payload: CertificatePayload, certificateId: string, confirmation: Confirmation, site: string): OpenBadgeCredential {
  const validFrom = `${confirmation.d}T00:00:00+07:00`;
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT],
    id: `urn:sha256:${certificateId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: didKeyOf(confirmation.a, confirmation.k).did, type: ['Profile'], name: confirmation.n },
    validFrom,
    issuanceDate: validFrom,
    awardedDate: `${payload.date}T00:00:00+07:00`,
    name: payload.courseTitle,
    credentialSubject: {
      type: ['AchievementSubject'],
      // The learner is named, not identified by an account: there is none.
      identifier: [{ type: 'IdentityObject', hashed: false, identityHash: payload.name, identityType: 'name' }],
      achievement: achievementOf(payload, site),
    },
  };
}
