/**
 * The four formats the Data Package profile names, for its precompiled validator
 * (ajv-formats is a dev dependency only). The generated profile-validator.ts imports them.
 */
export const formats = {
  'date-time': (text: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i.test(text) && !Number.isNaN(Date.parse(text)),
  email: /^[^\s@]+@[^\s@]+$/,
  uri: (text: string) => URL.canParse(text),
  textarea: () => true,
};
