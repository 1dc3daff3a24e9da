import { expect, test } from 'vitest';
import {
  DEFAULT_READING_PREFERENCES,
  ownerOfChoice,
  parseReadingPreferences,
  parseUnsavedChoice,
  readingPreferencesKey,
} from '../../../src/lib/reading/reading-preferences';

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

test.each([
  ['a choice by a known learner', { id: 'c1', owner: 'ba-tu' }],
  ['a choice made with nobody signed in', { id: 'c1', owner: null }],
  ['a choice made before the page knew the learner', { id: 'c1' }],
])('the note of %s comes back as it was written', (_, choice) => {
  expect(parseUnsavedChoice(JSON.stringify(choice))).toEqual(choice);
});

test.each([
  ['nothing stored', null],
  ['damaged JSON', '{"id": "c'],
  ['no id', '{"owner": "ba-tu"}'],
  ['an owner that is not a profile id', '{"id": "c1", "owner": 7}'],
])('%s is no note, so it never holds back a learner\'s own preferences', (_, json) => {
  expect(parseUnsavedChoice(json)).toBeUndefined();
});

test.each([
  ['her own choice goes to her row, even once her grandson is signed in', { id: 'c', owner: 'ba-tu' }, 'chau-ti', 'ba-tu'],
  ['a tap before the page knew the learner goes to whoever is signed in', { id: 'c' }, 'ba-tu', 'ba-tu'],
  ['a choice made with nobody signed in is nobody\'s to keep', { id: 'c', owner: null }, 'ba-tu', null],
  ['a tap before the page knew there is nobody is nobody\'s', { id: 'c' }, null, null],
] as const)('%s', (_, choice, active, owner) => {
  expect(ownerOfChoice(choice, active)).toBe(owner);
});
