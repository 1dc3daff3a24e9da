import Reveal from 'reveal.js';
import 'reveal.js/reveal.css';
import { SLIDE_SIZE, type Deck, type DeckMessage } from './slide-deck';

/**
 * The slides for the room, shown by reveal.js: it scales the slide to any screen and takes the clicker's keys
 * (→ ← PageDown PageUp Space Shift+Space Home End, F for full screen). Esc leaves for the module page. reveal.js's own
 * speaker view is not used: it writes its window with inline scripts the site's CSP refuses; the presenter's window is
 * this page with #presenter, kept in step over a BroadcastChannel.
 */
export async function startSlideShow(root: HTMLElement, deck: Deck, channel: BroadcastChannel): Promise<void> {
  const stage = root.querySelector<HTMLElement>('[data-deck-stage]')!;
  const bar = root.querySelector<HTMLElement>('[data-deck-bar]')!;
  const leave = root.querySelector<HTMLAnchorElement>('[data-deck-leave]')!;
  stage.querySelector('.slides')!.append(...deck.slides);
  // Before reveal.js measures the stage: the bar takes its height from it.
  bar.hidden = false;

  const show = new Reveal(stage, {
    ...SLIDE_SIZE,
    margin: 0.02,
    minScale: 0.1,
    maxScale: 4,
    center: false,
    embedded: true,
    hash: true,
    controls: true,
    progress: true,
    slideNumber: 'c/t',
    overview: false,
    help: false,
    transition: 'none',
    backgroundTransition: 'none',
    // Escape leaves the show, as on the module page's old dialog; reveal.js would open its overview.
    keyboard: { 27: () => location.assign(leave.href) },
  });
  await show.initialize();
  // Fetched now, while online, so the presenter's window also opens in a hall without a network.
  if (navigator.onLine) void import('./presenter').catch(() => undefined);

  const tell = () => {
    const message: DeckMessage = { type: 'shown', index: show.getIndices().h, count: show.getTotalSlides() };
    channel.postMessage(message);
    root.dataset.slide = String(message.index);
  };
  show.on('slidechanged', tell);
  tell();
  channel.addEventListener('message', (event: MessageEvent<DeckMessage>) => {
    if (event.data.type === 'go') show.slide(event.data.index);
    else if (event.data.type === 'hello') tell();
  });

  const fullscreen = root.querySelector<HTMLButtonElement>('[data-deck-fullscreen]')!;
  if (document.fullscreenEnabled) {
    fullscreen.hidden = false;
    fullscreen.addEventListener('click', () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen().catch(() => undefined);
    });
    document.addEventListener('fullscreenchange', () => {
      fullscreen.setAttribute('aria-pressed', String(document.fullscreenElement !== null));
      show.layout();
    });
  }
  root.querySelector('[data-deck-presenter]')!.addEventListener('click', () => {
    window.open(`${location.pathname}#presenter`, 'hocso-presenter', 'popup,width=1100,height=720');
  });
  root.querySelector('[data-deck-print]')!.addEventListener('click', () => window.print());
  // The buttons take focus when clicked; the keys must still reach the slides.
  for (const button of bar.querySelectorAll('button')) button.addEventListener('click', () => stage.focus());
}
