// Every `ridgeline` command, one file each.
import type { Command } from '../command';
import { infoCommand } from './info';

export const commands: readonly Command[] = [infoCommand];
