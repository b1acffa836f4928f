import { useCallback, useEffect, useState } from 'react';
import type { DeskScan } from '../../../../shared/api/packagesService';
import { useMidad, useSettings } from '../../app/AppContext';

export interface DeskScanState {
  scan: DeskScan | undefined;
  error: unknown;
  /** Looks again now (after taking a package, say) instead of waiting for the watcher. */
  refresh(): void;
}

/**
 * The desk folder as the host last saw it: scanned when shown and whenever the
 * `deskFolder` setting changes, then kept live by `desk.onDidArrive`, which the
 * host's watcher fires when packages arrive or the folder comes and goes.
 */
export function useDeskScan(): DeskScanState {
  const midad = useMidad();
  const { deskFolder } = useSettings();
  const [state, setState] = useState<{ scan: DeskScan | undefined; error: unknown }>({ scan: undefined, error: undefined });
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    let active = true;
    midad.desk.scan({}).then(
      (scan) => active && setState({ scan, error: undefined }),
      (error: unknown) => active && setState((previous) => ({ scan: previous.scan, error })),
    );
    const unsubscribe = midad.desk.onDidArrive((scan) => active && setState({ scan, error: undefined }));
    return () => {
      active = false;
      unsubscribe();
    };
  }, [midad, deskFolder, generation]);

  return { ...state, refresh };
}
