/**
A `.netrc` entry: the previous file copied (private), the entry written with mode 0600 and read back, then go run
again on what failed. The token goes to the file only: no event, summary or transcript line holds it.
*/
import path from 'node:path';
import {say} from '../../i18n/index.js';
import {formatArgv, formatDuration} from '../../model/format.js';
import {applyNetrc} from '../apply-netrc.js';
import type {Environment} from '../../system/types.js';
import {journalPath} from '../journal.js';
import {at, emitReproduction, failed, verified} from './support.js';
import type {Applier} from './types.js';

export const applyNetrcFix: Applier = async (fix, context) => {
	const text = say.private;
	const target = fix.netrc;
	const {input} = context;
	const login = input?.login ?? target?.login;
	if (target === undefined || login === undefined || input?.secret === undefined || input.secret === '') {
		return failed(context, fix, text.noSecret);
	}

	const written = await applyNetrc({
		fs: context.system.fs,
		file: target.file,
		machine: target.machine,
		login,
		token: input.secret,
		...backupPlace(context.env, target.file, context.redact),
	});
	if (!written.ok) {
		return failed(context, fix, text.netrcFailed(written.message));
	}

	context.ledger.recordNetrc(written.change);
	const backup = written.change.backup === undefined ? [] : [text.netrcBackup(written.change.backup)];
	context.emit({
		type: 'fix-finished',
		at: at(),
		fix,
		status: 'applied',
		detail: say.common.sentences([text.netrcWritten(target.file, target.machine, written.change.replaced), ...backup]),
	});
	const result = await context.verify({env: context.env, signal: context.signal});
	emitReproduction(context.emit, say.actions.verifyAgain, result);
	const summary = result.ok
		? text.netrcFixed(formatArgv(result.argv), formatDuration(result.durationMs))
		: text.netrcNotFixed(result.headline);
	return verified(context, result.ok, {status: result.ok ? 'fixed' : 'not-fixed', summary, undo: 'files'});
};

/**
Where the previous file is copied: beside the journal, which records the change too (so that `gomod-doctor undo`
restores it after this session); beside the file when there is no journal.
*/
function backupPlace(env: Environment, file: string, redact: (text: string) => string) {
	try {
		const journalFile = journalPath(env);
		return {backupDir: path.join(path.dirname(journalFile), 'netrc-backups'), journalFile, redact};
	} catch {
		return {backupDir: path.join(path.dirname(file), '.gomod-doctor-netrc-backups')};
	}
}
