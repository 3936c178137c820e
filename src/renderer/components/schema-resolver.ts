import { toNestErrors, validateFieldsNatively } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { fieldIssue } from '../../shared/i18n/field-issue';
import { issueText } from '../i18n/issue-text';

/** A union's refusal says what its first branch refused, as zod's own resolver does. */
function leaf(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code === 'invalid_union' && 'errors' in issue && issue.errors[0]?.[0]) {
    const inner = issue.errors[0][0];
    return leaf({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue);
  }
  return issue;
}

/**
 * react-hook-form's check of a form by its shared zod schema, the same schema the bridge
 * checks: each refused field gets its first issue, in the words of the screens' language
 * (issue-text.ts). zod's own resolver keeps only the English sentence, so it is not used.
 */
export function schemaResolver<I extends FieldValues, O>(schema: z.ZodType<O, I>): Resolver<I, unknown, O> {
  return async (values, _context, options) => {
    const parsed = await schema.safeParseAsync(values);
    if (parsed.success) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
      return { values: parsed.data, errors: {} };
    }
    const errors: Record<string, FieldError> = {};
    for (const raw of parsed.error.issues) {
      const issue = fieldIssue(leaf(raw));
      const key = issue.path.join('.');
      errors[key] ??= { type: raw.code, message: issueText(issue) };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}
