import { useIntl } from 'react-intl';
import type { PageSize } from '../../../shared/documents/schema';

/** A paper size by the name people know it by, in the screens' language ("A4", "US Letter"). */
export function usePaperName(): (size: PageSize) => string {
  const intl = useIntl();
  return (size) => intl.formatMessage({ id: size === 'A4' ? 'documents.export.paper.A4' : 'documents.export.paper.LETTER' });
}
