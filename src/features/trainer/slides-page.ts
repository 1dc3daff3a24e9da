import { buildDeck, slidePicture, type Deck } from './slide-deck';
import './slides.css';

/**
 * The slides page: reads the module's text from its page, builds the slides, then shows them with reveal.js for the
 * room, or, opened with #presenter, as the presenter's window that follows the slides window.
 */
export async function startSlidesPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-deck]');
  if (!root) return;
  let lesson: Lesson;
  try {
    lesson = await readLesson(root.dataset.modulePage!);
  } catch {
    showError(root);
    return;
  }
  root.prepend(lesson.source);
  for (const part of root.querySelectorAll<HTMLElement>('[data-deck-stage], [data-handout], [data-presenter-notes]')) part.lang = lesson.source.lang;
  if (lesson.plan) root.querySelector('[data-presenter-plan]')!.append(lesson.plan);
  // The cut into slides depends on how tall the text is in the slide's font.
  await document.fonts.ready;
  const deck: Deck = buildDeck(lesson.source);
  const channel = new BroadcastChannel(root.dataset.channel!);
  try {
    if (location.hash === '#presenter') {
      const { startPresenter } = await import('./presenter');
      startPresenter(root, deck, channel);
    } else {
      const { startSlideShow } = await import('./slide-show');
      await startSlideShow(root, deck, channel);
    }
  } catch {
    // reveal.js and the presenter's window are cached the first time they are used, not saved with the course: offline
    // before that first use, the learner is told so and led back to the lesson, which the saved course holds.
    showError(root, root.querySelector<HTMLElement>('[data-deck-error]')!.dataset.codeError);
    return;
  }
  buildHandout(root, deck);
  root.dataset.ready = String(deck.slides.length);
}

/** The page's title and a message in place of the slides, with the way back to the lesson. */
function showError(root: HTMLElement, message?: string) {
  const error = root.querySelector<HTMLElement>('[data-deck-error]')!;
  if (message) error.querySelector('[data-deck-error-text]')!.textContent = message;
  error.hidden = false;
}

interface Lesson {
  /** The title, summary, objectives and text of the module, in that order, hidden: what the slides are cut from. */
  source: HTMLElement;
  /** The lesson plan (timing, activity, materials) for the presenter's window. */
  plan: HTMLElement | undefined;
}

/**
 * The module as its page shows it. Read from the page rather than copied into this one, so the slides page stays a few
 * kilobytes, and works offline wherever the module page does. Its stylesheets come along: Steps, PhoneScreen, Tips.
 */
async function readLesson(url: string): Promise<Lesson> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  // The page's inline styles are its own (the slides take only its stylesheets), and its policy, not this page's,
  // lists their hashes: parsed here, Chromium would report each as a violation of this page's policy.
  const html = (await response.text()).replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
  const page = new DOMParser().parseFromString(html, 'text/html');
  const text = page.querySelector<HTMLElement>('.module__text');
  const title = page.querySelector('.module h1');
  if (!text || !title) throw new Error(`${url}: no module text`);

  const stylesheets = [...page.querySelectorAll<HTMLLinkElement>('head link[rel="stylesheet"]')]
    .map((link) => link.getAttribute('href')!)
    .filter((href) => !document.querySelector(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`))
    .map(
      (href) =>
        new Promise<void>((resolve) => {
          const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
          link.addEventListener('load', () => resolve());
          link.addEventListener('error', () => resolve());
          document.head.append(link);
        }),
    );
  await Promise.all(stylesheets);

  const source = document.createElement('div');
  source.className = 'deck__source';
  source.hidden = true;
  source.lang = text.lang;
  const summary = document.createElement('p');
  summary.className = 'deck__summary';
  summary.textContent = page.querySelector('.module__summary')?.textContent ?? '';
  const objectives = page.querySelectorAll('.objectives > h2, .objectives > ul');
  source.append(document.importNode(title, true), summary, ...[...objectives, ...text.children].map((node) => document.importNode(node, true)));
  const plan = page.querySelector('.trainer-plan > [lang]');
  return { source, plan: plan ? (document.importNode(plan, true) as HTMLElement) : undefined };
}

/** Every slide, small, several to a sheet, with its number: what the class takes home. Shown only in print. */
function buildHandout(root: HTMLElement, deck: Deck) {
  const handout = root.querySelector<HTMLElement>('[data-handout]')!;
  const label = root.dataset.slideLabel!;
  deck.slides.forEach((slide, index) => {
    const figure = document.createElement('figure');
    figure.className = 'handout__slide';
    const frame = document.createElement('div');
    frame.className = 'handout__frame';
    const copy = slidePicture(slide);
    copy.className = 'deck-slide deck-slide--handout';
    frame.append(copy);
    const caption = document.createElement('figcaption');
    caption.textContent = label.replace('{n}', String(index + 1));
    figure.append(frame, caption);
    handout.append(figure);
  });
}
