/**
The default of an exhaustive `switch` over a discriminated union: a compile error when a case is missing, and a
loud failure if a value the types rule out arrives anyway (a stored journal from a newer version, say).
*/
export function assertNever(value: never): never {
	throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
