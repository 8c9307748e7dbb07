// Packet intake, offline: a partner's query arrives as an OpenPGP message
// (encrypted to this workstation, signed by the partner). Intake opens and
// verifies it against the agreements of the user's partners, reads the
// ANSI/NIST-ITL query inside, decodes and extracts its prints, searches the
// holdings, and then writes everything in ONE transaction: the packet, the case
// (the partner's references and purpose code, screened against the agreement
// in force), the prints (all foreign-provided), their templates, the
// candidates, and the audit entry. A refusal changes nothing but the audit
// trail: its entry says why, with the packet's hash.
import { createHash } from 'node:crypto';
import { extract } from '../../../native-matcher';
import type { ImageDecoders } from '../../formats/ansi-nist/images';
import type { SearchHit } from '../../../native-matcher';
import type { Template } from '../../../preload/shared/fingerprint';
import { purposeAllowed, screenPurpose, type CaseState } from '../cases/transitions';
import type { AuditActor } from '../audit/log';
import { RidgelineError } from '../errors';
import { nowUtc } from '../ids';
import { holdingsGallery } from '../holdings/gallery';
import { saveTemplate } from '../holdings/templates';
import type { Workspace } from '../workspace';
import { PacketBudgetError } from './budget';
import { decodeTransaction, type SkippedImage } from './decode';
import { openEnvelope } from './envelope';
import { readQuery, type PartnerReferences } from './query';
import { PacketRefusal } from './refusal';
import { createPacketStore } from './store';

export type IntakeStage = 'opening' | 'reading' | 'decoding' | 'extracting' | 'searching' | 'saving' | 'done';

export interface IntakeProgress {
  stage: IntakeStage;
  fraction: number;
  done?: number;
  total?: number;
}

export interface IntakeInput {
  fileName: string;
  bytes: Uint8Array;
  /** The partners whose agreements may have signed it: the user's scope (all partners for the CLI). */
  partnerIds: readonly string[];
  receivedBy: string | null;
}

export interface IntakeOptions {
  decoders: ImageDecoders;
  onProgress?(progress: IntakeProgress): void;
  signal?: AbortSignal;
  now?: () => Date;
}

export interface IntakeResult {
  caseId: string;
  packetId: string;
  reference: string;
  partnerId: string;
  purposeCode: string;
  agreementVersion: number;
  state: CaseState;
  sha256: string;
  references: PartnerReferences;
  signerFingerprint: string;
  printIds: string[];
  candidateCount: number;
  skipped: SkippedImage[];
  warnings: string[];
  /** Milliseconds per stage, for the bench and the log. */
  timings: Record<string, number>;
}

/** Largest packet we open: far beyond a ten-print with palms at 1000 ppi. */
export const MAX_INTAKE_BYTES = 512 * 1024 * 1024;

/** Extracts each image's template; the native matcher runs off the JavaScript thread. */
export async function extractAll(images: readonly { gray: Parameters<typeof extract>[0] }[], onOne?: (done: number) => void): Promise<Template[]> {
  const out = new Array<Template>(images.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    for (let i = next++; i < images.length; i = next++) {
      out[i] = (await extract(images[i]!.gray)).template;
      onOne?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, images.length) }, worker));
  return out;
}

function refuse(ws: Workspace, actor: AuditActor, input: IntakeInput, sha256: string, refusal: PacketRefusal): never {
  ws.audit.record({
    actor,
    event: 'packet.refused',
    outcome: 'denied',
    objects: [],
    details: { reason: refusal.reason, message: refusal.message, fileName: input.fileName, sha256, size: input.bytes.length, ...refusal.auditDetails },
  });
  throw refusal;
}

