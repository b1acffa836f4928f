import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, 'bin.mjs');

function midad(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, MIDAD_DATA_DIR: dataDir } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('midad export', () => {
  it('prints a draft as wire text, writes it as an HTML page, and refuses an unknown format in one line', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'midad-cli-export-'));
    const headline = 'حرب المغرب على الإرهاب <مستمرة> & "متواصلة"';
    const created = await midad(dataDir, 'drafts', 'new', '--headline', headline, '--json');
    expect(created.code, created.stderr).toBe(0);
    const { id } = JSON.parse(created.stdout) as { id: string };

    const text = await midad(dataDir, 'export', id, '--format', 'text');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(headline);

    const out = join(dataDir, 'article.html');
    const html = await midad(dataDir, 'export', id, '--format', 'html', '--out', out);
    expect(html.code, html.stderr).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('dir="rtl"');
    // The headline is the user's text: it comes out escaped, never as markup.
    expect(page).toContain('حرب المغرب على الإرهاب &lt;مستمرة&gt; &amp;');
    expect(page).not.toContain('<مستمرة>');

    const bad = await midad(dataDir, 'export', id, '--format', 'pdf');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
