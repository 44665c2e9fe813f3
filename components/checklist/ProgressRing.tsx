import type { Progress } from '../../lib/privacy/model.ts';

export interface ProgressRingProps {
  progress: Progress;
  size?: number;
  /** What the ring is for, for screen readers ("Facebook", "All platforms"). */
  label: string;
}

/** A ring filled by the share of checks that are up to date, with "ok/total" inside. */
export function ProgressRing({ progress, size = 40, label }: ProgressRingProps) {
  const stroke = size / 8;
  const r = (size - stroke) / 2;
  const c = 2 * Math.PI * r;
  const share = progress.total ? progress.ok / progress.total : 0;
  return (
    <svg
      class="ppc-ring"
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={`${label}: ${progress.ok} of ${progress.total} checks up to date${progress.due ? `, ${progress.due} due` : ''}`}
      data-ok={progress.ok}
      data-total={progress.total}
    >
      <circle class="ppc-ring-track" cx={size / 2} cy={size / 2} r={r} fill="none" stroke-width={stroke} />
      <circle
        class="ppc-ring-ok"
        cx={size / 2}
        cy={size / 2}
        r={r}
        fill="none"
        stroke-width={stroke}
        stroke-linecap="round"
        stroke-dasharray={`${share * c} ${c}`}
        transform={`rotate(-90 ${size / 2} ${size / 2})`}
      />
      <text class="ppc-ring-text" x="50%" y="50%" text-anchor="middle" dominant-baseline="central" aria-hidden="true">
        {progress.ok}/{progress.total}
      </text>
    </svg>
  );
}
