import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {checksumGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Which side of the checksum mismatch is wrong?',
	nodes: {
		database: {question: 'What does the checksum database record for {module} {version}?'},
		sources: {question: 'What does each GOPROXY entry serve for {module} {version} (the h1: hash of its zip and go.mod)?'},
		cache: {question: 'Does the module cache agree with itself for {module} {version} (.ziphash, .zip, extracted files)?'},
		compare: {question: 'Which side disagrees with the others: go.sum, a mirror, the origin, or the module cache?'},
		goSumWrong: {
			summary:
				"go.sum's line for {module} {version} is the wrong side: the checksum database and the proxies agree with each other, not with go.sum (a bad merge or a hand edit).",
		},
		mirrorAltered: {
			summary:
				'A GOPROXY entry serves altered content for {module} {version}: it disagrees with the checksum database and the other sources.',
		},
		retagged: {
			summary:
				'{module} {version} was re-tagged upstream: the checksum database holds the hash it first saw, and the sources that fetched it later serve other content.',
		},
		cacheCorrupt: {
			summary:
				'The module cache holds a corrupted copy of {module} {version}: its files disagree with the hash it recorded when downloading.',
		},
		agreeNow: {summary: 'Every source agrees on {module} {version} now: the mismatch go reported is not reproducible from here.'},
		undecided: {summary: 'Which side of the checksum mismatch for {module} {version} is wrong could not be decided from what answered.'},
		fixGoSum: {title: "Correct go.sum's line: remove it and let go download and verify it again (§4.2)"},
		useWorking: {title: 'Stop using the mirror that serves altered content (go env -w GOPROXY)'},
		pinVersion: {title: 'Keep the version the checksum database recorded, or ask the maintainer to publish a new one'},
		cleanCache: {title: 'Clean the module cache (go clean -modcache) and download again (§4.1)'},
		isolate: {title: 'Reproduce once with verification off, in that process only, to see the real error (§4.3)'},
	},
	messages: {
		// Which side disagrees (the comparison's evidence and the findings).
		side: {
			goSum: (module: string, version: string, goSum: string, agreed: string) =>
				`go.sum's line for ${module} ${version} is the wrong side: it says ${goSum}, but ${agreed} agree on another hash. A bad merge or a hand edit, not altered code.`,
			mirror: (module: string, version: string, altered: string, reference: string, agreeing: string) =>
				`${altered} serves altered content for ${module} ${version}: it disagrees with ${reference}${agreeing === '' ? '' : ` and with ${agreeing}`}. go refused it, rightly.`,
			mirrorAlone: (module: string, version: string, altered: string, reference: string) =>
				`${altered} serves content for ${module} ${version} that differs from ${reference}. It is the only source asked, so an altered mirror cannot be told from a re-tag upstream; either way do not accept it.`,
			retagged: (module: string, version: string, database: string, sources: string) =>
				`${module} ${version} was re-tagged upstream: ${database} holds the hash it first recorded, while ${sources} (which fetched it later) agree on other content.`,
			cache: (module: string, version: string, problem: string) =>
				`The module cache's copy of ${module} ${version} is corrupted: ${problem}`,
			agree: (module: string, version: string) =>
				`Every source agrees on ${module} ${version} now, and with go.sum: the mismatch go reported could not be reproduced from here.`,
			unknown: (module: string, version: string) =>
				`Which side of the mismatch for ${module} ${version} is wrong could not be decided: the sources that answered do not agree with each other, or there is nothing to compare with.`,
			notChecked: 'direct (the origin, through its VCS) is not checked: that needs git; the GOPROXY entries are.',
		},
		database: {
			off: (why: string) => `Not asked: ${why}.`,
			offGosumdb: 'GOSUMDB=off',
			exempt: (module: string) => `${module} matches GONOSUMDB/GOPRIVATE, so go never asks the checksum database about it`,
			invalid: (reason: string) => `GOSUMDB cannot be used: ${reason}`,
		},
		fixGoSumTitle: (module: string, version: string) =>
			`Correct go.sum: remove the lines of ${module} ${version} and download it again (verified)`,
		fixGoSumDetail: (lines: string, database: string) =>
			`Removes ${lines} from go.sum, then go mod download writes the lines again${database === '' ? '' : ` after checking them against ${database}`}. Accepting a new hash gives up the promise go.sum makes (every download matches the first one); it is right here only because the checksum database and every proxy agree that go.sum is the odd one out.`,
		cleanCacheTitle: 'Clean the module cache (go clean -modcache), then download again',
		cleanCacheDetail: (module: string) =>
			`The cached copy of ${module} disagrees with itself. go clean -modcache deletes every download (it cannot be undone); go downloads what it needs again and checks it against go.sum. go.sum stays as it is.`,
		pinTitle: (module: string, version: string) =>
			`Keep ${module} at the content the checksum database recorded for ${version}, or move to a new version`,
		pinDetail: (module: string, version: string) =>
			`Do not update go.sum to the new content: that accepts code nobody reviewed under an old version number. Ask the maintainer of ${module} to publish a new version instead of moving ${version}; a proxy that cached ${version} before the re-tag (proxy.golang.org keeps it) still serves the original.`,
		moduleHash: {
			noEntry: 'No GOPROXY entry to ask (direct is not checked: it needs the VCS).',
			notVersion: (moduleVersion: string) => `Not requested: ${JSON.stringify(moduleVersion)} is not a valid module version.`,
			noneServed: (module: string, version: string) => `No GOPROXY entry served ${module} ${version}.`,
			served: (fetched: number, asked: number, list: string) => `${fetched} of ${asked} GOPROXY entries served it: ${list}.`,
			cacheNotChecked: 'Not checked: no GOMODCACHE, or not a valid module version.',
			cacheAbsent: (module: string, version: string) =>
				`The module cache holds nothing of ${module} ${version} (go did not keep what failed to verify).`,
			ziphashNotHash: (start: string) => `.ziphash holds ${JSON.stringify(start)}, not an h1: hash`,
			ziphashDiffers: (ziphash: string, zip: string) => `.ziphash says ${ziphash} but the cached .zip hashes to ${zip}`,
			zipInvalid: 'the cached .zip is not a valid zip',
			extractedDiffers: (dir: string, reference: string) =>
				`the extracted files hash to ${dir}, not ${reference} (changed after extraction)`,
			extractedMatch: 'extracted files match',
			agrees: (parts: readonly string[]) => `The cache agrees with itself: ${parts.join(', ')}.`,
			corrupt: (problems: readonly string[]) => `The module cache is corrupted: ${problems.join('; ')}.`,
			unreadable: (message: string) => `Could not read the module cache: ${message}.`,
		},
	},
} satisfies FlowchartText<typeof checksumGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type ChecksumMessages = Messages<typeof en.messages>;
