import {isMessage, type Text} from './message.js';

/**
An error a user reads (a usage error, a file that cannot be written): what to say is a message (`text`), said in the
reader's language where it is shown. `message` is its key path, for logs and stack traces.
*/
export class TextError extends Error {
	readonly text: Text;

	constructor(text: Text) {
		super(isMessage(text) ? text.i18n.join('.') : text);
		this.text = text;
	}
}
