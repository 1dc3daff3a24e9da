import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { translator, type Strings } from '../../i18n/strings';
import type { Question } from '../../lib/content-schema';
import { isPassed, moveItem, scoreAttempt, seededRandom, shuffledIndexes, shuffledSteps, type Answer, type Answers, type Score } from '../../lib/learner/quiz';
import { courseProgress } from '../../lib/learner/progress';
import { certificateFormPath, pathFor, type Lang } from '../../lib/routes';
import { notePendingAttempt } from '../../data/attempt-journal';
import { loadStore, useHydrated, useLearner, useStorageState } from '../learner/learner-hooks';
import { isTrainerMode, showAnswerKeys, TRAINER_MODE_EVENT } from '../trainer/trainer-mode';

interface Props {
  /** Language of the page's interface. */
  lang: Lang;
  strings: Strings;
  moduleId: string;
  passMark: number;
  quiz: Question[];
  /** The module's course: passing its last unpassed module completes it, and the certificate is the next step. */
  course: { slug: string; title: string; moduleIds: string[] };
  /** The static quiz, shown until the island runs and to readers without JavaScript. */
  children?: ReactNode;
}

interface Shown {
  question: Question;
  /** Option indexes in the order shown (single, multiple). */
  options: number[];
}

function shuffle(quiz: Question[], seed: number): Shown[] {
  const random = seededRandom(seed);
  return shuffledIndexes(quiz.length, random).map((index) => {
    const question = quiz[index]!;
    const count = question.type === 'single' || question.type === 'multiple' ? question.options.length : 0;
    return { question, options: shuffledIndexes(count, random) };
  });
}

function initialAnswers(shown: Shown[], seed: number): Answers {
  const random = seededRandom(seed ^ 0x5eed);
  const answers: Answers = {};
  for (const { question } of shown) {
    if (question.type === 'order') answers[question.id] = shuffledSteps(question.steps.length, random);
  }
  return answers;
}

/** Whether the page is in trainer mode, following the switch while the page is open. */
function useTrainerMode(): boolean {
  const [on, setOn] = useState(isTrainerMode);
  useEffect(() => {
    const follow = (event: Event) => setOn((event as CustomEvent<boolean>).detail);
    window.addEventListener(TRAINER_MODE_EVENT, follow);
    return () => window.removeEventListener(TRAINER_MODE_EVENT, follow);
  }, []);
  return on;
}

type SaveState = 'idle' | 'saved' | 'guest' | 'none' | 'unavailable' | 'full' | 'failed';

