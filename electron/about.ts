/** "About Qiyos": the product name, its version and the Electron, Chromium and Node versions inside it. */
import { app, dialog, type AboutPanelOptionsOptions, type BrowserWindow, type MessageBoxOptions } from 'electron';

export interface AboutInfo {
  name: string;
  version: string;
  versions: { electron?: string; chrome?: string; node?: string };
}

/** The running app's about information. */
export function currentAboutInfo(): AboutInfo {
  const { electron, chrome, node } = process.versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string };
  return { name: app.getName(), version: app.getVersion(), versions: { electron, chrome, node } };
}

/** "Electron 45.4.1", "Chromium …", "Node.js …": one line each, leaving out what is unknown. */
export function aboutDetailLines({ versions }: AboutInfo): string[] {
  const lines: string[] = [];
  if (versions.electron) lines.push(`Electron ${versions.electron}`);
  if (versions.chrome) lines.push(`Chromium ${versions.chrome}`);
  if (versions.node) lines.push(`Node.js ${versions.node}`);
  return lines;
}

const SUMMARY = 'Aligns parallel news reports in Uzbek (Cyrillic and Latin), Russian and English and exports TMX.';

/** The options of the native about panel (macOS, and Linux's when shown). */
export function aboutPanelOptions(info: AboutInfo): AboutPanelOptionsOptions {
  return {
    applicationName: info.name,
    applicationVersion: info.version,
    version: aboutDetailLines(info).join(', '),
    credits: SUMMARY,
    copyright: 'MIT License',
  };
}

/** The message box shown by Help → About on Windows and Linux. */
export function aboutMessageBoxOptions(info: AboutInfo): MessageBoxOptions {
  return {
    type: 'info',
    title: `About ${info.name}`,
    message: `${info.name} ${info.version}`,
    detail: [SUMMARY, '', ...aboutDetailLines(info)].join('\n'),
    buttons: ['OK'],
    noLink: true,
  };
}

export function configureAboutPanel(): void {
  app.setAboutPanelOptions(aboutPanelOptions(currentAboutInfo()));
}

/** Shows the About message box, attached to `window` when there is one. */
export async function showAboutDialog(window: BrowserWindow | null): Promise<void> {
  const options = aboutMessageBoxOptions(currentAboutInfo());
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}
