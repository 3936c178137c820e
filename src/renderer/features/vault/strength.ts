import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { z } from 'zod';
import { translator } from '../../../shared/i18n/intl';
import { passphrase } from '../../../shared/vault/schema';
import { getActiveLocale } from '../../i18n/active-locale';
import type * as StrengthRule from '../../../shared/passphrase';

type StrengthModule = typeof StrengthRule;
export type { PassphraseStrength } from '../../../shared/passphrase';

let loading: Promise<StrengthModule> | undefined;

/** The strength rule with its dictionaries: a separate chunk, fetched when a form needs it. */
export function loadStrength(): Promise<StrengthModule> {
  loading ??= import('../../../shared/passphrase');
  return loading;
}

/** Strength of what is typed so far; null until the rule has loaded or when empty. */
export function usePassphraseStrength(value: string) {
  const [rule, setRule] = useState<StrengthModule | null>(null);
  useEffect(() => {
    let live = true;
    void loadStrength().then((m) => live && setRule(m));
    return () => {
      live = false;
    };
  }, []);
  const deferred = useDeferredValue(value);
  return useMemo(() => (rule && deferred ? rule.passphraseStrength(deferred) : null), [rule, deferred]);
}

/** Read when the form is checked, so the words follow the language chosen since the module loaded. */
const words = (id: 'vault.passphrase.mismatch' | 'vault.passphrase.same') => translator(getActiveLocale()).t(id);

interface NewPassphrase {
  passphrase: string;
  confirm: string;
}

/** The same rule as the core (so a weak passphrase is refused before any call), and the two must match. */
async function checkNewPassphrase(values: NewPassphrase, ctx: z.RefinementCtx<NewPassphrase>) {
  const problem = (await loadStrength()).passphraseProblem(values.passphrase);
  if (problem) ctx.addIssue({ code: 'custom', path: ['passphrase'], message: problem });
  if (values.passphrase !== values.confirm) ctx.addIssue({ code: 'custom', path: ['confirm'], message: words('vault.passphrase.mismatch') });
}

/** A new vault's passphrase, typed twice. */
export const newPassphraseForm = z.object({ passphrase, confirm: z.string() }).superRefine(checkNewPassphrase);
export type NewPassphraseValues = z.infer<typeof newPassphraseForm>;

/** Changing the passphrase: the current one, and the new one typed twice. */
export const changePassphraseForm = z
  .object({ current: passphrase, passphrase, confirm: z.string() })
  .superRefine(checkNewPassphrase)
  .refine((v) => v.current !== v.passphrase, { path: ['passphrase'], error: () => words('vault.passphrase.same') });
export type ChangePassphraseValues = z.infer<typeof changePassphraseForm>;
