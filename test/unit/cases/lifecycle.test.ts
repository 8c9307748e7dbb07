// The lifecycle table, exhaustively: every state x every move. Allowed moves
// reach their target and write their event in the same transaction; every
// other move is refused with a typed error, changes nothing and is audited.
// Then every operation x every state against the allow-list.
import { describe, expect, it } from 'vitest';
import { permissions } from '../../../main/core/accounts/permissions';
import { roles, type Role } from '../../../main/core/accounts/roles';
import { caseStates, moveNames, moves, operationNames, operations, type CaseActor, type CaseState, type MoveName } from '../../../main/core/cases/lifecycle';
import { assertOperation, transition } from '../../../main/core/cases/transitions';
import type { Workspace } from '../../../main/core/workspace';
import { testActor } from '../../helpers/examination';
import { createTestWorkspace } from '../../helpers/workspace';

function world() {
  const { ws } = createTestWorkspace();
  ws.partners.add({ id: 'pt_a', name: 'Partner A', country: 'AA' });
  ws.partners.add({ id: 'pt_b', name: 'Partner B', country: 'BB' });
  const examiner = testActor(ws, ['examiner'], ['pt_a'], 'examiner');
  // One actor per role, none of them the case's examiner (the verification guard is tested on its own).
  const byRole = Object.fromEntries(roles.map((role) => [role, testActor(ws, [role], ['pt_a'], `the-${role}`)])) as Record<Role, CaseActor>;
  return { ws, examiner, byRole };
}

function caseIn(ws: Workspace, state: CaseState, examinerId: string | null, partnerId = 'pt_a'): string {
  const caseId = ws.cases.create({ reference: `R-${state}`, partnerId, purposeCode: 'CRIM-INV', foreignProvided: true });
  ws.db.prepare('UPDATE cases SET state = ?, examiner_id = ? WHERE id = ?').run(state, examinerId, caseId);
  return caseId;
}

const system = { userId: null, username: null, workstation: 'ws-test' };

function actorFor(w: ReturnType<typeof world>, move: MoveName) {
  const permission = moves[move].permission;
  if (permission === null) return system;
  const role = (permissions[permission] as readonly Role[])[0]!;
  return w.byRole[role];
}

const stateOf = (ws: Workspace, caseId: string) => (ws.db.prepare('SELECT state FROM cases WHERE id = ?').get(caseId) as { state: CaseState }).state;

