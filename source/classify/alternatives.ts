import {say, type Text} from '../i18n/index.js';
import type {Category} from '../model/taxonomy.js';
import {isModulePath, isVersion, publicProxyHosts} from './extract-details.js';

/**
Another plausible cause of an item, besides its category: the text alone cannot rule it out, a check can.
Part of `classify --json` (`items[].alternatives`, and `alternatives` for the primary): an additive field.
*/
export type ClassifyAlternative = {
	/** A category id from `taxonomy.ts`. */
	readonly category: Category;
	/** The check that tells this cause from the item's category, in plain words. */
	readonly check: Text;
	/** A command that runs the check; shown, never run by `classify` (`diagnose` runs its own probes). */
	readonly command: string;
};

/** What the alternatives' commands may name: values from error text, validated before they enter a command. */
export type AlternativeContext = {
	readonly module?: string;
	readonly version?: string;
	readonly host?: string;
};

const safeHost = (host: string | undefined) =>
	host !== undefined && /^[a-z\d](?:[a-z\d.-]{0,251}[a-z\d])?$/.test(host) ? host : undefined;
const safeModule = (module: string | undefined) =>
	module !== undefined && isModulePath(module) && !module.includes('!') ? module : undefined;
const safeVersion = (version: string | undefined) => (version !== undefined && isVersion(version) ? version : undefined);

/** `MODULE@VERSION`, `MODULE`, or nothing (then the command acts on the whole go.mod). */
function target(context: AlternativeContext): string {
	const module = safeModule(context.module);
	const version = safeVersion(context.version);
	if (module === undefined) {
		return '';
	}

	return version === undefined ? ` ${module}` : ` ${module}@${version}`;
}

/** The repository URL go would fetch directly: the module path's first three elements on a forge, else the path. */
function repositoryUrl(module: string | undefined): string {
	const safe = safeModule(module);
	if (safe === undefined) {
		return 'https://HOST/OWNER/REPO';
	}

	const parts = safe.split('/');
	return `https://${parts.slice(0, Math.min(parts.length, 3)).join('/')}`;
}

/** The command that runs the check for `category`; its commands are never translated. */
function commandFor(category: Category, context: AlternativeContext): string {
	const host = safeHost(context.host) ?? 'HOST';
	const module = safeModule(context.module);
	const what = target(context);
	switch (category) {
		case 'cache': {
			return `GOMODCACHE="$(mktemp -d)" go mod download -x${what}`;
		}

		case 'proxy-bad-response': {
			const other = context.host === 'proxy.golang.org' ? 'https://goproxy.cn' : 'https://proxy.golang.org';
			return `GOPROXY=${other} GOMODCACHE="$(mktemp -d)" go mod download -x${what}`;
		}

		case 'not-found': {
			return module === undefined ? 'go mod download -x' : `go list -m -versions ${module}; git ls-remote ${repositoryUrl(module)}`;
		}

		case 'private-auth': {
			return `go env GOPRIVATE GONOPROXY GONOSUMDB; git ls-remote ${repositoryUrl(module)}`;
		}

		case 'sumdb': {
			const lookup = module === undefined || safeVersion(context.version) === undefined ? 'MODULE@VERSION' : `${module}@${context.version}`;
			return `curl -sS https://sum.golang.org/lookup/${lookup}`;
		}

		case 'http-proxy': {
			return `env | grep -i '_proxy='; env -u HTTP_PROXY -u HTTPS_PROXY -u ALL_PROXY -u http_proxy -u https_proxy -u all_proxy go mod download -x${what}`;
		}

		case 'goproxy-config': {
			return 'go env GOPROXY GO111MODULE GOFLAGS GONOPROXY GOPRIVATE';
		}

		case 'timeout':
		case 'refused': {
			return `nc -zv -w 5 ${host} 443`;
		}

		case 'dns': {
			return `getent hosts ${host}`;
		}

		case 'tls': {
			return `openssl s_client -connect ${host}:443 -servername ${host} </dev/null`;
		}

		case 'vcs': {
			return `git --version; curl -sS '${repositoryUrl(module)}?go-get=1'`;
		}

		case 'toolchain': {
			return "go version; grep -E '^(go|toolchain) ' go.mod";
		}

		case 'checksum-mismatch': {
			return `GOPROXY=direct GOMODCACHE="$(mktemp -d)" go mod download -json${what}`;
		}

		case 'module-path': {
			return `go mod download -json${what}`;
		}

		case 'go-sum-missing': {
			return 'go mod tidy -diff';
		}

		case 'go-missing':
		case 'no-module':
		case 'healthy':
		case 'other': {
			return `go mod download -x${what}`;
		}
	}
}

/** Whether a host is a public mirror, where the check of a wrong mirror asks another one. */
export function isPublicMirror(host: string | undefined): boolean {
	return host !== undefined && publicProxyHosts.has(host);
}

/** The alternatives of an item, each with the check that decides and the command for it. */
export function describeAlternatives(
	primary: Category,
	alternatives: readonly Category[],
	context: AlternativeContext,
): ClassifyAlternative[] {
	const words = say.classify.alternatives;
	return alternatives
		.filter((category, index) => category !== primary && alternatives.indexOf(category) === index)
		.map((category) => ({category, check: words.check[category], command: commandFor(category, context)}));
}

/**
The plain-words statement of an ambiguous item: the likely cause, then what the first alternative's check would
show: "Most likely the mirror served a broken zip. If a clean download with an empty GOMODCACHE works, it was your cache."
*/
export function ambiguityOf(
	primary: Category,
	alternatives: readonly ClassifyAlternative[],
	detail: {brokenZip: boolean},
): Text | undefined {
	if (alternatives.length === 0) {
		return undefined;
	}

	const words = say.classify.alternatives;
	const likely = detail.brokenZip && primary === 'proxy-bad-response' ? words.likelyBrokenZip : words.likely[primary];
	return words.joinSentences([words.mostLikely(likely), ...alternatives.map((alternative) => words.otherwise[alternative.category])]);
}
