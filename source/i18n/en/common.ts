/** Words used across areas. */
export const common = {
	language: 'English',
	yes: 'yes',
	no: 'no',
};
