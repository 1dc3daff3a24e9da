import { parse } from 'yaml';
import { z } from '../zod';
import { publicKeyFingerprint, trainerPublicKeySchema, type TrustedKey } from './countersign';

/** One trainer whose confirmations the site vouches for, as a Youth Union office lists them. */
export const trustedTrainerSchema = trainerPublicKeySchema.omit({ format: true, v: true }).extend({
  /** The Youth Union office or team the trainer belongs to, shown next to their name. */
  organisation: z.string().min(1).max(200),
});
export type TrustedTrainer = z.infer<typeof trustedTrainerSchema>;

export const trustedTrainersFileSchema = z.strictObject({
  trainers: z.array(trustedTrainerSchema).nullable().transform((list) => list ?? []),
});

/**
 * Reads content/trusted-trainers.yaml. Throws with the file, the entry and the field when anything is wrong,
 * including a fingerprint that does not belong to its key (a copy mistake that would make the trainer unknown).
 */
export async function parseTrustedTrainers(text: string, file: string): Promise<TrustedKey[]> {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  const parsed = trustedTrainersFileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new Error(`${file}: the trusted-trainer list is not valid:\n${issues.join('\n')}`);
  }
  const seen = new Set<string>();
  for (const [index, trainer] of parsed.data.trainers.entries()) {
    const actual = await publicKeyFingerprint(trainer.publicKey);
    if (actual !== trainer.fingerprint) {
      throw new Error(`${file}: trainers.${index} (${trainer.name}): fingerprint ${trainer.fingerprint} does not match publicKey (its fingerprint is ${actual}). Copy both from the trainer's key file again.`);
    }
    if (seen.has(actual)) throw new Error(`${file}: trainers.${index} (${trainer.name}): this key is listed twice.`);
    seen.add(actual);
  }
  return parsed.data.trainers.map(({ name, organisation, publicKey, fingerprint }) => ({ name, organisation, publicKey, fingerprint }));
}
