import type { z } from 'zod';
import type { FieldIssue } from '../../../shared/errors';
import { VaultError } from '../../vault/vault-error';
import type { FieldMap } from './read-fields';

/**
 * Reads a returned form's answers field by field against the shared schemas, collecting
 * every problem in words under the field's name, so the mentor can tell the person which
 * answer to fix.
 */
export class AnswerReader {
  readonly issues: FieldIssue[] = [];
  constructor(private readonly fields: FieldMap) {}

  private wrongType(name: string, label: string, kind: string): void {
    this.issues.push({ path: [name], message: `${label}: the form's field is not ${kind} any more; it was changed after it was made.` });
  }

  private checked<T>(name: string, label: string, schema: z.ZodType<T>, raw: unknown, fallback: T): T {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    this.issues.push({ path: [name], message: `${label}: ${parsed.error.issues[0]!.message}.` });
    return fallback;
  }

  text<T>(name: string, label: string, schema: z.ZodType<T>, fallback: T): T {
    const field = this.fields.get(name);
    if (!field) {
      this.issues.push({ path: [name], message: `${label}: the field is missing from the form.` });
      return fallback;
    }
    if (field.type !== 'text') {
      this.wrongType(name, label, 'a text box');
      return fallback;
    }
    return this.checked(name, label, schema, field.value, fallback);
  }

  /** A drop-down's choice; a text box in its place (some tools rewrite fields) is read as typed. */
  choice<T>(name: string, label: string, schema: z.ZodType<T>, fallback: T): T {
    const field = this.fields.get(name);
    if (!field) {
      this.issues.push({ path: [name], message: `${label}: the field is missing from the form.` });
      return fallback;
    }
    if (field.type !== 'choice' && field.type !== 'text') {
      this.wrongType(name, label, 'a list to choose from');
      return fallback;
    }
    return this.checked(name, label, schema, field.value, fallback);
  }

  check(name: string, label: string): boolean {
    const field = this.fields.get(name);
    if (!field) {
      this.issues.push({ path: [name], message: `${label}: the field is missing from the form.` });
      return false;
    }
    if (field.type !== 'check') {
      this.wrongType(name, label, 'a tick box');
      return false;
    }
    return field.value;
  }

  /** Throws every problem at once, if any. */
  done(): void {
    if (this.issues.length === 0) return;
    const shown = this.issues.slice(0, 5).map((i) => i.message).join(' ');
    const more = this.issues.length > 5 ? ` And ${this.issues.length - 5} more.` : '';
    throw new VaultError('INVALID_INPUT', `Some answers on the form cannot be recorded. ${shown}${more}`, this.issues);
  }
}
