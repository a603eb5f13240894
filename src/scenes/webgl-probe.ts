// Which WebGL this browser has: drawn by a GPU, by software (SwiftShader, llvmpipe), or none.

const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** Whether a WebGL context is drawn by software (its renderer's unmasked name, or the masked one). */
export function isSoftwareGl(gl: WebGLRenderingContext): boolean {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
  return SOFTWARE_GL.test(String(renderer));
}

/**
 * Whether this browser has WebGL drawn by a GPU: a throwaway context (released at once) is asked its
 * renderer's name. False without WebGL or with a software one.
 */
export function hardwareWebGL(document: Document): boolean {
  let gl: WebGLRenderingContext | null = null;
  try {
    gl = document.createElement('canvas').getContext('webgl');
    return gl !== null && !isSoftwareGl(gl);
  } catch {
    return false;
  } finally {
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  }
}
