/** Shows the page's "print" buttons, which need a script, and makes them open the browser's print dialog. */
export function wirePrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
