import { HeadingNode, $createHeadingNode } from '@lexical/rich-text';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { createRoot } from 'react-dom/client';
import type { PeerBlock } from '../../fixtures/articleForms';
import '../article.css';
import { loadPeerArticle } from '../peerArticle';

/**
 * The floor Midad is judged against: Lexical's own rich-text editor with
 * history, as its docs set it up, and nothing else (no toolbar, no plugins).
 */
function BareLexical({ blocks }: { blocks: PeerBlock[] }) {
  const initialConfig = {
    namespace: 'bare-lexical',
    nodes: [HeadingNode],
    theme: {},
    onError: (error: Error) => {
      throw error;
    },
    editorState: () => {
      const root = $getRoot();
      for (const block of blocks) {
        const node = block.tag === 'p' ? $createParagraphNode() : $createHeadingNode(block.tag);
        root.append(node.append($createTextNode(block.text)));
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
