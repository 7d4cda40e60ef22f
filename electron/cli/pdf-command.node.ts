import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from './args.node';
import type { ExitCode } from './commands.node';
import type { Session } from './session.node';
import { say } from './text';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * clearway pdf <draft id> [--out file]: the PDF in the output language, written to the file (or
 * the suggested name here), plus numbered parts when it is over 4 MB; the size check is printed.
 */
export async function printPdf(s: Session, cmd: Extract<Command, { command: 'pdf' }>): Promise<ExitCode> {
  const out = await s.call('pdf.render', { id: cmd.id, language: s.lang === 'zh' ? 'zh-CN' : 'en' });
  const target = resolve(cmd.out ?? out.fileName);
  writeFileSync(target, Buffer.from(out.bytesBase64, 'base64'));
  const check = out.sizeCheck;
  s.out(say(s.lang, {
    zh: `已写入 ${target}：${out.pages} 页，${kb(check.bytes)}，最大单页 ${kb(check.largestPageBytes)}，PDF ${check.pdfVersion}（ClientSeqNo ${out.clientSeqNo}，版本 ${out.revision}）。`,
    en: `Wrote ${target}: ${out.pages} page(s), ${kb(check.bytes)}, largest page ${kb(check.largestPageBytes)}, PDF ${check.pdfVersion} (ClientSeqNo ${out.clientSeqNo}, revision ${out.revision}).`,
  }));
  for (const part of out.parts) {
    const file = join(dirname(target), part.fileName);
    writeFileSync(file, Buffer.from(part.bytesBase64, 'base64'));
    s.out(say(s.lang, { zh: `分卷 ${file}：第 ${part.firstPage}–${part.lastPage} 页。`, en: `Part ${file}: pages ${part.firstPage}–${part.lastPage}.` }));
  }
  if (check.ok) s.out(say(s.lang, { zh: '符合随附单据要求。', en: 'Meets the attached-document limits.' }));
  for (const v of check.violations) s.err(say(s.lang, { zh: `注意：${v.messageZh}`, en: `Note: ${v.messageEn}` }));
  return 0;
}
