/* global module */
// The codemod floor: a jscodeshift transform that does nothing but hand the source back, so a run of it costs what
// jscodeshift itself costs (finding, reading and dispatching every file) and nothing else.
module.exports = function noopTransform(file) {
  return file.source;
};
