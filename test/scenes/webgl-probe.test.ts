import { describe, expect, it } from 'vitest';
import { hardwareWebGL } from '../../src/scenes/webgl-probe';

const UNMASKED_RENDERER_WEBGL = 0x9246;
const RENDERER = 0x1f01;

/** A document whose canvases give a WebGL context naming `renderer` (or none), and which records releases. */
function fakeDocument(renderer: string | null, options: { debugInfo?: boolean; throws?: boolean } = {}) {
  const released: string[] = [];
  const gl =
    renderer === null
      ? null
      : {
          RENDERER,
          getExtension(name: string) {
            if (name === 'WEBGL_debug_renderer_info')
              return options.debugInfo === false ? null : { UNMASKED_RENDERER_WEBGL };
            if (name === 'WEBGL_lose_context') return { loseContext: () => released.push(renderer) };
            return null;
          },
          getParameter(code: number) {
            if (code === UNMASKED_RENDERER_WEBGL) return renderer;
            if (code === RENDERER) return 'WebKit WebGL';
            return null;
          },
        };
  const document = {
    createElement: () => ({
      getContext: () => {
        if (options.throws) throw new Error('blocked');
        return gl;
      },
    }),
  } as unknown as Document;
  return { document, released };
}

describe('hardwareWebGL', () => {
  it.each([
    ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)', false],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', false],
    ['Microsoft Basic Render Driver', false],
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)', true],
    ['Apple GPU', true],
    ['Adreno (TM) 610', true],
  ])('%s → %s, and the probe context is released', (renderer, expected) => {
    const { document, released } = fakeDocument(renderer);
    expect(hardwareWebGL(document)).toBe(expected);
    expect(released).toEqual([renderer]);
  });

  it('reads the masked renderer name when the unmasked one is not offered', () => {
    // Without the debug extension the masked name says nothing of the GPU: not known to be software.
    expect(hardwareWebGL(fakeDocument('SwiftShader', { debugInfo: false }).document)).toBe(true);
  });

  it('is false without WebGL, or when asking for it throws', () => {
    expect(hardwareWebGL(fakeDocument(null).document)).toBe(false);
    expect(hardwareWebGL(fakeDocument('Apple GPU', { throws: true }).document)).toBe(false);
  });
});
