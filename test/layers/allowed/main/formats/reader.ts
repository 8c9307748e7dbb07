import { SharedError } from '../../preload/shared/errors';
import { compare } from '../../native-matcher/lib/matcher';
export const read = () => new SharedError(String(compare));
