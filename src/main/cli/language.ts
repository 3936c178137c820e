import type { MessageId } from '../../shared/i18n/catalogue';
import { translator, type MessageValues } from '../../shared/i18n/intl';
import { matchLocale, type Locale } from '../../shared/i18n/locales';

/**
 * The command line speaks the terminal's language, as other command-line tools do:
 * MENTOR_VAULT_LANG, else the POSIX variables in their order of precedence (LC_ALL,
 * LC_MESSAGES, LANG). "de_DE.UTF-8" is German; "C", "POSIX" and anything the catalogue
 * lacks are English.
 */
export function cliLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const tag = [env.MENTOR_VAULT_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  if (!tag || tag === 'C' || tag === 'POSIX') return 'en';
  return matchLocale([tag.split('.')[0]!]);
}

/** One of the command line's messages, in its language. */
export function say(id: MessageId, values?: MessageValues): string {
  return translator(cliLocale()).t(id, values);
}
