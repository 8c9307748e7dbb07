// Every `ridgeline` command, one file each.
import type { Command } from '../command';
import { accountsCommand } from './accounts';
import { agreementCommand } from './agreement';
import { auditCommand } from './audit';
import { compareCommand } from './compare';
import { correctionsCommand } from './corrections';
import { demoCommand } from './demo';
import { extractCommand } from './extract';
import { infoCommand } from './info';
import { imagesCommand } from './images';
import { inspectCommand } from './inspect';
import { packetCommand } from './packet';
import { reportCommand } from './report';
import { retentionCommand } from './retention';
import { searchCommand } from './search';
import { wsqCommand } from './wsq';

export const commands: readonly Command[] = [infoCommand, auditCommand, accountsCommand, inspectCommand, demoCommand, imagesCommand, wsqCommand, extractCommand, compareCommand, searchCommand, agreementCommand, packetCommand, reportCommand, retentionCommand, correctionsCommand];
