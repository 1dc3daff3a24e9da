import { fillTemplate } from '../../lib/fill-template';
import { packKey, type SavedPack } from '../../lib/offline/pack-manifest';
import { formatSavedDay, formatSize } from '../../lib/offline/pack-size';
import { isLang, pathFor } from '../../lib/routes';
import { announceChange, autoSaveOn, onPackEvent, setAutoSave } from './pack-client';
import { removePack, savedPacks } from './pack-store';

type Strings = Record<'saved.none' | 'saved.item' | 'saved.remove' | 'saved.removeLabel' | 'saved.space' | 'saved.spaceUnknown', string>;

/** The "saved on this device" page: each pack with its size and day, the space used and left, a remove button. */
export async function showSavedPacks(root: HTMLElement | null): Promise<void> {
  const lang = root?.dataset.lang;
  if (!root || !isLang(lang)) return;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const list = root.querySelector<HTMLUListElement>('[data-saved-list]')!;
  const none = root.querySelector<HTMLElement>('[data-saved-none]')!;
  const space = root.querySelector<HTMLElement>('[data-saved-space]')!;

  const auto = root.querySelector<HTMLInputElement>('[data-auto-save]')!;
  auto.checked = autoSaveOn();
  auto.addEventListener('change', () => setAutoSave(auto.checked));

  const showSpace = async () => {
    // Some browsers have no storage estimate; the page says so rather than guess.
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    space.textContent =
      estimate?.usage !== undefined && estimate.quota
        ? fillTemplate(strings['saved.space'], { used: formatSize(estimate.usage, lang), free: formatSize(estimate.quota - estimate.usage, lang) })
        : strings['saved.spaceUnknown'];
  };

  const item = (pack: SavedPack) => {
    const li = document.createElement('li');
    li.className = 'card';
    li.dataset.savedPack = packKey(pack.lang, pack.course);
    const heading = li.appendChild(document.createElement('h2'));
    const link = heading.appendChild(document.createElement('a'));
    link.href = pathFor(pack.lang, { page: 'course', course: pack.course });
    link.textContent = pack.title;
    li.appendChild(document.createElement('p')).textContent = fillTemplate(strings['saved.item'], {
      size: formatSize(pack.gzipBytes, lang),
      day: formatSavedDay(pack.savedAt, lang),
    });
    const remove = li.appendChild(document.createElement('button'));
    remove.type = 'button';
    remove.className = 'button button--danger';
    remove.textContent = strings['saved.remove'];
    remove.setAttribute('aria-label', fillTemplate(strings['saved.removeLabel'], { title: pack.title }));
    remove.addEventListener('click', async () => {
      remove.disabled = true;
      await removePack(packKey(pack.lang, pack.course));
      announceChange();
      li.remove();
      none.hidden = list.children.length > 0;
      await showSpace();
    });
    return li;
  };

  if (!('caches' in window)) {
    none.hidden = false;
    return;
  }
  const render = async () => {
    const packs = (await savedPacks()).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    list.replaceChildren(...packs.map(item));
    none.hidden = packs.length > 0;
    await showSpace();
  };
  // A course saved in the background (one asked for while offline, or started in another tab) appears here.
  onPackEvent((event) => {
    if (event.type === 'saved' || event.type === 'changed') void render();
  });
  await render();
}
