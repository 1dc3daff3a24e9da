/** Fills `{name}` placeholders in a UI string; unknown placeholders stay visible so a missing value is noticed. */
export function fillTemplate(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}
