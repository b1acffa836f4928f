// The CommonJS build, typed as the package: its ES build calls a namespace import of
// nanoid as a function, which bundlers (esbuild, Vite) turn into a crash at run time.
declare module 'hunspell-asm/dist/cjs/index.js' {
  export { loadModule } from 'hunspell-asm';
}
