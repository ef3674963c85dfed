/** The command line: `--help`, usage errors, and what the commands print outside the wizard. */
export const cli = {
	help: `
	Usage
	  $ gomod-doctor [--dir DIR] [--module MOD@VER]      the wizard (the diagnose report when there is no terminal)
	  $ gomod-doctor diagnose [--json | --markdown]     diagnose without a terminal; applies nothing
	  $ gomod-doctor mirrors [--json]                   measure every proxy, fastest correct first; applies nothing
	  $ gomod-doctor classify [FILE | -] [--json]       explain go's error output (a pasted CI log); runs nothing
	  $ gomod-doctor undo                               restore every go setting gomod-doctor changed
	  $ gomod-doctor lab [SCENARIO] [--list] [--keep]   a local fault lab with the wizard on it

	Options
	  --dir DIR              the Go module directory (default: the current directory)
	  --module MOD@VER       reproduce with one module instead of the whole module graph
	  --timeout SECONDS      deadline of the reproduction and cap of every probe (default 10)
	  --candidates LIST      comma-separated proxies to measure besides GOPROXY (default: GOMOD_DOCTOR_CANDIDATES, else proxy.golang.org, goproxy.cn, goproxy.io, mirrors.aliyun.com/goproxy)
	  --traceroute           also trace the route to hosts that refuse or do not answer (slow)
	  --strict               diagnose, wizard: warnings count for the exit status too
	  --canary MOD           a module that certainly exists on your proxies, asked for when one answers wrongly (default: GOMOD_DOCTOR_CANARY, else golang.org/x/mod)
	  --json                 diagnose, mirrors, classify: one JSON object (always English ids and text)
	  --markdown             diagnose: the Markdown transcript
	  --transcript-dir DIR   where the wizard writes its transcript (default: $GOMOD_DOCTOR_STATE_DIR/transcripts, else $XDG_STATE_HOME/gomod-doctor/transcripts, else ~/.local/state/gomod-doctor/transcripts)
	  --fix ID               wizard: apply the fix with this id without asking which (ids: diagnose --json)
	  --yes                  wizard: confirm without asking
	  --list                 lab: list the scenarios
	  --keep                 lab: keep the lab's temporary files
	  --lang zh|en           the language (default: from LC_ALL, LC_MESSAGES, LANG; zh_CN, zh_SG, zh_Hans → zh)
	  --version, --help, -h  (help also: gomod-doctor help)

	Exit status: 0 go works and no finding is an error (warnings do not count unless --strict), 1 go fails or an error finding stands, 2 a usage error or the tool itself failed, 130 interrupted (Ctrl-C).

	Examples
	  $ gomod-doctor
	  $ gomod-doctor diagnose --json --module golang.org/x/text@v0.14.0
	  $ go mod download 2>&1 | gomod-doctor classify
	  $ gomod-doctor lab proxy-down
	  $ gomod-doctor --lang zh lab proxy-down
`,
	invalidLanguage: (value: string) => `--lang ${JSON.stringify(value)}: give zh or en.`,
	unknownCommand: (command: string) => `unknown command ${JSON.stringify(command)}; gomod-doctor --help lists the commands.`,
	unexpectedArgument: (command: string, argument: string) => `${command}: unexpected argument ${JSON.stringify(argument)}.`,
	jsonAndMarkdown: '--json and --markdown exclude each other.',
	internalError: (message: string) => `internal error: ${message}`,
	noTerminal: 'no terminal here (or TERM=dumb), so no wizard: printing the diagnose report instead.',
	/** The two transcript paths after the wizard ends; the second line is indented under the first path. */
	transcriptLabel: 'Transcript:',
	undo: {
		nothing: 'Nothing to undo: the journal holds no change that is still applied.',
		restored: (keys: string, id: string) => `Restored ${keys} (journal entry ${id}).`,
		fileMatches:
			'Every file it changed (GOENV file, .netrc, git config, go.mod, go.sum) is byte for byte as it was before gomod-doctor changed it.',
	},
	lab: {
		scenarios: 'Lab scenarios (gomod-doctor lab SCENARIO):',
		noScenario: (name: string) => `lab: no scenario ${JSON.stringify(name)}; gomod-doctor lab --list shows them.`,
		scenario: (id: string, description: string) => `Lab scenario ${id}: ${description}`,
		goproxy: (file: string, goproxy: string) => `  GOPROXY (in the lab's GOENV file ${file}): ${goproxy}`,
		module: (dir: string) => `  Go module: ${dir}`,
		hermetic: '  Everything runs on 127.0.0.1 with a temporary HOME, GOENV and module cache: your own go settings are untouched.',
		cannotRemove: (root: string, message: string) => `could not remove the lab's files in ${root}: ${message}`,
		kept: (root: string) => `Lab files kept in ${root}`,
	},
	classify: {
		needsInput:
			"classify reads go's output from a file or from standard input: gomod-doctor classify build.log, or go mod download 2>&1 | gomod-doctor classify",
		cannotRead: (file: string, reason: string) => `classify: cannot read ${file}: ${reason}`,
		isDirectory: (file: string) => `classify: ${file} is a directory`,
	},
};
