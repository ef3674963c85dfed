import type {Language} from './language.js';

/**
A sentence for the reader, said in their language only when it is shown: where it is in the catalog (its key
path, e.g. `['probes', 'tcp', 'open']`, or `['flowcharts', <id>, 'nodes', <node>, 'summary']`) and its
parameters. State, evidence, findings and fixes hold messages, never translated text: the edges (the screen, the
text report, Markdown, JSON) render them with the catalog they are given (`renderText`).

`args` are the parameters of a catalog function; `fill` the `{placeholders}` of a template (a flowchart node's
text). Parameters may be messages themselves, rendered first.
*/
export type Message = {
	readonly i18n: readonly string[];
	readonly args?: readonly unknown[];
	readonly fill?: Readonly<Record<string, unknown>>;
	/** The English template, for a key no catalog has (a flowchart walked outside the registry, e.g. a test's). */
	readonly otherwise?: string;
};

/** Text to show: a message, or a string said the same in every language (go's output, a command, a host). */
export type Text = string | Message;

/** A catalog parameter as a message builder takes it: a string parameter may be a message too. */
type Parameter<T> = T extends string
	? Text
	: T extends ReadonlyArray<infer E>
		? ReadonlyArray<Parameter<E>>
		: T extends Record<string, unknown>
			? {readonly [K in keyof T]: Parameter<T[K]>}
			: T;

type Parameters_<A extends readonly unknown[]> = {[K in keyof A]: Parameter<A[K]>};

/**
A catalog table as code that produces messages reads it: the same keys, a message where the table has a string
(or a list), and a function of the same parameters that returns a message where it has a function.
*/
export type Messages<T> = T extends string | readonly unknown[]
	? Message
	: T extends (...args: infer A) => unknown
		? (...args: Parameters_<A>) => Message
		: T extends object
			? {readonly [K in keyof T]: Messages<T[K]>}
			: T;

/**
The message builder of a catalog table found at `path`: `messagesOf(en).probes.tcp.open(443, host, took)` is
`{i18n: ['probes', 'tcp', 'open'], args: [443, host, took]}`. Built once from the English table (every language
has its shape).
*/
export function messagesOf<T>(table: T, path: readonly string[] = []): Messages<T> {
	if (typeof table === 'string' || Array.isArray(table)) {
		const message: Message = {i18n: path};
		return message as Messages<T>;
	}

	if (typeof table === 'function') {
		return ((...args: unknown[]) => ({i18n: path, args})) as Messages<T>;
	}

	if (typeof table === 'object' && table !== null) {
		return Object.fromEntries(Object.entries(table).map(([key, value]) => [key, messagesOf(value, [...path, key])])) as Messages<T>;
	}

	return table as Messages<T>;
}

/** Whether a value is a message (see `Message`). */
export function isMessage(value: unknown): value is Message {
	return typeof value === 'object' && value !== null && Array.isArray((value as {i18n?: unknown}).i18n);
}

/** A template's `{placeholder}` at the start of a name: a letter, then letters, digits or `_`. */
const placeholder = /{([A-Za-z]\w*)}/g;

/** The `{placeholders}` a template names, with their values in `fields` (strings, numbers or messages). */
export function fillOf(template: string, fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
	const fill: Record<string, unknown> = {};
	for (const [, name] of template.matchAll(placeholder)) {
		const value = fields[name!];
		if (typeof value === 'string' || typeof value === 'number' || isMessage(value)) {
			fill[name!] = value;
		}
	}

	return fill;
}

/**
The catalogs a message is looked up in: the reader's language first, then English (the reference, complete by
construction). Each is the whole tree a key path walks: the catalog sections and `flowcharts` (each module's text).
*/
export type TextTree = {readonly language: Language; readonly tables: readonly unknown[]};

/** A message, or any text, in the words of `tree`'s language. */
export function renderText(text: Text, tree: TextTree): string {
	if (typeof text === 'string') {
		return text;
	}

	const value = renderMessage(text, tree);
	return typeof value === 'string' ? value : Array.isArray(value) ? value.join('\n') : String(value);
}

/** A message whose catalog entry is a list (a table header, lines of help), as its items. */
export function renderList(text: Message, tree: TextTree): string[] {
	const value = renderMessage(text, tree);
	return Array.isArray(value) ? value.map(String) : [String(value)];
}

/**
Every message inside a value (an object, a list) rendered in `tree`'s language, the rest kept as it is: what JSON
and the transcript write.
*/
export function renderDeep<T>(value: T, tree: TextTree): Rendered<T> {
	return deep(value, tree) as Rendered<T>;
}

/** A value as `renderDeep` returns it: every `Text` a string. */
export type Rendered<T> = T extends Message
	? string
	: T extends string | number | boolean | undefined | null
		? T
		: T extends ReadonlyArray<infer E>
			? Array<Rendered<E>>
			: T extends object
				? {[K in keyof T]: Rendered<T[K]>}
				: T;

function deep(value: unknown, tree: TextTree): unknown {
	if (isMessage(value)) {
		return renderText(value, tree);
	}

	if (Array.isArray(value)) {
		return value.map((item) => deep(item, tree));
	}

	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, deep(item, tree)]));
	}

	return value;
}

function renderMessage(message: Message, tree: TextTree): unknown {
	const entry = lookUp(message.i18n, tree) ?? message.otherwise;
	if (typeof entry === 'function') {
		return (entry as (...args: unknown[]) => unknown)(...(message.args ?? []).map((argument) => deep(argument, tree)));
	}

	if (typeof entry === 'string' && message.fill !== undefined) {
		const {fill} = message;
		return entry.replaceAll(placeholder, (match, name: string) => {
			const value = fill[name];
			return value === undefined
				? match
				: typeof value === 'string' || typeof value === 'number'
					? String(value)
					: renderText(value as Text, tree);
		});
	}

	// A key no catalog has is a bug the i18n tests catch; its path says which.
	return entry ?? message.i18n.join('.');
}

function lookUp(path: readonly string[], tree: TextTree): unknown {
	for (const table of tree.tables) {
		let entry: unknown = table;
		for (const key of path) {
			entry = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)[key] : undefined;
		}

		if (entry !== undefined) {
			return entry;
		}
	}

	return undefined;
}
