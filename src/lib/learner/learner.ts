import type { Confirmation } from '../certificate/countersign';
import type { CertificatePayload } from '../certificate/payload';
import type { LogEntry } from '../logbook/entry';
import type { PinHash } from './pin';
import type { PinLock } from './pin-lockout';
import type { ModuleProgress } from './progress';
import type { Answer } from './quiz';

export type { ModuleProgress } from './progress';

/** Pictures a learner can pick for their profile: emoji, so nothing is downloaded. */
export const AVATARS = ['🌾', '🌸', '🐃', '🐟', '🌳', '⭐', '🚲', '📱'] as const;
export type Avatar = (typeof AVATARS)[number];

/** One person learning on this device. */
export interface Profile {
  /** Random id, made when the profile is created; the same on every device the profile moves to. */
  id: string;
  /** The name the learner picked; shown as text only. */
  name: string;
  avatar: Avatar;
  /** Set when the learner chose a PIN. Never leaves the device: no backup carries it. */
  pin: PinHash | null;
  /** Wrong PINs in a row and when the last was typed: the wait survives a reload and a restart. */
  pinLock: PinLock;
  /**
   * A random secret of this profile, carried only by backups made while the profile was open (unlocked). Importing a
   * backup whose key matches is how a learner who forgot her PIN proves the backup is hers (see README, "Forgotten PIN").
   */
  recoveryKey: string;
  createdAt: string;
}

/** One try at a module's quiz. */
export interface Attempt {
  id: string;
  profileId: string;
  moduleId: string;
  at: string;
  percent: number;
  passed: boolean;
  /** Answers in the author's original indexes, by question id. */
  answers: Record<string, Answer>;
}

/** A certificate issued on this device for a completed course, kept as it was printed. */
export interface Certificate {
  /** The certificate ID, SHA-256 of the payload; a row from v1 keeps its random id. */
  id: string;
  profileId: string;
  course: string;
  issuedAt: string;
  /** Everything the certificate says; null for a row from v1, which is issued again from the learner's progress. */
  payload: CertificatePayload | null;
  /** A trainer's signed in-person confirmation the learner saved from a confirmed link; null until then. */
  confirmation: Confirmation | null;
}

export interface Setting {
  key: string;
  value: string | number | boolean | null;
}

/** Everything stored for learners, as exported in a backup. */
export interface LearnerData {
  profiles: Profile[];
  progress: ModuleProgress[];
  attempts: Attempt[];
  certificates: Certificate[];
  /** The volunteer's logbook: help given at the commune centre. */
  logbook: LogEntry[];
}

/** Names are 1–40 characters of text; markup characters and control characters are refused. */
export function isValidName(name: string): boolean {
  const trimmed = name.trim();
  return trimmed.length >= 1 && trimmed.length <= 40 && !/[<>\p{Cc}\p{Cf}]/u.test(trimmed);
}

export function newId(): string {
  return crypto.randomUUID();
}

/** 128 random bits as 32 hex digits: a profile's recovery key. */
export function newRecoveryKey(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
