import type { ReactNode } from 'react';
import { errorMessage } from '../bridge/client';

/**
 * A refusal or failure the screen cannot place next to one field, announced as an
 * alert: the error's own message (the bridge's code turned into words), or the words given.
 */
export function ErrorBanner({ error, children }: { error?: unknown; children?: ReactNode }) {
  return (
    <p className="form-error-banner" role="alert">
      {children ?? errorMessage(error)}
    </p>
  );
}
