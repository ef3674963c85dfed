import {TextError} from '../i18n/text-error.js';

/** A problem with how the tool was called: printed without a stack trace, exit status 2. */
export class UsageError extends TextError {
	override name = 'UsageError';
}
