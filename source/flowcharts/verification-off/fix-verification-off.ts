import {say} from '../../i18n/index.js';
import {formatEnvCommand} from '../../model/format.js';
import type {Fix} from '../../model/report.js';

/**
§4.3: one `go mod download -json MOD@VER` with verification off for that process only: GOSUMDB=off for a content
mismatch, GONOSUMDB=<module> for the checksum database; GOFLAGS=-mod=mod. The wizard runs it in an empty directory
with an empty module cache (see create-session-actions), so go.sum is neither read nor written. The checksum
flowchart offers it too.
*/
export function verificationOffFix(module: string, version: string, stoppedBy: 'checksum' | 'sumdb'): Fix {
	const env: Record<string, string> =
		stoppedBy === 'checksum' ? {GOSUMDB: 'off', GONOSUMDB: module, GOFLAGS: '-mod=mod'} : {GONOSUMDB: module, GOFLAGS: '-mod=mod'};
	const variables = Object.entries(env)
		.map(([key, value]) => `${key}=${value}`)
		.join(' ');
	return {
		id: 'verification-off-repro',
		title: say.checksum.isolateTitle(module, version),
		detail: say.checksum.isolateDetail(variables),
		kind: 'command',
		argv: ['go', 'mod', 'download', '-json', `${module}@${version}`],
		env,
		// As the wizard runs it: in an empty directory, with an empty module cache go may write read-only files into.
		byHand: [
			'cd "$(mktemp -d)"',
			`GOMODCACHE="$PWD/modcache" ${formatEnvCommand({...env, GOFLAGS: `${env['GOFLAGS']} -modcacherw`}, ['go', 'mod', 'download', '-json', `${module}@${version}`])}`,
		],
		scope: 'session',
		weakensSecurity: true,
	};
}
