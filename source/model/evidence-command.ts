import {say, type Text} from '../i18n/index.js';
import type {Evidence} from './report.js';

/**
The check behind a piece of evidence as a user reads it: the command, and the tool that really ran it when
that is not the command's own program (Node's resolver behind `getent ahosts`, `node:net` when nc is
missing). Undefined when nothing ran (an IP address needs no lookup). A command is said the same in every
language; the tool that ran it is named in the reader's words.
*/
export function evidenceCommand(evidence: Pick<Evidence, 'command' | 'tool'>): Text | undefined {
	if (evidence.command === '') {
		return undefined;
	}

	const program = evidence.command.split(' ')[0];
	const same =
		program === evidence.tool ||
		evidence.command.startsWith(`${evidence.tool} `) ||
		(evidence.tool === 'undici' && /^(?:GET|HEAD) /.test(evidence.command));
	return same ? evidence.command : say.wizard.ranBy(evidence.command, evidence.tool);
}