export default function QuizIsland({ lang, strings, moduleId, passMark, quiz, course, children }: Props) {
  const t = translator(strings);
  const hydrated = useHydrated();
  const trainerMode = useTrainerMode();
  const learner = useLearner();
  const storage = useStorageState();
  const [seed, setSeed] = useState(() => Math.floor(Math.random() * 2 ** 31));
  const shown = useMemo(() => shuffle(quiz, seed), [quiz, seed]);
  const [answers, setAnswers] = useState<Answers>(() => initialAnswers(shown, seed));
  const [score, setScore] = useState<Score | null>(null);
  const [missing, setMissing] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [courseDone, setCourseDone] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const resultRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // A real box around the static quiz: client:visible watches the island's children, and a slot alone has no box.
  if (!hydrated) return <div className="quiz-island-static">{children}</div>;
  // In trainer mode the quiz is the answer key: the static quiz with every answer and explanation open.
  if (trainerMode) return <div className="quiz-island-static" ref={(box) => {
      if (box) showAnswerKeys(box, true);
    }}>{children}</div>;

  const answer = (id: string, value: Answer) => setAnswers((previous) => ({ ...previous, [id]: value }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const unanswered = quiz.filter((q) => answers[q.id] === undefined || (Array.isArray(answers[q.id]) && (answers[q.id] as number[]).length === 0));
    if (unanswered.length > 0) {
      setMissing(true);
      setAnnouncement(t('quiz.unanswered', { n: unanswered.length }));
      return;
    }
    setMissing(false);
    const result = scoreAttempt(quiz, answers);
    const passed = isPassed(result.percent, passMark);
    setScore(result);
    setAnnouncement('');
    requestAnimationFrame(() => resultRef.current?.focus());
    if (storage === 'unavailable') return setSaveState('unavailable');
    if (learner.kind === 'guest') return setSaveState('guest');
    if (learner.kind === 'none') return setSaveState('none');
    const attemptOf = (profileId: string) => ({ id: crypto.randomUUID(), at: new Date().toISOString(), profileId, moduleId, percent: result.percent, passed, answers: answers as Record<string, Answer> });
    // Noted before anything is awaited: the result is on screen now, and the learner may tap on before it is saved.
    let attempt = learner.kind === 'profile' ? attemptOf(learner.profile.id) : undefined;
    if (attempt) notePendingAttempt(attempt);
    let store: Awaited<ReturnType<typeof loadStore>> | undefined;
    try {
      store = await loadStore();
      if (!attempt) {
        // On a slow phone the quiz can be sent before the page knows who is learning: the database says.
        const active = await store.getSetting(store.ACTIVE_PROFILE);
        if (active === store.GUEST) return setSaveState('guest');
        const profile = typeof active === 'string' ? await store.learnerDb().profiles.get(active) : undefined;
        if (!profile) return setSaveState('none');
        attempt = attemptOf(profile.id);
      }
      await store.recordAttempt(attempt);
      setSaveState('saved');
      if (passed) {
        const rows = await store.learnerDb().progress.where('profileId').equals(attempt.profileId).toArray();
        setCourseDone(courseProgress(course.moduleIds, rows).complete);
      }
      // A pass while online is the moment to fetch the certificate maker, so the course's certificate can be made
      // later without a network.
      if (passed && navigator.onLine) {
        void import('../certificate/certificate-files').then((files) => files.keepCertificateMakerOffline(), () => undefined);
      }
    } catch (error) {
      setSaveState(store?.storageProblem(error) === 'full' ? 'full' : 'failed');
    }
  };

  const retry = () => {
    const next = seed + 1;
    setSeed(next);
    setAnswers(initialAnswers(shuffle(quiz, next), next));
    setScore(null);
    setSaveState('idle');
    setCourseDone(false);
    setAnnouncement(t('quiz.retryStarted'));
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('input, button')?.focus());
  };

  const passed = score !== null && isPassed(score.percent, passMark);
  const done = score !== null;

  return (
    <div className="quiz-island">
      <form ref={formRef} onSubmit={submit} noValidate>
        <ol className="quiz-island__list">
          {shown.map(({ question, options }, index) => {
            const result = score?.results.find((r) => r.id === question.id);
            return (
              <li key={`${seed}-${question.id}`} className="quiz-island__question" data-question={question.id}>
                <fieldset disabled={done}>
                  <legend>
                    <span className="muted quiz-island__meta" lang={lang}>
                      {t('module.quiz.question', { n: index + 1 })} · {t(`module.quiz.type.${question.type}`)}
                    </span>
                    <span className="quiz-island__prompt">{question.prompt}</span>
                  </legend>
                  <QuestionInput question={question} options={options} lang={lang} answer={answers[question.id]} done={done} t={t} onAnswer={(v) => answer(question.id, v)} announce={setAnnouncement} />
                </fieldset>
                {result && (
                  <div className={`quiz-island__feedback ${result.correct ? 'is-right' : 'is-wrong'}`}>
                    <p lang={lang}>
                      <strong>{t(result.correct ? 'quiz.right' : 'quiz.wrong')}</strong>
                    </p>
                    {!result.correct && <CorrectAnswer question={question} lang={lang} t={t} />}
                    <p>{question.explanation}</p>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
        {missing && (
          <p className="quiz-island__missing" lang={lang}>
            {announcement}
          </p>
        )}
        {!done && (
          <button type="submit" className="button" lang={lang}>
            {t('quiz.submit')}
          </button>
        )}
      </form>
      <p className="visually-hidden" aria-live="polite" lang={lang}>
        {missing ? '' : announcement}
      </p>
      {done && (
        <div className={`quiz-island__result ${passed ? 'is-right' : 'is-wrong'}`} role="status" lang={lang}>
          <h3 ref={resultRef} tabIndex={-1}>
            {t(passed ? 'quiz.passed' : 'quiz.failed')}
          </h3>
          <p>{t('quiz.score', { correct: score.correct, total: score.total, percent: score.percent, pass: passMark })}</p>
          {saveState !== 'idle' && (
            <p className="quiz-island__saved">
              {t(`quiz.save.${saveState}`)}
              {(saveState === 'none' || saveState === 'guest') && (
                <>
                  {' '}
                  <a href={pathFor(lang, { page: 'progress' })}>{t('learner.choose')}</a>
                </>
              )}
            </p>
          )}
          {courseDone && (
            <div className="quiz-island__complete">
              <p className="quiz-island__complete-title">{t('quiz.courseComplete', { course: course.title })}</p>
              <p>{t('quiz.certificateNext')}</p>
              <p>
                <a className="button" href={certificateFormPath(lang, course.slug)}>{t('quiz.certificateLink')}</a>
              </p>
            </div>
          )}
          <button type="button" className="button button--quiet" onClick={retry}>
            {t('quiz.retry')}
          </button>
        </div>
      )}
    </div>
  );
}

function CorrectAnswer({ question, lang, t }: { question: Question; lang: Lang; t: ReturnType<typeof translator> }) {
  const label = <strong lang={lang}>{t(question.type === 'order' ? 'module.quiz.correctOrder' : 'module.quiz.correct')}: </strong>;
  switch (question.type) {
    case 'single':
      return <p>{label}{question.options[question.answer]}</p>;
    case 'multiple':
      return (
        <>
          <p>{label}</p>
          <ul>{question.answers.map((i) => <li key={i}>{question.options[i]}</li>)}</ul>
        </>
      );
    case 'true-false':
      return <p>{label}<span lang={lang}>{t(question.answer ? 'module.quiz.true' : 'module.quiz.false')}</span></p>;
    case 'order':
      return (
        <>
          <p>{label}</p>
          <ol>{question.steps.map((s) => <li key={s}>{s}</li>)}</ol>
        </>
      );
  }
}

interface InputProps {
  question: Question;
  options: number[];
  lang: Lang;
  answer: Answer | undefined;
  /** After submitting: each option says whether the learner chose it and whether it is right, in words. */
  done: boolean;
  t: ReturnType<typeof translator>;
  onAnswer: (value: Answer) => void;
  announce: (text: string) => void;
}

/** The review of one option: the learner's choice and the right answer, each with an icon and words, not colour alone. */
function OptionMark({ chosen, right, lang, t }: { chosen: boolean; right: boolean; lang: Lang; t: ReturnType<typeof translator> }) {
  if (!chosen && !right) return null;
  const key = chosen ? (right ? 'quiz.mark.chosenRight' : 'quiz.mark.chosenWrong') : 'quiz.mark.right';
  return (
    <span className={`quiz-island__mark ${right ? 'is-right' : 'is-wrong'}`} lang={lang}>
      <span aria-hidden="true" className="quiz-island__mark-icon">{right ? '✓' : '✗'}</span>
      {t(key)}
    </span>
  );
}

function optionClass(done: boolean, chosen: boolean, right: boolean): string {
  if (!done) return 'quiz-island__option';
  return `quiz-island__option${chosen ? ' is-chosen' : ''}${right ? ' is-right' : chosen ? ' is-wrong' : ''}`;
}

function QuestionInput({ question, options, lang, answer, done, t, onAnswer, announce }: InputProps) {
  const name = `q-${question.id}`;
  const listRef = useRef<HTMLOListElement>(null);
  switch (question.type) {
    case 'single':
      return (
        <div className="quiz-island__options">
          {options.map((i) => (
            <label key={i} className={optionClass(done, answer === i, i === question.answer)}>
              <input type="radio" name={name} checked={answer === i} onChange={() => onAnswer(i)} />
              <span className="quiz-island__option-text">
                {question.options[i]}
                {done && <OptionMark chosen={answer === i} right={i === question.answer} lang={lang} t={t} />}
              </span>
            </label>
          ))}
        </div>
      );
    case 'multiple': {
      const chosen = Array.isArray(answer) ? answer : [];
      return (
        <div className="quiz-island__options">
          {options.map((i) => (
            <label key={i} className={optionClass(done, chosen.includes(i), question.answers.includes(i))}>
              <input
                type="checkbox"
                name={name}
                checked={chosen.includes(i)}
                onChange={(e) => onAnswer(e.target.checked ? [...chosen, i] : chosen.filter((x) => x !== i))}
              />
              <span className="quiz-island__option-text">
                {question.options[i]}
                {done && <OptionMark chosen={chosen.includes(i)} right={question.answers.includes(i)} lang={lang} t={t} />}
              </span>
            </label>
          ))}
        </div>
      );
    }
    case 'true-false':
      return (
        <div className="quiz-island__options" lang={lang}>
          {[true, false].map((value) => (
            <label key={String(value)} className={optionClass(done, answer === value, value === question.answer)}>
              <input type="radio" name={name} checked={answer === value} onChange={() => onAnswer(value)} />
              <span className="quiz-island__option-text">
                {t(value ? 'module.quiz.true' : 'module.quiz.false')}
                {done && <OptionMark chosen={answer === value} right={value === question.answer} lang={lang} t={t} />}
              </span>
            </label>
          ))}
        </div>
      );
    case 'order': {
      const order = Array.isArray(answer) ? answer : question.steps.map((_, i) => i);
      const move = (position: number, by: -1 | 1) => {
        const next = moveItem(order, position, by);
        onAnswer(next);
        const step = order[position]!;
        const to = position + by;
        if (to < 0 || to >= order.length) return;
        announce(t('quiz.order.moved', { step: question.steps[step] ?? '', n: to + 1 }));
        requestAnimationFrame(() => {
          const item = listRef.current?.querySelector(`[data-step="${step}"]`);
          const again = item?.querySelector<HTMLButtonElement>(`button[data-by="${by}"]:not(:disabled)`);
          (again ?? item?.querySelector<HTMLButtonElement>('button:not(:disabled)'))?.focus();
        });
      };
      return (
        <>
          <p className="muted" lang={lang}>{t('quiz.order.help')}</p>
          <ol ref={listRef} className="quiz-island__steps">
            {order.map((step, position) => (
              <li key={step} data-step={step} className="quiz-island__step">
                <span className="quiz-island__step-number" aria-hidden="true">{position + 1}</span>
                <span className="quiz-island__step-text">{question.steps[step]}</span>
                <span className="quiz-island__step-buttons" lang={lang}>
                  <button type="button" className="button button--quiet" data-by="-1" disabled={position === 0} onClick={() => move(position, -1)}
                    aria-label={t('quiz.order.up', { step: question.steps[step] ?? '' })}>
                    ↑
                  </button>
                  <button type="button" className="button button--quiet" data-by="1" disabled={position === order.length - 1} onClick={() => move(position, 1)}
                    aria-label={t('quiz.order.down', { step: question.steps[step] ?? '' })}>
                    ↓
                  </button>
                </span>
              </li>
            ))}
          </ol>
        </>
      );
    }
  }
}
