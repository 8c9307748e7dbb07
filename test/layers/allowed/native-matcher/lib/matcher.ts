import { SharedError } from '../../preload/shared/errors';
export const compare = SharedError.name;
