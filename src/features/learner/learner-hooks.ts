import { useEffect, useState } from 'react';
import type { Profile } from '../../lib/learner/learner';

type Store = typeof import('../../data/db');
let loading: Promise<Store> | undefined;

/**
 * The learner database module, loaded after the page is usable: a module page is read and its quiz answered
 * before Dexie arrives, which keeps the page's start-up JavaScript within budget.
 */
export function loadStore(): Promise<Store> {
  return (loading ??= import('../../data/db'));
}

/** A live query on the learner database: re-runs when the data changes, in this tab or another. */
export function useLive<T>(query: (store: Store) => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let cancelled = false;
    let subscription: { unsubscribe(): void } | undefined;
    void loadStore().then((store) => {
      if (cancelled) return;
      subscription = store.liveQuery(() => query(store)).subscribe({ next: (v) => setValue(() => v), error: () => undefined });
    });
    return () => {
      cancelled = true;
      subscription?.unsubscribe();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}

type StorageState = ReturnType<Store['storageState']['get']>;

/** Storage as the page sees it: working, missing (private mode), or taken over by a newer version in another tab. */
export function useStorageState(): StorageState {
  const [state, setState] = useState<StorageState>('ok');
  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    void loadStore().then((store) => {
      if (cancelled) return;
      store.learnerDb();
      setState(store.storageState.get());
      const off = store.storageState.subscribe(() => setState(store.storageState.get()));
      unsubscribe = () => void off();
    });
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, []);
  return state;
}

export type Learner =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'guest' }
  | { kind: 'profile'; profile: Profile };

/** Who is learning on this device now; follows changes made in other tabs. */
export function useLearner(): Learner {
  const learner = useLive(async ({ learnerDb, ACTIVE_PROFILE, GUEST }): Promise<Learner> => {
    try {
      const db = learnerDb();
      const active = (await db.settings.get(ACTIVE_PROFILE))?.value;
      if (active === GUEST) return { kind: 'guest' };
      const profile = typeof active === 'string' ? await db.profiles.get(active) : undefined;
      return profile ? { kind: 'profile', profile } : { kind: 'none' };
    } catch {
      // No IndexedDB: the banner explains; the learner goes on as a guest whose results are not saved.
      return { kind: 'guest' };
    }
  }, []);
  return learner ?? { kind: 'loading' };
}

const LAST_ACTIVE = 'hocso.lastActive';

/** Signs the learner out after `idle` minutes without a touch or key, for phones shared by a family. */
export function useIdleSignOut(learner: Learner): void {
  const idle = useLive(async ({ learnerDb, IDLE_MINUTES }) => {
    try {
      const value = (await learnerDb().settings.get(IDLE_MINUTES))?.value;
      return typeof value === 'number' ? value : 0;
    } catch {
      return 0;
    }
  }, []);
  const signedIn = learner.kind === 'profile';
  useEffect(() => {
    if (!signedIn || !idle) return;
    const limit = idle * 60_000;
    const signOut = () => void loadStore().then((s) => s.learnerDb().settings.delete(s.ACTIVE_PROFILE)).catch(() => undefined);
    const last = Number(localStorage.getItem(LAST_ACTIVE) ?? Date.now());
    if (Date.now() - last > limit) return signOut();
    let timer = window.setTimeout(signOut, limit - (Date.now() - last));
    const touch = () => {
      localStorage.setItem(LAST_ACTIVE, String(Date.now()));
      window.clearTimeout(timer);
      timer = window.setTimeout(signOut, limit);
    };
    touch();
    const events = ['pointerdown', 'keydown', 'scroll'] as const;
    events.forEach((e) => window.addEventListener(e, touch, { passive: true }));
    return () => {
      window.clearTimeout(timer);
      events.forEach((e) => window.removeEventListener(e, touch));
    };
  }, [signedIn, idle]);
}

/** True after the first render in the browser: islands show their static HTML until then. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
