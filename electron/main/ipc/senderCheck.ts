import { isAppUrl } from '../protocol/appProtocol';

/** What main knows about who sent an IPC message (from `event.sender` and `event.senderFrame`). */
export interface IpcSender {
  webContentsId: number;
  /** The sending frame's URL; undefined when the frame is already gone. */
  frameUrl: string | undefined;
  /** Only the top frame of our own page may call; iframes never could, even if one slipped in. */
  isMainFrame: boolean;
}

/**
 * A call is served only for the top frame of one of our windows showing our
 * own origin: a window that navigated elsewhere, a devtools or webview
 * contents, or a subframe gets `unauthorized`.
 */
export function isTrustedSender(sender: IpcSender, isAppWindow: (webContentsId: number) => boolean): boolean {
  return sender.isMainFrame && isAppUrl(sender.frameUrl) && isAppWindow(sender.webContentsId);
}
