import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNearestNodeFromDOMNode, $getSelection, $isRangeSelection, $isTextNode, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND } from 'lexical';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Finding } from '../../../../shared/proofreading/types';
import { useMidad, useSettings } from '../../app/AppContext';
import { createValueStore, useValue } from '../../ui/valueStore';
import type { EditorExtensionContext } from '../editor/editorExtensions';
import { ignoredWords, isDismissed } from './articleProofreading';
import { afterQuiet } from './afterQuiet';
import { followChangedBlocks } from './changedBlocksFeed';
import { $dirtyBlocksWithFindings, $findingAt, $findingUnderlines } from './findingRanges';
import { newsroomDictionaryRevision } from './newsroomDictionary';
import { ProofreadingMenu, type MenuTarget } from './ProofreadingMenu';
import { startProofreading } from './proofreadingSession';
import { sessionStore } from './sessionRegistry';
import { UnderlineLayer } from './underlineLayer';
import './proofreading.css';

/** Typing pauses this long before the changed blocks go to the worker. */
const DEBOUNCE_MS = 150;
/** The changed blocks are read at most this long in one task (a whole pasted article takes several). */
const READ_SLICE_MS = 2;
/**
 * Hunspell spends about half a second of CPU reading the Arabic dictionary. On
 * a two-core laptop that starved the page's keystrokes and frames (next key
 * after an immediate paste: 27 ms p50 while it read, 16.6 without), so it waits
 * for the first second without an edit (a worker kept from the previous story
 * has it already); the house-style rules check meanwhile.
 */
const DICTIONARY_AFTER_QUIET_MS = 1_000;
/** Typing pauses this long before the underlines are set again (see the paint effect). */
const REPAINT_PAUSE_MS = 300;
const noFindings = createValueStore<Finding[]>([]);

const opensMenu = (event: KeyboardEvent) => (event.altKey && event.key === 'Enter') || event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10');

/**
 * Proofreading as you type: the changed blocks go to a worker after a short
 * pause, its findings are underlined, and a menu on a marked word (right-click,
 * Alt+Enter, the context-menu key) offers suggestions and fixes.
 */
