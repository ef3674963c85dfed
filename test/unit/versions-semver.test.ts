import assert from 'node:assert/strict';
import {test} from 'node:test';
import {
	compareVersions,
	editDistance,
	findPathTypo,
	isPseudoVersion,
	isValidVersion,
	nearestVersions,
	parseSemver,
	sampleVersionList,
	sortVersions,
	summarizeVersions,
} from '../../source/go/versions.js';

test('semver order as x/mod/semver: pre-releases before their release, numeric identifiers as numbers, build metadata ignored', () => {
	const ordered = [
		'v0.9.0',
		'v1.0.0-alpha',
		'v1.0.0-alpha.1',
		'v1.0.0-alpha.beta',
		'v1.0.0-beta',
		'v1.0.0-beta.2',
		'v1.0.0-beta.11',
		'v1.0.0-rc.1',
		'v1.0.0',
		'v1.0.1',
		'v1.2.0',
		'v1.10.0',
		'v2.0.0+incompatible',
		'v10.0.0',
	];
	assert.deepEqual(sortVersions(ordered.toReversed()), ordered);
	assert.equal(compareVersions('v2.0.0+incompatible', 'v2.0.0'), 0);
	assert.equal(compareVersions('v1.2', 'v1.2.0'), 0, 'a shorthand compares as its full form');
	assert.equal(compareVersions('main', 'v0.0.1'), -1, 'an invalid version sorts before every valid one');
	assert.equal(parseSemver('v1.2.3-rc.1+build.5')?.build, 'build.5');
	assert.equal(parseSemver('1.2.3'), undefined, 'go versions start with v');
	assert.equal(parseSemver('v01.2.3'), undefined, 'no leading zeros');
	assert.equal(isValidVersion('v1.2'), false, 'go requires the full form in go.mod');
	assert.equal(isValidVersion('v2.0.0+incompatible'), true);
	assert.equal(isValidVersion('v2.0.0+meta'), false);
});

test('pseudo-versions are pre-releases of the version after their base, in commit-time order', () => {
	for (const pseudo of [
		'v0.0.0-20240102150405-abcdefabcdef',
		'v1.2.4-0.20240102150405-abcdefabcdef',
		'v1.2.3-pre.0.20240102150405-abcdefabcdef',
		'v2.0.0-20191109021931-daa7c04131f5+incompatible',
	]) {
		assert.equal(isPseudoVersion(pseudo), true, pseudo);
	}

	assert.equal(isPseudoVersion('v1.2.3'), false);
	assert.equal(isPseudoVersion('v1.2.3-rc.1'), false);
	assert.equal(compareVersions('v1.2.3', 'v1.2.4-0.20240102150405-abcdefabcdef'), -1);
	assert.equal(compareVersions('v1.2.4-0.20240102150405-abcdefabcdef', 'v1.2.4'), -1);
	assert.equal(compareVersions('v1.2.4-0.20230102150405-abcdefabcdef', 'v1.2.4-0.20240102150405-abcdefabcdef'), -1);
});

test('nearest: the closest lower release of the same major, else the closest higher; never another major', () => {
	assert.deepEqual(nearestVersions('v1.3.0', ['v1.1.0', 'v1.2.0']), {
		exists: false,
		nearest: 'v1.2.0',
		lower: 'v1.2.0',
		latestSameMajor: 'v1.2.0',
	});
	assert.equal(nearestVersions('v1.0.5', ['v1.0.4', 'v1.0.6', 'v2.0.0']).nearest, 'v1.0.4');
	assert.equal(nearestVersions('v1.0.0', ['v1.0.1', 'v1.1.0']).nearest, 'v1.0.1', 'nothing lower: the closest higher');
	assert.equal(nearestVersions('v3.1.0', ['v1.0.0', 'v2.0.0']).nearest, undefined, 'other majors are other modules');
	assert.equal(nearestVersions('v1.3.0', ['v1.2.0', 'v1.2.9-rc.1']).nearest, 'v1.2.0', 'a release rather than a pre-release');
	assert.equal(nearestVersions('v1.3.0', ['v1.3.0-rc.1']).nearest, 'v1.3.0-rc.1', 'a pre-release when that is all there is');
	assert.equal(nearestVersions('v2.1.0+incompatible', ['v2.0.0+incompatible', 'v1.9.0']).nearest, 'v2.0.0+incompatible');
	assert.equal(nearestVersions('v1.2.0', ['v1.2.0']).exists, true);
	assert.deepEqual(nearestVersions('latest', ['v1.0.0']), {exists: false});
});

