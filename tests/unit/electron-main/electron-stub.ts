import { EventEmitter } from 'node:events';
import Module from 'node:module';

/**
 * A stand-in for the `electron` module, for loading the bundled main process in plain Node.
 * It records what the main process asks of Electron (windows and their options, protocol and
 * IPC handlers, app events) and lets the test play Electron's part (fire `ready`, send IPC, emit
 * navigation events). Installed by intercepting `require('electron')`.
 */
export type Handler = (...args: never[]) => unknown;

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export interface ElectronStub {
  module: Record<string, unknown>;
  app: FakeApp;
  /** Every `new BrowserWindow(options)`. */
  windows: FakeBrowserWindow[];
  schemes: unknown[];
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  ipcHandlers: Map<string, Handler>;
  permissionRequestHandler: Handler | null;
  permissionCheckHandler: Handler | null;
  openedExternally: string[];
  errorBoxes: { title: string; content: string }[];
  /** In call order: `scheme`, `ready`, `protocol`, `ipc`, `window`… */
  timeline: string[];
  fireReady(): void;
}

export class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly paths = new Map<string, string>();
  quitCalls = 0;
  readonly exitCodes: number[] = [];
  sandboxed = false;
  appUserModelId: string | null = null;
  constructor(
    private readonly appRoot: string,
    private readonly ready: Promise<void>,
  ) {
    super();
  }
  getPath(name: string): string {
    const path = this.paths.get(name);
    if (!path) throw new Error(`no path for ${name}`);
    return path;
  }
  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }
  getAppPath(): string {
    return this.appRoot;
  }
  getVersion(): string {
    return '0.1.0';
  }
  requestSingleInstanceLock(): boolean {
    return true;
  }
  whenReady(): Promise<void> {
    return this.ready;
  }
  enableSandbox(): void {
    this.sandboxed = true;
  }
  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }
  quit(): void {
    this.quitCalls += 1;
  }
  exit(code: number): void {
    this.exitCodes.push(code);
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  constructor(readonly options: Record<string, unknown>) {
    super();
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
  }
  isDestroyed(): boolean {
    return false;
  }
  readonly calls: string[] = [];
  isMinimized(): boolean {
    return true;
  }
  restore(): void {
    this.calls.push('restore');
  }
  maximize(): void {
    this.calls.push('maximize');
  }
  show(): void {
    this.calls.push('show');
  }
  focus(): void {
    this.calls.push('focus');
  }
}

export function createElectronStub(options: { appRoot: string; appData: string; documents: string }): ElectronStub {
  let fireReady = () => {};
  const ready = new Promise<void>((resolve) => (fireReady = resolve));
  const app = new FakeApp(options.appRoot, ready);
  app.setPath('appData', options.appData);
  app.setPath('documents', options.documents);
  const stub: ElectronStub = {
    module: {},
    app,
    windows: [],
    schemes: [],
    protocolHandlers: new Map(),
    ipcHandlers: new Map(),
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    openedExternally: [],
    errorBoxes: [],
    timeline: [],
    fireReady: () => {
      stub.timeline.push('ready');
      fireReady();
    },
  };
  stub.module = electronModule(stub);
  return stub;
}

function electronModule(stub: ElectronStub): Record<string, unknown> {
  class BrowserWindow extends FakeBrowserWindow {
    constructor(options: Record<string, unknown>) {
      super(options);
      stub.windows.push(this);
      stub.timeline.push('window');
      stub.app.emit('web-contents-created', {}, this.webContents);
    }
  }
  const notUsed = () => Promise.reject(new Error('no dialog in the smoke test'));
  return {
    app: stub.app,
    BrowserWindow,
    Menu: { setApplicationMenu: () => undefined },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        stub.schemes.push(...schemes);
        stub.timeline.push('scheme');
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        stub.protocolHandlers.set(scheme, handler);
        stub.timeline.push('protocol');
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        stub.ipcHandlers.set(channel, handler);
        stub.timeline.push('ipc');
      },
      removeHandler: (channel: string) => void stub.ipcHandlers.delete(channel),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Handler) => void (stub.permissionRequestHandler = handler),
        setPermissionCheckHandler: (handler: Handler) => void (stub.permissionCheckHandler = handler),
        on: () => undefined,
      },
    },
    shell: {
      openExternal: async (url: string) => void stub.openedExternally.push(url),
      openPath: async () => '',
    },
    // Stands in for DPAPI: reversible, but visibly not the plain key.
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (plain: string) => Buffer.from(`sealed:${plain}`),
      decryptString: (sealed: Buffer) => sealed.toString().replace(/^sealed:/, ''),
    },
    dialog: {
      showSaveDialog: notUsed,
      showOpenDialog: notUsed,
      showErrorBox: (title: string, content: string) => void stub.errorBoxes.push({ title, content }),
    },
  };
}

type ModuleLoad = (request: string, parent: unknown, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: ModuleLoad };

/** Makes `require('electron')` return the stub until the returned function is called. */
export function interceptElectron(stub: ElectronStub): () => void {
  const original = loader._load;
  loader._load = function load(this: unknown, request, parent, isMain) {
    if (request === 'electron') return stub.module;
    return original.call(this, request, parent, isMain);
  };
  return () => {
    loader._load = original;
  };
}
