// Package schema holds the JSON Schemas of factlint's files, for editors
// (yaml-language-server, VS Code's json.schemas): factlint.schema.json for
// .factlint.yaml and rules.schema.json for rule packs. Its tests check them
// against every bundled example and against the keys the loaders know.
package schema
