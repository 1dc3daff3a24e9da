/**
 * Android and iPhone steps (PlatformSteps.astro): the learner picks their phone once and every list on every page
 * follows. The choice is a setting of this device, like the reading preferences, so it lives in localStorage.
 */
export type Platform = 'android' | 'iphone';
const KEY = 'hocso.platform';

function stored(): Platform | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'android' || value === 'iphone' ? value : undefined;
  } catch {
    return undefined;
  }
}

function save(platform: Platform): void {
  try {
    localStorage.setItem(KEY, platform);
  } catch {
    // Private mode or a full disk: the choice still holds on this page.
  }
}

/** A phone says what it is; a computer (a trainer's projector) does not, so both lists stay shown there. */
function guessed(): Platform | undefined {
  if (/iPhone|iPad|iPod/.test(navigator.userAgent)) return 'iphone';
  if (/Android/.test(navigator.userAgent)) return 'android';
  return undefined;
}

function show(platform: Platform): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-platform-steps]')) {
    box.dataset.show = platform;
    for (const radio of box.querySelectorAll<HTMLInputElement>('input[type="radio"]')) radio.checked = radio.value === platform;
  }
}

export function wirePlatformSteps(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-platform-steps]')) {
    const choice = box.querySelector<HTMLFieldSetElement>('fieldset');
    if (!choice) continue;
    choice.hidden = false;
    choice.addEventListener('change', (event) => {
      const value = (event.target as HTMLInputElement).value;
      if (value !== 'android' && value !== 'iphone') return;
      save(value);
      show(value);
    });
  }
  const platform = stored() ?? guessed();
  if (platform) show(platform);
}
