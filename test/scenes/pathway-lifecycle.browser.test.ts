import { describe, expect, it, vi } from 'vitest';
import { coverage, drawAndCapture, mountScene, nextFrames, withLevels } from './scene-harness';

const busy = withLevels(
  { nmda: 0.7, rvm: 0.5, glia: 0.6, dynorphin: 0.4, hcn2: 0.3, tolerance: 0.4 },
  { painScore: 6 },
);
const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

function heapBytes(): number {
  (window as unknown as { gc?: () => void }).gc?.();
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

describe('pathway scene lifecycle', () => {
  it('survives 50 destroy/re-create cycles without leaking heap or WebGL contexts', async () => {
    const warnings: string[] = [];
    const warn = vi
      .spyOn(console, 'warn')
      .mockImplementation((...args) => void warnings.push(args.join(' ')));
    const cycle = async () => {
      const m = await mountScene(640, 360);
      m.scene.setReducedMotion(false);
      m.scene.updateState(busy);
      await nextFrames(2);
      m.unmount();
    };
    // A sentinel scene stays mounted throughout. Chromium keeps at most 16 WebGL contexts and drops the
    // oldest ("too many active WebGL contexts"); if destroyed scenes leaked theirs, the sentinel's would go.
    const sentinel = await mountScene(200, 120);
    const sentinelCanvas = sentinel.host.querySelector<HTMLCanvasElement>('canvas[data-layer="motion"]')!;
    let sentinelLost = false;
    sentinelCanvas.addEventListener('webglcontextlost', () => (sentinelLost = true));
    for (let i = 0; i < 5; i += 1) await cycle(); // warm up caches and the JIT before the baseline
    await macrotask();
    const first = heapBytes();
    for (let i = 0; i < 50; i += 1) await cycle();
    await macrotask();
    const last = heapBytes();
    const after = await mountScene(640, 360);
    expect(after.scene.rendererName).toBe('webgl');
    expect(coverage(await drawAndCapture(after, busy))).toBeGreaterThan(0.1);
    after.unmount();
    expect(sentinelLost).toBe(false);
    const sentinelGl = sentinelCanvas.getContext('webgl2') ?? sentinelCanvas.getContext('webgl');
    expect(sentinelGl?.isContextLost()).toBe(false);
    sentinel.unmount();
    warn.mockRestore();
    expect(warnings.filter((w) => /too many|context/i.test(w))).toEqual([]);
    console.info(
      `heap after GC: ${first} → ${last} bytes; gc exposed: ${typeof (window as unknown as { gc?: unknown }).gc}`,
    );
    expect(last / first, `heap ${first} → ${last} bytes`).toBeLessThan(1.1);
  });

  it('animates again after the WebGL context is lost and restored', async () => {
    const m = await mountScene(640, 360);
    const lively = withLevels(
      {},
      {
        concentrationRelative: 2,
        firing: { nociceptor: 20, touchFibre: 10, projectionNeuron: 20, rvmOn: 10, rvmOff: 5 },
      },
    );
    m.scene.setReducedMotion(false);
    // Look at the WebGL layer (the particles) alone.
    m.host.querySelector<HTMLCanvasElement>('canvas[data-layer="still"]')!.style.visibility = 'hidden';
    await nextFrames(30);
    const before = coverage(await drawAndCapture(m, lively));
    expect(before).toBeGreaterThan(0.002);
    const canvas = m.host.querySelector<HTMLCanvasElement>('canvas[data-layer="motion"]')!;
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
    const lose = gl.getExtension('WEBGL_lose_context')!;
    lose.loseContext();
    await macrotask();
    lose.restoreContext();
    await macrotask();
    await nextFrames(30);
    expect(gl.isContextLost()).toBe(false);
    expect(coverage(await drawAndCapture(m, lively))).toBeGreaterThan(before / 3);
    m.unmount();
  });

  it("draws and animates with pixi's Canvas renderer when WebGL is not chosen", async () => {
    const m = await mountScene(640, 360, { preference: 'canvas' });
    expect(m.scene.rendererName).toBe('canvas');
    expect(coverage(await drawAndCapture(m, busy))).toBeGreaterThan(0.1);
    // The particle layer itself draws on the Canvas renderer too (the still layer hidden).
    m.scene.setReducedMotion(false);
    m.host.querySelector<HTMLCanvasElement>('canvas[data-layer="still"]')!.style.visibility = 'hidden';
    const lively = withLevels(
      {},
      {
        concentrationRelative: 2,
        firing: { nociceptor: 20, touchFibre: 10, projectionNeuron: 20, rvmOn: 10, rvmOff: 5 },
      },
    );
    m.scene.updateState(lively);
    await nextFrames(30);
    expect(coverage(await drawAndCapture(m, lively))).toBeGreaterThan(0.002);
    m.unmount();
  });

  it('shows a static diagram, and keeps working, when no renderer can start', async () => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    HTMLCanvasElement.prototype.getContext = (() => null) as typeof getContext;
    try {
      const m = await mountScene(640, 360);
      expect(m.scene.rendererName).toBe('none');
      const svg = m.host.querySelector('.scene-fallback svg');
      expect(svg?.getAttribute('role')).toBe('img');
      expect(svg?.getAttribute('aria-label')).toMatch(/^Diagram of the pain pathway/);
      expect(svg?.textContent).toContain('NMDA');
      // The mechanisms stay reachable and described without a renderer.
      expect(m.host.querySelectorAll('.scene-region')).toHaveLength(6);
      m.scene.updateState(busy);
      expect(m.host.querySelector('[aria-live="polite"]')?.textContent).toMatch(/^Week 0, day 0\. NMDA high/);
      // A rat experiment's run: the diagram and the description name the rat.
      m.scene.updateState({ ...busy, subject: 'rat', durationDays: 10 });
      await vi.waitFor(() =>
        expect(m.host.querySelector('.scene-fallback svg')?.getAttribute('aria-label')).toMatch(
          /^Diagram of a rat's pain pathway/,
        ),
      );
      expect(m.host.querySelector('.scene-fallback svg')?.textContent).toContain('Rat (experimental animal)');
      expect(m.host.querySelectorAll('.scene-region')).toHaveLength(6);
      expect(m.host.querySelector('[aria-live="polite"]')?.textContent).toMatch(
        /^Rat \(experimental animal\), day 0, hour 0\. NMDA high/,
      );
      m.scene.resize(300, 200);
      m.unmount();
      expect(m.host.querySelector('.scene-fallback')).toBeNull();
    } finally {
      HTMLCanvasElement.prototype.getContext = getContext;
      warn.mockRestore();
    }
  });

  it('destroying before the renderer has started leaves no canvas behind', async () => {
    const host = document.createElement('div');
    Object.assign(host.style, { width: '300px', height: '200px', display: 'flex' });
    document.body.append(host);
    const { PixiPathwayScene } = await import('../../src/scenes/pathway-scene');
    const scene = new PixiPathwayScene();
    const mounting = scene.mount(host);
    scene.destroy();
    await mounting;
    expect(host.querySelector('canvas')).toBeNull();
    host.remove();
  });

  it('animates particles only when motion is allowed', async () => {
    const m = await mountScene(640, 360);
    m.scene.updateState(
      withLevels(
        {},
        {
          concentrationRelative: 2,
          firing: { nociceptor: 20, touchFibre: 10, projectionNeuron: 20, rvmOn: 10, rvmOff: 5 },
        },
      ),
    );
    await nextFrames(30);
    expect(m.scene.particleCount).toBe(0);
    m.scene.setReducedMotion(false);
    await nextFrames(30);
    expect(m.scene.particleCount).toBeGreaterThan(10);
    m.scene.setReducedMotion(true);
    expect(m.scene.particleCount).toBe(0);
    m.unmount();
  });
});
