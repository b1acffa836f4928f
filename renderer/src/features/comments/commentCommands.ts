import { createCommand } from 'lexical';

/** Opens the comment composer on the selection: a toolbar action cannot show it itself. */
export const ASK_COMMENT_COMMAND = createCommand<void>('ASK_COMMENT_COMMAND');
