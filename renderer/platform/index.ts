import { createDesktopPlatform } from './desktop';
import type { Platform } from './platform';
import { createWebPlatform } from './web';

export type { Platform } from './platform';
export { readBrowserFiles } from './web';

let platform: Platform | undefined;

/** The host the renderer runs in, chosen once by whether Electron's preload bridge is present. */
export function getPlatform(): Platform {
  platform ??= window.qiyosDesktop ? createDesktopPlatform(window.qiyosDesktop) : createWebPlatform();
  return platform;
}
