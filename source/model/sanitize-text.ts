/**
The one sanitiser of text that leaves this process (the terminal, the Ink frames, the text and Markdown reports,
--json, the transcripts, `classify`): whatever a server, a repository, go.mod, a setting or go itself said is
shown, never obeyed. Every C0 control but newline and tab (a carriage return only before a newline), DEL, every
C1 control and every bidi control (embeddings, overrides, isolates, marks) is written as its escape, `\u001b`,
`\u009b`, `\u202e`: visible, and inert in a terminal. The escape is also JSON's, so JSON text stays valid JSON.
Linear in its input. Pure.
*/

/** What `sanitizeText` makes visible. */

const unsafe = /\r(?!\n)|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** `text` with every control and bidi character written as a visible `\uXXXX`. */
export function sanitizeText(text: string): string {
	return text.replace(unsafe, (character) => String.raw`\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/** Whether `text` holds anything `sanitizeText` would change (for tests and assertions). */
export function hasUnsafeText(text: string): boolean {
	unsafe.lastIndex = 0;
	const found = unsafe.test(text);
	unsafe.lastIndex = 0;
	return found;
}
