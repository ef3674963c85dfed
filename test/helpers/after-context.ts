import type {AfterContext} from '../../source/diagnose/investigation.js';
import type {GoSnapshot} from '../../source/go/read-go-settings.js';
import {createFakeSystem} from './fake-system.js';

/**
What an `after` investigation is given, on a fake system with go's settings `values`: nothing classified and no
connectivity walk unless `more` says otherwise.
*/
export function fakeAfterContext(values: Readonly<Record<string, string>> = {}, more: Partial<AfterContext> = {}): AfterContext {
	const snapshot = {kind: 'ok', goVersion: 'go1.26.8', goenvFile: '', settings: [], values} as unknown as GoSnapshot;
	return {
		system: createFakeSystem(),
		env: {},
		dir: '/tmp',
		snapshot,
		probeModule: 'example.com/m',
		candidates: [],
		timeoutMs: 5000,
		classified: [],
		connectivity: [],
		...more,
	};
}
