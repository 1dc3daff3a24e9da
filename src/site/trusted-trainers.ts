import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TrustedKey } from '../lib/certificate/countersign';
import { parseTrustedTrainers } from '../lib/certificate/trusted-trainers';

let cache: Promise<TrustedKey[]> | undefined;

/** The site's trusted trainers, read from `<content>/trusted-trainers.yaml` once per build; the build fails on a bad entry. */
export function loadTrustedTrainers(): Promise<TrustedKey[]> {
  cache ??= (async () => {
    const file = join(process.env.HOCSO_CONTENT_DIR ?? './content', 'trusted-trainers.yaml');
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      // A content tree without the file (a test fixture, a fork) simply trusts no trainer.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return parseTrustedTrainers(text, file);
  })();
  return cache;
}
