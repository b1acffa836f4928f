import type { Unsubscribe } from '../../shared/api/contract';

export interface Emitter<T> {
  on(listener: (payload: T) => void): Unsubscribe;
  emit(payload: T): void;
}

/**
 * A minimal typed event source. A listener that throws is isolated so one
 * broken subscriber (a closed socket, a dead window) cannot stop the others.
 */
export function createEmitter<T>(): Emitter<T> {
  const listeners = new Set<(payload: T) => void>();
  return {
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(payload) {
      for (const listener of [...listeners]) {
        try {
          listener(payload);
        } catch {
          // Isolated on purpose; see above.
        }
      }
    },
  };
}
