// ridgeline packet <sub>: exchange packets from the command line.
//   open-response FILE: decrypts and prints a response with the partner's
//   private key and checks our signature, exactly as the partner would (pilot
//   partners without Ridgeline; and the full-flow tests use it to check what
//   left). No workspace is opened: the partner has none of ours.
import fs from 'node:fs';
import { RidgelineError } from '../../core/errors';
import { openResponse } from '../../core/releases/envelope';
import { readResponse, type ReadResponse } from '../../core/releases/transaction';
import { parseArgs } from '../args';
import type { CliIo, Command } from '../command';
import { printResult } from '../output';

function readText(file: string | undefined, what: string): string {
  if (!file) throw new RidgelineError('invalid-argument', `${what} is required`);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new RidgelineError('not-found', `Cannot read ${file}`);
  }
}

function describe(r: ReadResponse & { signerFingerprint: string }): string {
  return [
    `Response ${r.controlNumber} to query ${r.inReplyTo}, dated ${r.date}, from ${r.origin} to ${r.destination}`,
    `  signed by ${r.signerFingerprint} (verified)`,
    `  answer: ${r.answer === 'match' ? 'MATCH' : 'NO MATCH'}`,
    ...(r.agreement ? [`  under agreement ${r.agreement.partnerId} version ${r.agreement.version}`] : []),
    `  data elements (${r.elements.length}):`,
    ...r.elements.map((e) => `    ${e.field} ${e.label}: ${e.value}`),
    `  caveats (${r.caveats.length}):`,
    ...r.caveats.map((c, i) => `    ${i + 1}. ${c}`),
    ...(r.images.length ? [`  images: ${r.images.map((i) => `Type-${i.recordType} FGP ${i.fingerPosition} ${i.compression}`).join(', ')}`] : []),
    ...(r.otherFields.length ? [`  other Type-2 fields: ${r.otherFields.join(', ')}`] : []),
  ].join('\n');
}

async function openResponseCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ['json'], options: ['partner-key', 'passphrase-env', 'sender-key'] });
  const file = args.positionals[0];
  if (!file) throw new RidgelineError('invalid-argument', 'Name the response file');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch {
    throw new RidgelineError('not-found', `Cannot read ${file}`);
  }
  const passphraseEnv = args.options.get('passphrase-env');
  const passphrase = passphraseEnv ? process.env[passphraseEnv] : undefined;
  if (passphraseEnv && passphrase === undefined) throw new RidgelineError('invalid-argument', `Environment variable ${passphraseEnv} is not set`);
  const opened = await openResponse(bytes, {
    partnerPrivateKey: readText(args.options.get('partner-key'), '--partner-key (the partner’s private key)'),
    ...(passphrase !== undefined ? { passphrase } : {}),
    senderPublicKey: readText(args.options.get('sender-key'), '--sender-key (the sending workstation’s public key)'),
  });
  const response = { ...readResponse(opened.transaction), signerFingerprint: opened.signerFingerprint };
  printResult(io, args, response, () => describe(response));
  return 0;
}

const subcommands: Record<string, (argv: string[], io: CliIo) => Promise<number>> = {
  'open-response': openResponseCommand,
};

export const packetCommand: Command = {
  name: 'packet',
  summary: 'Exchange packets: open a response as the partner would',
  usage: [
    'ridgeline packet open-response FILE --partner-key PARTNER_PRIVATE.asc [--passphrase-env NAME] --sender-key WORKSTATION_PUBLIC.asc [--json]',
    '  Decrypts with the partner’s key, verifies the workstation’s signature, prints the answer, data elements and caveats.',
    '  (The workstation’s public key: `ridgeline agreement set ... --workstation-key-out FILE` or `agreement show --json`.)',
  ].join('\n'),
  async run(argv, io) {
    const [sub, ...rest] = argv;
    const run = sub ? subcommands[sub] : undefined;
    if (!run) throw new RidgelineError('invalid-argument', `ridgeline packet: expected ${Object.keys(subcommands).join(' | ')}, got '${sub ?? ''}'`);
    return run(rest, io);
  },
};
