// Prints: one grayscale image with its finger position, impression, resolution,
// source and the foreign-provided flag. Pixels stay inside the encrypted store.
import { createHash } from 'node:crypto';
import type { PrintSummary } from '../../../preload/contract/cases';
import type { Db } from '../db/open';
import { notFound, RidgelineError } from '../errors';
import { newId, nowUtc } from '../ids';

export interface NewPrint {
  caseId: string | null;
  partnerId: string | null;
  role: 'query' | 'holding';
  label: string;
  fingerPosition: number;
  impressionType: string;
  width: number;
  height: number;
  ppi: number;
  /** 8-bit grayscale, row-major, width * height bytes. */
  pixels: Uint8Array;
  source: string;
  foreignProvided: boolean;
}

export interface PrintImage {
  width: number;
  height: number;
  ppi: number;
  pixels: Uint8Array;
}

export interface PrintRow {
  id: string;
  case_id: string | null;
  role: 'query' | 'holding';
  label: string;
  finger_position: number;
  impression_type: string;
  width: number;
  height: number;
  ppi: number;
  source: string;
  foreign_provided: 0 | 1;
  sha256: string;
}

const SUMMARY_COLUMNS =
  'id, case_id, role, label, finger_position, impression_type, width, height, ppi, source, foreign_provided, sha256';

export function toPrintSummary(row: PrintRow): PrintSummary {
  return {
    id: row.id,
    caseId: row.case_id,
    role: row.role,
    label: row.label,
    fingerPosition: row.finger_position,
    impressionType: row.impression_type,
    width: row.width,
    height: row.height,
    ppi: row.ppi,
    source: row.source,
    foreignProvided: row.foreign_provided === 1,
    sha256: row.sha256,
  };
}

export function createPrintStore(db: Db) {
  const insert = db.prepare(`
    INSERT INTO prints (id, case_id, partner_id, role, label, finger_position, impression_type, width, height, ppi,
                        pixels, source, foreign_provided, sha256, created_at)
    VALUES (@id, @caseId, @partnerId, @role, @label, @fingerPosition, @impressionType, @width, @height, @ppi,
            @pixels, @source, @foreignProvided, @sha256, @createdAt)`);
  const summaryById = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM prints WHERE id = ?`);
  const byCase = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM prints WHERE case_id = ? AND role = 'query' ORDER BY finger_position, label`);
  const image = db.prepare('SELECT width, height, ppi, pixels FROM prints WHERE id = ?');

  return {
    add(print: NewPrint): string {
      if (!Number.isInteger(print.width) || !Number.isInteger(print.height) || print.width <= 0 || print.height <= 0) {
        throw new RidgelineError('invalid-argument', 'A print needs positive integer dimensions');
      }
      if (print.pixels.length !== print.width * print.height) {
        throw new RidgelineError('invalid-argument', 'Pixel count does not match the dimensions');
      }
      const id = newId('p');
      insert.run({
        ...print,
        id,
        pixels: Buffer.from(print.pixels.buffer, print.pixels.byteOffset, print.pixels.byteLength),
        foreignProvided: print.foreignProvided ? 1 : 0,
        sha256: createHash('sha256').update(print.pixels).digest('hex'),
        createdAt: nowUtc(),
      });
      return id;
    },
    get(id: string): PrintSummary {
      const row = summaryById.get(id) as PrintRow | undefined;
      if (!row) throw notFound('Print', id);
      return toPrintSummary(row);
    },
    queryPrintsOfCase: (caseId: string): PrintSummary[] => (byCase.all(caseId) as PrintRow[]).map(toPrintSummary),
    image(id: string): PrintImage {
      const row = image.get(id) as { width: number; height: number; ppi: number; pixels: Buffer } | undefined;
      if (!row) throw notFound('Print', id);
      return { width: row.width, height: row.height, ppi: row.ppi, pixels: new Uint8Array(row.pixels) };
    },
  };
}
export type PrintStore = ReturnType<typeof createPrintStore>;
