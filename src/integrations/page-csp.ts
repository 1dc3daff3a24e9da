import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFiles } from './offline-files';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
/** Inline scripts and styles: the only elements a hash source in the policy can allow (a `src` script is allowed by 'self'). */
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g;
const HASH_SOURCE = /'sha(256|384|512)-[A-Za-z0-9+/=]+'/g;

/** A hash source of the policy for a text, in the algorithm the policy uses: `'sha256-…'`. */
export function hashSource(algorithm: string, text: string): string {
  return `'sha${algorithm}-${createHash(`sha${algorithm}`).update(text).digest('base64')}'`;
}

/**
 * A page's policy with only the hashes of the inline scripts and styles that page has. Astro writes into every page
 * the hashes of every inline script and style of the whole site (24 today), about 1 KB gzipped that nothing
 * compresses, repeated in each page of a course pack; a page can only run what it carries, so the others allow
 * nothing there. A hash of the page's own inline elements is never removed, and a page without a policy is left alone.
 */
export function narrowPageCsp(html: string): string {
  const policy = CSP_META.exec(html);
  if (!policy) return html;
  const algorithms = new Set([...policy[2]!.matchAll(HASH_SOURCE)].map(([, bits]) => bits!));
  const used = new Set(
    [...html.matchAll(INLINE)]
      .filter(([, , attributes]) => !/\ssrc=/.test(attributes!))
      .flatMap(([, , , body]) => [...algorithms].map((algorithm) => hashSource(algorithm, body!))),
  );
  const narrowed = policy[2]!
    .split(';')
    .map((directive) => directive.replace(HASH_SOURCE, (source) => (used.has(source) ? source : '')).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(';');
  return html.replace(CSP_META, (_, open: string, __: string, close: string) => `${open}${narrowed};${close}`);
}

/** Narrows each built page's content security policy to the hashes that page uses. Listed before the service worker. */
export function pageCsp(): AstroIntegration {
  return {
    name: 'hocso:page-csp',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        for (const file of builtFiles(dist).filter((path) => path.endsWith('.html')).map((path) => join(dist, path))) {
          const before = readFileSync(file, 'utf8');
          const after = narrowPageCsp(before);
          if (after !== before) writeFileSync(file, after);
        }
      },
    },
  };
}
