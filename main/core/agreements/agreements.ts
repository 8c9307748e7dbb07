// Partner agreements, versioned. A supervisor's change writes a new version
// (the old ones are immutable, by trigger); a case records the version it was
// screened under. Intake reads the version in force: its purpose codes screen
// the request, its partner key verifies the packet's signature.
import type { AgreementListItem, AgreementTerms, AgreementVersion, RetentionRules } from '../../../preload/contract/agreements';
import type { AuditActor } from '../audit/log';
import type { AuditLog } from '../audit/log';
import type { Db } from '../db/open';
import { conflict, notFound, RidgelineError } from '../errors';
import { dataElement, isDataElementId } from './catalogue';
import { readPartnerPublicKey, type PartnerKeyInfo } from './keys';

export type { AgreementTerms, AgreementVersion, RetentionRules };

interface VersionRow {
  partner_id: string;
  version: number;
  purpose_codes: string;
  releasable_elements: string;
  caveats: string;
  retention: string;
  partner_public_key: string | null;
  partner_key_fingerprint: string | null;
  comment: string;
  created_at: string;
  created_by_name: string | null;
}

const SELECT_VERSION = `
  SELECT v.partner_id, v.version, v.purpose_codes, v.releasable_elements, v.caveats, v.retention,
         v.partner_public_key, v.partner_key_fingerprint, v.comment, v.created_at, u.username AS created_by_name
  FROM agreement_versions v LEFT JOIN users u ON u.id = v.created_by`;

function toVersion(row: VersionRow): AgreementVersion {
  const elements = JSON.parse(row.releasable_elements) as { element: string; category: string | null }[];
  return {
    partnerId: row.partner_id,
    version: row.version,
    purposeCodes: JSON.parse(row.purpose_codes) as string[],
    releasableElements: elements.map((e) => ({
      element: e.element,
      label: isDataElementId(e.element) ? dataElement(e.element).label : e.element,
      category: e.category,
    })),
    caveats: JSON.parse(row.caveats) as string[],
    retention: JSON.parse(row.retention) as RetentionRules,
    partnerPublicKey: row.partner_public_key,
    partnerKeyFingerprint: row.partner_key_fingerprint,
    comment: row.comment,
    createdAt: row.created_at,
    createdBy: row.created_by_name,
  };
}

/** Checks terms beyond their shape: known elements, no duplicates. */
function checkTerms(terms: AgreementTerms): void {
  const unknown = terms.releasableElements.map((e) => e.element).filter((e) => !isDataElementId(e));
  if (unknown.length > 0) {
    throw new RidgelineError('invalid-argument', `Not data elements of the Appendix A catalogue: ${unknown.join(', ')}`, { unknown });
  }
  const dup = <T>(items: readonly T[]) => items.filter((x, i) => items.indexOf(x) !== i);
  const dupElements = dup(terms.releasableElements.map((e) => e.element));
  if (dupElements.length > 0) throw new RidgelineError('invalid-argument', `Data elements listed twice: ${dupElements.join(', ')}`);
  const dupCodes = dup(terms.purposeCodes);
  if (dupCodes.length > 0) throw new RidgelineError('invalid-argument', `Purpose codes listed twice: ${dupCodes.join(', ')}`);
}

export interface SetAgreementInput {
  partnerId: string;
  /** The version the change starts from; 0 when the partner has no agreement yet. */
  expectedVersion: number;
  terms: AgreementTerms;
  comment: string;
}

