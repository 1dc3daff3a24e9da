import { expect, test } from 'vitest';
import { DEFAULT_READING_PREFERENCES, parseReadingPreferences, readingPreferencesKey } from '../../../src/lib/reading/reading-preferences';

test('stored preferences come back as they were chosen', () => {
  const chosen = { textSize: 'larger', contrast: true, speed: 0.75 } as const;
  expect(parseReadingPreferences(JSON.stringify(chosen))).toEqual(chosen);
});

test.each([
  ['nothing stored', null],
  ['damaged JSON', '{"textSize": "lar'],
  ['a list instead of an object', '["larger"]'],
  ['a string', '"larger"'],
])('%s gives the defaults', (_, json) => {
  expect(parseReadingPreferences(json)).toEqual(DEFAULT_READING_PREFERENCES);
});

test('each unknown field falls back on its own, keeping the good ones', () => {
  expect(parseReadingPreferences(JSON.stringify({ textSize: 'huge', contrast: 'yes', speed: 0.75 }))).toEqual({
    textSize: 'normal',
    contrast: false,
    speed: 0.75,
  });
});

test('each profile has its own settings row', () => {
  expect(readingPreferencesKey('a')).not.toBe(readingPreferencesKey('b'));
});
