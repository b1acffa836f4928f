/**
 * A name set into a translated sentence as its own bidi run (Unicode first-strong
 * isolate): a Latin machine name such as `karim-pc` inside Arabic text would
 * otherwise pull the neighbouring date and punctuation out of order.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
