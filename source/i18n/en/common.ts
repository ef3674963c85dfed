/** Words used across areas. */
export const common = {
	language: 'English',
	yes: 'yes',
	no: 'no',
	/** Why the machine refused a file operation, by error code (see describeFileError). */
	fileErrors: {
		noSpace: 'no space left on the device',
		readOnly: 'the file system is read-only',
		denied: 'permission denied',
		missingDirectory: 'a directory on the way does not exist or is not a directory',
		other: 'the file cannot be written',
		/** The reason, then the code and the path it concerned. */
		said: (reason: string, code: string, path: string | undefined) => `${reason} (${code}${path === undefined ? '' : `: ${path}`})`,
	},
	/** Items of a list, in a sentence: `a, b, c`. */
	list: (items: readonly string[]) => items.join(', '),
	/** Sentences said one after another: English puts a space between them. */
	sentences: (parts: readonly string[]) => parts.filter((part) => part !== '').join(' '),
	/** Lines said one under another (a title, then an item a line). */
	lines: (lines: readonly string[]) => lines.join('\n'),
};
