import { useTranslation } from 'react-i18next';
import { MidadError } from '../../../shared/api/errors';

/** Turns anything a call rejected with into the translated message for its code. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    const revived = MidadError.revive(error);
    return t(`errors:${revived.code}`, revived.params);
  };
}
