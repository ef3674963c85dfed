import {isMessage, type Text} from '../i18n/message.js';

/**
A problem with how the tool was called: printed without a stack trace, exit status 2. It holds what to say as a
message (`text`), said in the reader's language where it is printed (cli.tsx).
*/
export class UsageError extends Error {
	override name = 'UsageError';
	readonly text: Text;

	constructor(text: Text) {
		super(isMessage(text) ? text.i18n.join('.') : text);
		this.text = text;
	}
}
