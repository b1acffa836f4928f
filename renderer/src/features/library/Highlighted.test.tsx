import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Highlighted } from './Highlighted';

describe('Highlighted', () => {
  it('marks each range once, in order, ignoring overlaps and empty ranges', () => {
    const html = renderToStaticMarkup(
      <Highlighted
        text="إجراءات أمنية جديدة"
        ranges={[
          { start: 14, end: 19 },
          { start: 0, end: 7 },
          { start: 3, end: 5 },
          { start: 8, end: 8 },
        ]}
      />,
    );
    expect(html).toBe('<mark>إجراءات</mark> أمنية <mark>جديدة</mark>');
  });
});
