import {hashModuleZip} from '../../go/h1-hash.js';
import {labModules} from '../lab-modules.js';
import {buildModuleArtifacts} from '../module-zip.js';
import {defineScenario, good, type Scenario} from '../scenario-kit.js';
import {labGoSum} from '../lab-project.js';
import {createLabSumdbSigner, startSumdbServer} from '../sumdb-server.js';

/** The module version the checksum scenarios break. */
export const checksumLabModule = {path: 'example.com/lab/greet', version: 'v1.2.0'} as const;

function moduleZipHash(path: string, version: string): string {
	const module = labModules.find((item) => item.path === path && item.version === version);
	if (module === undefined) {
		throw new Error(`no lab module ${path}@${version}`);
	}

	return hashModuleZip(buildModuleArtifacts(module).zip);
}

/**
§2.4, §4.2 and checksum-database reachability, each with the lab's own checksum database (a signed tree go
verifies, GOSUMDB="<key> <url>"), so go's own verification runs.
*/
export const checksumScenarios = [
	defineScenario({
		id: 'checksum-gosum-wrong',
		description:
			'go.sum holds a wrong h1: line for example.com/lab/greet v1.2.0 (a bad merge); the checksum database and the proxy agree: correct the go.sum line.',
		servers: [good],
		goproxy: '{good},direct',
		candidates: ['good'],
		expected: {category: 'checksum-mismatch'},
		goSays: 'checksum mismatch',
		async setup() {
			const sumdb = await startSumdbServer();
			const right = moduleZipHash(checksumLabModule.path, checksumLabModule.version);
			// The line of the previous version, kept by a merge that resolved go.sum's conflict the wrong way.
			const wrong = moduleZipHash(checksumLabModule.path, 'v1.1.0');
			return {
				goenv: {GOSUMDB: sumdb.gosumdb},
				files: {
					'go.sum': labGoSum().replace(
						`${checksumLabModule.path} ${checksumLabModule.version} ${right}`,
						`${checksumLabModule.path} ${checksumLabModule.version} ${wrong}`,
					),
				},
				extras: {sumdb: sumdb.url, gosumdb: sumdb.gosumdb, rightHash: right, wrongHash: wrong},
				close: async () => sumdb.close(),
			};
		},
	}),
	defineScenario({
		id: 'checksum-mirror-tampered',
		description:
			'The first GOPROXY entry serves an altered zip; the checksum database and the second entry agree with go.sum: stop using that mirror.',
		servers: [{name: 'tampered', fault: {kind: 'altered-zip'}}, good],
		goproxy: '{tampered},{good},direct',
		candidates: ['good'],
		expected: {entryIndex: 0, category: 'checksum-mismatch'},
		goSays: 'SECURITY ERROR',
		async setup() {
			const sumdb = await startSumdbServer();
			return {
				goenv: {GOSUMDB: sumdb.gosumdb},
				extras: {sumdb: sumdb.url, gosumdb: sumdb.gosumdb},
				close: async () => sumdb.close(),
			};
		},
	}),
	defineScenario({
		id: 'sumdb-down',
		description:
			'The checksum database GOSUMDB names refuses connections and go.sum lacks the lines go must look up; a mirror of the same database answers: point GOSUMDB at it.',
		servers: [good],
		goproxy: '{good},direct',
		candidates: ['good'],
		expected: {category: 'sumdb'},
		goSays: 'connection refused',
		async setup() {
			const signer = createLabSumdbSigner();
			// The mirror listens first: the refused port is free, and the kernel must not hand it to the mirror.
			const mirror = await startSumdbServer({signer});
			const down = await startSumdbServer({signer, refuse: true});
			return {
				goenv: {GOSUMDB: down.gosumdb},
				env: {GOMOD_DOCTOR_SUMDB_MIRRORS: mirror.url},
				files: {'go.sum': ''},
				extras: {sumdb: down.url, gosumdb: down.gosumdb, mirror: mirror.url, mirrorGosumdb: mirror.gosumdb},
				close: async () => mirror.close(),
			};
		},
	}),
] as const satisfies readonly Scenario[];
