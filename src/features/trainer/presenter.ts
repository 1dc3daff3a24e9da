import { slideCounter, slideMove } from '../../lib/trainer/slides';
import { notesOf, SLIDE_SIZE, slidePicture, type Deck, type DeckMessage } from './slide-deck';

/**
 * The presenter's window: the slide on screen and the next one, the notes of the one on screen, the lesson plan and a
 * clock. It follows the slides window, and its own keys and buttons move the slides there.
 */
export function startPresenter(root: HTMLElement, deck: Deck, channel: BroadcastChannel): void {
  const panel = root.querySelector<HTMLElement>('[data-presenter]')!;
  const part = <T extends HTMLElement>(name: string) => panel.querySelector<T>(`[data-presenter-${name}]`)!;
  const now = part('now');
  const next = part('next-slide');
  const end = part('end');
  const notes = part('notes');
  const counter = part('counter');
  const alone = part('alone');
  root.querySelector<HTMLElement>('[data-deck-stage]')!.hidden = true;
  panel.hidden = false;
  document.title = panel.querySelector('h1')!.textContent ?? document.title;
  // Trainer notes in the text are written for this window.
  document.documentElement.dataset.trainerMode = '';

  const count = deck.slides.length;
  let current = 0;
  const fit = (frame: HTMLElement) => {
    const picture = frame.firstElementChild as HTMLElement | null;
    if (picture) picture.style.transform = `scale(${frame.clientWidth / SLIDE_SIZE.width})`;
  };
  const showSlide = (index: number) => {
    current = index;
    now.replaceChildren(slidePicture(deck.slides[index]!));
    const after = deck.slides[index + 1];
    next.replaceChildren(...(after ? [slidePicture(after)] : []));
    end.hidden = after !== undefined;
    const text = notesOf(deck.slides[index]!);
    if (text.length > 0) notes.replaceChildren(...text);
    else notes.textContent = notes.dataset.empty ?? '';
    counter.textContent = slideCounter(index, count);
    fit(now);
    fit(next);
    root.dataset.slide = String(index);
  };
  new ResizeObserver(() => (fit(now), fit(next))).observe(now);

  const go = (index: number) => {
    showSlide(index);
    channel.postMessage({ type: 'go', index } satisfies DeckMessage);
  };
  channel.addEventListener('message', (event: MessageEvent<DeckMessage>) => {
    if (event.data.type !== 'shown') return;
    alone.hidden = true;
    showSlide(event.data.index);
  });
  alone.hidden = false;
  showSlide(0);
  channel.postMessage({ type: 'hello' } satisfies DeckMessage);

  part('previous').addEventListener('click', () => go(Math.max(0, current - 1)));
  part('next').addEventListener('click', () => go(Math.min(count - 1, current + 1)));
  document.addEventListener('keydown', (event) => {
    if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
    const move = slideMove(event.key, current, count, event.shiftKey);
    if (!move) return;
    event.preventDefault();
    if ('leave' in move) window.close();
    else go(move.to);
  });

  const clock = part<HTMLTimeElement>('clock');
  const elapsed = part('elapsed');
  const started = Date.now();
  const tick = () => {
    const time = new Date();
    clock.textContent = time.toLocaleTimeString(document.documentElement.lang, { hour: '2-digit', minute: '2-digit' });
    clock.dateTime = time.toISOString();
    const seconds = Math.floor((Date.now() - started) / 1000);
    elapsed.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  };
  tick();
  setInterval(tick, 1000);
}
