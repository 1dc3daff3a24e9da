import { describe, expect, test } from 'vitest';
import { pickVoice, splitSentences } from '../../../src/lib/reading/read-aloud';

describe('splitSentences: read-aloud goes one sentence at a time, in order', () => {
  test.each([
    ['two Vietnamese sentences', 'Mở ứng dụng VNeID. Nhập mật khẩu của bạn!', 'vi', ['Mở ứng dụng VNeID.', 'Nhập mật khẩu của bạn!']],
    ['a question and an answer', 'Có nên đọc mã OTP cho người lạ không? Không bao giờ.', 'vi', ['Có nên đọc mã OTP cho người lạ không?', 'Không bao giờ.']],
    ['blank text gives nothing to read', '   \n ', 'vi', []],
    ['English', 'Open the app. Then sign in.', 'en', ['Open the app.', 'Then sign in.']],
  ])('%s', (_name, text, lang, sentences) => {
    expect(splitSentences(text, lang).map((s) => s.text)).toEqual(sentences);
  });

  test('each sentence knows where it is in the text, so it can be highlighted', () => {
    const text = '  Bước một. Bước hai.';
    for (const sentence of splitSentences(text, 'vi')) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});

describe('pickVoice', () => {
  const voices = [
    { lang: 'en-US', name: 'English', localService: true, default: true },
    { lang: 'vi-VN', name: 'Tiếng Việt (mạng)', localService: false },
    { lang: 'vi_VN', name: 'Tiếng Việt', localService: true },
  ];
  test.each([
    ['prefers a Vietnamese voice on the device', voices, 'vi', 'Tiếng Việt'],
    ['takes a network Vietnamese voice when it is the only one', voices.slice(0, 2), 'vi', 'Tiếng Việt (mạng)'],
    ['never falls back to another language', voices.slice(0, 1), 'vi', undefined],
    ['finds English for English pages', voices, 'en', 'English'],
  ])('%s', (_name, available, lang, expected) => {
    expect(pickVoice(available, lang)?.name).toBe(expected);
  });
});
