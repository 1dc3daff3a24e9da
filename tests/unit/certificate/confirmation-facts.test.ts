import { expect, test } from 'vitest';
import { confirmationFacts } from '../../../src/lib/certificate/confirmation-facts';
import { countersign, createTrainerKey, groupFingerprint } from '../../../src/lib/certificate/countersign';
import { formatDay } from '../../../src/lib/format-date';

test.each(['vi', 'en'] as const)('a confirmation reads with the trainer’s name, the key’s own fingerprint and the day (%s)', async (lang) => {
  const key = await createTrainerKey('Trần Văn Bình');
  const confirmation = await countersign('a'.repeat(64), key, '2026-11-22');
  expect(await confirmationFacts(confirmation, lang)).toEqual({
    trainer: 'Trần Văn Bình',
    fingerprint: groupFingerprint(key.fingerprint),
    date: formatDay('2026-11-22', lang),
  });
});
