/**
 * ziping's own data files (the lexicon, the template families, a user's template) read into typed values: below
 * every reading package, importing none of ziping's.
 */
package ziping.data;
