import { z } from '../zod';
import { confirmationMessage, publicKeyFingerprint, type Confirmation, type TrainerKeyAlgorithm } from './countersign';
import type { CertificatePayload } from './payload';

/** A competence the course trains, named in the certificate's language; `ref` is the framework's own number when known. */
export interface CertificateCompetence {
  name: string;
  ref?: string | undefined;
}

/** The fields of an Open Badges 3.0 OpenBadgeCredential that the spec requires, and those we always fill. */
export const openBadgeCredentialSchema = z.object({
  '@context': z
    .array(z.string())
    .refine((c) => c[0] === 'https://www.w3.org/ns/credentials/v2', 'VC 2.0 context first')
    .refine((c) => c.some((u) => /^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context-3\.0\.\d+\.json$/.test(u)), 'OB 3.0 context'),
  id: z.string().regex(/^[a-z][a-z0-9+.-]*:/, 'a URI'),
  type: z.array(z.string()).refine((t) => t.includes('VerifiableCredential') && t.includes('OpenBadgeCredential')),
  issuer: z.object({ id: z.string().regex(/^[a-z][a-z0-9+.-]*:/), type: z.array(z.string()).refine((t) => t.includes('Profile')), name: z.string().min(1) }),
  validFrom: z.iso.datetime(),
  name: z.string().min(1),
  credentialSubject: z.object({
    type: z.array(z.string()).refine((t) => t.includes('AchievementSubject')),
    identifier: z.array(
      z.object({ type: z.literal('IdentityObject'), hashed: z.boolean(), identityHash: z.string().min(1), identityType: z.string() }),
    ).min(1),
    achievement: z.object({
      id: z.string().regex(/^[a-z][a-z0-9+.-]*:/),
      type: z.array(z.string()).refine((t) => t.includes('Achievement')),
      name: z.string().min(1),
      description: z.string().min(1),
      criteria: z.object({ narrative: z.string().min(1) }),
      alignment: z.array(
        z.object({
          type: z.array(z.literal('Alignment')),
          targetName: z.string(),
          targetUrl: z.url(),
          targetFramework: z.string(),
          targetCode: z.string().optional(),
        }),
      ).min(1),
    }),
  }),
});
export type OpenBadgeCredential = z.infer<typeof openBadgeCredentialSchema>;

export interface BadgeContext {
  /** The site's address, e.g. https://hocso.example.org */
  site: string;
  /** Address of the course page. */
  courseUrl: string;
  courseSummary: string;
  /** The competences of the national basic digital-skills framework the course's modules train. */
  competences: CertificateCompetence[];
  /** That framework's name and where to read it. */
  framework: { name: string; url: string };
  /** How the course is earned, in the certificate's language. */
  criteria: string;
}

/** An Open Badges 3.0 credential for a completed course; the learner is named, not identified by an account. */
export function openBadgeCredential(payload: CertificatePayload, id: string, context: BadgeContext): OpenBadgeCredential {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: `urn:sha256:${id}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: context.site, type: ['Profile'], name: 'Học Số' },
    validFrom: `${payload.date}T00:00:00Z`,
    name: payload.courseTitle,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', hashed: false, identityHash: payload.name, identityType: 'name' }],
      achievement: {
        id: context.courseUrl,
        type: ['Achievement'],
        name: payload.courseTitle,
        description: context.courseSummary,
        criteria: { narrative: context.criteria },
        alignment: context.competences.map((competence) => ({
          type: ['Alignment' as const],
          targetName: competence.name,
          targetUrl: context.framework.url,
          targetFramework: context.framework.name,
          ...(competence.ref && { targetCode: competence.ref }),
        })),
      },
    },
  };
}

/**
 * The trainer's in-person confirmation, as carried in an Open Badges file. This is a Học Số extension property,
 * NOT a VC Data Integrity proof: a real `eddsa-rdfc-2022` proof needs RDF canonicalisation of the whole
 * credential, which we do not implement. It is self-contained: verify `signature` (base64url; raw r‖s for
 * ECDSA-P256) over the UTF-8 bytes of `signedMessage` with `publicKey` (raw, base64url). `signedMessage` names
 * the certificate ID (the credential's `urn:sha256:` id), the trainer, the key's fingerprint and the date.
 * The VC 2.0 context's `@vocab` gives the property an issuer-dependent IRI.
 */
export interface TrainerConfirmationProperty {
  type: 'HocSoTrainerConfirmation';
  trainer: string;
  confirmedOn: string;
  algorithm: TrainerKeyAlgorithm;
  publicKey: string;
  fingerprint: string;
  signedMessage: string;
  signature: string;
}

/** The credential with the trainer's confirmation attached as `hocSoTrainerConfirmation`. */
export async function withTrainerConfirmation(
  credential: OpenBadgeCredential,
  confirmation: Confirmation,
): Promise<OpenBadgeCredential & { hocSoTrainerConfirmation: TrainerConfirmationProperty }> {
  const certificate = credential.id.replace(/^urn:sha256:/, '');
  const fingerprint = await publicKeyFingerprint(confirmation.k);
  return {
    ...credential,
    hocSoTrainerConfirmation: {
      type: 'HocSoTrainerConfirmation',
      trainer: confirmation.n,
      confirmedOn: confirmation.d,
      algorithm: confirmation.a,
      publicKey: confirmation.k,
      fingerprint,
      signedMessage: confirmationMessage(certificate, { name: confirmation.n, algorithm: confirmation.a, fingerprint, date: confirmation.d }),
      signature: confirmation.s,
    },
  };
}
