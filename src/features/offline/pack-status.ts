import { fillTemplate } from '../../lib/fill-template';
import { holdsTrainerPart, type PackKey } from '../../lib/offline/pack-manifest';
import { formatSavedDay } from '../../lib/offline/pack-size';
import { isLang } from '../../lib/routes';
import { isTrainerMode, TRAINER_MODE_EVENT } from '../trainer/trainer-mode';
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

  const auto = () => root.hasAttribute('data-pack-auto') && navigator.onLine && autoSaveOn();

  const showStored = async () => {
    const saved = await savedPack(key);
    if (saved && savedText) savedText.textContent = fillTemplate(savedText.dataset.template ?? '', { day: formatSavedDay(saved.savedAt, lang) });
    if (saved) {
      // Offered in trainer mode only (CSS): a learner's device never fetches the slides.
      root.dataset.slides = holdsTrainerPart(saved) ? 'saved' : 'missing';
      show('saved');
    }
    return Boolean(saved);
  };

  /** A trainer who opens a module of a course saved without its slides gets them, as a learner gets the course. */
  const saveSlidesForTrainer = () => {
    if (root.dataset.state === 'saved' && root.dataset.slides === 'missing' && isTrainerMode() && auto()) {
      show('saving');
      void requestSave(lang, course);
    }
  };
  window.addEventListener(TRAINER_MODE_EVENT, saveSlidesForTrainer);

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
    // Trainer mode turned on while the course was being saved without its slides: they follow.
    if (event.type === 'saved') void showStored().then(saveSlidesForTrainer);
    // Adding the slides to a saved course failed: the course is still saved, and the slides button stays to retry.
    if (event.type === 'failed') {
      const reason = event.reason;
      void showStored().then((saved) => {
        if (!saved || reason === 'full') show(reason === 'full' ? 'full' : 'failed');
      });
    }
  });

  void showStored().then((saved) => {
    if (saved) return saveSlidesForTrainer();
    if (root.dataset.state !== 'unknown') return;
    show('idle');
    if (auto()) {
      show('saving');
      void requestSave(lang, course);
    }
  });
}