export function createAgreementStore(db: Db, audit: AuditLog) {
  const current = db.prepare(`${SELECT_VERSION} WHERE v.partner_id = ? ORDER BY v.version DESC LIMIT 1`);
  const oneVersion = db.prepare(`${SELECT_VERSION} WHERE v.partner_id = ? AND v.version = ?`);
  const history = db.prepare(`${SELECT_VERSION} WHERE v.partner_id = ? ORDER BY v.version DESC`);
  const partners = db.prepare('SELECT id, name, country FROM partners WHERE id IN (SELECT value FROM json_each(?)) ORDER BY name');
  const partnerExists = db.prepare('SELECT 1 FROM partners WHERE id = ?');
  const insert = db.prepare(`
    INSERT INTO agreement_versions (partner_id, version, purpose_codes, releasable_elements, caveats, retention,
                                    partner_public_key, partner_key_fingerprint, comment, created_at, created_by)
    VALUES (@partnerId, @version, @purposeCodes, @releasableElements, @caveats, @retention,
            @partnerPublicKey, @partnerKeyFingerprint, @comment, @createdAt, @createdBy)`);

  const store = {
    /** The version in force for a partner, or null when it has none. */
    current(partnerId: string): AgreementVersion | null {
      const row = current.get(partnerId) as VersionRow | undefined;
      return row ? toVersion(row) : null;
    },
    version(partnerId: string, version: number): AgreementVersion {
      const row = oneVersion.get(partnerId, version) as VersionRow | undefined;
      if (!row) throw notFound('Agreement version', `${partnerId} v${version}`);
      return toVersion(row);
    },
    history: (partnerId: string): AgreementVersion[] => (history.all(partnerId) as VersionRow[]).map(toVersion),
    /** Agreements of the given partners (a user's scope), with the version in force. */
    list(partnerIds: readonly string[]): AgreementListItem[] {
      const rows = partners.all(JSON.stringify(partnerIds)) as { id: string; name: string; country: string }[];
      return rows.map((p) => ({ partnerId: p.id, partnerName: p.name, country: p.country, current: store.current(p.id) }));
    },
    /**
     * Writes a new version. The partner key is read and checked first (async);
     * the version, its audit entry and the optimistic-concurrency check happen
     * in one immediate transaction.
     */
    async set(actor: AuditActor, input: SetAgreementInput, now: Date = new Date()): Promise<AgreementVersion> {
      checkTerms(input.terms);
      if (!partnerExists.get(input.partnerId)) throw notFound('Partner', input.partnerId);
      const key: PartnerKeyInfo | null = input.terms.partnerPublicKey ? await readPartnerPublicKey(input.terms.partnerPublicKey) : null;
      return store.apply(actor, input, key, now);
    },
    /**
     * The synchronous part of set(), for callers already inside a transaction
     * (the demo seed) with a key already read (or none).
     */
    apply(actor: AuditActor, input: SetAgreementInput, key: PartnerKeyInfo | null, now: Date = new Date()): AgreementVersion {
      checkTerms(input.terms);
      if (input.terms.partnerPublicKey && !key) throw new RidgelineError('internal', 'A partner key must be read before it is stored');
      return db
        .transaction((): AgreementVersion => {
          const before = store.current(input.partnerId);
          const currentVersion = before?.version ?? 0;
          if (currentVersion !== input.expectedVersion) {
            throw conflict(`The agreement changed meanwhile (now version ${currentVersion}); reload it and apply your change again`, {
              partnerId: input.partnerId,
              currentVersion,
            });
          }
          const version = currentVersion + 1;
          insert.run({
            partnerId: input.partnerId,
            version,
            purposeCodes: JSON.stringify(input.terms.purposeCodes),
            releasableElements: JSON.stringify(input.terms.releasableElements.map((e) => ({ element: e.element, category: e.category ?? null }))),
            caveats: JSON.stringify(input.terms.caveats),
            retention: JSON.stringify(input.terms.retention),
            partnerPublicKey: key?.armored ?? null,
            partnerKeyFingerprint: key?.fingerprint ?? null,
            comment: input.comment,
            createdAt: now.toISOString(),
            createdBy: actor.userId,
          });
          const after = store.version(input.partnerId, version);
          audit.record({
            actor,
            event: 'agreement.changed',
            outcome: 'success',
            objects: [`partner:${input.partnerId}`, `agreement:${input.partnerId}@${version}`],
            details: {
              version,
              previousVersion: before?.version ?? null,
              comment: input.comment,
              purposeCodes: after.purposeCodes,
              releasableElements: after.releasableElements.map((e) => e.element),
              caveats: after.caveats.length,
              retention: after.retention,
              partnerKeyFingerprint: after.partnerKeyFingerprint,
              partnerKeyChanged: (before?.partnerKeyFingerprint ?? null) !== after.partnerKeyFingerprint,
            },
            at: now,
          });
          return after;
        })
        .immediate();
    },
  };
  return store;
}
export type AgreementStore = ReturnType<typeof createAgreementStore>;

/** Retention most agreements start from: query prints deleted after no match, matched data kept a year. */
export const DEFAULT_RETENTION: RetentionRules = { deleteQueryPrintsAfterNoMatch: true, deleteQueryPrintsAfterMatch: false, matchedDataRetentionDays: 365 };
