import { useEffect, useState } from 'react';
import type { Profile } from '../../lib/learner/learner';
import { markLearnerData, mayHoldLearnerData, onLearnerPresenceChange } from '../../data/learner-presence';

type Store = typeof import('../../data/db');
let loading: Promise<Store> | undefined;
const storeListeners = new Set<() => void>();

/**
 * The learner database module, loaded after the page is usable: a module page is read and its quiz answered
 * before Dexie arrives, which keeps the page's start-up JavaScript within budget.
 */
export function loadStore(): Promise<Store> {
  if (!loading) {
    loading = import('../../data/db');
    // Attempts a learner left a page on before they were stored are saved by the next page that opens the database.
    // So is a choice of learner made just before leaving.
    loading.then((store) => Promise.all([store.savePendingLearner(), store.savePendingAttempts()]), () => undefined).catch(() => undefined);
    loading.then(() => storeListeners.forEach((listener) => listener()), () => undefined);
  }
  return loading;
}

/** Whether this device may hold learner data (undefined while finding out); follows changes in any tab. */
function useLearnerPresence(): boolean | undefined {
  const [present, setPresent] = useState<boolean>();
  useEffect(() => {
    const check = () => void mayHoldLearnerData().then(setPresent);
    check();
    return onLearnerPresenceChange(check);
  }, []);
  return present;
}

/** True once the database library is loaded on this page, by whichever part needed it first. */
function useStoreLoaded(): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const done = () => setLoaded(true);
    loading?.then(done, () => undefined);
    storeListeners.add(done);
    return () => void storeListeners.delete(done);
  }, []);
  return loaded;
}

/**
 * A live query on the learner database: re-runs when the data changes, in this tab or another. Nothing is loaded
 * while `enabled` is false.
 */
export function useLive<T>(query: (store: Store) => Promise<T>, deps: readonly unknown[], enabled = true): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    if (!enabled) return;
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
  }, [...deps, enabled]);
  return value;
}

type StorageState = ReturnType<Store['storageState']['get']>;

/**
 * Storage as the page sees it: working, missing (private mode), or taken over by a newer version in another tab.
 * A browser without IndexedDB is known without the database library; otherwise the state is followed once the
 * library is loaded, by this hook when the device holds learner data or by whatever loads it (a quiz saved).
 */
export function useStorageState(): StorageState {
  const [state, setState] = useState<StorageState>('ok');
  useEffect(() => {
    if (typeof indexedDB === 'undefined') return void setState('unavailable');
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    let following = false;
    const follow = () => {
      if (following) return;
      following = true;
      void loadStore().then((store) => {
        if (cancelled) return;
        store.learnerDb();
        setState(store.storageState.get());
        const off = store.storageState.subscribe(() => setState(store.storageState.get()));
        unsubscribe = () => void off();
      });
    };
    storeListeners.add(follow);
    void mayHoldLearnerData().then((present) => present && !cancelled && follow());
    return () => {
      cancelled = true;
      storeListeners.delete(follow);
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

/**
 * Who is learning on this device now; follows changes made in other tabs. A device that never held learner data
 * has no one learning, known without loading the database library.
 */
export function useLearner(): Learner {
  const present = useLearnerPresence();
  const storeLoaded = useStoreLoaded();
  // Only in the browser: the server has no IndexedDB either, and a page built showing a guest would not match the
  // browser's first render (still loading), leaving both on the page once hydrated.
  const noIndexedDb = useHydrated() && typeof indexedDB === 'undefined';
  const learner = useLive(async ({ learnerDb, ACTIVE_PROFILE, GUEST }): Promise<Learner> => {
    try {
      const db = learnerDb();
      const active = (await db.settings.get(ACTIVE_PROFILE))?.value;
      const profile = typeof active === 'string' && active !== GUEST ? await db.profiles.get(active) : undefined;
      // Keeps the hint true to the database: created, chosen and removed profiles all pass through here.
      markLearnerData(active !== undefined || (await db.profiles.count()) > 0);
      if (active === GUEST) return { kind: 'guest' };
      return profile ? { kind: 'profile', profile } : { kind: 'none' };
    } catch {
      // No IndexedDB: the banner explains; the learner goes on as a guest whose results are not saved.
      return { kind: 'guest' };
    }
  }, [], present === true || storeLoaded);
  if (noIndexedDb) return { kind: 'guest' };
  if (present === false && !storeLoaded) return { kind: 'none' };
  return learner ?? { kind: 'loading' };
}

const LAST_ACTIVE = 'hocso.lastActive';

/** Signs the learner out after `idle` minutes without a touch or key, for phones shared by a family. */
export function useIdleSignOut(learner: Learner): void {
  const signedIn = learner.kind === 'profile';
  // Read alongside the learner, not after: a learner past the limit is signed out before their page shows them in.
  const present = useLearnerPresence();
  const storeLoaded = useStoreLoaded();
  const idle = useLive(async ({ learnerDb, IDLE_MINUTES }) => {
    try {
      const value = (await learnerDb().settings.get(IDLE_MINUTES))?.value;
      return typeof value === 'number' ? value : 0;
    } catch {
      return 0;
    }
  }, [], present === true || storeLoaded);
  useEffect(() => {
    if (!signedIn || !idle) return;
    const limit = idle * 60_000;
    const signOut = () => void loadStore().then((s) => s.signOut()).catch(() => undefined);
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
