import type { Session } from 'electron';

/**
 * A text editor needs no camera, microphone, location, notifications, USB or
 * HID device: every permission is refused, asked or merely checked.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
