// Every contract method's implementation. The `satisfies` makes a method that
// is in the contract but not implemented a compile error.
import type { Implementation } from './registry';
import { casesMethods } from './methods/cases';

export const implementation = {
  ...casesMethods,
} satisfies Implementation;
