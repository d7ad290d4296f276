import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import WebSocket from 'ws';

/**
 * Records every network request of every target in the browser: pages, the extension's
 * service worker, its popup and options pages, the sidebar's out-of-process frame, and any
 * worker they start. It holds its own CDP connection (Chromium's `--remote-debugging-port`,
 * beside Playwright's pipe) and auto-attaches to each target as it is created, with the
 * target paused until `Network` is enabled on it, so even a target's first request is seen.
 * Chromium's NetLog (`readNetLog`) covers the moments before this connection exists.
 */

export interface RecordedRequest {
  url: string;
  /** The kind of target that made it: page, iframe, service_worker, worker… */
  targetType: string;
  /** The URL of the target that made it (the page, frame or worker script). */
  targetUrl: string;
}

interface CdpMessage {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
  error?: { message: string };
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

const AUTO_ATTACH = { autoAttach: true, waitForDebuggerOnStart: true, flatten: true };

/** A TCP port nothing listens on right now, for Chromium's debugging endpoint. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export class NetworkRecorder {
  readonly requests: RecordedRequest[] = [];
  /** How many targets it attached to, by type: proof that it saw the worker and the frames. */
  readonly attached = new Map<string, number>();
  private readonly targets = new Map<string, TargetInfo>();
  /** A target reached by two paths (the browser's auto-attach and a page's) reports each request twice. */
  private readonly seen = new Set<string>();
  private nextId = 1;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.receive(JSON.parse(String(data)) as CdpMessage));
  }

  /** Connects to the browser listening on `port` and starts recording. */
  static async connect(port: number): Promise<NetworkRecorder> {
    let endpoint: string | undefined;
    for (let attempt = 0; attempt < 50 && !endpoint; attempt++) {
      try {
        const version = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as { webSocketDebuggerUrl: string };
        endpoint = version.webSocketDebuggerUrl;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    if (!endpoint) throw new Error(`no CDP endpoint on port ${port}`);
    const socket = new WebSocket(endpoint, { perMessageDeflate: false });
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const recorder = new NetworkRecorder(socket);
    // At the browser level this attaches to every existing and future top-level target,
    // the extension's service worker included.
    recorder.send('Target.setAutoAttach', AUTO_ATTACH);
    return recorder;
  }

  /** Requests a test made on purpose, by a predicate; excused wherever they are found. */
  private readonly excused: Array<(request: RecordedRequest) => boolean> = [];

  /** Removes and returns the recorded requests that match, and excuses them in the NetLog too (a test that makes them on purpose). */
  take(matches: (request: RecordedRequest) => boolean): RecordedRequest[] {
    const taken = this.requests.filter(matches);
    const kept = this.requests.filter((request) => !matches(request));
    this.requests.splice(0, this.requests.length, ...kept);
    this.excused.push(matches);
    return taken;
  }

  /** The requests no test excused. */
  unexcused(requests: readonly RecordedRequest[]): RecordedRequest[] {
    return requests.filter((request) => !this.excused.some((matches) => matches(request)));
  }

  close(): void {
    this.socket.close();
  }

  private send(method: string, params: Record<string, unknown> = {}, sessionId?: string): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    this.socket.send(JSON.stringify({ id: this.nextId++, method, params, ...(sessionId ? { sessionId } : {}) }));
  }

  private receive(message: CdpMessage): void {
    const params = message.params ?? {};
    if (message.method === 'Target.attachedToTarget') {
      const sessionId = params.sessionId as string;
      const info = params.targetInfo as TargetInfo;
      this.targets.set(sessionId, info);
      this.attached.set(info.type, (this.attached.get(info.type) ?? 0) + 1);
      // Network first, then children (frames, workers), then let the target run.
      this.send('Network.enable', {}, sessionId);
      this.send('Target.setAutoAttach', AUTO_ATTACH, sessionId);
      this.send('Runtime.runIfWaitingForDebugger', {}, sessionId);
      return;
    }
    const target = message.sessionId ? this.targets.get(message.sessionId) : undefined;
    if (message.method === 'Network.requestWillBeSent') {
      const request = params.request as { url: string };
      // A redirect keeps its request id and names the next URL: each URL is recorded.
      const key = `${target?.targetId}|${params.requestId as string}|${request.url}`;
      if (this.seen.has(key)) return;
      this.seen.add(key);
      // The document the request was made for: the target's URL at attach time may be about:blank.
      const targetUrl = (params.documentURL as string | undefined) ?? target?.url ?? '';
      this.requests.push({ url: request.url, targetType: target?.type ?? 'unknown', targetUrl });
    } else if (message.method === 'Network.webSocketCreated') {
      this.requests.push({ url: params.url as string, targetType: target?.type ?? 'unknown', targetUrl: target?.url ?? '' });
    }
  }
}

/** Schemes that never leave the browser. */
const LOCAL_SCHEMES = new Set(['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:']);

/**
 * The requests that went anywhere but the local test server (any port on 127.0.0.1) and the
 * configured pack update URL.
 */
export function foreignRequests(requests: readonly RecordedRequest[], packUrl: string): RecordedRequest[] {
  return requests.filter(({ url }) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return true;
    }
    if (LOCAL_SCHEMES.has(parsed.protocol)) return false;
    if ((parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'ws:') && parsed.hostname === '127.0.0.1') return false;
    return packUrl === '' || url !== packUrl;
  });
}

/**
 * Every request Chromium's network stack started, from its NetLog (`--log-net-log`), which
 * runs from the browser's first moment, before any CDP client can attach. Requests the
 * browser makes for itself (initiator "not an origin": its update and safe-browsing pings)
 * are left out; those of pages and of the extension name their origin.
 */
export function readNetLog(path: string): RecordedRequest[] {
  if (!existsSync(path)) throw new Error(`no NetLog at ${path}`);
  const text = readFileSync(path, 'utf8');
  let log: { constants: { logEventTypes: Record<string, number> }; events: Array<{ type: number; params?: { url?: string; initiator?: string } }> };
  try {
    log = JSON.parse(text) as typeof log;
  } catch {
    // A browser that did not shut down cleanly leaves the event list open.
    log = JSON.parse(`${text.replace(/,?\s*$/, '')}]}`) as typeof log;
  }
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((event) => event.type === startJob && event.params?.url !== undefined && event.params.initiator !== 'not an origin')
    .map((event) => ({ url: event.params?.url as string, targetType: 'netlog', targetUrl: event.params?.initiator ?? '' }));
}
