// Package eval scores zhnews output against hand-labeled articles: it reads
// the labeled-set format v1 (JSONL), pairs predicted records with gold
// articles, counts matches per field and renders the result as text, JSON or
// an HTML review page.
//
// The labeled-set format v1 has one JSON object per line, one labeled
// article each:
//
//	{"doc": "path relative to this file", "title": "...", "published": "2025-07-09",
//	 "source": "...", "authors": ["..."], "body": ["paragraph", ...],
//	 "boilerplate": ["text that must not be in the body", ...],
//	 "entities": [{"text": "...", "type": "person|org|location"}],
//	 "entities_also_ok": ["acceptable extra span", ...],
//	 "figures": [{"text": "...", "value": 1.5, "unit": "..."}],
//	 "dates": [{"text": "...", "value": "2025-07-09"}]}
//
// Every field but doc is optional; an absent field is not scored. Several
// articles may share one doc (a page that glues two articles); predicted
// records from that doc are paired with them one-to-one by body bigram overlap.
//
// Positions given by this package (context windows, spans) are rune offsets
// into the predicted body, like the spans in pipeline.Record.
package eval
