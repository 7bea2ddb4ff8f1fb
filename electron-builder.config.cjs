// electron-builder configuration for Qiyos installers (`npm run dist`).
// The renderer (Vite) and the main/preload (esbuild) are fully bundled, so the packaged app is just
// dist/, dist-electron/ and package.json: no sources, no tests and no node_modules at all.

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'uz.qiyos.app',
  productName: 'Qiyos',
  directories: { output: 'release', buildResources: 'build' },
  files: ['dist/**', 'dist-electron/**', 'package.json', '!node_modules/**', '!**/*.map'],
  // Returning false tells electron-builder that node_modules are handled elsewhere: it neither
  // installs, rebuilds nor copies the runtime `dependencies` (they are already inside the bundles).
  // Do not add `npmRebuild: false`: electron-builder then skips this hook and copies node_modules again.
  beforeBuild: async () => false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  asar: true,
  icon: 'build/icon.png',
  publish: null,
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    executableName: 'qiyos',
    maintainer: 'Qiyos <qiyos@users.noreply.github.com>',
    vendor: 'Qiyos',
    synopsis: 'Align parallel news reports (Uzbek, Russian, English) and export TMX',
    icon: 'build/icon.png',
  },
  deb: {
    packageCategory: 'text',
  },
  win: {
    target: ['nsis'],
    icon: 'build/icon.png',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    icon: 'build/icon.png',
  },
};
