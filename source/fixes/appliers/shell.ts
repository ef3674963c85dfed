/**
Shell lines (`export`/`unset` of variables go env cannot hold, such as HTTPS_PROXY and NO_PROXY): nothing is
written anywhere; go runs again with `fix.env` applied to that run only, and the lines are handed back for the
user's profile.
*/
import {say, type Text} from '../../i18n/index.js';
import {formatArgv, formatDuration} from '../../model/format.js';
import {overlayEnv} from '../apply-command.js';
import {writeFixFiles} from '../fix-tls.js';
import {at, emitReproduction, failed, verified} from './support.js';
import type {Applier} from './types.js';

export const applyShellFix: Applier = async (fix, context) => {
	const lines = fix.shell ?? [];
	if (Object.keys(fix.env ?? {}).length === 0) {
		return failed(context, fix, say.net.shellNothing, {shellLines: lines});
	}

	// Files the lines need (the CA bundle SSL_CERT_FILE names): written only now, after the user confirmed.
	let written: Text = '';
	if (fix.files !== undefined && fix.files.length > 0) {
		const wrote = await writeFixFiles(context.system.fs, fix.files, context.env);
		if (!wrote.ok) {
			return failed(context, fix, say.tls.filesFailed(wrote.message), {shellLines: lines});
		}

		written = say.tls.filesWritten(wrote.written.join(', '));
	}

	const result = await context.verify({env: overlayEnv(context.env, fix.env), signal: context.signal});
	emitReproduction(context.emit, say.actions.verifyShellLines(lines.join('; ')), result);
	const summary = say.common.sentences([
		written,
		result.ok ? say.net.shellFixed(formatArgv(result.argv), formatDuration(result.durationMs)) : say.net.shellNotFixed(result.headline),
	]);
	context.emit({type: 'fix-finished', at: at(), fix, status: 'applied', detail: summary});
	return verified(context, result.ok, {status: result.ok ? 'fixed' : 'not-fixed', summary, shellLines: lines, verifiedOnly: true});
};
