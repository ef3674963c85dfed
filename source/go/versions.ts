/**
Go's module versions, as golang.org/x/mod/semver and module.IsPseudoVersion read them: semantic versions with a
`v`, pre-releases ordered by semver's rules, `+incompatible` (build metadata, ignored in comparisons), and
pseudo-versions (`v0.0.0-20240102150405-abcdefabcdef`), which are pre-releases of the version after their base.
Pure: no I/O. Also the typo checks of module paths (edit distance against other requirements and known hosts).
*/

/** A parsed semantic version. */
export type Semver = {
	readonly major: number;
	readonly minor: number;
	readonly patch: number;
	/** The pre-release identifiers (`rc`, `1` of `-rc.1`); empty for a release. */
	readonly prerelease: readonly string[];
	/** `+incompatible` or other build metadata, without the `+`. */
	readonly build?: string;
	/** The text as given. */
	readonly text: string;
};

const semverPattern =
	/^v(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][\dA-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][\dA-Za-z-]*))*))?(?:\+([\dA-Za-z-]+(?:\.[\dA-Za-z-]+)*))?$/;

/**
Parses `v1.2.3`, `v1.2.3-rc.1`, `v2.0.0+incompatible`. Like x/mod/semver, `v1` and `v1.2` are accepted as
shorthands (for comparison only: go never lists them); undefined for anything else (a branch, a commit, `latest`).
*/
export function parseSemver(text: string): Semver | undefined {
	const match = semverPattern.exec(text);
	if (match === null) {
		return undefined;
	}

	// A shorthand has no pre-release or build (x/mod/semver's rule).
	if ((match[2] === undefined || match[3] === undefined) && (match[4] !== undefined || match[5] !== undefined)) {
		return undefined;
	}

	return {
		major: Number(match[1]),
		minor: Number(match[2] ?? 0),
		patch: Number(match[3] ?? 0),
		prerelease: match[4] === undefined ? [] : match[4].split('.'),
		...(match[5] === undefined ? {} : {build: match[5]}),
		text,
	};
}

/** Whether go accepts `text` as a canonical module version (`v1.2.3`, `v1.2.3-pre`, `v2.0.0+incompatible`). */
export function isValidVersion(text: string): boolean {
	const parsed = parseSemver(text);
	return parsed !== undefined && /^v\d+\.\d+\.\d+/.test(text) && (parsed.build === undefined || parsed.build === 'incompatible');
}

const pseudoPattern = /^v\d+\.\d+\.\d+-(?:[\dA-Za-z.-]*\.)?(?:0\.)?\d{14}-[\da-f]{12}(?:\+incompatible)?$/;

/** A pseudo-version: `vX.0.0-yyyymmddhhmmss-abcdef123456`, `vX.Y.Z-pre.0.yyyymmddhhmmss-…`, `vX.Y.(Z+1)-0.yyyymmddhhmmss-…`. */
export function isPseudoVersion(text: string): boolean {
	return pseudoPattern.test(text) && parseSemver(text) !== undefined;
}

/**
Orders two versions by semver precedence (x/mod/semver.Compare): build metadata is ignored, a pre-release comes
before its release, numeric identifiers compare as numbers and before alphanumeric ones. An invalid version is
less than every valid one (and equal to another invalid one). Returns -1, 0 or 1.
*/
export function compareVersions(a: string, b: string): -1 | 0 | 1 {
	return compareParsed(parseSemver(a), parseSemver(b));
}

function compareParsed(left: Semver | undefined, right: Semver | undefined): -1 | 0 | 1 {
	if (left === undefined || right === undefined) {
		return left === right ? 0 : left === undefined ? -1 : 1;
	}

	for (const key of ['major', 'minor', 'patch'] as const) {
		if (left[key] !== right[key]) {
			return left[key] < right[key] ? -1 : 1;
		}
	}

	return comparePrerelease(left.prerelease, right.prerelease);
}

