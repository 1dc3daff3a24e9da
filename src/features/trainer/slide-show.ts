import { slideCounter, slideMove } from '../../lib/trainer/slides';

/**
 * Copies of the module's parts, one slide each: a title slide, then every `##` section with what follows it.
 * Copies, not the page's own nodes: the page underneath keeps its text, reading position and read-aloud targets.
 */
function buildSlides(text: HTMLElement): HTMLElement[] {
  const slide = () => Object.assign(document.createElement('section'), { className: 'slides__slide' });
  const title = slide();
  const heading = document.createElement('h2');
  heading.className = 'slides__title';
  heading.textContent = document.querySelector('.module h1')?.textContent ?? document.title;
  title.append(heading);
  const summary = document.querySelector('.module__summary');
  if (summary) title.append(summary.cloneNode(true));
  const slides = [title];
  for (const node of text.children) {
    if (node.tagName === 'H2') slides.push(slide());
    slides.at(-1)!.append(node.cloneNode(true));
  }
  for (const s of slides) {
    for (const note of s.querySelectorAll('[data-trainer-note]')) note.remove();
    // Ids stay unique on the page: the copy's headings are not link targets.
    for (const withId of s.querySelectorAll('[id]')) withId.removeAttribute('id');
  }
  return slides;
}

/** Wires the module page's "present" buttons to the slide dialog; does nothing on a page without one. */
export function startSlideShow(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-slides]');
  const stage = dialog?.querySelector<HTMLElement>('[data-slides-stage]');
  const counter = dialog?.querySelector<HTMLElement>('[data-slides-counter]');
  const text = document.querySelector<HTMLElement>('.module__text');
  if (!dialog || !stage || !counter || !text) return;
  const button = (name: string) => dialog.querySelector<HTMLButtonElement>(`[data-slides-${name}]`)!;
  const previous = button('previous');
  const next = button('next');
  const fullscreen = button('fullscreen');
  let slides: HTMLElement[] = [];
  let current = 0;

  const go = (index: number) => {
    current = index;
    slides.forEach((s, i) => (s.hidden = i !== index));
    counter.textContent = slideCounter(index, slides.length);
    previous.disabled = index === 0;
    next.disabled = index === slides.length - 1;
    stage.scrollTop = 0;
  };

  const open = () => {
    slides = buildSlides(text);
    stage.replaceChildren(...slides);
    dialog.showModal();
    go(0);
    stage.focus();
  };

  for (const trigger of document.querySelectorAll<HTMLButtonElement>('[data-present]')) trigger.addEventListener('click', open);
  previous.addEventListener('click', () => go(Math.max(0, current - 1)));
  next.addEventListener('click', () => go(Math.min(slides.length - 1, current + 1)));
  button('leave').addEventListener('click', () => dialog.close());

  dialog.addEventListener('keydown', (event) => {
    // Space and Enter on a control press that control, as everywhere else.
    if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
    const move = slideMove(event.key, current, slides.length, event.shiftKey);
    if (!move) return;
    event.preventDefault();
    if ('leave' in move) dialog.close();
    else go(move.to);
  });

  dialog.addEventListener('close', () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    stage.replaceChildren();
    slides = [];
  });

  if (document.fullscreenEnabled) {
    fullscreen.hidden = false;
    fullscreen.addEventListener('click', () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void dialog.requestFullscreen().catch(() => undefined);
    });
    document.addEventListener('fullscreenchange', () => fullscreen.setAttribute('aria-pressed', String(document.fullscreenElement === dialog)));
  }
}
