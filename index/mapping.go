// Package index stores zhnews records in a bleve v2 full-text index and
// searches them: a Chinese analyzer on title and body, keyword fields for
// facets (source, month, entities by type), and the publish date.
package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/zhnews/zhnews/index/analyzer"
)

// Field names in the index.
const (
	FieldTitle     = "title"
	FieldBody      = "body"
	FieldSource    = "source"
	FieldAuthor    = "author"
	FieldPublished = "published"
	FieldMonth     = "month" // YYYY-MM of published, for the timeline facet
	FieldPerson    = "person"
	FieldOrg       = "org"
	FieldLocation  = "location"
	FieldPath      = "path"
	FieldURL       = "url"
	FieldHash      = "hash"  // content hash of the input, for incremental ingest
	FieldBase      = "base"  // id shared by the articles of one input
	FieldParts     = "parts" // how many articles the input produced
	FieldDoc       = "doc"   // body and the rest of the record, compressed, stored only
)

// EntityFields maps an entity type to its facet field.
var EntityFields = map[string]string{
	"person":   FieldPerson,
	"org":      FieldOrg,
	"location": FieldLocation,
}

// NewMapping returns the index mapping, shaped by what it costs on disk:
//
//   - title and body keep term positions, for phrase queries, but no
//     offsets (analyzer.PositionsName): highlight finds those again in the
//     stored text of the shown hits. Positions are half the index, and
//     offsets were two fifths of them;
//   - the body is stored compressed inside FieldDoc, not as a field;
//   - only the facet fields (source, month and the entity types) keep doc
//     values, and nothing keeps a field it is never asked for.
func NewMapping() mapping.IndexMapping {
	text := func(store bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzer.PositionsName
		f.Store = store
		f.IncludeTermVectors = true
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	kw := func(store, facet bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = store
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = facet
		return f
	}
	stored := bleve.NewTextFieldMapping()
	stored.Index = false
	stored.Store = true
	stored.IncludeInAll = false
	stored.IncludeTermVectors = false
	stored.DocValues = false

	date := bleve.NewDateTimeFieldMapping()
	date.Store = true
	date.IncludeInAll = false

	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(FieldTitle, text(true))
	doc.AddFieldMappingsAt(FieldBody, text(false))
	doc.AddFieldMappingsAt(FieldSource, kw(true, true))
	doc.AddFieldMappingsAt(FieldAuthor, kw(false, false))
	doc.AddFieldMappingsAt(FieldPublished, date)
	doc.AddFieldMappingsAt(FieldMonth, kw(false, true))
	doc.AddFieldMappingsAt(FieldPerson, kw(false, true))
	doc.AddFieldMappingsAt(FieldOrg, kw(false, true))
	doc.AddFieldMappingsAt(FieldLocation, kw(false, true))
	doc.AddFieldMappingsAt(FieldPath, kw(true, false))
	doc.AddFieldMappingsAt(FieldURL, kw(true, false))
	doc.AddFieldMappingsAt(FieldHash, kw(false, false))
	doc.AddFieldMappingsAt(FieldBase, kw(false, false))
	doc.AddFieldMappingsAt(FieldParts, kw(true, false))
	doc.AddFieldMappingsAt(FieldDoc, stored)

	m := bleve.NewIndexMapping()
	m.DefaultMapping = doc
	m.DefaultAnalyzer = analyzer.Name
	m.DefaultField = FieldBody
	m.StoreDynamic = false
	m.IndexDynamic = false
	m.DocValuesDynamic = false
	m.ScoringModel = bindex.BM25Scoring
	return m
}
