/**
 * The IPC contract between the preload and the main process: one channel for calls, one for push
 * events. Opening a file goes through the call channel under a reserved name that no contract
 * method can have (contract names are dotted lower-camel words).
 */
export const INVOKE_CHANNEL = 'sohoi:invoke';
export const EVENT_CHANNEL = 'sohoi:event';
export const OPEN_FILE_METHOD = '$platform.openFile';
