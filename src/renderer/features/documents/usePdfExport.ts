import { useState } from 'react';
import { DEFAULT_PAGE_SIZE, type PageSize } from '../../../shared/documents/schema';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';

/**
 * The state every PDF dialog shares: the paper size (the vault's setting until the
 * mentor picks another), and the export call with its result. A cancelled save
 * dialog answers null: the dialog simply stays open.
 */
export function usePdfExport<M extends 'documents.charter' | 'documents.report'>(method: M) {
  const settings = useVaultQuery('documents.getSettings', {});
  const [chosen, setPageSize] = useState<PageSize | null>(null);
  const run = useVaultMutation(method);
  return { pageSize: chosen ?? settings.data?.pageSize ?? DEFAULT_PAGE_SIZE, setPageSize, run };
}
