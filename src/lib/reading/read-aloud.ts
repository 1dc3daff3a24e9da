/** A piece of text to read aloud, with where it sits in the text it came from. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Sentences of `text` in reading order, by the platform's sentence segmentation for the language. */
export function splitSentences(text: string, lang: string): Sentence[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  return [...segmenter.segment(text)]
    .map(({ segment, index }) => {
      const leading = segment.length - segment.trimStart().length;
      const trimmed = segment.trim();
      return { text: trimmed, start: index + leading, end: index + leading + trimmed.length };
    })
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence.text));
}

export interface VoiceLike {
  lang: string;
  name: string;
  localService?: boolean;
  default?: boolean;
}

/** The voice to read `lang` with, or undefined when the device has none: reading Vietnamese with an English voice is worse than not reading. */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const wanted = lang.toLowerCase();
  const matching = voices.filter((voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === wanted);
  return (
    matching.find((voice) => voice.localService && voice.default) ??
    matching.find((voice) => voice.localService) ??
    matching[0]
  );
}

export const READING_SPEEDS = [0.75, 1] as const;
export type ReadingSpeed = (typeof READING_SPEEDS)[number];
