import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { FarBlocks } from './farBlocks';

/** Leaves the blocks far from the screen out of rendering altogether (see `FarBlocks`). */
export function FarBlocksPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    let current: FarBlocks | null = null;
    const unregister = editor.registerRootListener((root) => {
      current?.dispose();
      current = root && new FarBlocks(root);
    });
    return () => {
      unregister();
      current?.dispose();
    };
  }, [editor]);

  return null;
}
