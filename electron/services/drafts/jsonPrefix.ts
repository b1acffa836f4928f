/** Thrown when the text ends before the JSON value does. */
const END = Symbol('end of input');

/**
 * True when `text` is not valid JSON but is the beginning of some valid JSON
 * document: the sign of a file cut off mid-write rather than one that holds
 * something else. Trailing NULs count as cut off (a file extended but never
 * filled, as after a power loss).
 */
export function isJsonPrefix(text: string): boolean {
  const input = text.replace(/\0+$/, '');
  let at = 0;

  const next = (): string => {
    if (at >= input.length) throw END;
    return input[at]!;
  };
  const skipSpace = () => {
    while (at < input.length && ' \t\r\n'.includes(input[at]!)) at++;
  };
  const expect = (char: string): boolean => {
    skipSpace();
    if (next() !== char) return false;
    at++;
    return true;
  };
  const literal = (word: string): boolean => {
    for (const char of word) {
      if (next() !== char) return false;
      at++;
    }
    return true;
  };
  const string = (): boolean => {
    at++;
    for (;;) {
      const char = next();
      at++;
      if (char === '"') return true;
      if (char === '\\') {
        next();
        at++;
      } else if (char < ' ') return false;
    }
  };
  const number = (): boolean => {
    const start = at;
    while (at < input.length && /[-+0-9.eE]/.test(input[at]!)) at++;
    if (at === input.length) throw END;
    return at > start;
  };
  const members = (close: string, member: () => boolean): boolean => {
    at++;
    skipSpace();
    if (next() === close) {
      at++;
      return true;
    }
    for (;;) {
      if (!member()) return false;
      skipSpace();
      const char = next();
      at++;
      if (char === close) return true;
      if (char !== ',') return false;
    }
  };
  const key = (): boolean => {
    skipSpace();
    return next() === '"' && string();
  };
  const value = (): boolean => {
    skipSpace();
    const char = next();
    if (char === '{') return members('}', () => key() && expect(':') && value());
    if (char === '[') return members(']', value);
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    return number();
  };

  try {
    value();
    // A complete value: whatever follows it is not a truncation.
    return false;
  } catch (error) {
    if (error === END) return true;
    throw error;
  }
}
