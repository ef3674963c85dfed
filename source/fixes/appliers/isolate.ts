/**
§4.3: one reproduction with verification off (the fix's env) for that process only, in an empty directory outside
the project (go.sum is neither read nor written) and with an empty module cache (nothing unverified stays behind).
Nothing of the user's changes, so it is never "fixed": the outcome says what go did without verification.
*/
import path from 'node:path';
import {reproduceDownload, reproductionErrorText} from '../../go/reproduce-download.js';
import {withScratchCache} from '../../go/scratch-cache.js';
import {say} from '../../i18n/index.js';
import {validateCommandArgv} from '../apply-command.js';
import {at, emitReproduction, failed, verified} from './support.js';
import type {Applier} from './types.js';

export const applyIsolationRun: Applier = async (fix, context) => {
	const text = say.checksum;
	const module = fix.argv?.at(-1);
	const problem =
		validateCommandArgv(fix.argv) ??
		(fix.argv?.slice(0, 4).join(' ') === 'go mod download -json' && module !== undefined && fix.argv.length === 5
			? undefined
			: 'not a go mod download -json MOD@VER command');
	if (problem !== undefined || module === undefined) {
		return failed(context, fix, text.isolateRefused(problem ?? 'no module'), {undo: 'nothing'});
	}

	// Outside the project (its GOFLAGS, such as -mod=vendor, do not apply there): only the fix's own flags.
	const {system, signal} = context;
	const root = await system.fs.mkdtemp(path.join(system.fs.tmpdir(), 'gomod-doctor-isolate-'));
	try {
		const result = await withScratchCache(
			system,
			{env: {...context.env, ...fix.env, GOFLAGS: fix.env?.['GOFLAGS'] ?? ''}, cwd: root},
			async (env) => reproduceDownload(system, {env, cwd: root, module, timeoutMs: context.goTimeoutMs, signal}),
		);
		const variables = Object.entries(fix.env ?? {})
			.map(([key, value]) => `${key}=${value ?? ''}`)
			.join(' ');
		emitReproduction(context.emit, say.actions.reproduceVerificationOff(variables), result);
		const goSays = reproductionErrorText(result).split('\n').slice(0, 3).join(' ');
		const record = result.records.find((item) => `${item.path}@${item.version}` === module);
		const summary = result.ok
			? text.isolateWorks(module, record?.sum ?? '?', record?.goModSum ?? '?')
			: text.isolateFails(goSays === '' ? result.headline : context.redact(goSays));
		context.emit({type: 'fix-finished', at: at(), fix, status: 'applied', detail: summary});
		return verified(context, false, {status: 'not-fixed', summary, undo: 'nothing'});
	} finally {
		await system.fs.rm(root, {recursive: true, force: true, maxRetries: 3, retryDelay: 100});
	}
};
