// Annotations: minutiae, cores and deltas on a print, from the matcher, an
// examiner or (synthetic prints) the generator's ground truth. An edit adds a
// new row and marks the old one superseded: nothing is overwritten.
import type { Annotation } from '../../../preload/contract/cases';
import type { Db } from '../db/open';
import { newId, nowUtc } from '../ids';

export type NewAnnotation = Omit<Annotation, 'id' | 'createdAt'>;

interface AnnotationRow {
  id: string;
  print_id: string;
  kind: Annotation['kind'];
  origin: Annotation['origin'];
  x: number;
  y: number;
  direction: number | null;
  minutia_type: Annotation['minutiaType'];
  quality: number | null;
  author: string;
  created_at: string;
}

const toAnnotation = (row: AnnotationRow): Annotation => ({
  id: row.id,
  printId: row.print_id,
  kind: row.kind,
  origin: row.origin,
  x: row.x,
  y: row.y,
  direction: row.direction,
  minutiaType: row.minutia_type,
  quality: row.quality,
  author: row.author,
  createdAt: row.created_at,
});

export function createAnnotationStore(db: Db) {
  const insert = db.prepare(`
    INSERT INTO annotations (id, print_id, kind, origin, x, y, direction, minutia_type, quality, author, created_at)
    VALUES (@id, @printId, @kind, @origin, @x, @y, @direction, @minutiaType, @quality, @author, @createdAt)`);
  const current = db.prepare('SELECT * FROM annotations WHERE print_id = ? AND superseded_by IS NULL ORDER BY created_at, id');
  const supersede = db.prepare('UPDATE annotations SET superseded_by = ? WHERE id = ? AND superseded_by IS NULL');

  return {
    add(annotation: NewAnnotation): string {
      const id = newId('a');
      insert.run({ ...annotation, id, createdAt: nowUtc() });
      return id;
    },
    addMany(annotations: readonly NewAnnotation[]): string[] {
      return db.transaction(() => annotations.map((a) => this.add(a)))();
    },
    /** Replaces an annotation by a new version; returns the new id. */
    revise(previousId: string, next: NewAnnotation): string {
      return db.transaction(() => {
        const id = this.add(next);
        if (supersede.run(id, previousId).changes !== 1) throw new Error(`Annotation ${previousId} is not current`);
        return id;
      })();
    },
    ofPrint: (printId: string): Annotation[] => (current.all(printId) as AnnotationRow[]).map(toAnnotation),
  };
}
export type AnnotationStore = ReturnType<typeof createAnnotationStore>;
