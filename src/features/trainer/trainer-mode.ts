/**
 * Trainer mode: a setting of this device, not of a learner, so it lives in localStorage beside the reading
 * preferences and never in a learner's profile or backup.
 */
const KEY = 'hocso.trainer';
/** Fired on window when trainer mode is turned on or off, so islands on the page can follow. */
export const TRAINER_MODE_EVENT = 'hocso:trainer-mode';

export function loadTrainerMode(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export function saveTrainerMode(on: boolean): void {
  try {
    if (on) localStorage.setItem(KEY, 'on');
    else localStorage.removeItem(KEY);
  } catch {
    // Private mode or a full disk: trainer mode still holds for this page.
  }
}

/** The answer keys of the quiz as printed on the page, opened for the trainer and closed again for learners. */
export function showAnswerKeys(root: ParentNode, on: boolean): void {
  for (const details of root.querySelectorAll<HTMLDetailsElement>('.static-quiz details')) details.open = on;
}

/** Trainer mode is an attribute on <html>: CSS shows trainer notes and the lesson plan without waiting for islands. */
export function applyTrainerMode(on: boolean): void {
  const root = document.documentElement;
  if (on) root.dataset.trainerMode = '';
  else delete root.dataset.trainerMode;
  showAnswerKeys(document, on);
  window.dispatchEvent(new CustomEvent(TRAINER_MODE_EVENT, { detail: on }));
}

/** Whether the page is in trainer mode now; false while rendering on the server. */
export function isTrainerMode(): boolean {
  return typeof document !== 'undefined' && document.documentElement.hasAttribute('data-trainer-mode');
}
