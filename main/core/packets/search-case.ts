// Searching the holdings for a case that intake did not search: a case blocked
// at intake and later admitted by a supervisor. (Intake searches every case it
// does not block.) Extraction and search run first; templates, candidates and
// the audit entry are written in one transaction, and only if the case still
// has no candidates, so a retry never doubles them.
import type { AuditActor } from '../audit/log';
import { holdingsGallery } from '../holdings/gallery';
import { saveTemplate, templateOf } from '../holdings/templates';
import type { Workspace } from '../workspace';
import { extractAll } from './intake';

export async function searchCaseHoldings(ws: Workspace, actor: AuditActor, caseId: string, partnerId: string): Promise<{ candidateCount: number }> {
  const prints = ws.prints.queryPrintsOfCase(caseId);
  const missing = prints.filter((p) => !templateOf(ws.db, p.id));
  const extracted = await extractAll(missing.map((p) => ({ gray: ws.prints.image(p.id) })));
  const templates = prints.map((p) => templateOf(ws.db, p.id) ?? extracted[missing.indexOf(p)]!);
  const hits = await holdingsGallery.search(ws.db, templates);
  return ws.db
    .transaction(() => {
      const existing = (ws.db.prepare('SELECT count(*) AS n FROM candidates WHERE case_id = ?').get(caseId) as { n: number }).n;
      if (existing > 0) return { candidateCount: existing };
      missing.forEach((p, i) => saveTemplate(ws.db, p.id, extracted[i]!));
      let candidateCount = 0;
      prints.forEach((p, i) =>
        hits[i]!.forEach((hit, rank) => {
          ws.cases.addCandidate(caseId, p.id, hit.id, rank + 1, hit.score);
          candidateCount++;
        }),
      );
      ws.audit.record({
        actor,
        event: 'case.searched',
        outcome: 'success',
        objects: [`case:${caseId}`, `partner:${partnerId}`],
        details: { prints: prints.length, candidates: candidateCount, trigger: 'admitted' },
      });
      return { candidateCount };
    })
    .immediate();
}
