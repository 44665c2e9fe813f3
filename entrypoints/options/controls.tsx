/**
 * Controls for each shape of setting. Each shows the effective value and reports a new value (or
 * undefined for "back to the default") through `save`; validation and locking happen in the store.
 */
import type { ConfigKey } from '../../lib/policy/config.ts';
import type { ResolvedConfig } from '../../lib/policy/resolver.ts';
import { Setting } from './Setting.tsx';

export type Save = (key: ConfigKey, value: unknown) => void;

interface Common {
  name: ConfigKey;
  label: string;
  hint?: string;
  resolved: ResolvedConfig;
  errors: Partial<Record<string, string>>;
  save: Save;
}

function value<T>(r: ResolvedConfig, key: ConfigKey): T | undefined {
  return (r.config as Record<string, unknown>)[key] as T | undefined;
}

export function TextSetting(p: Common & { type?: 'text' | 'time'; placeholder?: string }) {
  const current = value<string>(p.resolved, p.name) ?? '';
  return (
    <Setting name={p.name} label={p.label} resolved={p.resolved} error={p.errors[p.name]} hint={p.hint} onReset={() => p.save(p.name, undefined)}>
      {({ id, disabled, describedBy }) => (
        <input
          id={id}
          type={p.type ?? 'text'}
          value={current}
          placeholder={p.placeholder}
          disabled={disabled}
          aria-describedby={describedBy || undefined}
          onChange={(e) => {
            const v = e.currentTarget.value.trim();
            p.save(p.name, v === '' ? undefined : v);
          }}
        />
      )}
    </Setting>
  );
}

export function NumberSetting(p: Common & { min: number; max: number }) {
  const current = value<number>(p.resolved, p.name);
  return (
    <Setting name={p.name} label={p.label} resolved={p.resolved} error={p.errors[p.name]} hint={p.hint} onReset={() => p.save(p.name, undefined)}>
      {({ id, disabled, describedBy }) => (
        <input
          id={id}
          type="number"
          min={p.min}
          max={p.max}
          step={1}
          value={current ?? ''}
          disabled={disabled}
          aria-describedby={describedBy || undefined}
          onChange={(e) => {
            const raw = e.currentTarget.value.trim();
            p.save(p.name, raw === '' ? undefined : Number(raw));
          }}
        />
      )}
    </Setting>
  );
}

/** One entry per line: aliases, Mastodon servers. */
export function LinesSetting(p: Common & { placeholder?: string }) {
  const current = value<string[]>(p.resolved, p.name) ?? [];
  return (
    <Setting name={p.name} label={p.label} resolved={p.resolved} error={p.errors[p.name]} hint={p.hint} onReset={() => p.save(p.name, undefined)}>
      {({ id, disabled, describedBy }) => (
        <textarea
          id={id}
          value={current.join('\n')}
          placeholder={p.placeholder}
          disabled={disabled}
          aria-describedby={describedBy || undefined}
          onChange={(e) => {
            const lines = e.currentTarget.value
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean);
            p.save(p.name, lines.length ? lines : undefined);
          }}
        />
      )}
    </Setting>
  );
}

/**
 * Tick boxes over a known list. `mode: 'only'` stores the ticked ids (none stored = all ticked, so new
 * sites or platforms are on by default); `mode: 'except'` stores the unticked ones (switched-off checks).
 */
export function ChoicesSetting<T extends string | number>(
  p: Common & { options: readonly { id: T; label: string; title?: string }[]; mode: 'only' | 'except' | 'exact'; column?: boolean },
) {
  const stored = value<T[]>(p.resolved, p.name);
  const all = p.options.map((o) => o.id);
  const ticked = new Set<T>(p.mode === 'except' ? all.filter((id) => !(stored ?? []).includes(id)) : p.mode === 'only' && stored === undefined ? all : (stored ?? []));
  const toggle = (id: T, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(id);
    else next.delete(id);
    const list = all.filter((x) => next.has(x));
    if (p.mode === 'except') {
      const off = all.filter((x) => !next.has(x));
      p.save(p.name, off.length ? off : undefined);
    } else if (p.mode === 'only') p.save(p.name, list.length === all.length ? undefined : list);
    else p.save(p.name, list);
  };
  return (
    <Setting name={p.name} label={p.label} resolved={p.resolved} error={p.errors[p.name]} hint={p.hint} group onReset={() => p.save(p.name, undefined)}>
      {({ id, disabled, describedBy }) => (
        <div class={`choices${p.column ? ' column' : ''}`} aria-describedby={describedBy || undefined}>
          {p.options.map((o) => (
            <label key={String(o.id)} title={o.title}>
              <input id={`${id}-${o.id}`} type="checkbox" checked={ticked.has(o.id)} disabled={disabled} onChange={(e) => toggle(o.id, e.currentTarget.checked)} /> {o.label}
            </label>
          ))}
        </div>
      )}
    </Setting>
  );
}
