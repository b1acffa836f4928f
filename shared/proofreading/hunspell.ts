import type { HunspellFactory } from 'hunspell-asm';
import { loadModule } from 'hunspell-asm/dist/cjs/index.js';
import type { SpellChecker } from './types';

/** A dictionary as Hunspell reads it: the affix file and the word list, as bytes. */
export interface DictionaryBytes {
  aff: Uint8Array;
  dic: Uint8Array;
}

export interface HunspellChecker extends SpellChecker {
  dispose(): void;
}

let factory: Promise<HunspellFactory> | undefined;
let mounted = 0;

/**
 * Real Hunspell compiled to WebAssembly (hunspell-asm embeds the wasm, so it
 * loads the same way in Node, Electron and a Web Worker). The caller reads the
 * files: this module does no I/O. The CommonJS build is imported on purpose
 * (see hunspellAsm.d.ts); bundlers still swap in its browser runtime.
 */
export async function createHunspell(bytes: DictionaryBytes): Promise<HunspellChecker> {
  factory ??= loadModule();
  const hunspell = await factory;
  const name = `dictionary-${++mounted}`;
  const aff = hunspell.mountBuffer(bytes.aff, `${name}.aff`);
  const dic = hunspell.mountBuffer(bytes.dic, `${name}.dic`);
  const instance = hunspell.create(aff, dic);
  // Hunspell has read both files; the in-memory copies would only double the memory.
  hunspell.unmount(aff);
  hunspell.unmount(dic);
  return {
    spell: (word) => instance.spell(word),
    suggest: (word) => instance.suggest(word),
    dispose: () => instance.dispose(),
  };
}
