// Every schema version in order, one file each. Append; never edit a released one.
import type { Migration } from '../migration';
import { m001Initial } from './001-initial';
import { m002Accounts } from './002-accounts';
import { m003Audit } from './003-audit';
import { m004Packets } from './004-packets';
import { m005CaseBlocks } from './005-case-blocks';
import { m006Oversight } from './006-oversight';
import { m007Agreements } from './007-agreements';
import { m008Disclosures } from './008-disclosures';
import { m009ReportIndexes } from './009-report-indexes';
import { m010HoldingsIntake } from './010-holdings-intake';
import { m011Examination } from './011-examination';

export const migrations: readonly Migration[] = [
  m001Initial,
  m002Accounts,
  m003Audit,
  m004Packets,
  m005CaseBlocks,
  m006Oversight,
  m007Agreements,
  m008Disclosures,
  m009ReportIndexes,
  m010HoldingsIntake,
  m011Examination,
];

// Version N is the Nth migration: user_version then says exactly which ran.
migrations.forEach((migration, index) => {
  if (migration.version !== index + 1) throw new Error(`Migration ${migration.name} is out of order`);
});
