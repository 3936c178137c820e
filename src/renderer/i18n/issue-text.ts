import type { FieldIssue } from '../../shared/errors';
import type { MessageId } from '../../shared/i18n/catalogue';
import { translator } from '../../shared/i18n/intl';
import { getActiveLocale } from './active-locale';

/**
 * What is wrong with one field, in the language of the screens. English shows the shared
 * schema's own sentence (it names the field, as the bridge and the CLI say it); another
 * language shows the catalogue's words for the same refusal, beside the field's own label.
 */
export function issueText(issue: Pick<FieldIssue, 'message' | 'rule'>): string {
  const locale = getActiveLocale();
  if (locale === 'en' || !issue.rule) return issue.message;
  return translator(locale).t(issue.rule.id as MessageId, issue.rule.values);
}
