// Package eval scores zhnews output against hand-labeled articles: it reads
// the labeled-set format v1 (JSONL), pairs predicted records with gold
// articles, counts matches per field and renders the result as text, JSON or
// an HTML review page.
//
// # Labeled-set format v1
//
// One JSON object per line, one labeled article each (eval/GUIDELINES.md
// says how to label):
//
//	{"doc": "path relative to this file", "title": "...", "published": "2025-07-09",
//	 "source": "...", "authors": ["..."], "body": ["paragraph", ...],
//	 "boilerplate": ["text that must not be in the body", ...],
//	 "entities": [{"text": "...", "type": "person|org|location"}],
//	 "entities_also_ok": ["acceptable extra span", ...],
//	 "figures": [{"text": "...", "value": 1.5, "unit": "..."}],
//	 "dates": [{"text": "...", "value": "2025-07-09"}]}
//
// Every field but doc is optional; an absent field is not scored, an empty
// list is a label saying there is none. Unknown fields are errors. Several
// articles may share one doc (a page that glues two articles); the records
// predicted from that doc are paired with them one-to-one, best body bigram
// F1 first. An article left without a record counts all its items as false
// negatives; a record left without an article counts its items as false
// positives in every field the doc's articles label.
//
// # Scores
//
//   - body: character bigrams (width-folded, whitespace removed, multiset
//     overlap), see BodyScore; P is averaged over predicted records, R over
//     gold articles, F1 over both. Findings list the labeled paragraphs
//     mostly missing from the prediction and the predicted paragraphs mostly
//     absent from the label (ParagraphCover).
//   - title, source: exact match ignoring whitespace and character width;
//     published: the date part only.
//   - authors, entities (text and type, and per type), figures (value within
//     FigureTolerance and unit), dates (value): precision, recall and F1
//     micro-averaged over all matches. Labels list each distinct item once
//     per article, so predictions are deduplicated by the same key (an
//     entity mentioned five times counts once); each gold item then matches
//     at most one prediction. An unmatched entity whose text is listed in
//     entities_also_ok is neither a true nor a false positive.
//   - boilerplate: how many labeled samples occur (ignoring whitespace and
//     width) in a body predicted from the same doc.
//
// # JSON report (stable, version 1)
//
//	{"version": 1, "gold": "eval/seeds.jsonl",
//	 "docs": 5, "articles": 6, "records": 6, "paired": 6,
//	 "fields": [   // always in this order: body, title, published, source, authors,
//	               // entities, entities.person, entities.org, entities.location,
//	               // entities.<other types seen, sorted>, figures, dates
//	   {"field": "entities", "articles": 6, "tp": 90, "fp": 10, "fn": 37,
//	    "p": 0.9, "r": 0.708, "f1": 0.792}, ...],   // p, r, f1 are null when articles is 0
//	 "boilerplate": {"articles": 6, "samples": 150, "leaks": 3},
//	 "article_scores": [{"doc": "...", "article": 0, "line": 1, "record": 0,
//	    "body": {"p": 0.98, "r": 0.97, "f1": 0.975}, "leaks": 0}, ...],
//	 "findings": [{"field": "entities", "kind": "fp", "doc": "...", "article": 0, "record": 0,
//	    "text": "科委", "label": "org", "note": "", "in": "pred", "start": 21, "end": 23,
//	    "before": "...", "after": "..."}, ...]}
//
// Findings are grouped by field (in the order above, then "boilerplate"),
// then by document. "article" is -1 for an extra record, "record" -1 for an
// unpaired article. "in" says which body start, end (runes) and the context
// refer to: "pred" (the predicted body) or "gold" (the labeled body, when
// the item does not occur in the prediction); it is absent, with start and
// end -1, for items with no position (titles, dates of publication).
// Members may be added in later versions; none will change meaning.
package eval
