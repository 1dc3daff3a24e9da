import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { factsSchema } from '../../src/lib/content-schema';
import { CONTENT_ROOT, courseYaml, courses, languages, modules } from './content-tree';
import { factTokens } from './fact-tokens';

const REGISTER = join(CONTENT_ROOT, 'facts.yaml');
const register = factsSchema.safeParse(existsSync(REGISTER) ? parse(readFileSync(REGISTER, 'utf8')) : undefined);
const registered = (register.data ?? []).map((fact) => fact.text.replace(/\s+/g, ' '));

test('content/facts.yaml lists each fact with what it means and its source', () => {
  expect(register.error?.issues ?? [], 'content/facts.yaml').toEqual([]);
});

/** Everything a learner or trainer reads in a file: text, objectives, quiz, trainer notes; not the source list. */
function readable(frontmatter: Record<string, unknown>, body = ''): string {
  const { sources: _sources, ...rest } = frontmatter;
  const strings: string[] = [];
  JSON.stringify(rest, (_key, value: unknown) => (typeof value === 'string' && strings.push(value), value));
  return `${strings.join('\n')}\n${body}`;
}

const files = languages().flatMap((lang) =>
  courses(lang).flatMap((course) => [
    { path: `content/${lang}/${course}/course.yaml`, text: readable(courseYaml(lang, course) ?? {}) },
    ...modules(lang, course).map((m) => ({ path: `content/${lang}/${course}/${m.file}`, text: readable(m.frontmatter, m.body) })),
  ]),
);

describe.each(files.map((f) => [f.path, f] as const))('%s', (_path, file) => {
  test('every phone number, amount of money, legal document, rule date and threshold is in the facts register', () => {
    const missing = factTokens(file.text)
      .filter(({ token }) => !registered.some((text) => text.includes(token)))
      .map(({ kind, token }) => `${kind}: "${token}"`);
    expect([...new Set(missing)], `${file.path}: add these to content/facts.yaml with a source, or say them in general terms`).toEqual([]);
  });
});

test('the check finds each kind of number a resident could act on, and leaves ordinary numbers alone', () => {
  const found = factTokens(`Theo Nghị định 69/2024/NĐ-CP và Công văn 623/TTg-KSTT, từ 1/7/2025 hãy gọi 113
    hoặc 0912 345 678, tổng đài 1900 1234. Phí 20.000 đồng, chuyển trên 10 triệu đồng phải xác thực khuôn mặt.
    Trẻ dưới 14 tuổi. Luật Căn cước năm 2023. Decree 13 applies from 1 July 2025.
    Bà Lan 70 tuổi đọc 5 bước trong 10 phút.`).map((t) => t.token);
  expect(found).toEqual(
    expect.arrayContaining([
      '69/2024/NĐ-CP', '623/TTg-KSTT', '1/7/2025', '113', '0912 345 678', '1900 1234', '20.000 đồng', '10 triệu đồng',
      'dưới 14 tuổi', 'Luật Căn cước năm 2023', 'Decree 13', '1 July 2025',
    ]),
  );
  expect(found).not.toContain('70 tuổi');
  expect(found.some((t) => /bước|phút/.test(t))).toBe(false);
});
