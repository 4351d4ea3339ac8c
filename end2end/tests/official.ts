/** The official's account the suite creates before it starts the app (see playwright.config.ts). */
export const OFFICIAL = {
  email: 'sagsbehandler@e2e.test',
  name: 'Sagsbehandler i testen',
  password: 'en lang og hemmelig adgangskode',
} as const;