test('typos: a misspelled host, or a path one or two edits from another requirement', () => {
	assert.equal(editDistance('githb.com', 'github.com'), 1);
	assert.equal(editDistance('gihtub.com', 'github.com'), 1, 'a swap counts once');
	assert.deepEqual(findPathTypo('githb.com/spf13/cobra'), {kind: 'host', suggestion: 'github.com/spf13/cobra', distance: 1});
	assert.deepEqual(findPathTypo('golang.ogr/x/mod'), {kind: 'host', suggestion: 'golang.org/x/mod', distance: 1});
	assert.equal(findPathTypo('github.com/spf13/cobra'), undefined);
	assert.equal(findPathTypo('example.com/lab/greet'), undefined);
	assert.deepEqual(findPathTypo('github.com/spf13/cobr', ['github.com/spf13/cobra', 'github.com/stretchr/testify']), {
		kind: 'requirement',
		suggestion: 'github.com/spf13/cobra',
		distance: 1,
	});
	assert.deepEqual(findPathTypo('github.com/Sirupsen/logrus', ['github.com/sirupsen/logrus']), {
		kind: 'requirement',
		suggestion: 'github.com/sirupsen/logrus',
		distance: 1,
	});
	assert.equal(findPathTypo('github.com/foo/bar/v2', ['github.com/foo/bar']), undefined, 'another major version is not a typo');
	assert.equal(
		findPathTypo('github.com/acme/widgets', ['github.com/other/thing']),
		undefined,
		'only a path close to another is a suggestion',
	);
});

test('a list of 100,000 versions is sampled in one pass: the count, both ends and the nearest, as nearestVersions over the whole list would pick', () => {
	const listed = Array.from({length: 100_000}, (_, index) => `v0.${Math.floor(index / 1000)}.${index % 1000}`);
	listed.push('v1.1.0', 'v1.2.0-rc.1', 'v1.2.0', 'v1.4.0-rc.1', 'v1.5.0', 'v1.5.0', 'garbage', 'v2.0.0+incompatible');
	const body = `${listed.toReversed().join('\n')}\n`;
	for (const requested of ['v1.3.0', 'v0.50.500', 'v0.50.1000', 'v1.2.0', 'v9.0.0', 'main']) {
		const started = process.cpuUsage();
		const sample = sampleVersionList(body, requested);
		const {user, system} = process.cpuUsage(started);
		assert.ok((user + system) / 1000 < 2000, 'well within a second of CPU');
		assert.equal(sample.count, 100_006, 'distinct valid versions');
		assert.ok(sample.versions.length <= 16, `a bounded sample: ${sample.versions.length}`);
		assert.deepEqual(nearestVersions(requested, sample.versions), nearestVersions(requested, listed), requested);
		const summary = summarizeVersions(sample, requested);
		assert.ok(summary.length < 300, summary);
		assert.match(summary, /^v0\.0\.0, v0\.0\.1, v0\.0\.2, v0\.0\.3 … /);
		assert.match(summary, / … v1\.2\.0, v1\.4\.0-rc\.1, v1\.5\.0, v2\.0\.0\+incompatible$/);
	}

	assert.match(
		summarizeVersions(sampleVersionList(body, 'v0.50.500'), 'v0.50.500'),
		/ … v0\.50\.499, v0\.50\.501 … /,
		'the neighbours of the one asked for',
	);
	assert.equal(summarizeVersions(sampleVersionList('v1.0.0\nv0.9.0\n', 'v1.1.0'), 'v1.1.0'), 'v0.9.0, v1.0.0', 'a short list whole');
});
