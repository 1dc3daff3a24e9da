import { fillTemplate } from '../../lib/fill-template';
import { coursePageOf } from '../../lib/offline/pack-manifest';
import { SLIDES_PATH } from '../../lib/routes';
import { canSavePacks, saveWhenOnline } from './pack-client';

/**
 * The offline page is shown at the address the learner asked for. When that address is a page of a course, it names
 * the course (or its slides) and offers to save it once the network is back.
 */
export function nameMissingCourse(root: HTMLElement | null): void {
  const place = coursePageOf(window.location.pathname);
  if (!root || !place) return;
  const titles = JSON.parse(root.dataset.titles ?? '{}') as Record<string, string>;
  const title = titles[place.course];
  const box = root.querySelector<HTMLElement>('[data-offline-course]');
  const text = root.querySelector<HTMLElement>('[data-offline-course-text]');
  if (!title || !box || !text) return;
  // Slides are saved only in trainer mode: a course saved without them is still saved, and its pages still open.
  const template = SLIDES_PATH.test(window.location.pathname) ? text.dataset.templateSlides : text.dataset.template;
  text.textContent = fillTemplate(template ?? '', { title });
  box.hidden = false;
  const button = root.querySelector<HTMLButtonElement>('[data-save-later]');
  if (!canSavePacks()) button?.remove();
  button?.addEventListener('click', () => {
    saveWhenOnline(place.lang, place.course);
    button.hidden = true;
    root.querySelector<HTMLElement>('[data-save-later-done]')?.removeAttribute('hidden');
  });
}