export async function intakePacket(ws: Workspace, actor: AuditActor, input: IntakeInput, options: IntakeOptions): Promise<IntakeResult> {
  const now = options.now ?? (() => new Date());
  const progress = (p: IntakeProgress) => options.onProgress?.(p);
  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    const t = performance.now();
    timings[name] = Math.round((t - mark) * 10) / 10;
    mark = t;
  };
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const packets = createPacketStore(ws.db);

  try {
    if (input.bytes.length > MAX_INTAKE_BYTES) throw new PacketRefusal('over-budget', `The file is larger than any packet we accept (${MAX_INTAKE_BYTES} bytes)`);
    // The same bytes again: refused before anything is opened. The message names no earlier case or partner.
    const earlier = packets.intakeWithHash(sha256);
    if (earlier) throw new PacketRefusal('replayed', 'This exact packet was received before; it is not taken in twice', { earlierPacketId: earlier.id });

    progress({ stage: 'opening', fraction: 0.02 });
    const agreements = input.partnerIds.map((id) => ws.agreements.current(id)).filter((a) => a !== null);
    const envelope = await openEnvelope(input.bytes, ws.workstationKeys, agreements);
    const partnerId = envelope.agreement.partnerId;
    lap('decryptVerifyMs');

    progress({ stage: 'reading', fraction: 0.1 });
    let decoded;
    try {
      decoded = await decodeTransaction(envelope.content, {
        decoders: options.decoders,
        ...(options.signal ? { signal: options.signal } : {}),
        onImage: (done, total) => progress({ stage: 'decoding', fraction: 0.1 + (0.4 * done) / total, done, total }),
      });
    } catch (error) {
      if (error instanceof PacketBudgetError) throw new PacketRefusal('over-budget', error.message, { partnerId, limit: error.limit });
      if (error instanceof RidgelineError && (error.code === 'bad-file' || error.code === 'unsupported')) {
        throw new PacketRefusal('corrupt', `The signed content is not a readable ANSI/NIST-ITL transaction: ${error.message}`, { partnerId });
      }
      throw error;
    }
    lap('parseDecodeMs');
    const query = readQuery(decoded.transaction);
    if (!query.references.tcn) throw new PacketRefusal('incomplete', 'The transaction has no transaction control number (TCN, field 1.009)', { partnerId });
    if (!query.purposeCode) throw new PacketRefusal('incomplete', 'The query names no purpose code (field 2.950)', { partnerId });
    if (decoded.images.length === 0) throw new PacketRefusal('incomplete', 'The query holds no fingerprint image that could be decoded', { partnerId, skipped: decoded.skipped.length });
    if (packets.intakeWithControlNumber(partnerId, query.references.tcn)) {
      throw new PacketRefusal('replayed', `TCN ${query.references.tcn} from this partner was received before; it is not taken in twice`, { partnerId, tcn: query.references.tcn });
    }

    // A request outside the agreement is neither extracted nor searched: a supervisor decides first.
    const searched = purposeAllowed(envelope.agreement, query.purposeCode);
    let templates: Template[] = [];
    let hits: SearchHit[][] = [];
    if (searched) {
      progress({ stage: 'extracting', fraction: 0.5, done: 0, total: decoded.images.length });
      templates = await extractAll(decoded.images, (done) => progress({ stage: 'extracting', fraction: 0.5 + (0.3 * done) / decoded.images.length, done, total: decoded.images.length }));
      lap('extractMs');
      progress({ stage: 'searching', fraction: 0.8 });
      hits = await holdingsGallery.search(ws.db, templates, undefined, options.signal);
      lap('searchMs');
    }

    progress({ stage: 'saving', fraction: 0.95 });
    const result = ws.db
      .transaction((): IntakeResult => {
        // Checked again inside the write: two imports of the same packet at once cannot both land (unique indexes too).
        if (packets.intakeWithHash(sha256)) throw new PacketRefusal('replayed', 'This exact packet was received before; it is not taken in twice');
        if (packets.intakeWithControlNumber(partnerId, query.references.tcn)) {
          throw new PacketRefusal('replayed', `TCN ${query.references.tcn} from this partner was received before; it is not taken in twice`, { partnerId });
        }
        const caseId = ws.cases.create({ reference: query.references.tcn, partnerId, purposeCode: query.purposeCode!, foreignProvided: true });
        const packetId = packets.add({
          fileName: input.fileName,
          sha256,
          size: input.bytes.length,
          sender: query.references.originatingAgency,
          controlNumber: query.references.tcn,
          transactionType: query.references.transactionType,
          version: decoded.version,
          partnerId,
          receivedAt: nowUtc(),
          receivedBy: input.receivedBy,
          printCount: decoded.images.length,
          warnings: decoded.warnings,
        });
        packets.attachToCase(packetId, caseId, envelope.signerFingerprint, query.references);
        const printIds = decoded.images.map((d) => {
          const printId = ws.prints.add({
            caseId,
            partnerId,
            role: 'query',
            label: d.label,
            fingerPosition: d.fingerPosition,
            impressionType: d.impressionType,
            width: d.gray.width,
            height: d.gray.height,
            ppi: d.gray.ppi,
            pixels: d.gray.pixels,
            source: `${input.fileName} record ${d.image.recordIndex} (Type-${d.image.recordType}), from ${partnerId}`,
            foreignProvided: true,
          });
          packets.linkPrint(packetId, printId);
          return printId;
        });
        const state = screenPurpose(ws, actor, caseId, now());
        let candidateCount = 0;
        // The agreement could only have changed between the check above and now if a supervisor saved meanwhile.
        if (state === 'received' && searched) {
          printIds.forEach((printId, i) => {
            saveTemplate(ws.db, printId, templates[i]!);
            hits[i]!.forEach((hit, rank) => {
              ws.cases.addCandidate(caseId, printId, hit.id, rank + 1, hit.score);
              candidateCount++;
            });
          });
        }
        const agreementVersion = ws.cases.summary([partnerId], caseId).agreementVersion ?? envelope.agreement.version;
        ws.audit.record({
          actor,
          event: 'packet.received',
          outcome: 'success',
          objects: [`packet:${packetId}`, `case:${caseId}`, `partner:${partnerId}`, ...printIds.map((id) => `print:${id}`)],
          details: {
            fileName: input.fileName,
            sha256,
            size: input.bytes.length,
            signerFingerprint: envelope.signerFingerprint,
            tcn: query.references.tcn,
            purposeCode: query.purposeCode,
            agreementVersion,
            state,
            prints: printIds.length,
            candidates: candidateCount,
            skipped: decoded.skipped.length,
            warnings: decoded.warnings.length,
          },
          at: now(),
        });
        return {
          caseId,
          packetId,
          reference: query.references.tcn,
          partnerId,
          purposeCode: query.purposeCode!,
          agreementVersion,
          state,
          sha256,
          references: query.references,
          signerFingerprint: envelope.signerFingerprint,
          printIds,
          candidateCount,
          skipped: decoded.skipped,
          warnings: decoded.warnings,
          timings,
        };
      })
      .immediate();
    lap('saveMs');
    progress({ stage: 'done', fraction: 1 });
    return result;
  } catch (error) {
    if (error instanceof PacketRefusal) refuse(ws, actor, input, sha256, error);
    throw error;
  }
}
