import { z } from 'astro/zod';

// Zod compiles fast validators with `new Function`, which the site's CSP forbids; its probe for that alone
// reports a violation. Validation in the browser is small enough without it.
z.config({ jitless: true });

export { z };
