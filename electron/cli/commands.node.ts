import { existsSync, readFileSync, statSync, writeFileSync, openSync, readSync, closeSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { DecMessageError, parseDecMessage } from '../../shared/messages/dec-message';
import type { BundleReport } from '../../shared/rules/finding-schema';
import type { Command } from './args.node';
import { CallFailed, errorText, type Session } from './session.node';
import { rejectionText, reportText } from './report-text';
import { say, UsageError } from './text';
import { isLibraryTarget, type LibraryTarget } from '../../shared/import/fields';

/** Exit codes: 0 clean, 1 findings, 2 bad usage or input. */
export type ExitCode = 0 | 1 | 2;

/** The import size limit, plus one byte: a larger file is read only that far and refused by the backend. */
const IMPORT_READ_LIMIT = 20 * 1024 * 1024 + 1;

/** A file's bytes; past the import limit only the first IMPORT_READ_LIMIT (or, `whole`, a refusal). */
function readInput(path: string, whole = false): Buffer {
  const full = resolve(path);
  if (!existsSync(full) || !statSync(full).isFile()) {
    throw new UsageError({ zh: `找不到文件「${path}」。`, en: `File not found: "${path}".` });
  }
  const size = statSync(full).size;
  if (size <= IMPORT_READ_LIMIT) return readFileSync(full);
  if (whole) throw new UsageError({ zh: `文件「${path}」大于 20 MB。`, en: `"${path}" is larger than 20 MB.` });
  const bytes = Buffer.alloc(IMPORT_READ_LIMIT);
  const fd = openSync(full, 'r');
  try {
    readSync(fd, bytes, 0, IMPORT_READ_LIMIT, 0);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

const looksLikeFile = (target: string) => /\.xml$/i.test(target) || existsSync(resolve(target));

export async function validate(s: Session, cmd: Extract<Command, { command: 'validate' }>): Promise<ExitCode> {
  const reports: { source: string; report: BundleReport }[] = [];
  let code: ExitCode = 0;
  for (const target of cmd.targets) {
    try {
      if (looksLikeFile(target)) {
        const parsed = parseDecMessage(readInput(target, true).toString('utf8'));
        const clientSeqNo = parsed.sign.clientSeqNo;
        const input = clientSeqNo ? { draft: parsed.draft, phase: cmd.phase, clientSeqNo } : { draft: parsed.draft, phase: cmd.phase };
        reports.push({ source: target, report: await s.call('validation.draft', input) });
      } else {
        reports.push({ source: target, report: await s.call('validation.run', { id: target, phase: cmd.phase }) });
      }
    } catch (error) {
      // One unreadable file does not hide the reports of the others; the exit code says it.
      if (error instanceof DecMessageError) s.err(`${target}: ${say(s.lang, { zh: error.messageZh, en: error.messageEn })}`);
      else if (error instanceof CallFailed) s.err(`${target}: ${errorText(s.lang, error.error)}`);
      else if (error instanceof UsageError) s.err(say(s.lang, error.text));
      else throw error;
      code = 2;
    }
  }
  if (cmd.json) s.out(JSON.stringify(reports, null, 2));
  else for (const { source, report } of reports) s.out(reportText(s.lang, source, report));
  const findings = reports.some(({ report }) => report.errors > 0 || (cmd.strict && report.warnings > 0));
  return code === 2 ? 2 : findings ? 1 : 0;
}

type ImportCommand = Extract<Command, { command: 'import' }>;

export async function importFile(s: Session, cmd: ImportCommand): Promise<ExitCode> {
  const file = { fileName: basename(cmd.file), contentBase64: readInput(cmd.file).toString('base64') };
  const target = cmd.as;
  if (isLibraryTarget(target)) return importLibrary(s, cmd, target, file);
  const into = cmd.into ? await s.call('documents.get', { id: cmd.into }) : null;
  const result = await s.call('import.commit', {
    file,
    target: cmd.as,
    ...(cmd.sheet ? { sheet: cmd.sheet } : {}),
    ...(cmd.mapping ? { mappingName: cmd.mapping } : {}),
    ...(into ? { documentId: into.id, baseRevision: into.revision } : {}),
    ...(cmd.skipRejected ? { skipRejected: true } : {}),
  });
  if (cmd.json) {
    s.out(JSON.stringify(result, null, 2));
    return result.written ? 0 : 1;
  }
  const p = result.preview;
  if (!result.written) {
    s.out(rejectionText(s.lang, cmd.as, p));
    s.out(say(s.lang, {
      zh: `未写入任何数据：${p.rejectedRows} 行被拒绝${p.missingFields.length ? '，且有必填字段没有对应的列' : ''}。改正后重试，或用 --skip-rejected 只导入其余 ${p.accepted} 行。`,
      en: `Nothing was written: ${p.rejectedRows} row(s) rejected${p.missingFields.length ? ', and a required field has no column' : ''}. Fix them and retry, or import the other ${p.accepted} row(s) with --skip-rejected.`,
    }));
    return 1;
  }
  const doc = result.document;
  s.out(say(s.lang, {
    zh: `已导入 ${result.lines} 行到${into ? '' : '新'}单据 ${doc.id}（ClientSeqNo ${doc.clientSeqNo}，版本 ${doc.revision}），工作表「${p.sheet}」第 ${p.headerRow} 行为表头${p.appliedMapping ? `，使用方案「${p.appliedMapping}」` : ''}。`,
    en: `Imported ${result.lines} line(s) into ${into ? '' : 'new '}document ${doc.id} (ClientSeqNo ${doc.clientSeqNo}, revision ${doc.revision}); sheet "${p.sheet}", header on row ${p.headerRow}${p.appliedMapping ? `, mapping "${p.appliedMapping}"` : ''}.`,
  }));
  if (result.skippedRejected > 0) {
    s.out(rejectionText(s.lang, cmd.as, p));
    s.out(say(s.lang, { zh: `按要求跳过了 ${result.skippedRejected} 行被拒绝的行。`, en: `${result.skippedRejected} rejected row(s) were left out, as asked.` }));
  }
  return 0;
}

/** `--as parties|products`: into the library; a party or product already there is updated. */
async function importLibrary(s: Session, cmd: ImportCommand, target: LibraryTarget, file: { fileName: string; contentBase64: string }): Promise<ExitCode> {
  if (cmd.into) throw new UsageError({ zh: '--into 只用于导入到草稿，不能与 --as parties|products 一起使用。', en: '--into is for drafts; it cannot be used with --as parties|products.' });
  const result = await s.call('library.import', {
    file,
    target,
    ...(cmd.sheet ? { sheet: cmd.sheet } : {}),
    ...(cmd.mapping ? { mappingName: cmd.mapping } : {}),
    ...(cmd.skipRejected ? { skipRejected: true } : {}),
  });
  if (cmd.json) {
    s.out(JSON.stringify(result, null, 2));
    return result.written ? 0 : 1;
  }
  const p = result.preview;
  if (!result.written) {
    s.out(rejectionText(s.lang, target, p));
    s.out(say(s.lang, {
      zh: `未写入任何数据：${p.rejectedRows} 行被拒绝${p.missingFields.length ? '，且有必填字段没有对应的列' : ''}。改正后重试，或用 --skip-rejected 只导入其余 ${p.accepted} 行。`,
      en: `Nothing was written: ${p.rejectedRows} row(s) rejected${p.missingFields.length ? ', and a required field has no column' : ''}. Fix them and retry, or import the other ${p.accepted} row(s) with --skip-rejected.`,
    }));
    return 1;
  }
  const library = target === 'parties' ? { zh: '企业库', en: 'the party library' } : { zh: '商品库', en: 'the product library' };
  s.out(say(s.lang, {
    zh: `已导入${library.zh}：新增 ${result.created} 条，更新 ${result.updated} 条；工作表「${p.sheet}」第 ${p.headerRow} 行为表头${p.appliedMapping ? `，使用方案「${p.appliedMapping}」` : ''}。`,
    en: `Imported into ${library.en}: ${result.created} added, ${result.updated} updated; sheet "${p.sheet}", header on row ${p.headerRow}${p.appliedMapping ? `, mapping "${p.appliedMapping}"` : ''}.`,
  }));
  if (result.skippedRejected > 0) {
    s.out(rejectionText(s.lang, target, p));
    s.out(say(s.lang, { zh: `按要求跳过了 ${result.skippedRejected} 行被拒绝的行。`, en: `${result.skippedRejected} rejected row(s) were left out, as asked.` }));
  }
  return 0;
}

export async function xmlExport(s: Session, cmd: Extract<Command, { command: 'xml-export' }>): Promise<ExitCode> {
  const { xml, clientSeqNo } = await s.call('xml.export', { id: cmd.id, operType: cmd.declare ? 'C' : 'G' });
  if (!cmd.output) {
    s.out(xml);
    return 0;
  }
  writeFileSync(resolve(cmd.output), xml, 'utf8');
  s.out(say(s.lang, { zh: `已导出 ${cmd.output}（ClientSeqNo ${clientSeqNo}）。`, en: `Wrote ${cmd.output} (ClientSeqNo ${clientSeqNo}).` }));
  return 0;
}

export async function xmlImport(s: Session, cmd: Extract<Command, { command: 'xml-import' }>): Promise<ExitCode> {
  const xml = readInput(cmd.file, true).toString('utf8');
  const doc = await s.call('xml.import', { xml, fileName: basename(cmd.file) });
  if (cmd.json) s.out(JSON.stringify({ id: doc.id, clientSeqNo: doc.clientSeqNo }));
  else s.out(say(s.lang, { zh: `已新建报关单草稿 ${doc.id}，ClientSeqNo ${doc.clientSeqNo}。`, en: `Created declaration draft ${doc.id}, ClientSeqNo ${doc.clientSeqNo}.` }));
  return 0;
}
