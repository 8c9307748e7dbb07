export class SharedError extends Error {}
