import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { midad } from './testing/runCli';

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

  it('writes a Word file with --out and refuses to print one on the terminal', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'midad-cli-docx-'));
    const created = await midad(dataDir, 'drafts', 'new', '--headline', 'خلية إرهابية & "تفكيك"', '--json');
    expect(created.code, created.stderr).toBe(0);
    const { id } = JSON.parse(created.stdout) as { id: string };

    const out = join(dataDir, 'article.docx');
    const written = await midad(dataDir, 'export', id, '--format', 'docx', '--out', out);
    expect(written.code, written.stderr).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(out))['word/document.xml']!);
    expect(xml).toContain('خلية إرهابية &amp;');
    expect(xml).toContain('<w:bidi/>');

    const refused = await midad(dataDir, 'export', id, '--format', 'docx');
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('--out');
  });

  it('sets boolean and number settings from their typed words', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'midad-cli-settings-'));
    expect((await midad(dataDir, 'settings', 'set', 'proofreading', 'false')).code).toBe(0);
    expect((await midad(dataDir, 'settings', 'set', 'houseStyle.headlineMaxLength', '90')).code).toBe(0);
    const read = await midad(dataDir, 'settings', 'get', '--json');
    expect(JSON.parse(read.stdout)).toMatchObject({ proofreading: false, houseStyle: { headlineMaxLength: 90 } });
  });
});
