// Every `ridgeline` command, one file each.
import type { Command } from '../command';
import { auditCommand } from './audit';
import { demoCommand } from './demo';
import { infoCommand } from './info';
import { inspectCommand } from './inspect';

export const commands: readonly Command[] = [infoCommand, auditCommand, inspectCommand, demoCommand];
