import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { articleNinjs } from '../../../../shared/editor/export/ninjs';
import type { Draft } from '../../../../shared/model/draft';
import { defaultSettings } from '../../../../shared/model/settings';
import { exportDraft } from './testing/exportDraft';

const schema = JSON.parse(readFileSync(new URL('./testdata/ninjs-schema_3.1.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
// The schema points at GeoJSON for place geometry, which Midad never writes; no network in tests, so a permissive stand-in.
ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json' });
const validate = ajv.compile(schema);

function ninjs(draft: Draft) {
  const window = new Window();
  return articleNinjs({ draft, settings: defaultSettings, assets: () => 'https://cdn.example.ma/p.jpg', document: window.document as unknown as Document });
}

function expectValid(item: unknown): void {
  const valid = validate(item);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

describe('articleNinjs', () => {
  it('the schema rejects what it should (the validator is live)', () => {
    const example = JSON.parse(readFileSync(new URL('./testdata/ninjs-3.1-example-complex-text-article.json', import.meta.url), 'utf8')) as object;
    expectValid(example);
    expect(validate({ uri: 'x', urgency: 12, keywords: [] })).toBe(false);
  });

  it('writes a valid item with the story values', () => {
    const item = ninjs(exportDraft());
    expectValid(item);
    expect(item).toMatchObject({
      uri: 'urn:midad:draft:0kxfxrgg1-z4hqz0ag',
      type: 'text',
      language: 'ar',
      firstCreated: '2021-12-21T10:00:00.000Z',
      versionCreated: '2021-12-21T13:00:00.000Z',
      pubStatus: 'withheld',
      urgency: 1,
      by: 'سلمى بنعلي ويوسف العلوي',
      located: 'الرباط',
      slugline: 'terror-cells',
      headlines: [
        { role: 'main', value: 'حرب المغرب على الإرهاب مستمرة' },
        { role: 'subhead', value: 'واخا ما كاين بوناني' },
      ],
      descriptions: [{ role: 'summary', contentType: 'text/plain', value: 'تواصل المصالح الأمنية سياستها الاستباقية.' }],
      people: [{ name: 'إحسان الحافيظي', rel: 'quoted' }],
      organisations: [{ name: 'وزارة الداخلية', rel: 'quoted' }],
      subjects: [
        { name: 'إرهاب', rel: 'about' },
        { name: 'أمن', rel: 'about' },
      ],
    });
    const body = item.bodies[0]!;
    expect(body).toMatchObject({ role: 'main', contentType: 'text/html' });
    expect(body.value).toContain('<h2');
    expect(body.value).toContain('التأهب مرتفع');
    expect(body.value).toContain('الرباط – ');
    expect(body.value).not.toContain('<h1');
  });

  it('never names an anonymous source or its confidential identity', () => {
    const json = JSON.stringify(ninjs(exportDraft()));
    expect(json).not.toContain('عبد السري الحقيقي');
    expect(json).not.toContain('شخص غير مقتبس');
    const item = ninjs(exportDraft());
    expect(item.people?.map((person) => person.name)).not.toContain('مصدر أمني');
  });

  it('maps status and urgency: published → usable, killed → canceled, routine → 5', () => {
    for (const [status, expected] of [['published', 'usable'], ['killed', 'canceled'], ['approved', 'withheld'], ['corrected', 'usable']] as const) {
      const item = ninjs(exportDraft({ status, fields: { breaking: false, tags: [], place: '' } }));
      expectValid(item);
      expect(item.pubStatus).toBe(expected);
      expect(item.urgency).toBe(5);
      expect(item.subjects).toBeUndefined();
      expect(item.located).toBeUndefined();
    }
  });

  it('escapes user content in the HTML body and keeps it as text in headlines', () => {
    const item = ninjs(exportDraft({ headline: '<script>alert("x")</script> & co' }));
    expectValid(item);
    expect(item.headlines[0]!.value).toBe('<script>alert("x")</script> & co');
  });
});
