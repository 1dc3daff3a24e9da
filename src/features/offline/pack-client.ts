import { holdsTrainerPart, packKey, type PackKey } from '../../lib/offline/pack-manifest';
import type { Lang } from '../../lib/routes';
import { loadTrainerMode } from '../trainer/trainer-mode';
import { PACK_CHANNEL, savedPack, type PackEvent } from './pack-store';

/** Pages ask the service worker to save a pack, so the download goes on while the learner moves between pages. */

const AUTO_SAVE_KEY = 'hocso:auto-save-courses';
const WANTED_KEY = 'hocso:courses-to-save';

export const canSavePacks = () => 'serviceWorker' in navigator && 'caches' in window && 'BroadcastChannel' in window;

/** On a device in trainer mode, the pack is saved with its trainer part (the slides). */
export async function requestSave(lang: Lang, course: string): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  registration.active?.postMessage({ type: 'save-pack', lang, course, trainer: loadTrainerMode() });
}

export function onPackEvent(listener: (event: PackEvent) => void): void {
  new BroadcastChannel(PACK_CHANNEL).addEventListener('message', (event: MessageEvent<PackEvent>) => listener(event.data));
}

/** Tells the service worker (and other tabs) that packs were removed, so nothing serves them any more. */
export function announceChange(): void {
  new BroadcastChannel(PACK_CHANNEL).postMessage({ type: 'changed' } satisfies PackEvent);
}

/** Whether a course the learner starts is saved for them: yes unless they turned it off on this device. */
export function autoSaveOn(): boolean {
  try {
    return localStorage.getItem(AUTO_SAVE_KEY) !== 'off';
  } catch {
    return false;
  }
}

export function setAutoSave(on: boolean): void {
  try {
    localStorage.setItem(AUTO_SAVE_KEY, on ? 'on' : 'off');
  } catch {
    // Storage refused (private mode): the choice lasts as long as the page.
  }
}

function wanted(): PackKey[] {
  try {
    return JSON.parse(localStorage.getItem(WANTED_KEY) ?? '[]') as PackKey[];
  } catch {
    return [];
  }
}

/** Remembers a course the learner asked for while offline, to save when the network is back. */
export function saveWhenOnline(lang: Lang, course: string): void {
  const list = new Set(wanted()).add(packKey(lang, course));
  try {
    localStorage.setItem(WANTED_KEY, JSON.stringify([...list]));
  } catch {
    // Without storage the wish lasts as long as this page: the `online` listener below still saves it.
  }
  window.addEventListener('online', () => void requestSave(lang, course), { once: true });
}

/** Saves the courses asked for while offline, once online; called on every page. */
export async function saveWantedCourses(): Promise<void> {
  if (!navigator.onLine || !canSavePacks()) return;
  const list = wanted();
  if (list.length === 0) return;
  localStorage.removeItem(WANTED_KEY);
  for (const key of list) {
    const [lang, course] = key.split('/') as [Lang, string];
    const saved = await savedPack(key);
    // A trainer offline at the slides of a course saved without them asked for the slides.
    if (!saved || (loadTrainerMode() && !holdsTrainerPart(saved))) await requestSave(lang, course);
  }
}
