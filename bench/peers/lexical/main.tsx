import { $createLinkNode, LinkNode } from '@lexical/link';
import { HeadingNode, $createHeadingNode } from '@lexical/rich-text';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalNode } from 'lexical';
import { createRoot } from 'react-dom/client';
import type { PeerBlock } from '../../fixtures/articleForms';
import { linkRuns } from '../../fixtures/peerHtml';
import '../article.css';
import { loadPeerArticle } from '../peerArticle';

/** A paragraph's text as text nodes and Lexical's own link nodes. */
function $inlineNodes(block: PeerBlock & { tag: 'p' }): LexicalNode[] {
  return linkRuns(block.text, block.links).map((run) =>
    run.url ? $createLinkNode(run.url).append($createTextNode(run.text)) : $createTextNode(run.text),
  );
}

/**
 * The floor Midad is judged against: Lexical's own rich-text editor with
 * history and its link node, as its docs set it up, and nothing else (no
 * toolbar, no plugins). Bare Lexical has no picture node: the pictures are
 * left out, which only makes this peer lighter than Midad's article.
 */
function BareLexical({ blocks }: { blocks: PeerBlock[] }) {
  const initialConfig = {
    namespace: 'bare-lexical',
    nodes: [HeadingNode, LinkNode],
    theme: {},
    onError: (error: Error) => {
      throw error;
    },
    editorState: () => {
      const root = $getRoot();
      for (const block of blocks) {
        if (block.tag === 'p') root.append($createParagraphNode().append(...$inlineNodes(block)));
        else if (block.tag !== 'figure') root.append($createHeadingNode(block.tag).append($createTextNode(block.text)));
      }
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="article-page">
        <RichTextPlugin
          contentEditable={<ContentEditable className="article-content" dir="rtl" lang="ar" />}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
    </LexicalComposer>
  );
}

createRoot(document.getElementById('root')!).render(<BareLexical blocks={await loadPeerArticle()} />);
