import { useEffect, useRef, useState } from 'react';
import { pickVoice, READING_SPEEDS, type ReadingSpeed } from '../../lib/reading/read-aloud';
import { DEFAULT_READING_PREFERENCES, TEXT_SIZES, type ReadingPreferences } from '../../lib/reading/reading-preferences';
import { useLearner } from '../learner/learner-hooks';
import { keepUnsavedChoice } from './profile-reading-preferences';
import { chooseReadingPreferences, loadReadingPreferences, READING_PREFERENCES_CHANGED } from './reading-preferences';
import { pageSentences, type PageSentence } from './reading-text';

export const READING_AIDS_KEYS = [
  'reading.label',
  'reading.textSize',
  'reading.size.normal',
  'reading.size.large',
  'reading.size.larger',
  'reading.contrast',
  'reading.readAloud',
  'reading.pause',
  'reading.resume',
  'reading.stop',
  'reading.speed',
  'reading.noVoice',
  'reading.noSpeech',
  'reading.finished',
] as const;

interface Props {
  lang: string;
  /** CSS selector of the text to read aloud. */
  text: string;
  labels: Record<(typeof READING_AIDS_KEYS)[number], string>;
}

type Reading = 'idle' | 'reading' | 'paused';
const HIGHLIGHT = 'read-aloud';

function voicesOf(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  // Chrome fills the list a moment after the first call.
  return new Promise((resolve) => {
    const done = () => resolve(synth.getVoices());
    synth.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 1500);
  });
}

function highlight(sentence: PageSentence | undefined): void {
  if (!('highlights' in CSS)) return;
  if (!sentence) {
    CSS.highlights.delete(HIGHLIGHT);
    return;
  }
  CSS.highlights.set(HIGHLIGHT, new Highlight(sentence.range));
  const block = sentence.range.startContainer.parentElement;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  block?.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
}

/** Text size, high contrast and read-aloud for a module: for older readers and those who read slowly. */
export default function ReadingAids({ lang, text, labels }: Props) {
  // Read after mount: the server-rendered buttons show the defaults, and hydration does not patch attributes.
  const [stored, setStored] = useState<ReadingPreferences | undefined>();
  const prefs = stored ?? DEFAULT_READING_PREFERENCES;
  const learner = useLearner();
  const [reading, setReading] = useState<Reading>('idle');
  const [message, setMessage] = useState('');
  const run = useRef(0);

  useEffect(() => {
    setStored(loadReadingPreferences());
    // Another learner picked their name: their own preferences come into force.
    const follow = (event: Event) => setStored((event as CustomEvent<ReadingPreferences>).detail);
    window.addEventListener(READING_PREFERENCES_CHANGED, follow);
    return () => window.removeEventListener(READING_PREFERENCES_CHANGED, follow);
  }, []);

  // Who is signed in: undefined while the database is still loading, null for nobody.
  const active = learner.kind === 'loading' ? undefined : learner.kind === 'profile' ? learner.profile.id : null;
  // A tap made before the page knew the learner is kept for them once it does.
  useEffect(() => {
    if (active !== undefined) void keepUnsavedChoice(active).catch(() => undefined);
  }, [active]);

  function setPrefs(next: ReadingPreferences) {
    chooseReadingPreferences(next, active);
    setStored(next);
    if (active !== undefined) void keepUnsavedChoice(active).catch(() => undefined);
  }

  useEffect(() => () => stop(), []);

  function stop() {
    run.current += 1;
    window.speechSynthesis?.cancel();
    highlight(undefined);
    setReading('idle');
  }

  async function readAloud() {
    const synth = window.speechSynthesis;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return setMessage(labels['reading.noSpeech']);
    const voice = pickVoice(await voicesOf(synth), lang);
    if (!voice) return setMessage(labels['reading.noVoice']);
    const root = document.querySelector<HTMLElement>(text);
    const sentences = root ? pageSentences(root, lang) : [];
    setMessage('');
    synth.cancel();
    const thisRun = ++run.current;
    setReading('reading');
    const speak = (index: number) => {
      if (run.current !== thisRun) return;
      const sentence = sentences[index];
      highlight(sentence);
      if (!sentence) {
        setReading('idle');
        return setMessage(labels['reading.finished']);
      }
      const utterance = new SpeechSynthesisUtterance(sentence.text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = prefs.speed;
      utterance.onend = () => speak(index + 1);
      synth.speak(utterance);
    };
    speak(0);
  }

  function pauseOrResume() {
    if (reading === 'reading') {
      window.speechSynthesis.pause();
      setReading('paused');
    } else {
      window.speechSynthesis.resume();
      setReading('reading');
    }
  }

  return (
    <section className="reading-aids no-print" aria-label={labels['reading.label']}>
      <div className="reading-aids__group" role="group" aria-label={labels['reading.textSize']}>
        <span className="reading-aids__label" aria-hidden="true">{labels['reading.textSize']}</span>
        {TEXT_SIZES.map((size) => (
          <button
            key={size}
            type="button"
            className={`reading-aids__button reading-aids__size--${size}`}
            aria-pressed={prefs.textSize === size}
            onClick={() => setPrefs({ ...prefs, textSize: size })}
          >
            {labels[`reading.size.${size}`]}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="reading-aids__button"
        aria-pressed={prefs.contrast}
        onClick={() => setPrefs({ ...prefs, contrast: !prefs.contrast })}
      >
        {labels['reading.contrast']}
      </button>
      <div className="reading-aids__group" role="group" aria-label={labels['reading.speed']}>
        <span className="reading-aids__label" aria-hidden="true">{labels['reading.speed']}</span>
        {READING_SPEEDS.map((speed: ReadingSpeed) => (
          <button
            key={speed}
            type="button"
            className="reading-aids__button"
            aria-pressed={prefs.speed === speed}
            onClick={() => setPrefs({ ...prefs, speed })}
          >
            {`${speed}×`}
          </button>
        ))}
      </div>
      <div className="reading-aids__group">
        {reading === 'idle' ? (
          <button type="button" className="button" onClick={() => void readAloud()}>
            {labels['reading.readAloud']}
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={pauseOrResume}>
              {reading === 'reading' ? labels['reading.pause'] : labels['reading.resume']}
            </button>
            <button type="button" className="button button--quiet" onClick={stop}>
              {labels['reading.stop']}
            </button>
          </>
        )}
      </div>
      <p className="reading-aids__message" role="status">
        {message}
      </p>
    </section>
  );
}
