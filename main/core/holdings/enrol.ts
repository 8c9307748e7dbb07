// Enrolling a subject into the holdings from an ANSI/NIST-ITL transaction: the
// Type-2 record gives the subject's data elements and protected classes, every
// friction-ridge image becomes a holding print, the native matcher extracts its
// template. Decoding and extraction happen first; the subject, prints,
// templates and the audit entry are written in one transaction; the gallery
// learns the new templates only after that commits.
import { createHash } from 'node:crypto';
import { extract } from '../../../native-matcher';
import { firstItem } from '../../formats/ansi-nist/fields';
import type { ImageDecoders } from '../../formats/ansi-nist/images';
import type { Template } from '../../../preload/shared/fingerprint';
import type { ProtectedClassId } from '../agreements/protected-classes';
import type { AuditActor } from '../audit/log';
import { conflict, RidgelineError } from '../errors';
import { newId, nowUtc } from '../ids';
import { decodeTransaction, type SkippedImage } from '../packets/decode';
import type { Workspace } from '../workspace';
import { holdingsGallery } from './gallery';
import { saveTemplate } from './templates';
import { readProtectedClasses, readSubjectElements, type2Of, type SubjectElements } from './type2';

export interface EnrolInput {
  fileName: string;
  bytes: Uint8Array;
  /** Who enrols (a supervisor, or the command line); null userId for the CLI. */
  enrolledBy: string | null;
}

export interface EnrolResult {
  subjectId: string;
  reference: string;
  printIds: string[];
  elements: string[];
  protectedClasses: ProtectedClassId[];
  skipped: SkippedImage[];
}

export async function enrolSubject(ws: Workspace, actor: AuditActor, input: EnrolInput, options: { decoders: ImageDecoders }): Promise<EnrolResult> {
  const decoded = await decodeTransaction(input.bytes, { decoders: options.decoders });
  const type2 = type2Of(decoded.transaction);
  if (!type2) throw new RidgelineError('bad-file', `${input.fileName} has no Type-2 record: holdings need the subject's data elements`);
  const elements: SubjectElements = readSubjectElements(type2);
  const protectedClasses = readProtectedClasses(type2);
  if (decoded.images.length === 0) throw new RidgelineError('bad-file', `${input.fileName} has no fingerprint image that could be decoded`);
  const reference = elements['providing-subject-reference'] ?? firstItem(decoded.transaction.records[0]!, 9) ?? '';
  if (!reference) throw new RidgelineError('bad-file', `${input.fileName} names no subject reference (2.925) and no TCN (1.009)`);

  const templates: Template[] = [];
  for (const { gray } of decoded.images) templates.push((await extract(gray)).template);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');

  const result = ws.db
    .transaction((): EnrolResult => {
      if (ws.db.prepare('SELECT 1 FROM subjects WHERE reference = ?').get(reference)) throw conflict(`A subject with reference ${reference} is already enrolled`, { reference });
      const subjectId = newId('s');
      ws.db
        .prepare('INSERT INTO subjects (id, reference, source, enrolled_at, enrolled_by) VALUES (?, ?, ?, ?, ?)')
        .run(subjectId, reference, `${input.fileName} (sha256 ${sha256})`, nowUtc(), input.enrolledBy);
      const addElement = ws.db.prepare('INSERT INTO subject_elements (subject_id, element, value) VALUES (?, ?, ?)');
      for (const [element, value] of Object.entries(elements)) addElement.run(subjectId, element, value);
      const addClass = ws.db.prepare('INSERT INTO subject_protected_classes (subject_id, class) VALUES (?, ?)');
      for (const c of protectedClasses) addClass.run(subjectId, c);
      const linkSubject = ws.db.prepare('UPDATE prints SET subject_id = ? WHERE id = ?');
      const printIds = decoded.images.map((d, i) => {
        const printId = ws.prints.add({
          caseId: null,
          partnerId: null,
          role: 'holding',
          label: `Holding ${reference} ${d.label}`,
          fingerPosition: d.fingerPosition,
          impressionType: d.impressionType,
          width: d.gray.width,
          height: d.gray.height,
          ppi: d.gray.ppi,
          pixels: d.gray.pixels,
          source: `${input.fileName} record ${d.image.recordIndex} (Type-${d.image.recordType})`,
          foreignProvided: false,
        });
        linkSubject.run(subjectId, printId);
        saveTemplate(ws.db, printId, templates[i]!);
        return printId;
      });
      ws.audit.record({
        actor,
        event: 'holdings.enrolled',
        outcome: 'success',
        objects: [`subject:${subjectId}`, ...printIds.map((id) => `print:${id}`)],
        // Which elements, never their values; the protected classes are for supervisors and auditors, who read this trail.
        details: { reference, fileName: input.fileName, sha256, elements: Object.keys(elements), protectedClasses, skipped: decoded.skipped.length },
      });
      return { subjectId, reference, printIds, elements: Object.keys(elements), protectedClasses, skipped: decoded.skipped };
    })
    .immediate();
  result.printIds.forEach((id, i) => holdingsGallery.add(ws.db, id, templates[i]!));
  return result;
}

export interface SubjectRecord {
  subjectId: string;
  reference: string;
  elements: SubjectElements;
  protectedClasses: ProtectedClassId[];
}

/** A subject's data elements and protected classes (for disclosure drafting). */
export function subjectOfPrint(ws: Workspace, printId: string): SubjectRecord | null {
  const row = ws.db.prepare('SELECT s.id, s.reference FROM prints p JOIN subjects s ON s.id = p.subject_id WHERE p.id = ?').get(printId) as
    | { id: string; reference: string }
    | undefined;
  if (!row) return null;
  const elements = Object.fromEntries(
    (ws.db.prepare('SELECT element, value FROM subject_elements WHERE subject_id = ?').all(row.id) as { element: string; value: string }[]).map((e) => [e.element, e.value]),
  ) as SubjectElements;
  const protectedClasses = (ws.db.prepare('SELECT class FROM subject_protected_classes WHERE subject_id = ? ORDER BY class').all(row.id) as { class: ProtectedClassId }[]).map((r) => r.class);
  return { subjectId: row.id, reference: row.reference, elements, protectedClasses };
}
