import { useEffect, useState } from 'react';
import { useMidad } from '../../app/AppContext';

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
}

/** API answers are plain data: equal JSON is an equal answer. */
function sameData(a: unknown, b: unknown): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Runs a read against the API and runs it again whenever any draft changes
 * (`drafts.onDidChange`), so every library view refreshes live. A stale answer
 * never overwrites a newer one.
 */
export function useDraftsQuery<T>(load: () => Promise<T>, deps: readonly unknown[]): QueryState<T> {
  const midad = useMidad();
  const [state, setState] = useState<QueryState<T>>({ data: undefined, error: undefined });
  useEffect(() => {
    let generation = 0;
    let active = true;
    const run = () => {
      const mine = ++generation;
      load().then(
        // An unchanged answer keeps the state: each autosave is a draft change, and views
        // that do not show the saved draft must not re-render on every save while typing.
        (data) =>
          active &&
          mine === generation &&
          setState((previous) => (previous.error === undefined && sameData(previous.data, data) ? previous : { data, error: undefined })),
        (error: unknown) => active && mine === generation && setState((previous) => ({ data: previous.data, error })),
      );
    };
    run();
    const unsubscribe = midad.drafts.onDidChange(run);
    return () => {
      active = false;
      unsubscribe();
    };
    // `deps` are what `load` reads; the caller lists them like a hook dependency array.
  }, [midad, ...deps]);
  return state;
}
