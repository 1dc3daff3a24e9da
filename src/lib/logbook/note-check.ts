// The logbook keeps no resident's personal data. Its notes refuse what a volunteer might jot down out of habit: an ID
// number or a phone number. No zod here: the logging form checks every keystroke and must stay small.

/** Why a note was refused; each has a message in both languages (`logbook.note.<problem>`). */
export type NoteProblem = 'phone' | 'id-number';

/** Digits, with at most one space, dot or hyphen between two of them, as people write long numbers. */
const NUMBER = /\+?\d(?:[ .-]?\d)*/g;
/** A sum of money is not a resident's number: "150.000.000 đồng" may be written in a note about a scam. */
const MONEY_AFTER = /^\s?(?:đ|₫|đồng|dong|vnđ|vnd)(?![\p{L}\p{N}])/iu;
/** Shortest run of digits refused: 9 is an old ID card number; a citizen ID has 12, a phone number 10 or 11. */
export const MIN_REFUSED_DIGITS = 9;

/** What in a note looks like a resident's phone number or ID number, or null when the note may be saved. */
export function noteProblem(note: string): NoteProblem | null {
  for (const match of note.matchAll(NUMBER)) {
    const digits = match[0].replace(/\D/g, '');
    if (digits.length < MIN_REFUSED_DIGITS) continue;
    if (MONEY_AFTER.test(note.slice(match.index + match[0].length))) continue;
    const phone = match[0].startsWith('+84') || /^84\d{9}$/.test(digits) || (/^0\d+$/.test(digits) && digits.length >= 10 && digits.length <= 11);
    return phone ? 'phone' : 'id-number';
  }
  return null;
}
