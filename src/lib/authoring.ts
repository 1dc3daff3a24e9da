/** The components an author may use in MDX without importing them. */
export const AUTHORING_COMPONENTS = ['Steps', 'Tip', 'Warning', 'PhoneScreen', 'Practice', 'TrainerNote', 'PlatformSteps', 'Android', 'IPhone', 'Slide'] as const;
export type AuthoringComponentName = (typeof AUTHORING_COMPONENTS)[number];
