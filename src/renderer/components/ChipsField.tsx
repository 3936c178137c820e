import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { ChipsInput, type ChipsInputProps } from './ChipsInput';

export type ChipsFieldProps<T extends FieldValues, O> = Omit<ChipsInputProps, 'value' | 'onChange' | 'error'> & {
  control: Control<T, unknown, O>;
  /** A list of strings in the form. */
  name: FieldPath<T>;
};

/**
 * A ChipsInput bound to one list of a react-hook-form form: its value, its changes, and
 * the message beside it: the list's own, or else the first of its items' (one bad tag
 * among several).
 */
export function ChipsField<T extends FieldValues, O>({ control, name, ...chips }: ChipsFieldProps<T, O>) {
  const { field, fieldState } = useController({ control, name });
  const error = fieldState.error as { message?: string } | (({ message?: string } | undefined)[] & { message?: string }) | undefined;
  const message = error?.message ?? (Array.isArray(error) ? error.find(Boolean)?.message : undefined);
  return <ChipsInput {...chips} value={(field.value as string[] | undefined) ?? []} onChange={field.onChange} error={message} />;
}
