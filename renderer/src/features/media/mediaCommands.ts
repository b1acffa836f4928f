import { createCommand } from 'lexical';

/** Opens the file picker of the media plugin: a toolbar action cannot show one itself. */
export const PICK_PICTURE_COMMAND = createCommand<void>('PICK_PICTURE_COMMAND');

/** Opens the dialog asking for an embed's URL. */
export const ASK_EMBED_COMMAND = createCommand<void>('ASK_EMBED_COMMAND');