function comparePrerelease(a: readonly string[], b: readonly string[]): -1 | 0 | 1 {
	if (a.length === 0 || b.length === 0) {
		return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
	}

	for (let index = 0; index < Math.min(a.length, b.length); index++) {
		const x = a[index]!;
		const y = b[index]!;
		if (x === y) {
			continue;
		}

		const xNumeric = /^\d+$/.test(x);
		const yNumeric = /^\d+$/.test(y);
		if (xNumeric && yNumeric) {
			// Lengths first: numbers of any size, without leading zeros.
			if (x.length !== y.length) {
				return x.length < y.length ? -1 : 1;
			}

			return x < y ? -1 : 1;
		}

		if (xNumeric !== yNumeric) {
			return xNumeric ? -1 : 1;
		}

		return x < y ? -1 : 1;
	}

	return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** `versions` sorted by precedence, lowest first; invalid entries dropped, duplicates removed. */
export function sortVersions(versions: readonly string[]): string[] {
	// Each version is parsed once, not at every comparison: a proxy may list tens of thousands.
	const parsed = [...new Set(versions)].flatMap((version) => {
		const semver = parseSemver(version);
		return semver === undefined ? [] : [semver];
	});
	return parsed.toSorted((a, b) => compareParsed(a, b)).map((semver) => semver.text);
}

/** How many versions a sample keeps at each end of the list. */
const sampleEnds = 4;

/**
A bounded sample of a version list, read in one pass (a proxy may list 100,000 versions; sorting and keeping them
all took 160 MB): how many distinct valid versions there are, the lowest and highest few, and every version that
`nearestVersions` can pick for `requested` (the neighbours below and above it in its major, releases and not,
and the highest of its major), so that `nearestVersions(requested, sample.versions)` answers as it would over the
whole list.
*/
export type VersionSample = {
	/** Distinct valid versions listed. */
	readonly count: number;
	/** The sample, sorted, lowest first: all of them when there are at most `2 × sampleEnds`. */
	readonly versions: readonly string[];
	/** The lowest and the highest few (each at most `sampleEnds`), sorted. */
	readonly lowest: readonly string[];
	readonly highest: readonly string[];
};

/** Samples the versions of a `@v/list` body (one version a line, anything after a space ignored). */
export function sampleVersionList(body: string, requested: string): VersionSample {
	const wanted = parseSemver(requested);
	const seen = new Set<string>();
	const lowest: Semver[] = [];
	const highest: Semver[] = [];
	const near = new Map<string, Semver>();
	const keep = (slot: string, candidate: Semver, better: boolean) => {
		if (better || !near.has(slot)) {
			near.set(slot, candidate);
		}
	};

	for (let from = 0; from < body.length;) {
		const newline = body.indexOf('\n', from);
		const to = newline === -1 ? body.length : newline;
		const text = /^\s*(\S+)/.exec(body.slice(from, Math.min(to, from + 1024)))?.[1];
		from = to + 1;
		const version = text === undefined || seen.has(text) ? undefined : parseSemver(text);
		if (version === undefined) {
			continue;
		}

		seen.add(version.text);
		insertBounded(lowest, version, (a, b) => compareParsed(a, b));
		insertBounded(highest, version, (a, b) => compareParsed(b, a));
		if (version.major !== wanted?.major || version.text === requested) {
			continue;
		}

		const release = version.prerelease.length === 0;
		const order = compareParsed(version, wanted);
		keep('latest', version, compareParsed(version, near.get('latest')) > 0);
		if (release) {
			keep('latest-release', version, compareParsed(version, near.get('latest-release')) > 0);
		}

		for (const [side, sign] of [
			['below', -1],
			['above', 1],
		] as const) {
			if (order !== sign) {
				continue;
			}

			// The closest on its side: the highest below, the lowest above.
			keep(side, version, compareParsed(version, near.get(side)) === -sign);
			if (release) {
				keep(`${side}-release`, version, compareParsed(version, near.get(`${side}-release`)) === -sign);
			}
		}
	}

	if (wanted !== undefined && seen.has(requested)) {
		near.set('requested', wanted);
	}

	const sample = new Map<string, Semver>();
	for (const version of [...lowest, ...highest, ...near.values()]) {
		sample.set(version.text, version);
	}

	return {
		count: seen.size,
		versions: [...sample.values()].toSorted((a, b) => compareParsed(a, b)).map((version) => version.text),
		lowest: lowest.map((version) => version.text),
		highest: highest.map((version) => version.text).toReversed(),
	};
}

/** Puts `item` into `list` (kept sorted by `order`, at most `sampleEnds` long) when it belongs there. */
function insertBounded(list: Semver[], item: Semver, order: (a: Semver, b: Semver) => number): void {
	let at = list.length;
	while (at > 0 && order(item, list[at - 1]!) < 0) {
		at--;
	}

	if (at < sampleEnds) {
		list.splice(at, 0, item);
		list.length = Math.min(list.length, sampleEnds);
	}
}

/**
A one-line summary of a sampled list: all of it when short; else the lowest few, `…`, the versions nearest to
`requested` (when they are not among the ends), `…`, the highest few. The caller says how many there are.
*/
export function summarizeVersions(sample: VersionSample, requested: string): string {
	if (sample.count <= sampleEnds * 2) {
		return sample.versions.join(', ');
	}

	const near = nearestVersions(requested, sample.versions);
	const ends = new Set([...sample.lowest, ...sample.highest]);
	const middle = [near.lower, near.higher].filter((version): version is string => version !== undefined && !ends.has(version));
	return [sample.lowest.join(', '), ...(middle.length > 0 ? [middle.join(', ')] : []), sample.highest.join(', ')].join(' … ');
}

/** The major version as go's module paths write it: `v0`/`v1` share a path, `v2` and up need `/v2`. */
export function majorOf(version: string): string | undefined {
	const parsed = parseSemver(version);
	return parsed === undefined ? undefined : `v${parsed.major}`;
}

/** What the proxy has next to a version it does not have. */
export type NearestVersions = {
	/** The suggestion: the closest lower release of the same major, else the closest higher one. */
	readonly nearest?: string;
	/** The highest version of the same major below the requested one. */
	readonly lower?: string;
	/** The lowest version of the same major above it. */
	readonly higher?: string;
	/** The requested version is in the list. */
	readonly exists: boolean;
	/** The highest release of the same major (what `@latest` would pick within it). */
	readonly latestSameMajor?: string;
};

/**
The existing versions nearest to `requested`, within its major version (a different major is a different module
path for v2+, and a different API for v0/v1). Releases are preferred to pre-releases when there is a release on
that side; `+incompatible` versions count as their major. A `requested` that is not a version (a branch, a
query) has only `latestSameMajor` undefined and no neighbours.
*/
export function nearestVersions(requested: string, available: readonly string[]): NearestVersions {
	const sorted = sortVersions(available);
	const wanted = parseSemver(requested);
	const exists = available.includes(requested);
	if (wanted === undefined) {
		return {exists};
	}

	const sameMajor = sorted.filter((version) => parseSemver(version)?.major === wanted.major && version !== requested);
	const isRelease = (version: string) => (parseSemver(version)?.prerelease.length ?? 1) === 0;
	const pick = (list: readonly string[], last: boolean): string | undefined => {
		const releases = list.filter((version) => isRelease(version));
		const from = releases.length > 0 ? releases : list;
		return last ? from.at(-1) : from[0];
	};

	const below = sameMajor.filter((version) => compareVersions(version, requested) < 0);
	const above = sameMajor.filter((version) => compareVersions(version, requested) > 0);
	const lower = pick(below, true);
	const higher = pick(above, false);
	const latestSameMajor = pick(sameMajor, true);
	const nearest = lower ?? higher;
	return {
		exists,
		...(nearest === undefined ? {} : {nearest}),
		...(lower === undefined ? {} : {lower}),
		...(higher === undefined ? {} : {higher}),
		...(latestSameMajor === undefined ? {} : {latestSameMajor}),
	};
}

/** Levenshtein distance (insertions, deletions, substitutions; a swap of neighbours counts as one). */
export function editDistance(a: string, b: string): number {
	if (a === b) {
		return 0;
	}

	// Optimal string alignment: rows of the previous two lines.
	let twoBack: number[] = [];
	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, twoBack[j - 2]! + 1);
			}

			current.push(value);
		}

		twoBack = previous;
		previous = current;
	}

	return previous[b.length]!;
}

