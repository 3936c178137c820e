import { useIntl } from 'react-intl';
import type { PageSize } from '../../../shared/documents/schema';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { useToast } from '../../components/Toast';
import { PageSizeField } from './PageSizeField';
import { usePaperName } from './paper';

/** The paper PDFs are typeset for by default (kept in the vault; each export can still choose). */
export function PdfPaperSetting() {
  const intl = useIntl();
  const paperName = usePaperName();
  const { notify } = useToast();
  const settings = useVaultQuery('documents.getSettings', {});
  const update = useVaultMutation('documents.updateSettings', {
    invalidate: ['documents.getSettings'],
    onSuccess: (s) => notify('success', intl.formatMessage({ id: 'documents.export.paperSaved' }, { paper: paperName(s.pageSize) })),
    onError: (err) => notify('error', errorMessage(err)),
  });
  if (!settings.data) return null;
  return <PageSizeField value={settings.data.pageSize} disabled={update.isPending} onChange={(pageSize: PageSize) => update.mutate({ pageSize })} />;
}
