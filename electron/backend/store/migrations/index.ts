import { m0001Documents } from './0001-documents';
import { m0002CodeTables } from './0002-code-tables';
import { m0003ImportMappings } from './0003-import-mappings';
import { m0004Library } from './0004-library';
import { m0005Templates } from './0005-templates';
import { m0006Certificates } from './0006-certificates';
import { m0007ImportMappingTargets } from './0007-import-mapping-targets';
import { m0008Sync } from './0008-sync';
import { m0009TransferFolder } from './0009-transfer-folder';
import { m0010Tracking } from './0010-tracking';
import { m0011Fees } from './0011-fees';
import { m0012TariffWords } from './0012-tariff-words';

export interface Migration {
  /** Applied in ascending order; never renumber or edit one that has shipped. */
  readonly id: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Every migration the app knows, in order. Migrations only add (tables, columns, indexes);
 * they never drop or rewrite user data, so an older backup can always be opened and upgraded.
 */
export const migrations: readonly Migration[] = [
  m0001Documents,
  m0002CodeTables,
  m0003ImportMappings,
  m0004Library,
  m0005Templates,
  m0006Certificates,
  m0007ImportMappingTargets,
  m0008Sync,
  m0009TransferFolder,
  m0010Tracking,
  m0011Fees,
  m0012TariffWords,
];
