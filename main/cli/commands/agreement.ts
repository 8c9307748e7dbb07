// ridgeline agreement show|set: a partner's agreement as the custodian of the
// workspace key sees and changes it (pilot set-up, scripted changes). `set`
// writes a new version, audited as done from the command line, exactly as the
// supervisor's editor does; the terms file is checked by the same schema.
import fs from 'node:fs';
import { agreementTerms, type AgreementVersion } from '../../../preload/contract/agreements';
import { RidgelineError } from '../../core/errors';
import { parseArgs } from '../args';
import type { CliIo, Command } from '../command';
import { KEY_OPTIONS } from '../key';
import { printResult } from '../output';
import { cliActor, openWorkspaceArg, readTextFile } from '../workspace-arg';

function describe(v: AgreementVersion): string {
  return [
    `Agreement of ${v.partnerId}, version ${v.version} (${v.createdAt}${v.createdBy ? ` by ${v.createdBy}` : ''}): ${v.comment}`,
    `  purpose codes: ${v.purposeCodes.join(', ') || '(none: every request is blocked)'}`,
    `  releasable elements (${v.releasableElements.length}):`,
    ...v.releasableElements.map((e) => `    - ${e.label}${e.category ? ` [${e.category}]` : ''}`),
    `  caveats (${v.caveats.length}):`,
    ...v.caveats.map((c, i) => `    ${i + 1}. ${c}`),
    `  retention: query prints deleted after no match${v.retention.deleteQueryPrintsAfterMatch ? ' and after a match is answered' : ''}; matched data kept ${v.retention.matchedDataRetentionDays} days`,
    `  partner key: ${v.partnerKeyFingerprint ?? '(none: packets from this partner are refused)'}`,
  ].join('\n');
}

async function show(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ['json', 'history'], options: ['db', 'partner', 'version', ...KEY_OPTIONS] });
  const ws = openWorkspaceArg(args);
  try {
    const workstation = await ws.workstationKeys.publicKey();
    const partnerId = args.options.get('partner');
    if (!partnerId) {
      const all = ws.agreements.list(ws.partners.list().map((p) => p.id));
      printResult(io, args, { workstationKey: workstation, agreements: all }, () =>
        [
          `Workstation key ${workstation.fingerprint}`,
          ...all.map((a) => `  ${a.partnerId.padEnd(20)} ${a.partnerName.padEnd(32)} ${a.current ? `version ${a.current.version}` : 'no agreement'}`),
        ].join('\n'),
      );
      return 0;
    }
    if (!ws.partners.get(partnerId)) throw new RidgelineError('not-found', `No partner ${partnerId}`);
    const versionText = args.options.get('version');
    const versions = args.flags.has('history')
      ? ws.agreements.history(partnerId)
      : versionText
        ? [ws.agreements.version(partnerId, Number(versionText))]
        : [ws.agreements.current(partnerId)].filter((v): v is AgreementVersion => v !== null);
    if (versions.length === 0) throw new RidgelineError('not-found', `Partner ${partnerId} has no agreement yet`);
    const value = args.flags.has('history') ? { workstationKey: workstation, versions } : { workstationKey: workstation, ...versions[0]! };
    printResult(io, args, value, () => [...versions.map(describe), `Workstation key ${workstation.fingerprint}`].join('\n\n'));
    return 0;
  } finally {
    ws.close();
  }
}

async function set(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, {
    flags: ['json'],
    options: ['db', 'partner', 'terms', 'partner-key', 'comment', 'partner-name', 'country', 'workstation-key-out', ...KEY_OPTIONS],
  });
  const partnerId = args.options.get('partner');
  const termsFile = args.options.get('terms');
  const comment = args.options.get('comment')?.trim();
  if (!partnerId || !termsFile || !comment) throw new RidgelineError('invalid-argument', `Usage: ${agreementCommand.usage}`);
  let raw: unknown;
  try {
    raw = JSON.parse(readTextFile(termsFile, 'terms file'));
  } catch (error) {
    if (error instanceof RidgelineError) throw error;
    throw new RidgelineError('invalid-argument', `${termsFile} is not JSON: ${(error as Error).message}`);
  }
  const keyFile = args.options.get('partner-key');
  if (keyFile && raw && typeof raw === 'object') raw = { ...raw, partnerPublicKey: readTextFile(keyFile, 'partner key') };
  const parsed = agreementTerms.safeParse(raw);
  if (!parsed.success) {
    throw new RidgelineError('invalid-argument', `${termsFile}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  }
  const ws = openWorkspaceArg(args);
  try {
    const actor = cliActor();
    if (!ws.partners.get(partnerId)) {
      const name = args.options.get('partner-name');
      const country = args.options.get('country');
      if (!name || !country) throw new RidgelineError('not-found', `No partner ${partnerId}; give --partner-name and --country to add it`);
      ws.db.transaction(() => {
        ws.partners.add({ id: partnerId, name, country });
        ws.audit.record({ actor, event: 'partner.added', outcome: 'success', objects: [`partner:${partnerId}`], details: { name, country } });
      })();
    }
    const expectedVersion = ws.agreements.current(partnerId)?.version ?? 0;
    const version = await ws.agreements.set(actor, { partnerId, expectedVersion, terms: parsed.data, comment });
    const workstation = await ws.workstationKeys.publicKey();
    const out = args.options.get('workstation-key-out');
    if (out) fs.writeFileSync(out, workstation.publicKey, { mode: 0o644 });
    printResult(io, args, { ...version, workstationKey: workstation }, () =>
      [describe(version), `Workstation key ${workstation.fingerprint}${out ? ` (public key written to ${out})` : ''}`].join('\n'),
    );
    return 0;
  } finally {
    ws.close();
  }
}

export const agreementCommand: Command = {
  name: 'agreement',
  summary: "Show or change a partner's agreement (versioned); shows the workstation's public key",
  usage: [
    'ridgeline agreement show --db PATH (--key-file F | --key-env NAME) [--partner ID [--version N | --history]] [--json]',
    '       ridgeline agreement set --db PATH (--key-file F | --key-env NAME) --partner ID --terms TERMS.json --comment TEXT',
    '                               [--partner-key KEY.asc] [--partner-name NAME --country CC] [--workstation-key-out FILE] [--json]',
    '  TERMS.json: { purposeCodes, releasableElements: [{ element, category }], caveats, retention, partnerPublicKey }',
    '  (--partner-key replaces partnerPublicKey). Each set writes a new version, audited.',
  ].join('\n'),
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === 'show') return show(rest, io);
    if (sub === 'set') return set(rest, io);
    throw new RidgelineError('invalid-argument', `ridgeline agreement: expected 'show' or 'set', got '${sub ?? ''}'`);
  },
};
