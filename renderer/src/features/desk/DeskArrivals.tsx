import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskArrival, ImportResult } from '../../../../shared/api/packagesService';
import { useMidad, useSettings } from '../../app/AppContext';
import { useErrorText } from '../../ui/useErrorText';
import { formatStepTime } from '../review/reviewSteps';
import { DeskStatus } from './DeskStatus';
import { isolate } from './isolate';
import { PackageOutcome } from './PackageOutcome';
import { useDeskScan } from './useDeskScan';
import './desk.css';

/**
 * Packages waiting in the desk folder that bring something this machine does
 * not have, live as the watcher sees them arrive. Hidden while no desk folder
 * is set. "Take" imports one; an unreadable one is explained and left alone.
 */
export function DeskArrivals() {
  const { t } = useTranslation('desk');
  const midad = useMidad();
  const { uiLanguage, houseStyle } = useSettings();
  const errorText = useErrorText();
  const { scan, error, refresh } = useDeskScan();
  const [taken, setTaken] = useState<ImportResult>();
  const [takeError, setTakeError] = useState<unknown>();

  if (!scan || scan.state === 'off') return null;

  const take = async (arrival: DeskArrival) => {
    setTakeError(undefined);
    try {
      setTaken(await midad.desk.take({ file: arrival.file }));
    } catch (caught) {
      setTakeError(caught);
    } finally {
      refresh();
    }
  };

  return (
    <section className="desk-arrivals" aria-label={t('arrivals.title')}>
      <h2>
        {t('arrivals.title')} {scan.arrivals.length > 0 && <span className="count">({scan.arrivals.length})</span>}
      </h2>
      <DeskStatus scan={scan} />
      {scan.waiting.length > 0 && <p className="muted">{t('arrivals.waiting', { count: scan.waiting.length })}</p>}
      {error !== undefined && <p role="alert">{errorText(error)}</p>}
      {takeError !== undefined && <p role="alert">{errorText(takeError)}</p>}
      {taken && <PackageOutcome result={taken} />}
      {scan.state === 'reachable' && scan.arrivals.length === 0 && <p className="muted">{t('arrivals.empty')}</p>}
      <ul>
        {scan.arrivals.map((arrival) => (
          <li key={arrival.file} data-state={arrival.state}>
            <span className="arrival-state">{t(`arrivals.state.${arrival.state}`)}</span>{' '}
            {arrival.package ? (
              <>
                <strong className="arrival-headline">{arrival.package.headline || t('arrivals.untitled')}</strong>{' '}
                <span className="muted">
                  {t('arrivals.from', {
                    sender: isolate(arrival.package.sender.name),
                    machine: isolate(arrival.package.sender.machine),
                    when: isolate(formatStepTime(arrival.package.sentAt, uiLanguage, houseStyle.timeZone)),
                  })}
                </span>{' '}
                <button type="button" onClick={() => void take(arrival)}>
                  {t('arrivals.take')}
                </button>
              </>
            ) : (
              <span>{t('arrivals.unreadable', { file: arrival.file })}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
