import { schemaResolver } from './schema-resolver';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormSetError } from 'react-hook-form';
import type { z } from 'zod';
import { errorMessage } from '../bridge/client';
import { applyServerIssues } from '../bridge/form-errors';

/** How a save ended: sent; refused with issues now shown beside their fields; or failed (the message is in `failure`). */
export type SaveOutcome = 'saved' | 'refused' | 'failed';

export interface SchemaFormOptions<I extends FieldValues> {
  /** Puts a refusal's issues on the form's fields; returns whether any was placed. By default by their path. */
  place?(err: unknown, setError: UseFormSetError<I>): boolean;
  /** The message of a failure no field shows, in a sentence of the screen's language ("Not saved: {problem}"). */
  failureWords?(problem: string): string;
  /** After each save attempt that passed the form's own check (focus, announcements). */
  after?(outcome: SaveOutcome): void;
}

/**
 * A form on one shared zod schema: react-hook-form checks it as the bridge will (the
 * first field refused takes focus, the message beside it), `save` sends the parsed
 * values, and a refusal from the main process lands on the fields it names or, when it
 * names none, in `failure`.
 */
export function useSchemaForm<I extends FieldValues, O>(schema: z.ZodType<O, I>, defaultValues: DefaultValues<NoInfer<I>>, save: (values: O) => Promise<unknown>, options: SchemaFormOptions<NoInfer<I>> = {}) {
  const form = useForm<I, unknown, O>({ resolver: schemaResolver(schema as never) as unknown as Resolver<I, unknown, O>, defaultValues });
  const [failure, setFailure] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    let outcome: SaveOutcome = 'saved';
    try {
      await save(values);
    } catch (err) {
      const placed = (options.place ?? applyServerIssues)(err, form.setError);
      if (!placed) setFailure(options.failureWords ? options.failureWords(errorMessage(err)) : errorMessage(err));
      outcome = placed ? 'refused' : 'failed';
    }
    options.after?.(outcome);
  });
  return { form, errors: form.formState.errors, failure, setFailure, onSubmit };
}
