// Classes of people whose data the law protects (IBIS PIA, "exchange process"
// and footnotes 23-29). A match to a subject in a special protected class is
// answered "no match", exactly like a real no match (8 U.S.C. § 1367). The
// other classes are shared only as established law and policy allow; Ridgeline
// treats them the same way unless an agreement says otherwise, because the
// workstation cannot judge the legal exception itself.

export const protectedClasses = [
  { id: 'vawa', label: 'VAWA self-petitioner', special: true },
  { id: 't-visa', label: 'T visa applicant or holder (victim of human trafficking)', special: true },
  { id: 'u-visa', label: 'U visa applicant or holder (victim of a qualifying crime)', special: true },
  { id: 'asylum', label: 'Asylum applicant or asylee', special: false },
  { id: 'refugee', label: 'Refugee', special: false },
  { id: 'tps', label: 'Temporary Protected Status', special: false },
  { id: 'legalization', label: 'Legalization / LIFE Act / Special Agricultural Worker', special: false },
] as const;

export type ProtectedClass = (typeof protectedClasses)[number];
export type ProtectedClassId = ProtectedClass['id'];

export const PROTECTED_CLASS_IDS = protectedClasses.map((c) => c.id) as unknown as readonly [ProtectedClassId, ...ProtectedClassId[]];

export function isProtectedClassId(id: string): id is ProtectedClassId {
  return protectedClasses.some((c) => c.id === id);
}
