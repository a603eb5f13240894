// The scene's one door to pixi.js. The values come from pixi's own modules (`pixi-lib/…`, an alias of
// node_modules/pixi.js/lib/ set in vite.config.ts and tsconfig.base.json), not from the package's barrel:
// through the barrel the bundler keeps the WebGPU renderer's systems, video and asset loaders and more in the
// first chunk, though this app never starts them — about 25 KB gzip before app-ready (issue 9's budget).
// Types may still be imported from 'pixi.js' (they are erased).
export { Application } from 'pixi-lib/app/Application';
export { Color } from 'pixi-lib/color/Color';
export { Container } from 'pixi-lib/scene/container/Container';
export { Graphics } from 'pixi-lib/scene/graphics/shared/Graphics';
export { GraphicsContext } from 'pixi-lib/scene/graphics/shared/GraphicsContext';
export { Text } from 'pixi-lib/scene/text/Text';