describe('the case lifecycle table', () => {
  it('names every state, and every state is reachable from received', () => {
    const reached = new Set<CaseState>(['received']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const move of moveNames) {
        const rule = moves[move];
        if (rule.from.some((s: CaseState) => reached.has(s)) && !reached.has(rule.to)) {
          reached.add(rule.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...caseStates].sort());
  });

  it('has the disclosure, release and purge moves with their permissions from the start', () => {
    expect(moves['disclosure.draft'].permission).toBe('disclosure.draft');
    expect(moves['disclosure.approve'].permission).toBe('disclosure.approve');
    expect(moves['disclosure.return'].permission).toBe('disclosure.return');
    expect(moves.release.permission).toBe('release.send');
    expect(moves.purge.permission).toBe('case.purge');
  });

  const w = world();
  for (const state of caseStates) {
    for (const move of moveNames) {
      const rule = moves[move];
      const allowed = (rule.from as readonly CaseState[]).includes(state);
      it(`${state} x ${move}: ${allowed ? `moves to ${rule.to}` : 'refused'}`, () => {
        const caseId = caseIn(w.ws, state, w.examiner.userId);
        const actor = actorFor(w, move);
        const headBefore = w.ws.audit.head().seq;
        if (allowed) {
          const after = transition(w.ws, actor, caseId, move, { details: { note: 'table test' } });
          expect(after.state).toBe(rule.to);
          const entry = w.ws.audit.query({ limit: 1 })[0]!;
          expect(entry).toMatchObject({ seq: headBefore + 1, event: rule.event, outcome: 'success', userId: actor.userId, details: { move, from: state, to: rule.to, note: 'table test' } });
          expect(entry.objects).toContain(`case:${caseId}`);
        } else {
          let error: unknown;
          try {
            transition(w.ws, actor, caseId, move);
          } catch (e) {
            error = e;
          }
          expect(error).toMatchObject({ name: 'RidgelineError', code: 'conflict', details: { move, state, allowedFrom: [...rule.from] } });
          expect((error as Error).message).toContain(`Cannot ${move} a case that is ${state}`);
          expect(stateOf(w.ws, caseId)).toBe(state);
          const entry = w.ws.audit.query({ limit: 1 })[0]!;
          expect(entry).toMatchObject({ seq: headBefore + 1, event: 'case.move-refused', outcome: 'denied', objects: [`case:${caseId}`], details: { move, code: 'conflict' } });
        }
      });
    }
  }

  it('refuses every user move to a role without its permission: forbidden, audited, nothing changes', () => {
    for (const move of moveNames) {
      const rule = moves[move];
      if (rule.permission === null) continue;
      for (const role of roles) {
        if ((permissions[rule.permission] as readonly Role[]).includes(role)) continue;
        const caseId = caseIn(w.ws, rule.from[0]!, w.examiner.userId);
        expect(() => transition(w.ws, w.byRole[role], caseId, move)).toThrowError(expect.objectContaining({ code: 'forbidden' }));
        expect(stateOf(w.ws, caseId)).toBe(rule.from[0]);
        expect(w.ws.audit.query({ limit: 1 })[0]).toMatchObject({ event: 'case.move-refused', outcome: 'denied', details: { move, code: 'forbidden' } });
      }
    }
  });

  it('answers a case outside the actor’s partners exactly like a missing one', () => {
    const caseId = caseIn(w.ws, 'blocked', null, 'pt_b');
    const messages = [caseId, 'c_missing'].map((id) => {
      try {
        transition(w.ws, w.byRole.supervisor, id, 'block.admit');
      } catch (e) {
        expect(e).toMatchObject({ code: 'not-found' });
        return (e as Error).message.replace(id, 'ID');
      }
      throw new Error('not refused');
    });
    expect(messages[0]).toBe(messages[1]);
    expect(stateOf(w.ws, caseId)).toBe('blocked');
  });

  it('never lets the case’s examiner verify it, even holding every role', () => {
    const both = testActor(w.ws, ['examiner', 'supervisor'], ['pt_a']);
    for (const move of ['verification.agree', 'verification.disagree'] as const) {
      const caseId = caseIn(w.ws, 'in-verification', both.userId);
      expect(() => transition(w.ws, both, caseId, move)).toThrowError(expect.objectContaining({ code: 'forbidden', message: expect.stringContaining('cannot verify') }));
      expect(stateOf(w.ws, caseId)).toBe('in-verification');
    }
  });

  it('runs the caller’s effect in the move’s transaction: a failing effect leaves state and trail untouched', () => {
    const caseId = caseIn(w.ws, 'blocked', null);
    const head = w.ws.audit.head().seq;
    expect(() =>
      transition(w.ws, w.byRole.supervisor, caseId, 'block.admit', {
        effect: () => {
          throw new Error('disk full');
        },
      }),
    ).toThrow('disk full');
    expect(stateOf(w.ws, caseId)).toBe('blocked');
    expect(w.ws.audit.head().seq).toBe(head);
  });
});

describe('operations by state', () => {
  const w = world();
  for (const operation of operationNames) {
    it(`${operation}: allowed exactly in ${operations[operation].states.length} states`, () => {
      for (const state of caseStates) {
        const caseId = caseIn(w.ws, state, null);
        const allowed = (operations[operation].states as readonly CaseState[]).includes(state);
        if (allowed) expect(assertOperation(w.ws, ['pt_a'], caseId, operation).state).toBe(state);
        else expect(() => assertOperation(w.ws, ['pt_a'], caseId, operation)).toThrowError(expect.objectContaining({ code: 'conflict', details: expect.objectContaining({ operation, state }) }));
        expect(() => assertOperation(w.ws, ['pt_b'], caseId, operation)).toThrowError(expect.objectContaining({ code: 'not-found' }));
      }
    });
  }

  it('exports and imports nothing once a case is blocked, refused (closed) or purged', () => {
    for (const state of ['blocked', 'closed', 'purged'] as const) {
      for (const operation of ['prints.export', 'case.import', 'prints.view', 'candidates.view', 'chart.export', 'markup.edit'] as const) {
        expect(operations[operation].states as readonly string[]).not.toContain(state);
      }
    }
  });
});
