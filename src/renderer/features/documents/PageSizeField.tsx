import { useIntl } from 'react-intl';
import { PAGE_SIZES, type PageSize } from '../../../shared/documents/schema';
import { SelectField } from '../../components/Field';
import { usePaperName } from './paper';

export function PageSizeField({ value, onChange, disabled }: { value: PageSize; onChange(size: PageSize): void; disabled?: boolean }) {
  const intl = useIntl();
  const paperName = usePaperName();
  return (
    <SelectField
      label={intl.formatMessage({ id: 'documents.export.paper' })}
      options={PAGE_SIZES.map((size) => ({ value: size, label: paperName(size) }))}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value as PageSize)}
    />
  );
}
