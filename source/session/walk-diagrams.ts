import {connectivityFlow} from '../flow/graphs/connectivity.js';
import {renderMermaid} from '../flow/render-mermaid.js';
import type {SessionState} from './reduce-session.js';

/** One mermaid diagram per walk, the path taken highlighted: what the transcript shows. */
export function walkDiagrams(state: SessionState): Array<{title: string; mermaid: string}> {
	return state.walks.map(({walk}) => ({
		title: `${walk.subject.label}${walk.phase === 'done' ? `: ${walk.verdict}` : ''}`,
		mermaid: renderMermaid(connectivityFlow, {subject: walk.subject, visits: walk.visits, current: walk.current}),
	}));
}
