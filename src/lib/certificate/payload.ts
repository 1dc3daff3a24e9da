import { z } from '../zod';
import { LANGS } from '../routes';
import { fromBase64Url, toBase64Url } from '../encoding';
import { certificateId, canonicalJson } from './id';

export { canonicalJson, certificateId } from './id';

const slug = z.string().regex(/^[a-z0-9-]+$/);
export const NAME_MAX_LENGTH = 80;

export type NameProblem = 'empty' | 'too-long' | 'invisible-characters';

/** Why a name cannot go on a certificate, or undefined when it can (the font's letters are checked apart). */
export function certificateNameProblem(name: string): NameProblem | undefined {
  if (name.trim().length === 0) return 'empty';
  if (name.length > NAME_MAX_LENGTH) return 'too-long';
  // Control and bidi-override characters could make a printed name read differently from the stored one.
  if (/[\p{Cc}\p{Cf}]/u.test(name)) return 'invisible-characters';
  return undefined;
}

/** Everything a certificate says; its SHA-256 digest is the certificate ID. */
export const certificatePayloadSchema = z.strictObject({
  /** Format version of the payload. */
  v: z.literal(1),
  /** The learner's name exactly as they typed it. */
  name: z.string().superRefine((name, ctx) => {
    const problem = certificateNameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  course: slug,
  courseTitle: z.string().min(1).max(200),
  /** Language the certificate is printed in. */
  lang: z.enum(LANGS),
  /** The day the last module was passed, YYYY-MM-DD. */
  date: z.iso.date(),
  /** Mean of the best scores of the course's modules, in percent. */
  score: z.int().min(0).max(100),
  /** Titles of the modules passed, in course order. */
  modules: z.array(z.string().min(1).max(200)).min(1).max(60),
});
export type CertificatePayload = z.infer<typeof certificatePayloadSchema>;

/** The URL fragment that carries a certificate to the verify page: `c=<payload>&id=<digest>`. */
export async function certificateFragment(payload: CertificatePayload): Promise<string> {
  return `c=${toBase64Url(new TextEncoder().encode(canonicalJson(payload)))}&id=${await certificateId(payload)}`;
}

export type CertificateCheck =
  | { status: 'intact'; payload: CertificatePayload; id: string }
  | { status: 'altered' }
  | { status: 'missing' };

/** Reads a verify-page fragment and says whether the certificate in it is exactly as issued. */
export async function checkCertificateFragment(fragment: string): Promise<CertificateCheck> {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const encoded = params.get('c');
  const id = params.get('id');
  if (!encoded && !id) return { status: 'missing' };
  if (!encoded || !id) return { status: 'altered' };
  try {
    const json = new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(encoded));
    const parsed = certificatePayloadSchema.safeParse(JSON.parse(json));
    if (!parsed.success) return { status: 'altered' };
    const expected = await certificateId(parsed.data);
    return expected === id ? { status: 'intact', payload: parsed.data, id } : { status: 'altered' };
  } catch {
    return { status: 'altered' };
  }
}

