import type { z } from 'zod';
import type { FieldIssue, IssueRule } from '../errors';
import { en as validation } from './messages/validation';

type SaysId = keyof typeof validation & `validation.says.${string}`;

/** English sentence -> its id, for the schemas' own sentences (they take the text from the catalogue). */
const saysByText = new Map<string, SaysId>(
  (Object.keys(validation) as (keyof typeof validation)[])
    .filter((id): id is SaysId => id.startsWith('validation.says.'))
    .map((id) => [validation[id].message, id]),
);

/** The SMART builders put their letter before the sentence ("M (measurable): ..."); the form shows the letter already. */
const LETTER_PREFIX = /^[A-Z] \([a-z-]+\): /;

const num = (value: number | bigint) => Number(value);

/**
 * Which words of the catalogue say what is wrong with one refused field, whatever
 * language the schema's own English sentence is in: its own sentence where it has one in
 * the catalogue, otherwise the kind of check that failed. A refinement's sentence that is
 * not in the catalogue has none: a screen's own check words it in the screen's language.
 */
export function issueRule(issue: z.core.$ZodIssue): IssueRule | undefined {
  const own = saysByText.get(issue.message.replace(LETTER_PREFIX, ''));
  if (own) return { id: own };
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return num(issue.minimum) <= 1 ? { id: 'validation.rule.required' } : { id: 'validation.rule.tooShort', values: { min: num(issue.minimum) } };
      if (issue.origin === 'array' || issue.origin === 'set') return { id: 'validation.rule.tooFew', values: { min: num(issue.minimum) } };
      return { id: 'validation.rule.tooLow', values: { min: num(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { id: 'validation.rule.tooLong', values: { max: num(issue.maximum) } };
      if (issue.origin === 'array' || issue.origin === 'set') return { id: 'validation.rule.tooMany', values: { max: num(issue.maximum) } };
      return { id: 'validation.rule.tooHigh', values: { max: num(issue.maximum) } };
    case 'invalid_type':
      // zod leaves the input out of its issues. A form's controls give values of their type,
      // so a wrong type is a field left empty, a chosen record (an id) missing, or NaN.
      if (issue.expected === 'int' || issue.expected === 'number') {
        if (/Id$/.test(String(issue.path.at(-1) ?? ''))) return { id: 'validation.rule.chooseOne' };
        return { id: issue.expected === 'int' ? 'validation.rule.notWholeNumber' : 'validation.rule.notNumber' };
      }
      return { id: 'validation.rule.required' };
    case 'invalid_format':
      if (issue.format === 'date') return { id: 'validation.rule.notDate' };
      if (issue.format === 'datetime') return { id: 'validation.rule.notDateTime' };
      return { id: 'validation.rule.badForm' };
    case 'invalid_value':
      return { id: 'validation.rule.chooseOne' };
    case 'invalid_union':
      return 'errors' in issue && issue.errors[0]?.[0] ? issueRule(issue.errors[0][0]) : { id: 'validation.rule.invalid' };
    case 'custom':
      return undefined;
    default:
      return { id: 'validation.rule.invalid' };
  }
}

/** One refused field as the bridge returns it and a form shows it. */
export function fieldIssue(issue: z.core.$ZodIssue): FieldIssue {
  const rule = issueRule(issue);
  return { path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'), message: issue.message, ...(rule ? { rule } : {}) };
}
