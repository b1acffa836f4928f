// Packaging for `npm run dist` (electron-builder 26). CommonJS because the
// package is an ES module and electron-builder loads its config with require().
// electron-builder adds the production dependencies the main process loads at
// run time (electron-store and what it needs) from node_modules by itself.

/** What goes into the app: the three bundles, the resources and package.json; nothing else. */
const files = [
  'dist/main/**/*',
  'dist/preload/**/*',
  'dist/renderer/**/*',
  'resources/**/*',
  'package.json',
  // Never shipped, even if a build or a helper left them in those folders.
  '!**/*.map',
  '!**/*.{test,spec}.*',
  '!**/*.{ts,tsx,mts,cts}',
  '!**/.env*',
  '!**/*.{pem,key,p12,pfx}',
  '!**/node_modules/.cache{,/**/*}',
];

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.midad.editor',
  productName: 'Midad',
  copyright: 'Midad contributors',
  directories: { output: 'release', buildResources: 'resources/installer' },
  files,
  asar: true,
  fileAssociations: [
    {
      ext: 'midad',
      name: 'Midad draft',
      description: 'Midad draft',
      mimeType: 'application/x-midad',
      role: 'Editor',
      icon: 'resources/icons/icon.png',
    },
  ],
  // The fuses of an editor that runs only its own packaged code.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
    // The app is served from midad://, so file:// needs none of its old extra powers.
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'resources/icons/icon.png',
    synopsis: 'Newsroom editor for Arabic',
  },
  deb: { priority: 'optional' },
  win: { target: ['nsis'], icon: 'resources/icons/icon.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', icon: 'resources/icons/icon.png' },
  dmg: { title: 'Midad' },
};
