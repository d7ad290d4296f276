import WebSocket from 'ws';

/**
 * The extension service worker's JavaScript heap, read over Chromium's CDP endpoint: garbage
 * collected first, so what is left is what the worker still holds.
 */
export class WorkerHeap {
  private nextId = 1;
  private readonly pending = new Map<number, (result: Record<string, unknown>) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
      if (message.id === undefined) return;
      this.pending.get(message.id)?.(message.result ?? { error: message.error?.message });
      this.pending.delete(message.id);
    });
  }

  static async connect(port: number): Promise<WorkerHeap> {
    const version = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as { webSocketDebuggerUrl: string };
    const socket = new WebSocket(version.webSocketDebuggerUrl, { perMessageDeflate: false });
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    return new WorkerHeap(socket);
  }

  private send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    return new Promise((resolve) => this.pending.set(id, resolve));
  }

  /** The worker's target id (to tell a restarted worker apart) and its heap in bytes after a full collection. */
  async measure(extensionId: string): Promise<{ targetId: string; usedBytes: number }> {
    const { targetInfos } = (await this.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
    const worker = targetInfos.find((target) => target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${extensionId}/`));
    if (!worker) throw new Error('the extension service worker is not running');
    const { sessionId } = (await this.send('Target.attachToTarget', { targetId: worker.targetId, flatten: true })) as { sessionId: string };
    await this.send('HeapProfiler.collectGarbage', {}, sessionId);
    const { usedSize } = (await this.send('Runtime.getHeapUsage', {}, sessionId)) as { usedSize: number };
    await this.send('Target.detachFromTarget', { sessionId });
    return { targetId: worker.targetId, usedBytes: usedSize };
  }

  close(): void {
    this.socket.close();
  }
}
