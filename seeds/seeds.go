// Package seeds embeds the five real news pages zhnews was created from.
// They are the default corpus: `zhnews ingest` with no path ingests them.
package seeds

import "embed"

// FS holds the seed pages at its root, named NNN_hash.txt.
//
//go:embed *.txt
var FS embed.FS
