import { Workbox } from 'workbox-window';
import { saveWantedCourses } from './pack-client';

/** How long after the page's load event the offline download begins on a first visit. */
const SETTLE_MS = 5_000;

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
}

/**
 * Registers dist/sw.js and shows what a learner needs to know: when the site works offline, when an update is
 * ready, and (where the browser offers it) how to install it. The update waits for the learner: reloading a tab
 * under a new worker mid-lesson would lose their place.
 */
export function registerServiceWorker(root: HTMLElement | null): void {
  if (!root) return;
  const show = (selector: string, visible = true) => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) element.hidden = !visible;
  };
  const showNote = (state: 'saving' | 'ready', visible = true) => {
    root.querySelector<HTMLElement>(`[data-state="${state}"]`)?.toggleAttribute('data-shown', visible);
  };

  // The offer sits in the page foot: a button appearing at the top would push the lesson down.
  const install = document.querySelector<HTMLButtonElement>('[data-install]');
  let offer: BeforeInstallPromptEvent | null = null;
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    offer = event as BeforeInstallPromptEvent;
    show('[data-install]');
  });
  install?.addEventListener('click', () => {
    show('[data-install]', false);
    void offer?.prompt();
    offer = null;
  });

  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => show('[data-update]'));
  root.querySelector('[data-update-accept]')?.addEventListener('click', () => {
    wb.addEventListener('controlling', () => window.location.reload());
    wb.messageSkipWaiting();
  });

  // Courses the learner asked for while offline are saved once the network is back.
  void saveWantedCourses();
  window.addEventListener('online', () => void saveWantedCourses());

  const keepPage = root.hasAttribute('data-keep-page');
  if (!navigator.serviceWorker.controller || keepPage) showNote('saving');
  // `ready` resolves once a worker is active, which it only becomes after its precache is complete. A tool page is in
  // no precache: it is ready once it has stored itself (loaded only there).
  void navigator.serviceWorker.ready.then(async () => {
    if (keepPage && !(await import('./keep-page-offline').then((keeper) => keeper.keepPageOffline(), () => false))) return;
    showNote('saving', false);
    showNote('ready');
  });
  // On a first visit, saving the shell (the interface, fonts and the pages every visit needs) keeps the phone busy: it
  // starts once the page has loaded and settled, so it does not compete with the learner's first taps on a slow phone.
  // A page already working offline registers at once, so a waiting update is offered without delay.
  const settle = navigator.serviceWorker.controller ? 0 : SETTLE_MS;
  const start = () => window.setTimeout(() => void wb.register({ immediate: true }), settle);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
