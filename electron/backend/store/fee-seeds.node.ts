import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import { FeeCatalogueFileSchema, FeeListSchema, type FeeCatalogueFile, type FeeList } from '../../../shared/model/fees';

/**
 * The shipped fee data (seeds/fees): the catalogue (item names, the rules that hold for everyone,
 * their sources) is read from the app's files each start, since it is the app's knowledge and is
 * upgraded with it; the example lists are copied into the profile so a broker can edit them.
 */
export const feeSeedsDir = (seedsDir: string): string => join(seedsDir, 'fees');

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AppError({
      code: 'INTERNAL',
      messageZh: `程序自带的收费数据文件（${path}）无法读取，请重新安装。`,
      messageEn: `The fee data shipped with the app (${path}) cannot be read; reinstall the app.`,
      details: { reason: error instanceof Error ? error.message : String(error) },
    });
  }
}

export function readFeeCatalogue(seedsDir: string): FeeCatalogueFile {
  return FeeCatalogueFileSchema.parse(readJson(join(feeSeedsDir(seedsDir), 'catalogue.json')));
}

/** The example lists (example-*.json), in file-name order; none when the folder has no fee seeds. */
export function readExampleFeeLists(seedsDir: string): FeeList[] {
  const dir = feeSeedsDir(seedsDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.startsWith('example-') && f.endsWith('.json'))
    .sort()
    .map((f) => FeeListSchema.parse(readJson(join(dir, f))));
}
