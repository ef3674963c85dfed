/**
The shape a translation must have: the same sections and keys as the English catalog, a string where it has a
string, and a function of the same parameters where it has a function (so `(count) => …` cannot silently drop
the count). Literal types are widened, so a translation may say anything. Tuples stay tuples.
*/
export type Shape<T> = T extends string
	? string
	: T extends (...args: infer Arguments) => infer Result
		? (...args: Arguments) => Shape<Result>
		: T extends object
			? {readonly [K in keyof T]: Shape<T[K]>}
			: T;
