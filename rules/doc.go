// Package rules loads rule packs (YAML files of declarative rules), compiles
// every expression in them once with expr against a typed environment, and
// embeds the built-in packs. Errors carry the file, line and column inside
// the rule file, down to the character of a misspelt field.
package rules
