import type { CaseSummary } from '../../../preload/contract/cases';

const LABELS: Record<CaseSummary['state'], string> = {
  received: 'Received',
  blocked: 'Blocked',
  'in-analysis': 'In analysis',
  'in-comparison': 'In comparison',
  concluded: 'Concluded',
  'in-verification': 'In verification',
  verified: 'Verified',
  conflict: 'Conflict',
  'disclosure-drafted': 'Disclosure drafted',
  approved: 'Approved',
  returned: 'Returned',
  released: 'Released',
  purged: 'Purged',
  closed: 'Closed',
};

export function CaseStateBadge({ state }: { state: CaseSummary['state'] }) {
  return <span className={`badge badge-state state-${state}`}>{LABELS[state]}</span>;
}
