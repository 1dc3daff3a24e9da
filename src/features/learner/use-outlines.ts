import { useEffect, useRef, useState } from 'react';
import type { OutlineState, Outlines } from '../../lib/learner/course-outlines';
import type { Lang } from '../../lib/routes';

/** Loads the fetching code (and the schema it brings) only when a page asks for an outline. */
export const loadOutlines = (lang: Lang, courses: readonly string[]): Promise<Map<string, OutlineState>> =>
  import('./outline-client').then(
    (client) => client.fetchOutlines(lang, courses),
    () => new Map(courses.map((course) => [course, 'unreachable'])),
  );

/**
 * The outlines a part of a page needs, fetched as `need` names them: `need` gets the outlines fetched so far and
 * returns the courses it wants, so a part can ask for one course first and more only if that one does not settle it.
 */
export function useOutlines(lang: Lang, need: (outlines: Outlines) => readonly string[]): Outlines {
  const [outlines, setOutlines] = useState<ReadonlyMap<string, OutlineState>>(new Map());
  const asked = useRef(new Set<string>());
  const wanted = need(outlines).filter((course) => !outlines.has(course) && !asked.current.has(course));
  const key = [...new Set(wanted)].join(' ');

  // A fetch is never dropped when the part re-renders meanwhile (it would be asked for again and again); only when it leaves.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => void (mounted.current = false);
  }, []);

  useEffect(() => {
    if (!key) return;
    const courses = key.split(' ');
    courses.forEach((course) => asked.current.add(course));
    void loadOutlines(lang, courses).then((fetched) => {
      courses.forEach((course) => asked.current.delete(course));
      if (mounted.current) setOutlines((before) => new Map([...before, ...fetched]));
    });
  }, [lang, key]);

  return outlines;
}
