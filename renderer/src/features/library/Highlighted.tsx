interface Range {
  start: number;
  end: number;
}

/** Text with the search engine's match ranges wrapped in <mark>. */
export function Highlighted({ text, ranges }: { text: string; ranges: Range[] }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
    if (start < cursor || end <= start) continue;
    if (start > cursor) parts.push(text.slice(cursor, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return <>{parts}</>;
}
