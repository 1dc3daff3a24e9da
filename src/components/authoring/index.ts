import PhoneScreen from './PhoneScreen.astro';
import Practice from './Practice.astro';
import Steps from './Steps.astro';
import Tip from './Tip.astro';
import TrainerNote from './TrainerNote.astro';
import Warning from './Warning.astro';

/** What authors may use in MDX without importing it; tests/content checks modules use only these. */
export const authoringComponents = { Steps, Tip, Warning, PhoneScreen, Practice, TrainerNote };
