import type {Finding} from './report.js';
import type {Category} from './taxonomy.js';

/**
Which failures an explanation covers: every condition given must hold, and a failure is covered when it does. A
failure is go's own report of one (an item of its error: category, host, module) or another finding (category,
and its subject as the host or the module@version).
*/
export type Failures = {
	/** Their categories; any category when absent. */
	readonly categories?: readonly Category[];
	/** Only failures on these hosts (compared in lower case). */
	readonly hosts?: readonly string[];
	/** Only failures about these modules (paths, without a version). */
	readonly modules?: readonly string[];
	/**
	Only failures on a host that these module-path patterns (GONOPROXY's syntax) send go to directly: a module path
	on that host (`HOST/owner/repo`) matches them.
	*/
	readonly sentDirectBy?: string;
};

/**
What a finding says is a consequence of its own cause, as data: `go`, go's own report of those failures (dropped:
the finding says more than go's message); `finding`, another finding about them, which `becomes` a warning (a
consequence, still worth seeing), is `joined` to this one (the same failure said again: its evidence and fixes
join this finding), or is `dropped` (not a failure of its own). Only an error explains; conclude applies it.
*/
export type Explanation = Failures & ({readonly of: 'go'} | {readonly of: 'finding'; readonly becomes: 'warning' | 'joined' | 'dropped'});

/**
A finding as a flowchart (or conclude itself) makes it, with what it explains. The explanations are conclude's to
read: the findings it concludes, which the report, the transcript and the wizard show, no longer carry them.
*/
export type ExplainingFinding = Finding & {readonly explains?: readonly Explanation[]};