export function ProofreadingPlugin({ draftId, language, fields, sources, readOnly }: EditorExtensionContext) {
  const [editor] = useLexicalComposerContext();
  const midad = useMidad();
  const settings = useSettings();
  const enabled = settings.proofreading;
  const store = sessionStore(draftId);
  const session = useValue(store);
  const findings = useValue(session?.findings ?? noFindings);
  const articleFields = useValue(fields);
  const draftSources = useValue(sources);
  const [newsroomWords, setNewsroomWords] = useState<string[]>([]);
  const dictionaryRevision = useValue(newsroomDictionaryRevision);
  const [menu, setMenu] = useState<MenuTarget | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const started = startProofreading(language);
    store.set(started);
    return () => {
      started.dispose();
      store.set(null);
    };
  }, [enabled, language, store]);

  useEffect(() => {
    if (!enabled) return;
    void midad.proofreading.dictionary({}).then(({ words }) => setNewsroomWords(words), (error: unknown) => console.error(error));
  }, [enabled, midad, dictionaryRevision]);

  // Compared by content: the fields store hands a fresh array on any field's change.
  const ignoredKey = ignoredWords(articleFields).join('\n');
  const ignored = useMemo(() => (ignoredKey ? ignoredKey.split('\n') : []), [ignoredKey]);
  const knownWords = useMemo(
    () => [...newsroomWords, ...draftSources.flatMap((source) => source.name.split(/\s+/))],
    [newsroomWords, draftSources],
  );
  useEffect(() => {
    session?.setOptions({
      language,
      houseStyle: settings.houseStyle,
      disabledRules: Object.entries(settings.proofreadingRules).filter(([, on]) => !on).map(([id]) => id),
      knownWords,
      ignored,
    });
  }, [session, language, settings.houseStyle, settings.proofreadingRules, knownWords, ignored]);

  useEffect(() => {
    if (!session) return;
    return afterQuiet(editor, DICTIONARY_AFTER_QUIET_MS, () => session.loadDictionary());
  }, [editor, session]);

  useEffect(() => {
    if (!session) return;
    return followChangedBlocks(editor, (delta) => session.send(delta), { pauseMs: DEBOUNCE_MS, sliceMs: READ_SLICE_MS });
  }, [editor, session]);

  const visible = useMemo(() => findings.filter((finding) => !isDismissed(articleFields, finding)), [findings, articleFields]);

  const [layer, setLayer] = useState<UnderlineLayer | null>(null);
  useEffect(() => {
    if (!session) return;
    let current: UnderlineLayer | null = null;
    const unregister = editor.registerRootListener((root) => {
      current?.dispose();
      current = root && new UnderlineLayer(root);
      setLayer(current);
    });
    return () => {
      unregister();
      current?.dispose();
      setLayer(null);
    };
  }, [editor, session]);

  useEffect(() => {
    if (!layer) return;
    const paint = () => layer.set((isNear) => editor.getEditorState().read(() => $findingUnderlines(editor, visible, isNear)));
    const blocksWithFindings = new Set(visible.map((finding) => finding.blockId));
    paint();
    let pause: ReturnType<typeof setTimeout> | undefined;
    // Typing in a block with findings moves its words from under their lines: its lines go
    // at once, and come back where the words now are once typing pauses (the block's check
    // answers a moment later and sets them again). Other blocks' lines stay as drawn.
    const unregister = editor.registerUpdateListener(({ editorState, dirtyElements }) => {
      if (dirtyElements.size === 0) return;
      const edited = editorState.read(() => $dirtyBlocksWithFindings(editor, blocksWithFindings, dirtyElements));
      if (edited.length === 0) return;
      layer.hide(edited);
      clearTimeout(pause);
      pause = setTimeout(paint, REPAINT_PAUSE_MS);
    });
    return () => {
      clearTimeout(pause);
      unregister();
    };
  }, [editor, layer, visible]);

  useEffect(() => {
    if (!session || readOnly) return;
    const openAt = (key: string, offset: number, x: number, y: number) => {
      const finding = editor.getEditorState().read(() => $findingAt(visible, key, offset));
      if (finding) setMenu({ finding, x, y });
      return Boolean(finding);
    };
    const onContextMenu = (event: MouseEvent) => {
      const caret = document.caretRangeFromPoint?.(event.clientX, event.clientY);
      if (!caret) return;
      const point = editor.getEditorState().read(() => {
        const node = $getNearestNodeFromDOMNode(caret.startContainer);
        return $isTextNode(node) ? { key: node.getKey(), offset: caret.startOffset } : null;
      });
      if (point && openAt(point.key, point.offset, event.clientX, event.clientY)) event.preventDefault();
    };
    return mergeRegister(
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('contextmenu', onContextMenu);
        root?.addEventListener('contextmenu', onContextMenu);
      }),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!opensMenu(event)) return false;
          const point = editor.getEditorState().read(() => {
            const selection = $getSelection();
            return $isRangeSelection(selection) && $isTextNode(selection.anchor.getNode()) ? { key: selection.anchor.key, offset: selection.anchor.offset } : null;
          });
          const rect = window.getSelection()?.rangeCount ? window.getSelection()!.getRangeAt(0).getBoundingClientRect() : undefined;
          if (!point || !openAt(point.key, point.offset, rect?.left ?? 0, (rect?.bottom ?? 0) + 4)) return false;
          event.preventDefault();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      () => editor.getRootElement()?.removeEventListener('contextmenu', onContextMenu),
    );
  }, [editor, session, visible, readOnly]);

  const addWord = useCallback(
    async (word: string) => {
      await midad.proofreading.addWord({ word });
      setNewsroomWords((words) => [...words, word]);
    },
    [midad],
  );
  const suggest = useCallback((word: string) => session?.suggest(word) ?? Promise.resolve([]), [session]);

  if (!menu || !session) return null;
  return <ProofreadingMenu editor={editor} target={menu} fields={fields} suggest={suggest} addWord={addWord} onClose={() => setMenu(null)} />;
}
