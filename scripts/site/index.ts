export { generateSite, type GenerateSiteOptions } from './generate-site.js';