/** Hosts module paths usually start with; a first element one or two edits away from one of them is a typo. */
export const knownModuleHosts = [
	'github.com',
	'gitlab.com',
	'bitbucket.org',
	'golang.org',
	'google.golang.org',
	'gopkg.in',
	'go.uber.org',
	'gitee.com',
	'k8s.io',
	'sigs.k8s.io',
	'go.etcd.io',
	'cloud.google.com',
	'go.opentelemetry.io',
	'gorm.io',
	'honnef.co',
	'gotest.tools',
] as const;

/** A likely misspelling of a module path, and what it probably should be. */
export type PathTypo = {
	readonly kind: 'host' | 'requirement';
	/** The path (or host) it probably should be. */
	readonly suggestion: string;
	readonly distance: number;
};

/**
Whether `modulePath` looks like a misspelling: its host one or two edits from a well-known host
(`githb.com` → `github.com`), or the whole path one or two edits from another path the project requires
(`github.com/sirupsen/logrus` vs `github.com/Sirupsen/logrus` counts: case differences are typos too).
Undefined when nothing is close.
*/
export function findPathTypo(modulePath: string, otherPaths: readonly string[] = []): PathTypo | undefined {
	const host = modulePath.split('/')[0] ?? '';
	if (!(knownModuleHosts as readonly string[]).includes(host)) {
		let best: PathTypo | undefined;
		for (const known of knownModuleHosts) {
			const distance = editDistance(host.toLowerCase(), known);
			const limit = known.length <= 6 ? 1 : 2;
			if (distance <= limit && (best === undefined || distance < best.distance)) {
				best = {kind: 'host', suggestion: `${known}${modulePath.slice(host.length)}`, distance};
			}
		}

		if (best !== undefined) {
			return best;
		}
	}

	let best: PathTypo | undefined;
	for (const other of otherPaths) {
		if (other === modulePath) {
			continue;
		}

		const distance = other.toLowerCase() === modulePath.toLowerCase() ? 1 : editDistance(modulePath, other);
		// A path that differs only in its major suffix is another major version, not a typo.
		if (distance === 0 || distance > 2 || stripMajor(other) === stripMajor(modulePath)) {
			continue;
		}

		if (best === undefined || distance < best.distance) {
			best = {kind: 'requirement', suggestion: other, distance};
		}
	}

	return best;
}

function stripMajor(modulePath: string): string {
	return modulePath.replace(/\/v\d+$/, '').replace(/\.v\d+$/, '');
}
