import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { ProofreadingFinding } from '../../shared/api/proofreadingService';
import { detectLanguage } from '../../shared/import/detectLanguage';
import { draftIdSchema } from '../../shared/model/ids';
import { plainTextBlocks } from '../../shared/proofreading/plainText';
import { docxHtml } from '../services/import/docxHtml';
import { detectFormat } from '../services/import/fileType';
import { htmlLines } from '../services/import/htmlLines';
import type { CheckCommand } from './parseCheckCommand';
import type { CommandOutput } from './runCommand';
import type { Translate } from './translator';

type Call = <T>(channel: string, args: unknown) => Promise<T>;
type CheckResult = { findings: ProofreadingFinding[]; words: number };

async function isFile(target: string): Promise<boolean> {
  try {
    return (await stat(target)).isFile();
  } catch {
    return false;
  }
}

/**
 * A file's lines as written, read like `midad import` reads each format (Word
 * through mammoth's HTML) but not cleaned up: the check must see the slips
 * the importer would quietly repair, such as a quotation mark the wrong way round.
 */
async function fileLines(path: string): Promise<string> {
  const bytes = await readFile(path);
  const detected = detectFormat(bytes, basename(path));
  if (detected.format === 'docx') return htmlLines(await docxHtml(bytes, basename(path)));
  // detectFormat decodes every format but Word's, or refuses the file.
  return detected.format === 'html' ? htmlLines(detected.text!) : detected.text!;
}

/**
 * Proofreads a draft, or a .txt, .html or .docx file (one block per line, the
 * first being the headline). `--json` gives `{ words, findings }`; each finding
 * has its block index ("paragraph", the headline being 0) and UTF-16 offsets in it.
 */
export async function runCheckCommand(command: CheckCommand, call: Call, t: Translate): Promise<CommandOutput> {
  let result: CheckResult;
  if (!draftIdSchema.safeParse(command.target).success || (await isFile(command.target))) {
    const text = await fileLines(resolve(command.target));
    result = await call<CheckResult>('proofreading.checkText', { blocks: plainTextBlocks(text), language: detectLanguage(text) });
  } else {
    result = await call<CheckResult>('proofreading.checkDraft', { id: command.target });
  }
  return { json: result, human: findingLines(result.findings, t) };
}

export function findingLines(findings: ProofreadingFinding[], t: Translate): string {
  if (findings.length === 0) return t('proofreading:cli.none');
  const lines = findings.map((finding) => {
    const parts = [
      t('proofreading:cli.finding', {
        severity: t(`proofreading:severity.${finding.severity}`),
        ruleId: finding.ruleId,
        paragraph: finding.blockIndex,
        start: finding.start,
        end: finding.end,
        text: finding.text.trim(),
        message: t(`proofreading:${finding.messageKey}`, finding.params),
      }),
    ];
    if (finding.fix) parts.push(t('proofreading:cli.fix', { replacement: finding.fix.replacement }));
    else if (finding.suggestions?.length) parts.push(t('proofreading:cli.fix', { replacement: finding.suggestions.slice(0, 3).join('، ') }));
    if (finding.insideQuote) parts.push(t('proofreading:cli.insideQuote'));
    return parts.join(' ');
  });
  const count = (severity: string) => findings.filter((finding) => finding.severity === severity).length;
  lines.push(t('proofreading:cli.summary', { errors: count('error'), warnings: count('warning'), advice: count('advice') }));
  return lines.join('\n');
}
