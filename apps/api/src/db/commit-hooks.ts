import type { DataSource } from 'typeorm';

type Hook = () => void;
const hooks = new WeakMap<DataSource, Hook[]>();

/** Runs `hook` after every transaction this process commits through Database.transaction on `source`. */
export function afterCommit(source: DataSource, hook: Hook): void {
  hooks.set(source, [...(hooks.get(source) ?? []), hook]);
}

export function committed(source: DataSource): void {
  for (const hook of hooks.get(source) ?? []) hook();
}
