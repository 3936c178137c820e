import type { PdfExportResult } from '../../../shared/documents/schema';
import { PAGE_SIZE_LABELS } from '../../../shared/documents/schema';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SavedNote } from '../../components/SavedNote';

/** A written PDF, with "Open" to see it in the system's viewer (by the token the export answered). */
export function PdfResult({ result }: { result: PdfExportResult }) {
  const open = useVaultMutation('documents.open');
  const pages = result.pages === 1 ? '1 page' : `${result.pages} pages`;
  return (
    <SavedNote title={`PDF saved: ${pages}, ${PAGE_SIZE_LABELS[result.pageSize]}.`} path={result.path}>
      <div className="row">
        <Button variant="primary" busy={open.isPending} onClick={() => open.mutate({ token: result.token })}>
          Open
        </Button>
      </div>
      {open.error && (
        <ErrorBanner error={open.error} />
      )}
    </SavedNote>
  );
}
