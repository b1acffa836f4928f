import type { HouseStyle } from '../../model/settings';

/** Quotation marks drawn around inline quotes (the node holds the words only). */
function quoteMarks(style: HouseStyle['quotationMarks']): string {
  return style === 'guillemets' ? '"«\\00a0" "\\00a0»"' : '"“" "”"';
}

/** The news-page layout shared by the preview and the exported page. */
export function articleCss(quotationMarks: HouseStyle['quotationMarks']): string {
  return `
.midad-article{max-width:42rem;margin:0 auto;padding:1.5rem;font-family:"Noto Naskh Arabic","Noto Sans Arabic",serif;line-height:1.8;color:#1d1d1f}
.midad-article .related ul{list-style:none;margin:0 0 1rem;padding:0;font-size:.9rem;border-block-end:1px solid #ddd}
.midad-article .related li::before{content:"•";margin-inline-end:.4em;color:#b00}
.midad-article .breaking{display:inline-block;background:#b00;color:#fff;font-weight:bold;padding:0 .6em;border-radius:3px;margin:0}
.midad-article .dateline,.midad-article .updated{color:#666;font-size:.9rem;margin:.3rem 0}
.midad-article .kicker{color:#b00;font-weight:bold;margin:.6rem 0 0}
.midad-article h1{font-size:2rem;line-height:1.4;margin:.3rem 0}
.midad-article .media-tag{color:#666;font-weight:normal;font-size:.8em}
.midad-article .lead{font-size:1.15rem;font-weight:bold}
.midad-article .byline{color:#444;font-size:.95rem}
.midad-article .place{font-weight:bold}
.midad-article h2,.midad-article h3{margin:1.6rem 0 .4rem}
.midad-article q{quotes:${quoteMarks(quotationMarks)}}
.midad-article blockquote{margin:1.5rem 0;padding:.5rem 1rem;border-inline-start:4px solid #b00;font-size:1.2rem}
.midad-article blockquote cite{display:block;font-size:.9rem;font-style:normal;color:#555;margin-top:.4rem}
.midad-article figure{margin:1.5rem 0}
.midad-article figure img{max-width:100%;height:auto}
.midad-article figcaption{font-size:.9rem;color:#555}
.midad-article figcaption .credit{color:#888}
.midad-article hr{border:0;border-top:1px solid #ccc;margin:2rem 0}
`;
}
