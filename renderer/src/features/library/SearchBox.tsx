import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  ref: Ref<HTMLInputElement>;
}

export function SearchBox({ value, onChange, ref }: SearchBoxProps) {
  const { t } = useTranslation('library');
  return (
    <input
      ref={ref}
      type="search"
      className="search-box"
      aria-label={t('search.label')}
      placeholder={t('search.placeholder')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
