// Partner agreements: what a partner may ask (purpose codes), what may be
// released to it (data elements of the Appendix A catalogue) with which caveats,
// how long its data is kept, and its OpenPGP key. Versioned: a change is a new
// version; a case records the version it was handled under.
import { z } from 'zod';
import { id } from './cases';
import { method } from './define';

export const purposeCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9-]{0,31}$/, 'a purpose code: capital letters, digits and dashes, at most 32');

/** A catalogue element id (main checks it is in the catalogue). */
export const elementId = z.string().regex(/^[a-z0-9-]{1,64}$/);

export const releasableElement = z
  .object({
    element: elementId,
    /** The agreement's own heading for the element, if it groups them; the catalogue has none. */
    category: z.string().trim().max(80).nullable().default(null),
  })
  .strict();

export const retentionRules = z
  .object({
    /** After "no match" the partner's query prints and their templates are deleted: a programme rule, not negotiable. */
    deleteQueryPrintsAfterNoMatch: z.literal(true),
    /** Some arrangements also require deleting the query prints once a match has been answered. */
    deleteQueryPrintsAfterMatch: z.boolean(),
    /** How long data of a matched case is kept, in days, before it must be deleted. */
    matchedDataRetentionDays: z.number().int().min(1).max(36_500),
  })
  .strict();
export type RetentionRules = z.infer<typeof retentionRules>;

export const agreementTerms = z
  .object({
    purposeCodes: z.array(purposeCode).max(64),
    releasableElements: z.array(releasableElement).max(100),
    /** Attached to every release to this partner, in this order. */
    caveats: z.array(z.string().trim().min(1).max(2000)).max(32),
    retention: retentionRules,
    /** The partner's armored OpenPGP public key: verifies their packets, encrypts our responses. */
    partnerPublicKey: z.string().max(64 * 1024).nullable(),
  })
  .strict();
export type AgreementTerms = z.infer<typeof agreementTerms>;

export const agreementVersion = z.object({
  partnerId: z.string(),
  version: z.number().int().positive(),
  purposeCodes: z.array(z.string()),
  releasableElements: z.array(z.object({ element: z.string(), label: z.string(), category: z.string().nullable() })),
  caveats: z.array(z.string()),
  retention: retentionRules,
  partnerPublicKey: z.string().nullable(),
  partnerKeyFingerprint: z.string().nullable(),
  comment: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type AgreementVersion = z.infer<typeof agreementVersion>;

export const agreementListItem = z.object({
  partnerId: z.string(),
  partnerName: z.string(),
  country: z.string(),
  /** The agreement in force, or null when the partner has none yet (its packets are refused). */
  current: agreementVersion.nullable(),
});
export type AgreementListItem = z.infer<typeof agreementListItem>;

export const catalogue = z.object({
  source: z.string(),
  note: z.string(),
  elements: z.array(z.object({ id: z.string(), label: z.string(), type2Field: z.number().int() })),
  protectedClasses: z.array(z.object({ id: z.string(), label: z.string(), special: z.boolean() })),
});
export type Catalogue = z.infer<typeof catalogue>;

export const workstationKey = z.object({
  fingerprint: z.string(),
  /** Armored public key to give partners: they encrypt queries to it and verify our responses with it. */
  publicKey: z.string(),
  createdAt: z.string(),
});

export const agreementsContract = {
  /** Agreements of the caller's partners. */
  'agreements.list': method(z.object({}).strict(), z.array(agreementListItem)),
  /** One version (default: the one in force). */
  'agreements.get': method(z.object({ partnerId: id, version: z.number().int().positive().optional() }).strict(), agreementVersion),
  /** Every version, newest first. */
  'agreements.history': method(z.object({ partnerId: id }).strict(), z.array(agreementVersion)),
  /**
   * Supervisor: a new version of the partner's agreement. `expectedVersion` is
   * the version the editor started from (0 for the first), so two supervisors
   * editing at once cannot silently overwrite each other.
   */
  'agreements.set': method(
    z
      .object({
        partnerId: id,
        expectedVersion: z.number().int().min(0),
        terms: agreementTerms,
        comment: z.string().trim().min(1).max(2000),
      })
      .strict(),
    agreementVersion,
  ),
  /** The Appendix A data elements and the protected classes. */
  'agreements.catalogue': method(z.object({}).strict(), catalogue),
  /** This workstation's OpenPGP public key (created on first use). */
  'agreements.workstationKey': method(z.object({}).strict(), workstationKey),
};
