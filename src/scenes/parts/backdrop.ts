import type { Graphics } from 'pixi.js';
import type { SceneLayout } from '../layout';
import type { ScenePalette } from '../palette';
import type { SceneState } from '../scene-state';
import { drawPawToes, drawRat } from './animal';
import { dashPath, strokePath } from './draw-utils';

/**
 * The parts of the pathway that do not change with the model: the blood vessel, the skin patches, the DRG,
 * the outlines of spinal cord, brainstem and brain, and the two neurons of the dorsal-horn synapse. For a rat
 * the same, with the rat in the corner and the skin patches as its hind paws.
 */
export function drawBackdrop(
  g: Graphics,
  fibres: Graphics,
  layout: SceneLayout,
  palette: ScenePalette,
  subject: SceneState['subject'] = 'human',
): void {
  const s = palette.strokeScale;
  const line = { width: 2 * s, color: palette.border };
  g.clear();
  fibres.clear();

  // Blood vessel carrying the opioid, across the top.
  const { bloodVessel: v } = layout;
  g.roundRect(v.x0, v.y - 16, v.x1 - v.x0, 32, 16)
    .fill({ color: palette.pain, alpha: 0.08 })
    .stroke(line);

  // Anatomical zones, as soft panels.
  const horn = layout.regions;
  const cordTop = horn.glia.y - 50;
  const cordBottom = horn.dynorphin.y + horn.dynorphin.height + 20;
  const cordLeft = horn.tolerance.x - 90;
  const cordRight = layout.postsynaptic.x + 110;
  g.roundRect(cordLeft, cordTop, cordRight - cordLeft, cordBottom - cordTop, 40)
    .fill({ color: palette.surface, alpha: 0.55 })
    .stroke({ ...line, alpha: 0.8 });
  const rvm = layout.regions.rvm;
  g.roundRect(rvm.x - 30, rvm.y - 50, rvm.width + 60, rvm.height + 75, 36)
    .fill({ color: palette.surface, alpha: 0.55 })
    .stroke({ ...line, alpha: 0.8 });
  // Brain: an outline with the thalamus inside and the cortex as its rim.
  g.ellipse(layout.cortex.x, (layout.cortex.y + layout.thalamus.y) / 2 + 10, 150, 135)
    .fill({ color: palette.surface, alpha: 0.55 })
    .stroke({ ...line, alpha: 0.8 });
  g.ellipse(layout.thalamus.x, layout.thalamus.y, 42, 26)
    .fill({ color: palette.border, alpha: 0.35 })
    .stroke(line);
  const arcStart = Math.PI * 1.1;
  g.moveTo(layout.cortex.x + 118 * Math.cos(arcStart), layout.cortex.y + 60 + 118 * Math.sin(arcStart));
  g.arc(layout.cortex.x, layout.cortex.y + 60, 118, arcStart, Math.PI * 1.9).stroke({
    width: 10 * s,
    color: palette.border,
    alpha: 0.45,
  });

  if (subject === 'rat') drawRat(g, layout.animal, palette);

  // Skin patches.
  for (const skin of [layout.skinPainful, layout.skinRemote]) {
    if (subject === 'rat') drawPawToes(g, skin, palette);
    g.roundRect(skin.x, skin.y, skin.width, skin.height, 14)
      .fill({ color: palette.surface, alpha: 0.9 })
      .stroke(line);
    for (let i = 1; i < 4; i += 1) {
      const y = skin.y + (skin.height * i) / 4;
      g.moveTo(skin.x + 10, y)
        .lineTo(skin.x + skin.width - 10, y)
        .stroke({ width: 1 * s, color: palette.border, alpha: 0.45 });
    }
  }

  // Dorsal root ganglion: the nociceptor's cell body.
  g.ellipse(layout.drg.x, layout.drg.y, 40, 28).fill({ color: palette.surface }).stroke(line);
  g.circle(layout.drg.x, layout.drg.y, 12).fill({ color: palette.muted, alpha: 0.8 });

  // Fibres whose look does not change: the nociceptor, the remote skin's fibre and the light-touch (Aβ)
  // fibre, drawn segmented like a myelinated axon.
  // They sit on their own layer, above the skin's pain colouring.
  strokePath(fibres, layout.paths.remoteFibre, { width: 3 * s, color: palette.muted, alpha: 0.7 });
  strokePath(fibres, layout.paths.nociceptor, { width: 5 * s, color: palette.muted });
  dashPath(fibres, layout.paths.touchFibre, { width: 7 * s, color: palette.inhibition, alpha: 0.9 }, 22, 6);

  // The pain meter's frame and its 0–10 ticks.
  const m = layout.painMeter;
  g.roundRect(m.x, m.y, m.width, m.height, 8).fill({ color: palette.surface }).stroke(line);
  for (let i = 0; i <= 10; i += 1) {
    const y = m.y + m.height - (m.height * i) / 10;
    g.moveTo(m.x - (i % 5 === 0 ? 12 : 6), y)
      .lineTo(m.x, y)
      .stroke({ width: 1.5 * s, color: palette.text });
  }

  // Presynaptic terminal (of the nociceptor) and the postsynaptic projection neuron.
  const pre = layout.presynaptic;
  g.ellipse(pre.x, pre.y, 48, 62)
    .fill({ color: palette.surface })
    .stroke({ ...line, width: 3 * s, color: palette.muted });
  const post = layout.postsynaptic;
  g.circle(post.x, post.y, 58)
    .fill({ color: palette.surface })
    .stroke({ ...line, width: 3 * s, color: palette.muted });
  g.circle(post.x + 8, post.y + 4, 16).fill({ color: palette.muted, alpha: 0.35 });
}
