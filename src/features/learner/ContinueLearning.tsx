import { translator, type Strings } from '../../i18n/strings';
import { continueModule } from '../../lib/learner/progress';
import { useLearner, useLive } from './learner-hooks';

interface Props {
  strings: Strings;
  /** Module id → its title and address in this language. */
  modules: Record<string, { title: string; path: string }>;
}

/** "Continue learning" on the home page: back to the module and the section where the learner stopped. */
export default function ContinueLearning({ strings, modules }: Props) {
  const t = translator(strings);
  const learner = useLearner();
  const profileId = learner.kind === 'profile' ? learner.profile.id : undefined;
  const next = useLive(async ({ learnerDb }) => {
    if (!profileId) return undefined;
    try {
      return continueModule(await learnerDb().progress.where('profileId').equals(profileId).toArray());
    } catch {
      return undefined;
    }
  }, [profileId], profileId !== undefined);
  const module = next && modules[next.moduleId];
  if (!next || !module) return null;
  const href = next.position?.heading ? `${module.path}#${next.position.heading}` : module.path;
  return (
    <section aria-labelledby="continue-title" className="continue card">
      <h2 id="continue-title">{t('home.continue.title')}</h2>
      <p>{t('home.continue.lead', { name: learner.kind === 'profile' ? learner.profile.name : '' })}</p>
      <p>
        <a className="button" href={href}>
          {t('home.continue.link', { title: module.title })}
        </a>
      </p>
    </section>
  );
}
