import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type RefObject } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { errorMessage } from '../../../bridge/client';
import { applyServerIssues } from '../../../bridge/form-errors';
import { useFocusAfterCommit } from '../../../components/useFocusAfterCommit';

export interface CaptureFormOptions<I extends FieldValues, O> {
  /** The shared schema of the method's input (the meeting's id is among the values). */
  schema: z.ZodType<O, I>;
  defaultValues: DefaultValues<I>;
  /** What the fields hold again once added (the rest, an action's owner say, stays for the next one). */
  blank: Partial<I>;
  /** Sends drafts still waiting, so the add (which clears the draft) is the last word on it. */
  flush(): Promise<unknown>;
  send(values: O): Promise<unknown>;
  /** Said to assistive technology once added. */
  added: string;
  announce(message: string): void;
  /** Where focus goes after an add or a failure: the box's first field, ready for the next one (never the page). */
  first: RefObject<HTMLElement | null>;
}

/** Whether focus is now on a control outside the form: the person has moved on, and stays there. */
function movedOn(form: HTMLFormElement | null | undefined): boolean {
  const active = document.activeElement;
  return active instanceof HTMLElement && active.matches('input, textarea, select, button:enabled') && !form?.contains(active);
}

/**
 * One quick-capture box as a form: checked with the shared schema (the first field it
 * refuses takes focus, the message beside it), sent, emptied for the next one.
 */
export function useCaptureForm<I extends FieldValues, O>({ schema, defaultValues, blank, flush, send, added, announce, first }: CaptureFormOptions<I, O>) {
  const form = useForm<I, unknown, O>({ resolver: zodResolver(schema as never) as unknown as Resolver<I, unknown, O>, defaultValues });
  const [failure, setFailure] = useState<string | null>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    await flush();
    try {
      await send(values);
      form.reset({ ...form.getValues(), ...blank });
      announce(added);
    } catch (err) {
      // A refusal about a field is said beside it, and that field has focus.
      if (applyServerIssues(err, form.setError)) return;
      setFailure(errorMessage(err));
    }
    // The Add button is disabled while it runs: focus comes back once it is drawn enabled again,
    // unless the person has gone on to another field meanwhile (Alt+A while it was saving).
    focusAfterCommit(() => (movedOn(first.current?.closest('form')) ? null : first.current));
  });
  return { form, errors: form.formState.errors, failure, submit };
}
