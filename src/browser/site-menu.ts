/**
 * The header's menu is a <details>, so it opens and closes without JavaScript. With it, the menu also closes the way
 * menus do elsewhere: Escape (focus back on the button) and a tap outside it.
 */
export function wireSiteMenu(): void {
  const menu = document.querySelector<HTMLDetailsElement>('[data-site-menu]');
  if (!menu) return;
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    menu.querySelector('summary')?.focus();
  });
  document.addEventListener('click', (event) => {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
}
