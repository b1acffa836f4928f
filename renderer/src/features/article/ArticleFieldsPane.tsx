import { $getRoot } from 'lexical';
import { FieldCommentForm } from '../comments/FieldCommentForm';
import type { EditorExtensionContext } from '../editor/editorExtensions';
import { ArticleFieldsPanel } from './ArticleFieldsPanel';

/** The fields form as an editor panel: reads the headline from the live editor for the slug. */
export function ArticleFieldsPane({ draftId, language, readOnly, fields, comments, getEditor, onClose }: EditorExtensionContext & { onClose(): void }) {
  const headline = () => getEditor()?.getEditorState().read(() => $getRoot().getFirstChild()?.getTextContent() ?? '') ?? '';
  return (
    <ArticleFieldsPanel
      draftId={draftId}
      language={language}
      fields={fields}
      headline={headline}
      readOnly={readOnly}
      onClose={onClose}
      footer={!readOnly && <FieldCommentForm fields={fields} comments={comments} />}
    />
  );
}
