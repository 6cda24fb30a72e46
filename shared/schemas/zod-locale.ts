import { z } from 'zod';

let configured = false;

/**
 * Makes zod's built-in messages Vietnamese, for the rare check that has no message of its own.
 * Called once at boot by the core and by the renderer.
 */
export function applyVietnameseValidationMessages(): void {
  if (configured) return;
  z.config(z.locales.vi());
  configured = true;
}
