import type { RefObject } from 'react';
import type { DefaultValues, FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { useFocusAfterCommit } from '../../../components/useFocusAfterCommit';
import { useSchemaForm } from '../../../components/useSchemaForm';

export interface CaptureFormOptions<I extends FieldValues, O> {
  /** The shared schema of the method's input (the meeting's id is among the values). */
  schema: z.ZodType<O, I>;
  defaultValues: DefaultValues<NoInfer<I>>;
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
  const focusAfterCommit = useFocusAfterCommit();
  const { form, errors, failure, onSubmit } = useSchemaForm(
    schema,
    defaultValues,
    async (values) => {
      await flush();
      await send(values);
    },
    {
      after: (outcome) => {
        if (outcome === 'saved') {
          form.reset({ ...form.getValues(), ...blank });
          announce(added);
        }
        // A refusal about a field is said beside it, and that field has focus. Otherwise the Add button,
        // disabled while it ran, gives focus back to the box's first field once drawn again, unless the
        // person has gone on to another field meanwhile (Alt+A while it was saving).
        if (outcome !== 'refused') focusAfterCommit(() => (movedOn(first.current?.closest('form')) ? null : first.current));
      },
    },
  );
  return { form, errors, failure, submit: onSubmit };
}
