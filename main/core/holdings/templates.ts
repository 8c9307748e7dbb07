// Templates: the matcher's minutiae of a print, stored as RDLT bytes inside the
// encrypted database (templates are biometric data too), keyed by the print so
// a purge of the print finds them.
import { readRdlt, writeRdlt } from '../../formats/templates/rdlt';
import type { Template } from '../../../preload/shared/fingerprint';
import type { Db } from '../db/open';
import { nowUtc } from '../ids';

export function saveTemplate(db: Db, printId: string, template: Template): void {
  db.prepare('INSERT INTO templates (print_id, rdlt, minutia_count, extracted_at) VALUES (?, ?, ?, ?)').run(
    printId,
    Buffer.from(writeRdlt(template)),
    template.minutiae.length,
    nowUtc(),
  );
}

export function templateOf(db: Db, printId: string): Template | null {
  const row = db.prepare('SELECT rdlt FROM templates WHERE print_id = ?').get(printId) as { rdlt: Buffer } | undefined;
  return row ? readRdlt(new Uint8Array(row.rdlt)) : null;
}

/** Every holding print's template, for loading the gallery. */
export function* holdingTemplates(db: Db): Generator<{ printId: string; template: Template }> {
  const rows = db.prepare("SELECT t.print_id, t.rdlt FROM templates t JOIN prints p ON p.id = t.print_id WHERE p.role = 'holding'").iterate() as Iterable<{
    print_id: string;
    rdlt: Buffer;
  }>;
  for (const row of rows) yield { printId: row.print_id, template: readRdlt(new Uint8Array(row.rdlt)) };
}
