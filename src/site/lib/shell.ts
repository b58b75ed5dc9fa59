// Placeholders in the complaint-page shell; stamping replaces them per complaint.
export const SHELL_ID = '_shell';
export const SHELL_TITLE = '%%JIESU_TITLE%%';
export const SHELL_BODY = '<!--%%JIESU_BODY%%-->';
