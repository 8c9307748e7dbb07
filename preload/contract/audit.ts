// The audit trail as the auditor sees it: query with filters, verify the hash
// chain, export for a compliance review (with the chain head).
import { z } from 'zod';
import { method } from './define';

export const auditOutcome = z.enum(['success', 'denied', 'error']);
export type AuditOutcome = z.infer<typeof auditOutcome>;

/** For every release of data: what was supplied, when, and to whom. */
export const auditRelease = z.object({
  recipient: z.string().min(1),
  elements: z.array(z.string().min(1)).min(1),
  date: z.string(),
});
export type AuditRelease = z.infer<typeof auditRelease>;

export const auditEntry = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  workstation: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  event: z.string(),
  outcome: auditOutcome,
  /** Objects touched, as kind:id (case:c_..., print:p_..., user:u_...). */
  objects: z.array(z.string()),
  details: z.record(z.string(), z.unknown()),
  release: auditRelease.nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const chainHead = z.object({ seq: z.number().int().nonnegative(), hash: z.string() });
export type ChainHead = z.infer<typeof chainHead>;

export const chainProblem = z.enum(['edited', 'deleted', 'inserted', 'reordered']);
export type ChainProblem = z.infer<typeof chainProblem>;

export const verification = z.object({
  ok: z.boolean(),
  entryCount: z.number().int().nonnegative(),
  head: chainHead,
  firstBroken: z.object({ seq: z.number().int().positive(), problem: chainProblem, message: z.string() }).nullable(),
});
export type Verification = z.infer<typeof verification>;

const isoDate = z.string().max(40).regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'an ISO date or date-time (UTC)');

export const auditFilter = z
  .object({
    /** Username or user id. */
    user: z.string().min(1).max(128).optional(),
    /** An event name, or its prefix up to a dot ('auth' matches 'auth.sign-in'). */
    event: z.string().min(1).max(128).optional(),
    /** Any part of an object reference (case:c_1, or just c_1). */
    object: z.string().min(1).max(128).optional(),
    outcome: auditOutcome.optional(),
    /** Inclusive start and exclusive end, UTC. */
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof auditFilter>;

export const auditContract = {
  'audit.query': method(
    auditFilter.extend({
      limit: z.number().int().min(1).max(1000).default(200),
      /** Page backwards: only entries older than this seq. */
      beforeSeq: z.number().int().positive().optional(),
    }),
    z.object({ entries: z.array(auditEntry), head: chainHead }),
  ),
  'audit.verify': method(z.object({}).strict(), verification),
  'audit.export': method(
    z.object({ format: z.enum(['jsonl', 'csv']) }).strict(),
    z.object({ format: z.enum(['jsonl', 'csv']), content: z.string(), head: chainHead, entryCount: z.number().int(), sha256: z.string() }),
  ),
};
