/** The only two IPC channels between the preload and main; the API channel travels inside them. */
export const CALL_CHANNEL = 'midad:call';
export const EVENT_CHANNEL = 'midad:event';
