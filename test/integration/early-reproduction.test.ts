/*
The reproduction needs nothing from go's settings, so it starts beside `go version` and `go env` rather than
after them; its events still come after the settings'. When go cannot report its settings, the diagnosis ends
there and the reproduction it started is stopped unseen. With the real go, against the lab.
*/
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {runDiagnosis, type DiagnosisEvent} from '../../source/diagnose/run-diagnosis.js';
import {startLab, type Lab} from '../../source/lab/start-lab.js';
import {createSystem} from '../../source/system/create-system.js';
import type {CommandResult, System} from '../../source/system/types.js';
import {english} from '../helpers/text.js';

async function lab(t: {after: (fn: () => Promise<void>) => void}): Promise<Lab> {
	const started = await startLab('proxy-down');
	t.after(async () => started.close());
	return started;
}

/**
The real system, except that `go env` is answered only once `go mod download` has started (or after 3 s, which
the test then sees): a reproduction that waited for the settings would never start in time.
*/
function holdingGoEnv(): System & {readonly log: string[]; readonly released: () => 'by-reproduction' | 'by-timeout' | undefined} {
	const real = createSystem();
	const log: string[] = [];
	let startReproduction: () => void = () => undefined;
	const reproductionStarted = new Promise<void>((resolve) => {
		startReproduction = resolve;
	});
	let released: 'by-reproduction' | 'by-timeout' | undefined;
	return {
		...real,
		log,
		released: () => released,
		async run(spec): Promise<CommandResult> {
			const key = [spec.file, ...spec.args.slice(0, 2)].join(' ');
			log.push(`start ${key}`);
			if (key === 'go mod download') {
				startReproduction();
			}

			if (key === 'go env -json') {
				released = await Promise.race([
					reproductionStarted.then(() => 'by-reproduction' as const),
					new Promise<'by-timeout'>((resolve) => {
						setTimeout(() => {
							resolve('by-timeout');
						}, 3000).unref();
					}),
				]);
			}

			const result = await real.run(spec);
			log.push(`end ${key}${result.canceled ? ' (canceled)' : ''}`);
			return result;
		},
	};
}

describe('the reproduction starts with go env', () => {
	test('go mod download is running before go env has answered; the events keep their order', async (t) => {
		const down = await lab(t);
		const system = holdingGoEnv();
		const events: DiagnosisEvent[] = [];
		await runDiagnosis(system, {dir: down.dir, env: down.env, timeoutMs: 8000, candidates: []}, (event) => {
			events.push(event);
		});
		assert.equal(system.released(), 'by-reproduction', system.log.join('\n'));
		const types = events.map((event) => event.type);
		assert.ok(types.indexOf('settings') < types.indexOf('reproduction-started'), 'settings first, as before');
		const finished = events.find((event) => event.type === 'reproduction-finished');
		assert.ok(finished?.type === 'reproduction-finished' && !finished.reproduction.ok);
		assert.match(english(finished.reproduction.headline), /connection refused|refused/);
	});

	test('go cannot report its settings: the diagnosis ends there, and the reproduction it started is stopped unseen', async (t) => {
		const down = await lab(t);
		const system = holdingGoEnv();
		const events: DiagnosisEvent[] = [];
		// Go version and go env refuse a GOFLAGS flag they do not know; go mod download would too, or would hang.
		await runDiagnosis(
			system,
			{dir: down.dir, env: {...down.env, GOFLAGS: '-gomod-doctor-no-such-flag'}, timeoutMs: 8000, candidates: []},
			(event) => {
				events.push(event);
			},
		);
		const types = events.map((event) => event.type);
		assert.ok(types.includes('go-unusable'), types.join(', '));
		assert.ok(!types.includes('reproduction-started') && !types.includes('reproduction-finished'), types.join(', '));
		assert.ok(system.log.includes('start go mod download'), 'it had started');
		assert.ok(
			system.log.some((line) => line.startsWith('end go mod download')),
			`it ended before the diagnosis did:\n${system.log.join('\n')}`,
		);
	});
});
