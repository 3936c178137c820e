import { z } from 'zod';
import { LANGUAGE_CHOICES } from '../i18n/locales';

/** This computer's settings for the app (config.json beside the vaults): readable while the vault is locked. */
export const appSettingsShape = z.strictObject({
  idleLockMinutes: z.int().min(1, 'At least 1 minute').max(240, 'At most 240 minutes'),
  clipboardClearSeconds: z.int().min(5, 'At least 5 seconds').max(600, 'At most 600 seconds'),
  /** Spell checking as the mentor types, with this computer's own dictionaries; absent in older config files = on. */
  spellCheck: z.boolean('Spell checking is either on or off').optional(),
  /** The language of the app: the system's, or one the mentor chose; absent in older config files = the system's. */
  language: z.enum(LANGUAGE_CHOICES, 'Choose the system language, English or Deutsch').optional(),
});
export type AppSettings = z.infer<typeof appSettingsShape>;
export const updateSettingsInput = appSettingsShape.partial().strict();
