/** Drops `undefined` members: the driver would store them as null, which the schemas then reject. */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
