import type { Implementations } from '../dispatcher';
import { midadContract, type MidadContract } from '../midad';

/**
 * The services a test needs, with every other service of the contract left
 * unimplemented, so adding a service to the contract does not touch every test.
 * A call to a left-out service fails loudly, which such a test must not make.
 */
export function onlyServices(implemented: Partial<Implementations<MidadContract>>): Implementations<MidadContract> {
  const unimplemented = Object.fromEntries(Object.keys(midadContract).map((name) => [name, {}]));
  return { ...unimplemented, ...implemented } as Implementations<MidadContract>;
}
