import { read } from '../formats/reader';
import { caseError } from '../../preload/contract/cases';
export const cases = [read, caseError];
