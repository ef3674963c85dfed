import assert from 'node:assert/strict';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import fc from 'fast-check';
import {execa} from 'execa';
import {matchPrefixPatterns, pathMatch} from '../../source/go/match-prefix-patterns.js';

test("go's prefix-pattern rules", () => {
	const cases: Array<[string, string, boolean]> = [
		['*.corp.example', 'git.corp.example/team/repo', true],
		['*.corp.example', 'corp.example/team', false],
		['github.com/acme', 'github.com/acme/tool', true],
		['github.com/acme', 'github.com/acmeco/tool', false],
		['github.com/acme/', 'github.com/acme/tool', true],
		['github.com/acme/tool/sub', 'github.com/acme/tool', false],
		['*', 'anything.example/x', true],
		['example.com/*/private', 'example.com/team/private/lib', true],
		['example.com/*/private', 'example.com/team/public/lib', false],
		['git.corp.example,github.com/acme', 'github.com/acme/x', true],
		['git.corp.example, github.com/acme', 'github.com/acme/x', false],
		[',,', 'github.com/acme/x', false],
		['', 'github.com/acme/x', false],
		['gitlab.[a-c]orp.example', 'gitlab.corp.example/x', true],
		['gitlab.[^c]orp.example', 'gitlab.corp.example/x', false],
		['gitlab.corp.exampl?', 'gitlab.corp.example/x', true],
		['[', 'x.example', false],
	];
	for (const [globs, target, expected] of cases) {
		assert.equal(matchPrefixPatterns(globs, target), expected, `${JSON.stringify(globs)} ~ ${target}`);
	}

	assert.equal(pathMatch(String.raw`a\*b`, 'a*b'), true);
	assert.equal(pathMatch(String.raw`a\*b`, 'axb'), false);
	assert.equal(pathMatch(String.raw`[a\-c]`, '-'), true);
	assert.equal(pathMatch(String.raw`[a\-c]`, 'b'), false);
});

test("agrees with go's own algorithm and path.Match, run by go, on generated paths and patterns", async (t) => {
	// A tiny Go program with golang.org/x/mod/module.MatchPrefixPatterns's loop over go's own path.Match (the
	// standard library, so nothing is downloaded): the glob semantics come from go itself.
	const directory = await mkdtemp(path.join(tmpdir(), 'gomod-doctor-match-'));
	t.after(async () => rm(directory, {recursive: true, force: true}));
	const program = String.raw`package main

import (
	"bufio"
	"fmt"
	"os"
	"path"
	"strings"
)

func matchPrefixPatterns(globs, target string) bool {
	for globs != "" {
		var glob string
		if i := strings.Index(globs, ","); i >= 0 {
			glob, globs = globs[:i], globs[i+1:]
		} else {
			glob, globs = globs, ""
		}
		glob = strings.TrimSuffix(glob, "/")
		if glob == "" {
			continue
		}
		n := strings.Count(glob, "/")
		prefix := target
		for i := 0; i < len(target); i++ {
			if target[i] == '/' {
				if n == 0 {
					prefix = target[:i]
					break
				}
				n--
			}
		}
		if n > 0 {
			continue
		}
		matched, _ := path.Match(glob, prefix)
		if matched {
			return true
		}
	}
	return false
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	for scanner.Scan() {
		parts := strings.SplitN(scanner.Text(), "\t", 2)
		fmt.Println(matchPrefixPatterns(parts[0], parts[1]))
	}
}
`;
	await writeFile(path.join(directory, 'main.go'), program);
	const element = fc.stringMatching(/^[a-c.*?]{1,4}$/);
	const samples = fc.sample(
		fc.tuple(
			fc.array(
				fc.array(element, {minLength: 1, maxLength: 3}).map((parts) => parts.join('/')),
				{minLength: 1, maxLength: 2},
			),
			fc.array(fc.stringMatching(/^[a-c.]{1,3}$/), {minLength: 1, maxLength: 4}),
		),
		{numRuns: 300, seed: 20_261_125},
	);
	const lines = samples.map(([globs, target]) => `${globs.join(',')}\t${target.join('/')}`);
	const env = {
		PATH: process.env['PATH'],
		HOME: directory,
		GOCACHE: path.join(directory, 'cache'),
		GOFLAGS: '',
		GOTOOLCHAIN: 'local',
		GOPROXY: 'off',
		GO111MODULE: 'off',
		GOENV: 'off',
		GOTELEMETRY: 'off',
	};
	const run = await execa('go', ['run', 'main.go'], {cwd: directory, env, extendEnv: false, input: lines.join('\n'), timeout: 120_000});
	const expected = run.stdout.split('\n');
	assert.equal(expected.length, samples.length);
	for (const [index, [globs, target]] of samples.entries()) {
		assert.equal(
			String(matchPrefixPatterns(globs.join(','), target.join('/'))),
			expected[index],
			`${globs.join(',')} ~ ${target.join('/')}`,
		);
	}
});
