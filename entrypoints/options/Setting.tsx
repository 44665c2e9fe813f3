import { createContext, type ComponentChildren } from 'preact';
import { useContext, useRef, useState } from 'preact/hooks';
import type { ConfigKey } from '../../lib/policy/config.ts';
import { lockReason, type ResolvedConfig } from '../../lib/policy/resolver.ts';

export const LOCK_TEXT = {
  'set-by-school': 'Set by your school',
  'locked-by-school': 'Locked by your school',
} as const;

/** Id of the page's "Checking for settings from your school…" notice, which pending settings point to. */
export const POLICY_PENDING_ID = 'policy-pending';

/**
 * True while the school's policy has not been read yet (the page shows the user's own settings at once):
 * any setting may turn out to be locked, so none may be changed until the policy is known.
 */
export const PolicyPending = createContext(false);

export interface SettingProps {
  name: ConfigKey;
  label: string;
  resolved: ResolvedConfig;
  error?: string;
  hint?: ComponentChildren;
  /** Whether the control is a group (checkboxes), labelled by a legend-like span instead of <label for>. */
  group?: boolean;
  onReset?: () => void;
  children: (props: { id: string; disabled: boolean; describedBy: string }) => ComponentChildren;
}

/**
 * One setting: its label, control, and why it cannot be changed when the school fixed it. The lock is
 * shown as text (not just a greyed control) so it is clear to screen readers and in screenshots. While
 * the school's policy is still being read (PolicyPending), the control is disabled and described by the
 * page's "Checking…" notice: a setting the school locks must never look editable, even for a moment.
 */
export function Setting({ name, label, resolved, error, hint, group, onReset, children }: SettingProps) {
  const lock = lockReason(resolved, name);
  const pending = useContext(PolicyPending);
  const id = `setting-${name}`;
  const describedBy = [lock && `${id}-lock`, pending && !lock && POLICY_PENDING_ID, hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  const box = useRef<HTMLDivElement>(null);
  const [done, setDone] = useState('');
  const reset = () => {
    onReset?.();
    // The button goes away with the user's value: focus goes to the setting itself, and the change is read out.
    box.current?.querySelector<HTMLElement>('input:not([disabled]), textarea:not([disabled]), select:not([disabled])')?.focus();
    setDone(`${label}: back to the default.`);
  };
  return (
    <div ref={box} class="setting" data-setting={name} data-lock={lock ?? undefined} data-pending={pending && !lock ? '' : undefined} role={group ? 'group' : undefined} aria-labelledby={group ? `${id}-label` : undefined}>
      {group ? (
        <span class="label" id={`${id}-label`}>
          {label}
        </span>
      ) : (
        <label for={id} id={`${id}-label`}>
          {label}
        </label>
      )}
      <div class="control">
        {children({ id, disabled: lock !== null || pending, describedBy })}
        {lock && (
          <span class="lock" id={`${id}-lock`}>
            {LOCK_TEXT[lock]}
          </span>
        )}
        {hint && (
          <p class="hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {error && (
          <p class="error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
        {!lock && !pending && onReset && resolved.sources[name] === 'user' && (
          <button type="button" class="reset" onClick={reset}>
            Reset to default
          </button>
        )}
        <p class="saved" role="status">
          {done}
        </p>
      </div>
    </div>
  );
}
