import { fillTemplate } from '../../lib/fill-template';
import type { PackKey } from '../../lib/offline/pack-manifest';
import { formatSavedDay } from '../../lib/offline/pack-size';
import { isLang } from '../../lib/routes';
import { autoSaveOn, canSavePacks, onPackEvent, requestSave } from './pack-client';
import { savedPack } from './pack-store';

type State = 'idle' | 'saving' | 'saved' | 'failed' | 'full';

/**
 * A course's "save for offline" box: its size before anything is downloaded, a progress bar while it downloads,
 * "saved" with the day after, and a plain message with a retry when the download stops.
 */
export function wirePackStatus(root: HTMLElement): void {
  const key = root.dataset.pack as PackKey;
  const [lang, course] = key.split('/');
  if (!isLang(lang) || !course || !canSavePacks()) return;
  const progress = root.querySelector<HTMLProgressElement>('[data-pack-progress]');
  const savedText = root.querySelector<HTMLElement>('[data-pack-saved-text]');
  const show = (state: State) => {
    root.dataset.state = state;
    root.hidden = false;
  };

  const showStored = async () => {
    const saved = await savedPack(key);
    if (saved && savedText) savedText.textContent = fillTemplate(savedText.dataset.template ?? '', { day: formatSavedDay(saved.savedAt, lang) });
    if (saved) show('saved');
    return Boolean(saved);
  };

  for (const button of root.querySelectorAll('[data-pack-save]')) {
    button.addEventListener('click', () => {
      show('saving');
      void requestSave(lang, course);
    });
  }

  onPackEvent((event) => {
    // Removed on the saved-courses page or in another tab: offer saving again.
    if (event.type === 'changed') {
      void showStored().then((saved) => {
        if (!saved && root.dataset.state === 'saved') show('idle');
      });
    }
    if (!('key' in event) || event.key !== key) return;
    if (event.type === 'progress') {
      show('saving');
      if (progress) progress.value = event.total ? event.done / event.total : 0;
    }
    if (event.type === 'saved') void showStored();
    if (event.type === 'failed') show(event.reason === 'full' ? 'full' : 'failed');
  });

  void showStored().then((saved) => {
    if (saved || root.dataset.state !== 'unknown') return;
    show('idle');
    if (root.hasAttribute('data-pack-auto') && navigator.onLine && autoSaveOn()) {
      show('saving');
      void requestSave(lang, course);
    }
  });
}
