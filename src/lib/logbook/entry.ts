import { z } from '../zod';
import { noteProblem } from './note-check';

/** How the help ended: done with the resident; handed to a commune officer (their job, not a volunteer's); could not. */
export const RESULTS = ['done', 'handed-over', 'could-not'] as const;
export type HelpResult = (typeof RESULTS)[number];

/** Why it could not be done, in the words of the weekly report's "difficulties": what the team can act on. */
export const REASONS = ['missing-papers', 'weak-signal', 'old-phone-number', 'system-error', 'no-smartphone', 'other'] as const;
export type CouldNotReason = (typeof REASONS)[number];

/** Who was helped, without saying who: counted so the team sees whom it reaches. */
export const TAGS = ['older', 'ethnic-minority', 'disability', 'interpreter'] as const;
export type HelpTag = (typeof TAGS)[number];

/** A note is one or two sentences about a difficulty, never a resident's data. */
export const MAX_NOTE_LENGTH = 200;

const id = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);
const day = z.iso.date();
const time = z.iso.datetime({ offset: true });
/** A kind of help is named by its file in content/logbook/, so a report stays readable when kinds are reordered. */
export const helpKindId = z.string().regex(/^[a-z0-9-]{1,40}$/);

/** A note as the logbook keeps it: short plain text, with no phone or ID number. */
export const noteSchema = z
  .string()
  .max(MAX_NOTE_LENGTH)
  .refine((note) => !/[\p{Cc}\p{Cf}]/u.test(note.replace(/\n/g, '')), 'control characters')
  .refine((note) => noteProblem(note) === null, 'a phone or ID number');

/** One resident helped, as the volunteer logged it. */
export const logEntrySchema = z
  .strictObject({
    /** Random id, made when the entry is logged. */
    id,
    /** The volunteer's profile. */
    profileId: id,
    /** The volunteer's local day the help was given; the week of the report is counted from it. */
    day,
    /** Which kind of help (content/logbook/<kind>.yaml). */
    kind: helpKindId,
    result: z.enum(RESULTS),
    /** Why it could not be done; null unless the result is could-not. */
    reason: z.enum(REASONS).nullable(),
    tags: z.array(z.enum(TAGS)).max(TAGS.length).refine((tags) => new Set(tags).size === tags.length, 'a tag twice'),
    /** A difficulty worth the weekly report; empty when there was none. */
    note: noteSchema,
    createdAt: time,
    /** The last edit; a merge of two devices keeps the newer. */
    updatedAt: time,
  })
  .refine((entry) => (entry.result === 'could-not') === (entry.reason !== null), { path: ['reason'], message: 'a reason goes with could-not only' });
export type LogEntry = z.infer<typeof logEntrySchema>;
