/**
 * On pages whose content travels in the URL fragment (a certificate to verify or print), the language switch takes
 * the fragment along, so the other language shows the same certificate.
 */
export function carryFragmentAcrossLanguages(): void {
  const links = document.querySelectorAll<HTMLAnchorElement>('a[data-carry-fragment]');
  if (links.length === 0) return;
  const update = () => links.forEach((link) => (link.hash = location.hash));
  update();
  window.addEventListener('hashchange', update);
}
