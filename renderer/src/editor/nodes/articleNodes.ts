/** Every node an article may contain: the live editor and read-only revision views register the shared list. */
export { articleNodes } from '../../../../shared/editor/nodes';
