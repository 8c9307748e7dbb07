// Every contract method's implementation. The `satisfies` makes a method that
// is in the contract but not implemented a compile error.
import type { Implementation } from './registry';
import { adminMethods } from './methods/admin';
import { agreementsMethods } from './methods/agreements';
import { auditMethods } from './methods/audit';
import { casesMethods } from './methods/cases';
import { correspondencesMethods } from './methods/correspondences';
import { demoMethods } from './methods/demo';
import { disclosuresMethods } from './methods/disclosures';
import { oversightMethods } from './methods/oversight';
import { examinationMethods } from './methods/examination';
import { packetsMethods } from './methods/packets';
import { printsMethods } from './methods/prints';
import { reportsMethods } from './methods/reports';
import { sessionMethods } from './methods/session';

export const implementation = {
  ...casesMethods,
  ...packetsMethods,
  ...sessionMethods,
  ...adminMethods,
  ...auditMethods,
  ...demoMethods,
  ...printsMethods,
  ...correspondencesMethods,
  ...oversightMethods,
  ...reportsMethods,
  ...agreementsMethods,
  ...disclosuresMethods,
  ...examinationMethods,
} satisfies Implementation;
