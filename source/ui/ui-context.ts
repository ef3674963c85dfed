import {createContext, useContext} from 'react';

/** What every component of the wizard may need besides its props. */
export type UiOptions = {
	/** Removes secrets from text before it is drawn: every string that can hold user data goes through it. */
	readonly redact: (text: string) => string;
	/**
	Draw spinners as one fixed frame instead of animating them, so that frames are deterministic (tests,
	screen readers, logs).
	@default false
	*/
	readonly staticSpinners: boolean;
};

/** Redacts nothing and animates: only a fallback, the app always provides its own. */
export const UiContext = createContext<UiOptions>({redact: (text) => text, staticSpinners: false});

export function useUi(): UiOptions {
	return useContext(UiContext);
}
