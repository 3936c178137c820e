import { useIntl } from 'react-intl';
import type { PdfExportResult } from '../../../shared/documents/schema';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SavedNote } from '../../components/SavedNote';
import { usePaperName } from './paper';

/** A written PDF, with "Open" to see it in the system's viewer (by the token the export answered). */
export function PdfResult({ result }: { result: PdfExportResult }) {
  const open = useVaultMutation('documents.open');
  const intl = useIntl();
  const paperName = usePaperName();
  return (
    <SavedNote title={intl.formatMessage({ id: 'documents.export.saved' }, { pages: result.pages, paper: paperName(result.pageSize) })} path={result.path}>
      <div className="row">
        <Button variant="primary" busy={open.isPending} onClick={() => open.mutate({ token: result.token })}>
          {intl.formatMessage({ id: 'documents.export.open' })}
        </Button>
      </div>
      {open.error && (
        <ErrorBanner error={open.error} />
      )}
    </SavedNote>
  );
}
