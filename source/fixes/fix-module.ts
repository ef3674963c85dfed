/**
The remediations of the module flowcharts (missing versions, the module cache, toolchains, go.sum, tidy), built
from what the checks measured. Command fixes carry their exact argv; module arguments are checked by go's rules
before they become one.
*/
import {validateModuleQuery} from '../go/reproduce-download.js';
import {say} from '../i18n/index.js';
import type {Fix} from '../model/report.js';
import type {Text} from '../i18n/message.js';

/**
`go mod edit -require=MOD@VERSION`: require an existing version instead of the missing one. Not `go get`: go get
loads the module graph first, and that fails on the very requirement that does not exist. Undefined for an
invalid module.
*/
/**
Compiles every package of the module and its dependencies without writing anything into it (`go build ./...` would
write a main package's binary there): exit 1 with the compiler's message when the code does not build.
*/
export const buildCheckArgv = ['go', 'list', '-deps', '-export', './...'] as const;

export function requireVersionFix(module: string, wanted: string, version: string): Fix | undefined {
	const query = validateModuleQuery(`${module}@${version}`);
	if (!query.ok) {
		return undefined;
	}

	return {
		id: 'require-version',
		title: say.module.goGetTitle(module, version),
		detail: say.module.goGetDetail(module, wanted, version),
		kind: 'command',
		argv: ['go', 'mod', 'edit', `-require=${query.argument}`],
		// Another version may lack what the code uses: the download working is not enough, the code must compile.
		verify: buildCheckArgv,
		scope: 'persistent',
		weakensSecurity: false,
	};
}

/**
The command that loads the packages as a build does: a go.sum remedy counts as working only when it succeeds (it
fails while a line go needs is missing).
*/
export const loadPackagesArgv = ['go', 'list', '-deps', './...'] as const;

/**
`go mod tidy -v`, the one tidy remedy, under the two ids the reports and transcripts know it by: `go-mod-tidy`, offered
next after a fix that works (the guide's §1), and `go-sum-tidy`, the remedy for missing go.sum lines.
*/
const tidyIds: ReadonlySet<string> = new Set(['go-mod-tidy', 'go-sum-tidy']);

function tidyFix(id: 'go-mod-tidy' | 'go-sum-tidy', verify?: readonly string[]): Fix {
	return {
		id,
		title: say.module.tidyTitle,
		detail: say.module.tidyDetail,
		kind: 'command',
		argv: ['go', 'mod', 'tidy', '-v'],
		...(verify === undefined ? {} : {verify}),
		scope: 'persistent',
		weakensSecurity: false,
	};
}

/** `go mod tidy -v`, offered after a fix that works (the guide's §1). */
export function goModTidyFix(): Fix {
	return tidyFix('go-mod-tidy');
}

/** A tidy: never offered again after itself. */
export function isTidyFix(fix: Fix): boolean {
	return tidyIds.has(fix.id);
}

/** `go mod download MOD…`: writes the modules' go.sum lines. `verify`: the command that failed for lack of them. */
export function goModDownloadFix(modules: readonly string[], verify?: readonly string[]): Fix | undefined {
	const checked = modules.map((module) => validateModuleQuery(module));
	if (modules.length === 0 || checked.some((query) => !query.ok)) {
		return undefined;
	}

	return {
		id: 'go-mod-download',
		title: say.module.downloadTitle(modules.join(' ')),
		detail: say.module.downloadDetail,
		kind: 'command',
		argv: ['go', 'mod', 'download', ...checked.map((query) => (query.ok ? query.argument : ''))],
		...(verify === undefined ? {} : {verify}),
		scope: 'persistent',
		weakensSecurity: false,
	};
}

/**
`go mod tidy -v` as the go.sum remedy (it adds every missing line), of the go-sum flowchart and of the
`go-sum-missing` category alike; it works when `verify` (the packages load) succeeds too.
*/
export function goSumTidyFix(verify: readonly string[] = loadPackagesArgv): Fix {
	return tidyFix('go-sum-tidy', verify);
}

/** `go clean -modcache`, its size shown first; only offered when a download with an empty cache worked. */
export function goCleanModcacheFix(dir: string, size: string): Fix {
	return {
		id: 'go-clean-modcache',
		title: say.module.cleanTitle(size),
		detail: say.module.cleanDetail(dir, size),
		kind: 'command',
		argv: ['go', 'clean', '-modcache'],
		scope: 'persistent',
		weakensSecurity: false,
	};
}

/** `go env -w GOMODCACHE=DIR`: a cache this user can write. */
export function moveModcacheFix(current: string, target: string): Fix {
	return {
		id: 'gomodcache-elsewhere',
		title: say.module.moveCacheTitle(target),
		detail: say.module.moveCacheDetail(current),
		kind: 'go-env',
		argv: ['go', 'env', '-w', `GOMODCACHE=${target}`],
		changes: [{key: 'GOMODCACHE', value: target}],
		scope: 'persistent',
		weakensSecurity: false,
	};
}

/** An `info` fix: nothing to run, the words say what to do. */
export function infoFix(id: string, title: Text, detail: Text): Fix {
	return {id, title, detail, kind: 'info', scope: 'persistent', weakensSecurity: false};
}
