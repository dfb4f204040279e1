// Package document reads one article draft (Markdown with optional YAML front
// matter, or plain text) into blocks and sentences whose every character maps
// back to a byte offset of the original file. It knows nothing of claims.
package document
