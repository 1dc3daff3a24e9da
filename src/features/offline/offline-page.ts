import { fillTemplate } from '../../lib/fill-template';
import { coursePageOf } from '../../lib/offline/pack-manifest';
import { canSavePacks, saveWhenOnline } from './pack-client';

/**
 * The offline page is shown at the address the learner asked for. When that address is a page of a course, it names
 * the course and offers to save it once the network is back.
 */
export function nameMissingCourse(root: HTMLElement | null): void {
  const place = coursePageOf(window.location.pathname);
  if (!root || !place) return;
  const titles = JSON.parse(root.dataset.titles ?? '{}') as Record<string, string>;
  const title = titles[place.course];
  const box = root.querySelector<HTMLElement>('[data-offline-course]');
  const text = root.querySelector<HTMLElement>('[data-offline-course-text]');
  if (!title || !box || !text) return;
  text.textContent = fillTemplate(text.dataset.template ?? '', { title });
  box.hidden = false;
  const button = root.querySelector<HTMLButtonElement>('[data-save-later]');
  if (!canSavePacks()) button?.remove();
  button?.addEventListener('click', () => {
    saveWhenOnline(place.lang, place.course);
    button.hidden = true;
    root.querySelector<HTMLElement>('[data-save-later-done]')?.removeAttribute('hidden');
  });
}
