import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { localDay } from '../../src/lib/certificate/draft';
import { formatDay } from '../../src/lib/format-date';
import { pdfText, SHORT_COURSE } from '../e2e/certificate';
import { expect, test } from './journey';
import { createProfile, moduleOf, passQuiz } from './learner';

const courseTitle = (parse(readFileSync(`content/vi/${SHORT_COURSE}/course.yaml`, 'utf8')) as { title: string }).title;
const NAME = 'Nguyễn Thị Ánh Tuyết';

test('a learner finishes the shortest course and gets a PDF certificate with her name exactly', async ({ tab }) => {
  test.setTimeout(240_000);
  await createProfile(tab, 'Ánh Tuyết');
  for (let index = 0; index < 4; index++) {
    const module = moduleOf(SHORT_COURSE, index);
    await tab.goto(module.path);
    await passQuiz(tab, module.quiz);
  }

  await tab.goto('/tien-do/');
  const card = `[data-course="${SHORT_COURSE}"]`;
  await tab.see({ css: card, has: 'Đã học xong cả khóa.' });
  await tab.fill({ label: 'Tên in trên chứng nhận' }, NAME);
  await tab.click({ css: `${card} button`, text: 'Đúng tên, cấp chứng nhận' });
  await tab.see({ css: `${card} .certificate__stored`, has: `cho ${NAME}` });

  const pdf = await tab.download({ css: `${card} .certificate__stored button`, text: 'Tải PDF' });
  expect(pdf.name).toMatch(/\.pdf$/);
  const file = test.info().outputPath('certificate.pdf');
  writeFileSync(file, pdf.bytes);
  const text = pdfText(file);
  expect(text, 'the PDF prints the name exactly as typed').toContain(NAME);
  expect(text).toContain(courseTitle);
  expect(text, 'the date in Vietnamese, as every engine should write it').toContain(formatDay(localDay(new Date().toISOString()), 'vi'));
});
