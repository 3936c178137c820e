import { CLOSE_MARK } from '../i18n/symbols';
import { useSharedIntl } from '../i18n/shared-intl';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import './Toast.css';

export type ToastKind = 'success' | 'error' | 'info';
interface Toast {
  id: number;
  kind: ToastKind;
  text: string;
}

interface ToastApi {
  notify(kind: ToastKind, text: string): void;
  /** Removes every message at once (the vault locked: none may show over the lock screen). */
  clearAll(): void;
}

const ToastContext = createContext<ToastApi>({ notify: () => undefined, clearAll: () => undefined });

export function useToast(): ToastApi {
  return useContext(ToastContext);
}

const LIFETIME_MS = 6000;

/**
 * Short messages after saving or failing. The live regions are always in the page so
 * screen readers announce what is added: polite for outcomes, assertive for failures.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const intl = useSharedIntl();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const notify = useCallback(
    (kind: ToastKind, text: string) => {
      const id = nextId.current++;
      setToasts((all) => [...all.slice(-3), { id, kind, text }]);
      window.setTimeout(() => dismiss(id), LIFETIME_MS);
    },
    [dismiss],
  );
  const clearAll = useCallback(() => setToasts([]), []);
  const api = useMemo(() => ({ notify, clearAll }), [notify, clearAll]);

  const list = (filter: (t: Toast) => boolean) =>
    toasts.filter(filter).map((t) => (
      <div key={t.id} className={`toast toast-${t.kind}`}>
        <span className="toast-text">{t.text}</span>
        <button type="button" className="toast-close" onClick={() => dismiss(t.id)} aria-label={intl.formatMessage({ id: 'components.toast.dismiss' })}>
          {CLOSE_MARK}
        </button>
      </div>
    ));

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts">
        <div role="status" aria-live="polite" className="toast-region">
          {list((t) => t.kind !== 'error')}
        </div>
        <div role="alert" aria-live="assertive" className="toast-region">
          {list((t) => t.kind === 'error')}
        </div>
      </div>
    </ToastContext.Provider>
  );
}
