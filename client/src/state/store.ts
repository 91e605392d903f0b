// A minimal observable store: one current value, shallow patches, and listeners told what the
// previous value was so they can skip work when the part they depend on did not change.

export type Listener<T> = (state: T, previous: T) => void;

export interface Store<T extends object> {
  get(): T;
  set(patch: Partial<T>): void;
  subscribe(listener: Listener<T>): () => void;
}

export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<Listener<T>>();
  return {
    get: () => state,
    set(patch) {
      const previous = state;
      const next = { ...state, ...patch };
      const changed = (Object.keys(patch) as (keyof T)[]).some((k) => !Object.is(previous[k], next[k]));
      if (!changed) return;
      state = next;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
