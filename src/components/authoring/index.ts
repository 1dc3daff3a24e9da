import type { AuthoringComponentName } from '../../lib/authoring';
import Android from './Android.astro';
import IPhone from './IPhone.astro';
import PhoneScreen from './PhoneScreen.astro';
import PlatformSteps from './PlatformSteps.astro';
import Practice from './Practice.astro';
import Slide from './Slide.astro';
import Steps from './Steps.astro';
import Tip from './Tip.astro';
import TrainerNote from './TrainerNote.astro';
import Warning from './Warning.astro';

export const authoringComponents: Record<AuthoringComponentName, unknown> = {
  Steps,
  Tip,
  Warning,
  PhoneScreen,
  Practice,
  TrainerNote,
  PlatformSteps,
  Android,
  IPhone,
  Slide,
};
