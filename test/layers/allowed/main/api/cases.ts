import { cases } from '../core/cases';
export const methods = cases;
