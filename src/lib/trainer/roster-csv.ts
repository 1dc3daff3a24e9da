import { csvFile } from '../csv';
import type { RosterEntry } from './roster';

/** A course as the roster shows it: titles in the trainer's language, modules in course order. */
export interface RosterCourse {
  slug: string;
  title: string;
  modules: { id: string; title: string }[];
}

/** Column headings and status words of the CSV, in the trainer's language. */
export interface RosterCsvLabels {
  learner: string;
  course: string;
  module: string;
  status: string;
  score: string;
  minutes: string;
  date: string;
  'in-progress': string;
  completed: string;
}

/** Every module of every learner, one line each, as a CSV file Excel opens with Vietnamese intact (UTF-8 with BOM). */
export function rosterCsv(entries: readonly RosterEntry[], courses: readonly RosterCourse[], labels: RosterCsvLabels): string {
  const header = [labels.learner, labels.course, labels.module, labels.status, labels.score, labels.minutes, labels.date];
  const lines = [header];
  const sorted = [...entries].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  for (const entry of sorted) {
    const byModule = new Map(entry.modules.map((m) => [m.moduleId, m]));
    for (const course of courses) {
      for (const module of course.modules) {
        const m = byModule.get(module.id);
        if (m) lines.push([entry.name, course.title, module.title, labels[m.status], String(m.score ?? ''), String(m.minutes), m.date]);
      }
    }
  }
  return csvFile(lines);
}
