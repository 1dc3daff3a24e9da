import { describe, expect, test } from 'vitest';
import en from '../../src/i18n/en.json';
import vi from '../../src/i18n/vi.json';
import { t } from '../../src/i18n';

describe('UI strings', () => {
  test('every key exists in both languages, so no English learner sees a missing label', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  test.each(Object.entries(vi))('%s has text in both languages', (key, text) => {
    expect(text.trim(), `vi ${key}`).not.toBe('');
    expect(en[key as keyof typeof en].trim(), `en ${key}`).not.toBe('');
  });

  test('placeholders are filled', () => {
    expect(t('vi', 'course.modules', { n: 6 })).toBe('6 bài học');
    expect(t('en', 'module.quiz.lead', { n: 7, pass: 80 })).toBe('7 questions. You pass with 80% correct.');
  });
});
