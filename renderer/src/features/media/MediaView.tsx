import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { setEditorDraft } from './editorDraft';
import { MediaDecorations } from './MediaDecorations';

/**
 * Draws the editor's pictures, galleries, embeds and kept WordPress blocks,
 * the pictures read from `draftId`'s stored files: the live editor through
 * its media plugin, and a read-only revision view on its own.
 */
export function MediaView({ draftId }: { draftId: string | undefined }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    setEditorDraft(editor, draftId);
    return () => setEditorDraft(editor, undefined);
  }, [editor, draftId]);
  return <MediaDecorations />;
}
