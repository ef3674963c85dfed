/**
The `<meta name="go-import" content="PREFIX VCS REPO">` tags of a `?go-get=1` page, read as go reads them
(cmd/go/internal/vcs/discovery.go: meta tags up to the end of `<head>` or the start of `<body>`, attribute values
with HTML entities decoded, three fields, or four with a subdirectory in go 1.25 and later). The page is
untrusted: it is read with bounded effort, and nothing from it becomes an argument unless validated.
*/

/** One go-import declaration. */
export type GoImport = {
	/** The import path prefix the repository provides. */
	readonly prefix: string;
	/** `git`, `hg`, `svn`, `bzr`, `fossil`, or `mod` (a GOPROXY-protocol server). */
	readonly vcs: string;
	/** The repository (or, for `mod`, the proxy) URL. */
	readonly repoRoot: string;
	/** The module's directory in the repository (the optional fourth field). */
	readonly subdir?: string;
};

/** At most this much of a page is read (go's discovery stops at `</head>` too). */
export const maxMetaPageChars = 1 << 20;

/** The version control systems go knows, and `mod`. */
export const knownVcs = ['git', 'hg', 'svn', 'bzr', 'fossil', 'mod'] as const;

/**
Every go-import tag in the page's head, in order. Tags with the wrong number of fields are skipped, as go skips
them. Never throws.
*/
export function parseGoImportMeta(html: string): GoImport[] {
	const page = html.slice(0, maxMetaPageChars);
	const lower = page.toLowerCase();
	// Go stops reading at </head> or <body>.
	const ends = [lower.indexOf('</head'), lower.search(/<body[\s>/]/)].filter((index) => index !== -1);
	const head = ends.length === 0 ? page : page.slice(0, Math.min(...ends));
	const imports: GoImport[] = [];
	const tagPattern = /<meta\b([^>]*)>/gi;
	for (const match of head.matchAll(tagPattern)) {
		const attributes = parseAttributes(match[1] ?? '');
		if (attributes.get('name')?.toLowerCase() !== 'go-import') {
			continue;
		}

		const fields = (attributes.get('content') ?? '').split(/\s+/).filter((field) => field !== '');
		if (fields.length !== 3 && fields.length !== 4) {
			continue;
		}

		const [prefix, vcs, repoRoot, subdir] = fields as [string, string, string, string | undefined];
		imports.push({prefix, vcs, repoRoot, ...(subdir === undefined ? {} : {subdir})});
	}

	return imports;
}

/**
The declaration that covers `importPath` (its prefix is the path or a leading part of it at a `/`), as go picks
it: in module mode a `mod` declaration wins over a VCS one for the same prefix; two different declarations that
both match are an error (`multiple meta tags match`).
*/
export function matchGoImport(
	imports: readonly GoImport[],
	importPath: string,
): {readonly match: GoImport} | {readonly error: 'none' | 'multiple'} {
	const covering = imports.filter((item) => importPath === item.prefix || importPath.startsWith(`${item.prefix}/`));
	if (covering.length === 0) {
		return {error: 'none'};
	}

	const modEntries = covering.filter((item) => item.vcs === 'mod');
	const candidates = modEntries.length > 0 ? modEntries : covering;
	const first = candidates[0]!;
	const different = candidates.some((item) => item.prefix !== first.prefix || item.repoRoot !== first.repoRoot || item.vcs !== first.vcs);
	return different ? {error: 'multiple'} : {match: first};
}

/** Why a go-import declaration cannot be used as it stands (go's validateRepoRoot and more), or undefined. */
export function checkGoImport(item: GoImport): string | undefined {
	if (!(knownVcs as readonly string[]).includes(item.vcs)) {
		return `unknown VCS ${JSON.stringify(item.vcs.slice(0, 40))}`;
	}

	let url: URL;
	try {
		url = new URL(item.repoRoot);
	} catch {
		return `the repository ${JSON.stringify(item.repoRoot.slice(0, 200))} is not a URL (go: no scheme)`;
	}

	if (url.protocol === 'file:') {
		return 'the repository is a file:// URL, which go refuses';
	}

	return undefined;
}

function parseAttributes(text: string): Map<string, string> {
	const attributes = new Map<string, string>();
	const pattern = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
	for (const match of text.matchAll(pattern)) {
		const name = (match[1] ?? '').toLowerCase();
		if (name === '' || attributes.has(name)) {
			continue;
		}

		attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
	}

	return attributes;
}

const namedEntities: Readonly<Record<string, string>> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0'};

function decodeEntities(text: string): string {
	return text.replaceAll(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
		if (body.startsWith('#')) {
			const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
			return Number.isInteger(code) && code > 0 && code <= 0x10_ff_ff ? String.fromCodePoint(code) : whole;
		}

		return namedEntities[body.toLowerCase()] ?? whole;
	});
}
