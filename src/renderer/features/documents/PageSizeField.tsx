import { PAGE_SIZE_LABELS, PAGE_SIZES, type PageSize } from '../../../shared/documents/schema';
import { SelectField } from '../../components/Field';

const OPTIONS = PAGE_SIZES.map((value) => ({ value, label: PAGE_SIZE_LABELS[value] }));

export function PageSizeField({ value, onChange, disabled }: { value: PageSize; onChange(size: PageSize): void; disabled?: boolean }) {
  return (
    <SelectField
      label="Paper size"
      options={OPTIONS}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value as PageSize)}
    />
  );
}
